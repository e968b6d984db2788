import { LIFE_SITUATIONS, nonPublicFields } from '@lotsen/domain';
import type { Agent } from 'supertest';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { changedTables, tableChecksums } from '../support/db-checksum';
import { signedIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Translations of the Familienportal's texts (issue 17 point 5; docs/portal.md "Übersetzungen"):
 * staff read them, admins write and review them; the portal answers in the language asked for
 * (`?lang=`, else Accept-Language), field by field falling back to German, and its search finds
 * records by their translated texts in every language.
 */
interface PublicText {
  id: string;
  title: string;
  description: string | null;
  checklist?: string[];
  textLang: string;
}

describe('Übersetzungen', () => {
  let t: TestApp;
  let admin: Agent;
  let adminId: string;
  let offerId: string;
  let serviceId: string;
  const staff: Record<string, Agent> = {};

  const portal = (path: string) => t.http().get(`/api/portal${path}`);
  const post = (body: object) => admin.post('/api/translations').send(body);

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.dataSource);
    const signed = await signedIn(t, 'admin');
    admin = signed.agent;
    adminId = signed.user.id;
    const [{ id: providerId }] = await t.dataSource.query(
      `SELECT id FROM providers WHERE name = 'Wohngeldstelle Potsdam'`,
    );
    for (const role of ['counsellor', 'team_lead', 'analyst'] as const)
      staff[role] = (await signedIn(t, role)).agent;
    staff.provider = (await signedIn(t, 'provider', { providerId })).agent;
    offerId = (
      await admin.post('/api/offers').send({
        providerId,
        title: 'Mietschuldenberatung am Havelufer',
        description: 'Hilfe, wenn die Miete nicht mehr bezahlt werden kann.',
        categoryKeys: ['wohnen'],
      })
    ).body.id;
    serviceId = (
      await admin.post('/api/services').send({
        titleDe: 'Wohnberechtigungsschein',
        descriptionDe: 'Für eine Wohnung mit Belegungsbindung.',
        responsibleProviderId: providerId,
        checklist: ['Personalausweis', 'Einkommensnachweise'],
        categoryKeys: ['wohnen'],
      })
    ).body.id;
    expect([offerId, serviceId]).toEqual([expect.any(String), expect.any(String)]);
  }, 300000);

  afterAll(async () => {
    await t?.close();
  });

  describe('staff API', () => {
    it('admins create, list by entity and language, review, edit and delete', async () => {
      const created = await post({
        entity: 'offer',
        entityId: offerId,
        field: 'title',
        lang: 'uk',
        text: 'Консультація щодо боргів за оренду',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ lang: 'uk', reviewedAt: null, reviewedById: null, version: 1 });
      const id = created.body.id as string;

      const list = await staff.counsellor.get('/api/translations').query({
        filter: JSON.stringify({ entity: 'offer', entityId: offerId, lang: 'uk', reviewed: false }),
        range: '[0,9]',
      });
      expect(list.status).toBe(200);
      expect(list.body.map((r: { id: string }) => r.id)).toEqual([id]);
      expect(list.headers['content-range']).toBe('translations 0-0/1');

      // react-admin sends back the whole record; reviewed: true records the admin and the moment
      const read = await staff.analyst.get(`/api/translations/${id}`);
      const reviewed = await admin.put(`/api/translations/${id}`).send({ ...read.body, reviewed: true });
      expect(reviewed.status).toBe(200);
      expect(reviewed.body).toMatchObject({ reviewedById: adminId, version: 2 });
      expect(Date.now() - Date.parse(reviewed.body.reviewedAt)).toBeLessThan(60000);
      const onlyReviewed = await staff.team_lead.get('/api/translations').query({
        filter: JSON.stringify({ entityId: offerId, reviewed: true }),
      });
      expect(onlyReviewed.body.map((r: { id: string }) => r.id)).toEqual([id]);

      // a changed text is not reviewed any more ...
      const edited = await admin
        .put(`/api/translations/${id}`)
        .send({ ...reviewed.body, text: 'Консультація щодо боргів за житло' });
      expect(edited.body).toMatchObject({ reviewedAt: null, reviewedById: null, version: 3 });
      // ... unless the admin reviews it with the change
      const both = await admin
        .put(`/api/translations/${id}`)
        .send({ text: 'Консультація щодо боргів за оренду житла', reviewed: true, version: 3 });
      expect(both.body).toMatchObject({ reviewedById: adminId, version: 4 });
      const unreviewed = await admin.put(`/api/translations/${id}`).send({ reviewed: false, version: 4 });
      expect(unreviewed.body).toMatchObject({
        reviewedAt: null,
        text: 'Консультація щодо боргів за оренду житла',
      });
      const stale = await admin.put(`/api/translations/${id}`).send({ text: 'Старе', version: 1 });
      expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
      const moved = await admin.put(`/api/translations/${id}`).send({ ...unreviewed.body, lang: 'en' });
      expect([moved.status, moved.body.code]).toEqual([400, 'READ_ONLY_FIELD']);

      expect((await admin.delete(`/api/translations/${id}`)).status).toBe(200);
      expect((await admin.get(`/api/translations/${id}`)).status).toBe(404);
    });

    it('refuses what does not fit with a stable code and changes nothing', async () => {
      const key = LIFE_SITUATIONS[0].key;
      const ok = {
        entity: 'offer',
        entityId: offerId,
        field: 'description',
        lang: 'en',
        text: 'Rent arrears.',
      };
      const [existing] = [
        (await post({ ...ok, field: 'title', lang: 'tr', text: 'Kira borcu danışmanlığı' })).body,
      ];
      const before = await tableChecksums(t.dataSource);
      const cases: [object, number, string][] = [
        [{ ...ok, lang: 'fr' }, 400, 'VALIDATION_FAILED'],
        [{ ...ok, lang: 'ls' }, 400, 'VALIDATION_FAILED'],
        [{ ...ok, entity: 'family' }, 400, 'VALIDATION_FAILED'],
        [{ ...ok, field: 'notes' }, 400, 'VALIDATION_FAILED'],
        [{ ...ok, text: '' }, 400, 'VALIDATION_FAILED'],
        [{ ...ok, text: 'x'.repeat(4001) }, 400, 'VALIDATION_FAILED'],
        [{ ...ok, field: 'title', text: 'x'.repeat(201) }, 400, 'VALIDATION_FAILED'],
        [{ ...ok, reviewed: 'ja' }, 400, 'VALIDATION_FAILED'],
        [{ ...ok, reviewedAt: '2026-01-01T00:00:00Z' }, 400, 'VALIDATION_FAILED'],
        [{ ...ok, lang: 'de' }, 400, 'TRANSLATION_NOT_APPLICABLE'],
        [{ ...ok, field: 'intro' }, 400, 'TRANSLATION_NOT_APPLICABLE'],
        [{ ...ok, field: 'checklist' }, 400, 'TRANSLATION_NOT_APPLICABLE'],
        [
          { ...ok, entity: 'life_situation', entityId: key, field: 'title' },
          400,
          'TRANSLATION_NOT_APPLICABLE',
        ],
        [
          { ...ok, entity: 'service', entityId: serviceId, field: 'checklist', text: ' \n ' },
          400,
          'VALIDATION_FAILED',
        ],
        [{ ...ok, entityId: serviceId }, 400, 'INVALID_REFERENCE'],
        [{ ...ok, entityId: '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4' }, 400, 'INVALID_REFERENCE'],
        [{ ...ok, entityId: 'kein-uuid' }, 400, 'INVALID_REFERENCE'],
        [
          { ...ok, entity: 'life_situation', entityId: 'mondreise', field: 'intro' },
          400,
          'INVALID_REFERENCE',
        ],
        [{ ...ok, field: 'title', lang: 'tr' }, 409, 'DUPLICATE_KEY'],
      ];
      for (const [sent, status, code] of cases) {
        const res = await post(sent);
        const label = JSON.stringify(sent).slice(0, 160);
        expect([label, res.status, res.body.code]).toEqual([label, status, code]);
      }
      const long = await admin
        .put(`/api/translations/${existing.id}`)
        .send({ text: 'x'.repeat(201), version: existing.version });
      expect([long.status, long.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
    });

    it('only admins write; provider users may not read; refused calls change nothing', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM translations LIMIT 1`);
      const before = await tableChecksums(t.dataSource);
      for (const role of ['counsellor', 'team_lead', 'analyst', 'provider']) {
        const a = staff[role];
        const answers = [
          (
            await a.post('/api/translations').send({
              entity: 'offer',
              entityId: offerId,
              field: 'description',
              lang: 'ar',
              text: 'نص',
            })
          ).status,
          (await a.put(`/api/translations/${id}`).send({ text: 'Anders', version: 1 })).status,
          (await a.delete(`/api/translations/${id}`)).status,
        ];
        expect([role, answers]).toEqual([role, [403, 403, 403]]);
      }
      expect((await staff.provider.get('/api/translations')).status).toBe(403);
      expect((await staff.provider.get(`/api/translations/${id}`)).status).toBe(403);
      expect((await t.http().get('/api/translations')).status).toBe(401);
      expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
    });

    it('deleting a service or an offer deletes its translations', async () => {
      const service = await admin.post('/api/services').send({
        titleDe: 'Befristete Leistung',
        responsibleProviderId: (await admin.get(`/api/services/${serviceId}`)).body.responsibleProviderId,
      });
      const translated = await post({
        entity: 'service',
        entityId: service.body.id,
        field: 'title',
        lang: 'en',
        text: 'Temporary service',
      });
      expect(translated.status).toBe(201);
      expect((await admin.delete(`/api/services/${service.body.id}`)).status).toBe(200);
      expect((await admin.get(`/api/translations/${translated.body.id}`)).status).toBe(404);
      // offers are deactivated, never deleted by the API; deleted by hand, their texts go with them
      const offer = await admin.post('/api/offers').send({
        providerId: service.body.responsibleProviderId,
        title: 'Befristetes Angebot',
      });
      const offerText = await post({
        entity: 'offer',
        entityId: offer.body.id,
        field: 'title',
        lang: 'tr',
        text: 'Geçici teklif',
      });
      expect(offerText.status).toBe(201);
      await t.dataSource.query(`DELETE FROM offers WHERE id = $1`, [offer.body.id]);
      expect((await admin.get(`/api/translations/${offerText.body.id}`)).status).toBe(404);
    });
  });

  describe('demo texts', () => {
    it('give every life situation an intro in all six languages, only the German ones reviewed', async () => {
      const rows: { lang: string; n: string; reviewed: string }[] = await t.dataSource.query(
        `SELECT lang, count(*) AS n, count(reviewed_at) AS reviewed FROM translations
          WHERE entity = 'life_situation' AND field = 'intro' GROUP BY lang ORDER BY lang`,
      );
      expect(rows.map((r) => [r.lang, Number(r.n), Number(r.reviewed)])).toEqual(
        ['ar', 'de', 'de-x-ls', 'en', 'tr', 'uk'].map((l) => [l, 10, l === 'de' ? 10 : 0]),
      );
      const ar = await portal('/life-situations?lang=ar');
      for (const s of ar.body.items)
        expect([s.key, s.textLang, s.intro]).toEqual([s.key, 'ar', expect.any(String)]);
    });

    it('give every service its title, description and what to bring in five languages', async () => {
      for (const lang of ['ls', 'en', 'uk', 'ar', 'tr']) {
        const res = await portal(`/services?lang=${lang}&limit=50`);
        const german = (res.body.items as PublicText[]).filter(
          (s) => s.textLang !== lang && s.id !== serviceId,
        );
        expect([lang, res.body.items.length > 10, german.map((s) => s.title)]).toEqual([lang, true, []]);
      }
      const ls = await portal(`/services?lang=ls&q=${encodeURIComponent('Kinder-Geld')}`);
      expect(ls.body.items[0]).toMatchObject({ title: 'Kinder-Geld', textLang: 'ls' });
      expect(ls.body.items[0].checklist).toContain('Ihren Ausweis oder Ihren Pass');
      const uk = await portal(`/services?lang=uk&q=${encodeURIComponent('Kindergeld')}`);
      expect(uk.body.items[0]).toMatchObject({ title: 'Допомога на дитину (Kindergeld)', textLang: 'uk' });
      expect(uk.body.items[0].checklist).toContain('Банківські реквізити (IBAN)');
    });
  });

  describe('demo offers', () => {
    it('every demo offer comes in Leichte Sprache', async () => {
      const german: string[] = [];
      for (const offset of [0, 50]) {
        const res = await portal(`/offers?lang=ls&limit=50&offset=${offset}`);
        for (const o of res.body.items as PublicText[])
          if (o.textLang !== 'ls' && o.id !== offerId) german.push(o.title);
        if (offset === 0) expect(res.body.total).toBeGreaterThan(70);
      }
      expect(german).toEqual([]);
    });

    it('a family asking in Ukrainian finds the Kita-Gutschein offer in Ukrainian', async () => {
      const res = await portal(`/offers?q=${encodeURIComponent('ваучер на дитячий садок')}`).set(
        'Accept-Language',
        'uk-UA,uk;q=0.9',
      );
      expect(res.body.lang).toBe('uk');
      expect(res.body.items[0]).toMatchObject({
        title: 'Ваучер на дитячий садок (Kita-Gutschein): заява і пошук місця',
        textLang: 'uk',
      });
      const de = await portal(`/offers/${res.body.items[0].id}`);
      expect(de.body).toMatchObject({ title: 'Kita-Gutschein: Antrag und Platzsuche', textLang: 'de' });
    });
  });

  describe('portal', () => {
    beforeAll(async () => {
      const texts: [string, string, string, string, string][] = [
        ['offer', offerId, 'title', 'en', 'Rent arrears counselling by the Havel'],
        ['offer', offerId, 'description', 'ar', 'مساعدة عندما لا يمكن دفع الإيجار.'],
        ['offer', offerId, 'title', 'uk', 'Консультація щодо заборгованості з оренди'],
        ['service', serviceId, 'title', 'de-x-ls', 'Ein Schein für eine günstige Wohnung'],
        ['service', serviceId, 'checklist', 'de-x-ls', 'Ihr Ausweis\n\nBelege über Ihr Geld'],
        ['service', serviceId, 'description', 'en', 'For a flat with a social housing commitment.'],
      ];
      for (const [entity, entityId, field, lang, text] of texts) {
        const res = await post({ entity, entityId, field, lang, text });
        if (res.status !== 201 && res.body.code !== 'DUPLICATE_KEY')
          throw new Error(JSON.stringify(res.body));
      }
    });

    it('answers in the language asked for, field by field falling back to German, with textLang', async () => {
      const en = (await portal(`/offers/${offerId}?lang=en`)).body as PublicText;
      expect(en).toMatchObject({
        title: 'Rent arrears counselling by the Havel',
        description: 'Hilfe, wenn die Miete nicht mehr bezahlt werden kann.',
        textLang: 'en',
      });
      // a translated description alone does not make the text Arabic
      const ar = (await portal(`/offers/${offerId}?lang=ar`)).body as PublicText;
      expect(ar).toMatchObject({
        title: 'Mietschuldenberatung am Havelufer',
        description: 'مساعدة عندما لا يمكن دفع الإيجار.',
        textLang: 'de',
      });
      const de = await portal(`/offers/${offerId}`);
      expect(de.body).toMatchObject({ title: 'Mietschuldenberatung am Havelufer', textLang: 'de' });
      const ls = await portal(`/services/${serviceId}?lang=ls`);
      expect(ls.body).toMatchObject({
        title: 'Ein Schein für eine günstige Wohnung',
        description: 'Für eine Wohnung mit Belegungsbindung.',
        checklist: ['Ihr Ausweis', 'Belege über Ihr Geld'],
        textLang: 'ls',
      });
      const enService = await portal(`/services/${serviceId}?lang=en`);
      expect(enService.body).toMatchObject({
        title: 'Wohnberechtigungsschein',
        description: 'For a flat with a social housing commitment.',
        checklist: ['Personalausweis', 'Einkommensnachweise'],
        textLang: 'de',
      });
      // lists too, and the answer's lang stays the one asked for
      const list = await portal('/offers?lang=uk&q=Mietschuldenberatung');
      expect(list.body.lang).toBe('uk');
      expect(list.body.items[0]).toMatchObject({
        title: 'Консультація щодо заборгованості з оренди',
        textLang: 'uk',
      });
      for (const body of [en, ar, de.body]) expect(nonPublicFields('offer', body as never)).toEqual([]);
      for (const body of [ls.body, enService.body]) expect(nonPublicFields('service', body)).toEqual([]);
    });

    it('takes the language from Accept-Language when no ?lang= is given, and says it varies by it', async () => {
      const uk = await portal(`/offers/${offerId}`).set('Accept-Language', 'uk-UA,uk;q=0.9,en;q=0.8');
      expect(uk.body).toMatchObject({ title: 'Консультація щодо заборгованості з оренди', textLang: 'uk' });
      expect(uk.headers.vary).toMatch(/Accept-Language/i);
      const ls = await portal(`/services?q=Wohnberechtigungsschein`).set('Accept-Language', 'de-x-ls');
      expect(ls.body.lang).toBe('ls');
      expect(ls.body.items[0]).toMatchObject({
        title: 'Ein Schein für eine günstige Wohnung',
        textLang: 'ls',
      });
      const asked = await portal(`/offers/${offerId}?lang=en`).set('Accept-Language', 'uk');
      expect(asked.body.textLang).toBe('en');
      const unknown = await portal('/life-situations').set('Accept-Language', 'fr-FR, ru;q=0.5');
      expect(unknown.body.lang).toBe('de');
    });

    it('finds records by their translated texts in every language, whatever language answers', async () => {
      const ids = async (path: string) => ((await portal(path)).body.items as PublicText[]).map((i) => i.id);
      expect(await ids(`/offers?q=${encodeURIComponent('заборгованості з оренди')}`)).toEqual([offerId]);
      expect(await ids(`/offers?lang=tr&q=${encodeURIComponent('Заборгованість')}`)).toContain(offerId);
      expect(await ids(`/offers?q=${encodeURIComponent('rent arrears')}`)).toEqual([offerId]);
      expect(
        (await ids(`/services?lang=en&q=${encodeURIComponent('Schein für eine günstige Wohnung')}`))[0],
      ).toBe(serviceId);
      expect(await ids(`/services?q=${encodeURIComponent('social housing commitment')}`)).toEqual([
        serviceId,
      ]);
    });

    it('gives each life situation its intro in the language, else the German one', async () => {
      const key = LIFE_SITUATIONS[1].key;
      await t.dataSource.query(
        `DELETE FROM translations WHERE entity = 'life_situation' AND entity_id = $1 AND lang IN ('de', 'tr')`,
        [key],
      );
      expect(
        (await post({ entity: 'life_situation', entityId: key, field: 'intro', lang: 'de', text: 'Kita.' }))
          .status,
      ).toBe(201);
      const find = async (lang: string) =>
        ((await portal(`/life-situations?lang=${lang}`)).body.items as { key: string }[]).find(
          (s) => s.key === key,
        );
      expect(await find('tr')).toMatchObject({ label: 'Çocuk bakımı', intro: 'Kita.', textLang: 'de' });
      expect(
        (await post({ entity: 'life_situation', entityId: key, field: 'intro', lang: 'tr', text: 'Kreş.' }))
          .status,
      ).toBe(201);
      expect(await find('tr')).toMatchObject({ intro: 'Kreş.', textLang: 'tr' });
      expect(await find('de')).toMatchObject({ intro: 'Kita.', textLang: 'de' });
    });
  });
});
