import { berlinDay } from '@lotsen/domain';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { SearchCounterService } from '../../apps/api/src/modules/portal/search-counter.service';
import { signedIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

interface CountRow {
  day: string;
  district_id: string | null;
  lang: string;
  key: string;
  count: number;
}

/**
 * Suchstatistik of the Familienportal (issue 17 point 8; docs/portal.md "Search counts"): a search
 * adds 1 to (day, Sozialraum or whole city, language, topic) and nothing else is kept; the demand
 * report shows the counts as "Nachfrage im Familienportal", suppressed like every figure.
 */
describe('Familienportal: search counts', () => {
  let t: TestApp;
  let counter: SearchCounterService;
  let districtId: string;

  const rows = async (): Promise<CountRow[]> => {
    await counter.flush();
    return t.dataSource.query(
      `SELECT day::text, district_id, lang, key, count FROM portal_search_counts ORDER BY day, lang, key`,
    );
  };
  /** What grew since `before`, by how much. */
  const grown = (before: CountRow[], after: CountRow[]) =>
    after
      .map((row) => {
        const old = before.find(
          (b) =>
            b.day === row.day &&
            b.district_id === row.district_id &&
            b.lang === row.lang &&
            b.key === row.key,
        );
        return { ...row, count: row.count - (old?.count ?? 0) };
      })
      .filter((row) => row.count !== 0);
  const search = (query: Record<string, string | number>) => t.http().get('/api/portal/offers').query(query);

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.dataSource);
    counter = t.app.get(SearchCounterService);
    [{ id: districtId }] = await t.dataSource.query(
      `SELECT id FROM districts WHERE code <> 'unknown' ORDER BY sort_order LIMIT 1`,
    );
  }, 300000);

  afterAll(async () => {
    await t?.close();
  });

  it('a search counts once under what it found; a later page, suggestions, an offer page and bad input do not', async () => {
    const today = berlinDay(new Date());
    const before = await rows();
    const kita = await search({ q: 'kitagutschien', lang: 'uk' });
    expect(kita.status).toBe(200);
    const category = kita.body.items[0].categoryKeys[0] as string;
    expect(category).toBe('kita_gutschein');
    expect(grown(before, await rows())).toEqual([
      { day: today, district_id: null, lang: 'uk', key: 'bedarf:kita_gutschein', count: 1 },
    ]);

    const quiet = await rows();
    const notSearches = [
      await search({ q: 'kitagutschien', lang: 'uk', offset: 20 }),
      await search({ lang: 'uk' }),
      await t.http().get('/api/portal/suggestions').query({ q: 'kita', lang: 'uk' }),
      await t.http().get(`/api/portal/offers/${kita.body.items[0].id}`),
      await t.http().get('/api/portal/services').query({ q: 'kitagutschien' }),
    ];
    expect(notSearches.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const bad = [
      await search({ q: 'kita', age: 'drei' }),
      await search({ q: 'kita', lang: 'xx' }),
      await search({ q: 'kita', unknown: 1 }),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400]);
    expect(grown(quiet, await rows())).toEqual([]);
  });

  it('counts a life situation with its Sozialraum, a search without a hit, and an unknown Sozialraum as the whole city', async () => {
    const today = berlinDay(new Date());
    const before = await rows();
    expect((await search({ lifeSituation: 'kinderbetreuung', districtId, lang: 'tr' })).status).toBe(200);
    const none = await search({ q: 'Qwxzyklopenbau', lang: 'ar' });
    expect([none.status, none.body.total]).toEqual([200, 0]);
    const unknownDistrict = '0f0f0f0f-0000-4000-8000-000000000000';
    expect((await search({ lifeSituation: 'schule', districtId: unknownDistrict, lang: 'ls' })).status).toBe(
      200,
    );
    const changes = grown(before, await rows());
    expect(changes).toEqual(
      expect.arrayContaining([
        { day: today, district_id: districtId, lang: 'tr', key: 'lebenslage:kinderbetreuung', count: 1 },
        { day: today, district_id: null, lang: 'ar', key: 'ohne_treffer', count: 1 },
        { day: today, district_id: null, lang: 'ls', key: 'lebenslage:schule', count: 1 },
      ]),
    );
    expect(changes).toHaveLength(3);
  });

  it('32 searches at once count 32, none lost, none twice', async () => {
    const before = await rows();
    const answers = await Promise.all(
      Array.from({ length: 32 }, () => search({ q: 'Hebamme', lang: 'en', districtId })),
    );
    expect(answers.every((r) => r.status === 200)).toBe(true);
    const changes = grown(before, await rows());
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ district_id: districtId, lang: 'en', count: 32 });
  });

  it('the table holds a number per day, Sozialraum, language and topic — no text, no time, no address', async () => {
    const columns: { column_name: string }[] = await t.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'portal_search_counts' ORDER BY 1`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['count', 'day', 'district_id', 'key', 'lang']);
    // the search text never reaches it: a key is a topic, not what was typed
    const keys: { key: string }[] = await t.dataSource.query(`SELECT DISTINCT key FROM portal_search_counts`);
    for (const { key } of keys) expect(key).toMatch(/^(lebenslage:[a-z_]+|bedarf:[a-z0-9_]+|ohne_treffer)$/);
  });

  describe('"Nachfrage im Familienportal" in the demand report', () => {
    let sensitiveKey: string;
    let otherDistrict: string;

    beforeAll(async () => {
      [{ key: sensitiveKey }] = await t.dataSource.query(
        `SELECT key FROM need_categories WHERE sensitive ORDER BY key LIMIT 1`,
      );
      [{ id: otherDistrict }] = await t.dataSource.query(
        `SELECT id FROM districts WHERE code <> 'unknown' AND id <> $1 ORDER BY sort_order LIMIT 1`,
        [districtId],
      );
      // March 2026: 12 Kita searches in one Sozialraum, 7 for school city-wide, 3 about a sensitive
      // category, 2 without a hit, and 9 more Kita searches in another Sozialraum
      await t.dataSource.query(
        `INSERT INTO portal_search_counts (day, district_id, lang, key, count) VALUES
          ('2026-03-03', $1, 'de', 'bedarf:kita_gutschein', 8), ('2026-03-20', $1, 'uk', 'bedarf:kita_gutschein', 4),
          ('2026-03-05', NULL, 'de', 'lebenslage:schule', 7),
          ('2026-03-09', $1, 'ar', 'bedarf:' || $2, 3),
          ('2026-03-10', NULL, 'tr', 'ohne_treffer', 2),
          ('2026-03-11', $3, 'de', 'bedarf:kita_gutschein', 9),
          ('2026-04-01', $1, 'de', 'bedarf:kita_gutschein', 50)`,
        [districtId, sensitiveKey, otherDistrict],
      );
    });

    it('the analyst sees the month by topic and Sozialraum, small numbers hidden and nothing computable', async () => {
      const analyst = await signedIn(t, 'analyst');
      const res = await analyst.agent
        .get('/api/reports/demand')
        .query({ from: '2026-03-01', to: '2026-03-31' });
      expect(res.status).toBe(200);
      const portal = res.body.portalDemand;
      expect(portal.scope).toBe('city');
      const byKey = Object.fromEntries(
        portal.byKey.map((r: { key: string; searches: number | null }) => [r.key, r.searches]),
      );
      expect(byKey['bedarf:kita_gutschein']).toBe(21); // April's 50 are another period
      expect(byKey['lebenslage:schule']).toBe(7);
      expect(byKey[`bedarf:${sensitiveKey}`]).toBeNull();
      expect(byKey.ohne_treffer).toBeNull();
      expect(portal.byKey.find((r: { key: string }) => r.key === 'ohne_treffer').label).toBe(
        'Suche ohne Treffer',
      );
      expect(portal.byKey.find((r: { key: string }) => r.key === 'lebenslage:schule').label).toBe(
        'Lebenslage: Schule',
      );
      // the total is published (33), so the hidden 3 and 2 are known only together, never alone
      expect(portal.searches).toBe(33);
      expect(portal.byKey.filter((r: { searches: number | null }) => r.searches === null)).toHaveLength(2);
      const byDistrict = Object.fromEntries(
        portal.byDistrict.map((r: { districtId: string | null; searches: number | null }) => [
          r.districtId ?? 'city',
          r.searches,
        ]),
      );
      expect(byDistrict).toEqual({ city: 9, [districtId]: 15, [otherDistrict]: 9 });
    });

    it('a team lead sees the same city-wide portal figures beside the office’s contacts; the CSV has them', async () => {
      const lead = await signedIn(t, 'team_lead');
      const res = await lead.agent.get('/api/reports/demand').query({ from: '2026-03-01', to: '2026-03-31' });
      expect(res.status).toBe(200);
      expect(res.body.officeId).toBe(lead.user.officeId);
      expect(res.body.portalDemand.byKey).toEqual(
        expect.arrayContaining([expect.objectContaining({ key: 'bedarf:kita_gutschein', searches: 21 })]),
      );
      const csv = await lead.agent
        .get('/api/reports/demand/export')
        .query({ from: '2026-03-01', to: '2026-03-31', format: 'csv' });
      expect(csv.status).toBe(200);
      expect(csv.text).toContain('Suchen im Familienportal nach Thema');
      expect(csv.text).toContain('Lebenslage: Schule');
    });

    it('a counsellor and a provider get no report', async () => {
      for (const role of ['counsellor', 'provider'] as const) {
        const user = await signedIn(t, role);
        const res = await user.agent
          .get('/api/reports/demand')
          .query({ from: '2026-03-01', to: '2026-03-31' });
        expect([role, res.status]).toEqual([role, 403]);
      }
    });
  });
});
