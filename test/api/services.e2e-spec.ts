import { LEIKA_KEY_PATTERN, nonPublicFields } from '@lotsen/domain';
import type { Agent } from 'supertest';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { DEMO_SERVICES } from '../../apps/api/src/seed/demo-services-data';
import { changedTables, tableChecksums } from '../support/db-checksum';
import { signedIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Verwaltungsleistungen (issue 17 point 4; docs/portal.md): staff read them, admins write them
 * (react-admin conventions), and the Familienportal shows the active ones, found by the
 * forgiving search and addressed by LeiKa key or id.
 */
interface PublicService {
  id: string;
  leikaKey: string | null;
  title: string;
  onlineUrl: string | null;
  checklist: string[];
  lifeSituationKeys: string[];
  provider: { name: string; address: string | null; phone: string | null; openingHours: string | null };
}

const ISSUE_SERVICES = [
  'Elterngeld',
  'Kindergeld',
  'Kinderzuschlag',
  'Kita-Gutschein und Betreuungsplatz',
  'Kindertagespflege',
  'Unterhaltsvorschuss',
  'Wohngeld',
  'Bildung und Teilhabe',
  'Geburtsurkunde',
  'Vaterschaftsanerkennung und Sorgeerklärung',
  'Beistandschaft',
];

describe('Verwaltungsleistungen', () => {
  let t: TestApp;
  let admin: Agent;
  let providerId: string;
  const staff: Record<string, Agent> = {};

  const portal = (path: string, query: Record<string, string | number> = {}) =>
    t.http().get(`/api/portal/services${path}`).query(query);
  const titles = (body: { items: PublicService[] }) => body.items.map((s) => s.title);

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.dataSource);
    admin = (await signedIn(t, 'admin')).agent;
    [{ id: providerId }] = await t.dataSource.query(
      `SELECT id FROM providers WHERE name = 'Wohngeldstelle Potsdam'`,
    );
    for (const role of ['counsellor', 'team_lead', 'analyst'] as const)
      staff[role] = (await signedIn(t, role)).agent;
    staff.provider = (await signedIn(t, 'provider', { providerId })).agent;
  }, 300000);

  afterAll(async () => {
    await t?.close();
  });

  describe('staff API', () => {
    const body = (extra: object = {}) => ({
      titleDe: 'Wohnberechtigungsschein',
      descriptionDe: 'Für eine Wohnung mit Belegungsbindung.',
      responsibleProviderId: providerId,
      checklist: ['Personalausweis', 'Einkommensnachweise'],
      categoryKeys: ['wohnen'],
      lifeSituationKeys: ['neu_in_potsdam'],
      lastCheckedAt: '2026-01-15',
      ...extra,
    });

    it('admins create, read, list (ra-data-simple-rest), change the whole record and delete', async () => {
      const created = await admin.post('/api/services').send(body());
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        titleDe: 'Wohnberechtigungsschein',
        leikaKey: null,
        onlineUrl: null,
        checklist: ['Personalausweis', 'Einkommensnachweise'],
        lastCheckedAt: '2026-01-15',
        active: true,
        version: 1,
      });
      const id = created.body.id as string;

      const list = await staff.counsellor.get('/api/services').query({
        filter: JSON.stringify({ q: 'wohnberechtigung' }),
        range: '[0,9]',
        sort: '["titleDe","ASC"]',
      });
      expect(list.status).toBe(200);
      expect(list.body.map((s: { id: string }) => s.id)).toEqual([id]);
      expect(list.headers['content-range']).toBe('services 0-0/1');
      const all = await staff.analyst.get('/api/services').query({ range: '[0,4]' });
      expect(all.headers['content-range']).toMatch(/^services 0-4\/12$/);

      // react-admin sends back the whole record with the user's edits
      const read = await staff.team_lead.get(`/api/services/${id}`);
      expect(read.status).toBe(200);
      const put = await admin.put(`/api/services/${id}`).send({
        ...read.body,
        titleDe: 'Wohnberechtigungsschein (WBS)',
        onlineUrl: 'https://wbs.potsdam.example/antrag',
      });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ titleDe: 'Wohnberechtigungsschein (WBS)', version: 2 });
      const stale = await admin.put(`/api/services/${id}`).send({ titleDe: 'Alt', version: 1 });
      expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);

      const removed = await admin.delete(`/api/services/${id}`);
      expect(removed.status).toBe(200);
      expect((await admin.get(`/api/services/${id}`)).status).toBe(404);
    });

    it('refuses bad input with a stable code and changes nothing', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM services WHERE title_de = 'Wohngeld'`);
      const before = await tableChecksums(t.dataSource);
      const cases: [object, number, string][] = [
        [body({ leikaKey: '12345678901234' }), 400, 'VALIDATION_FAILED'],
        [body({ leikaKey: '9904100601700' }), 400, 'VALIDATION_FAILED'],
        [body({ titleDe: '' }), 400, 'VALIDATION_FAILED'],
        [body({ onlineUrl: 'http://unsicher.example' }), 400, 'VALIDATION_FAILED'],
        [body({ onlineUrl: 'javascript:alert(1)' }), 400, 'VALIDATION_FAILED'],
        [body({ checklist: ['Ausweis', ''] }), 400, 'VALIDATION_FAILED'],
        [body({ lifeSituationKeys: ['mondreise'] }), 400, 'VALIDATION_FAILED'],
        [body({ lastCheckedAt: '2999-01-01' }), 400, 'VALIDATION_FAILED'],
        [body({ active: 'ja' }), 400, 'VALIDATION_FAILED'],
        [body({ notes: 'intern' }), 400, 'VALIDATION_FAILED'],
        [body({ categoryKeys: ['gibt_es_nicht'] }), 400, 'INVALID_REFERENCE'],
        [body({ responsibleProviderId: '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4' }), 400, 'INVALID_REFERENCE'],
        [body({ leikaKey: '99041006017000' }), 409, 'DUPLICATE_KEY'],
        [body({ titleDe: 'kindergeld' }), 409, 'DUPLICATE_KEY'],
      ];
      for (const [sent, status, code] of cases) {
        const res = await admin.post('/api/services').send(sent);
        expect([JSON.stringify(sent).slice(0, 200), res.status, res.body.code]).toEqual([
          JSON.stringify(sent).slice(0, 200),
          status,
          code,
        ]);
      }
      const put = await admin.put(`/api/services/${id}`).send({ leikaKey: 'abc', version: 1 });
      expect([put.status, put.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const unknown = await admin.get('/api/services/6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4');
      expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
      expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
    });

    it('only admins write; provider users may not even read; refused calls change nothing', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM services WHERE title_de = 'Wohngeld'`);
      const before = await tableChecksums(t.dataSource);
      for (const role of ['counsellor', 'team_lead', 'analyst', 'provider']) {
        const a = staff[role];
        const answers = [
          (await a.post('/api/services').send(body({ titleDe: `Von ${role}` }))).status,
          (await a.put(`/api/services/${id}`).send({ titleDe: 'Geändert', version: 1 })).status,
          (await a.delete(`/api/services/${id}`)).status,
        ];
        expect([role, answers]).toEqual([role, [403, 403, 403]]);
      }
      expect((await staff.provider.get('/api/services')).status).toBe(403);
      expect((await staff.provider.get(`/api/services/${id}`)).status).toBe(403);
      expect((await t.http().get('/api/services')).status).toBe(401);
      expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
    });
  });

  describe('demo data', () => {
    it('holds the eleven services of the issue, each with its responsible body, checklist and hours', async () => {
      const res = await portal('', { limit: 50 });
      expect(res.status).toBe(200);
      const items = res.body.items as PublicService[];
      expect(titles(res.body)).toEqual(expect.arrayContaining(ISSUE_SERVICES));
      for (const s of items.filter((x) => ISSUE_SERVICES.includes(x.title))) {
        expect([s.title, s.checklist.length >= 3]).toEqual([s.title, true]);
        expect([s.title, s.provider.address, s.provider.openingHours, s.provider.phone]).toEqual([
          s.title,
          expect.stringContaining('Potsdam'),
          expect.stringMatching(/Uhr/),
          expect.stringMatching(/^0331 /),
        ]);
        if (s.leikaKey !== null) expect(s.leikaKey).toMatch(LEIKA_KEY_PATTERN);
        if (s.onlineUrl !== null) expect(s.onlineUrl).toMatch(/^https:\/\//);
      }
      // only keys a source confirmed (docs/portal.md); never two services with one key
      const keys = DEMO_SERVICES.map((s) => s.leikaKey).filter((k) => k !== null);
      expect(new Set(keys).size).toBe(keys.length);
      expect(items.find((s) => s.title === 'Geburtsurkunde')?.provider.name).toBe('Standesamt Potsdam');
    });
  });

  describe('portal', () => {
    it('finds the Kita-Gutschein however it is typed, and the synonyms of the administration', async () => {
      for (const q of [
        'kitagutschien',
        'kita gutschein',
        'Kita-Gutschein',
        'Betreuungsgutschein',
        'KITAGUTSCHEIN',
      ]) {
        // in Ukrainian: the demo's translation (docs/portal.md "Übersetzungen")
        const res = await portal('', { q, lang: 'uk' });
        expect([q, res.status, titles(res.body)[0]]).toEqual([
          q,
          200,
          'Ваучер на дитячий садок і місце в ньому (Kita-Gutschein)',
        ]);
      }
      expect(titles((await portal('', { q: 'Unterhaltsvorschuß' })).body)[0]).toBe('Unterhaltsvorschuss');
      expect(titles((await portal('', { q: 'Tagesmutter' })).body)).toContain('Kindertagespflege');
      expect(titles((await portal('', { q: 'Geburtsurkunde' })).body)[0]).toBe('Geburtsurkunde');
      expect((await portal('', { q: 'xqzvbnm' })).body).toMatchObject({ total: 0, items: [] });
    });

    it('filters by life situation: named ones and those of the categories', async () => {
      const single = titles((await portal('', { lifeSituation: 'alleinerziehend', limit: 50 })).body);
      expect(single).toEqual(
        expect.arrayContaining([
          'Unterhaltsvorschuss',
          'Beistandschaft',
          'Kinderzuschlag',
          'Vaterschaftsanerkennung und Sorgeerklärung',
        ]),
      );
      expect(single).not.toContain('Wohngeld');
      const birth = titles((await portal('', { lifeSituation: 'schwangerschaft_geburt', limit: 50 })).body);
      expect(birth).toEqual(expect.arrayContaining(['Elterngeld', 'Geburtsurkunde', 'Kindergeld']));
    });

    it('a service by its LeiKa key or id; an unknown key 404, anything else 400; only allow-listed fields', async () => {
      const byKey = await portal('/99041006017000', { lang: 'ar' });
      expect(byKey.status).toBe(200);
      expect(byKey.body).toMatchObject({
        title: 'إعانة الوالدين (Elterngeld)',
        textLang: 'ar',
        leikaKey: '99041006017000',
        onlineUrl: 'https://www.elterngeld-digital.de',
        provider: { name: 'Elterngeldstelle Potsdam' },
      });
      expect(nonPublicFields('service', byKey.body)).toEqual([]);
      const byId = await portal(`/${byKey.body.id}`);
      expect(byId.body.title).toBe('Elterngeld');
      for (const [ref, status, code] of [
        ['99999999999999', 404, 'NOT_FOUND'],
        ['6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4', 404, 'NOT_FOUND'],
        ['elterngeld', 400, 'VALIDATION_FAILED'],
        ['9904100601700', 400, 'VALIDATION_FAILED'],
      ] as const) {
        const res = await portal(`/${ref}`);
        expect([ref, res.status, res.body.code, res.headers['cache-control']]).toEqual([
          ref,
          status,
          code,
          'no-store',
        ]);
      }
      expect((await portal('', { unknown: '1' })).status).toBe(400);
      expect((await portal('', { q: '', lifeSituation: '' })).status).toBe(200);
    });

    it('an inactive service, or one of an inactive body, does not exist for the public', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM services WHERE title_de = 'Beistandschaft'`);
      const read = await admin.get(`/api/services/${id}`);
      expect(
        (await admin.put(`/api/services/${id}`).send({ active: false, version: read.body.version })).status,
      ).toBe(200);
      expect((await portal(`/${id}`)).status).toBe(404);
      expect(titles((await portal('', { limit: 50 })).body)).not.toContain('Beistandschaft');
      await t.dataSource.query(`UPDATE services SET active = true WHERE id = $1`, [id]);
      await t.dataSource.query(`UPDATE providers SET active = false WHERE name = 'Standesamt Potsdam'`);
      expect(titles((await portal('', { limit: 50 })).body)).not.toContain('Geburtsurkunde');
      await t.dataSource.query(`UPDATE providers SET active = true WHERE name = 'Standesamt Potsdam'`);
      expect(titles((await portal('', { limit: 50 })).body)).toEqual(
        expect.arrayContaining(['Geburtsurkunde', 'Beistandschaft']),
      );
    });

    it('sets no cookie, stores nothing, and answers are cacheable (ETag, 304)', async () => {
      const before = await tableChecksums(t.dataSource);
      for (const path of ['?q=kitagutschien&lang=tr', '/99041006017000']) {
        const first = await t.agent().get(`/api/portal/services${path}`);
        expect([path, first.status, first.headers['set-cookie'], first.headers['cache-control']]).toEqual([
          path,
          200,
          undefined,
          'public, max-age=300',
        ]);
        const again = await t
          .http()
          .get(`/api/portal/services${path}`)
          .set('If-None-Match', first.headers.etag);
        expect(again.status).toBe(304);
      }
      expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
    });
  });
});
