import { LIFE_SITUATIONS } from '@lotsen/domain';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { derivedId } from '../../apps/api/src/modules/hsds/hsds-ids';
import {
  LIFE_TAXONOMY,
  NEEDS_TAXONOMY,
  taxonomyId,
  termId,
} from '../../apps/api/src/modules/hsds/hsds-taxonomies';
import { changedTables, tableChecksums } from '../support/db-checksum';
import { signedIn } from '../support/factories';
import { hsdsValidator, type HsdsSchemaName, type HsdsValidator } from '../support/hsds-schemas';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The Open Referral HSDS 3.0 API (issue 18, first slice; docs/hsds.md) on the demo data: every
 * answer of every route, for every demo record, validated with ajv against the official HSDS 3.0
 * schemas (found by test/support/hsds-schemas.ts, never copied); paging, filters, the hidden
 * address, inactive records, bad input, cache headers, no cookie, nothing stored.
 */
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const NOWHERE = '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4';
const SHELTER = 'Frauen- und Kinderschutzhaus';
const KITA = 'Kita-Gutschein: Antrag und Platzsuche';
const LISTS = ['services', 'organizations', 'service_at_locations', 'taxonomies', 'taxonomy_terms'] as const;
type List = (typeof LISTS)[number];

/** The schema of a list's items and of one record by id, per route. */
const ITEM: Record<List, HsdsSchemaName> = {
  services: 'compiled/service_list.json',
  organizations: 'compiled/organization_list.json',
  service_at_locations: 'compiled/service_at_location_list.json',
  taxonomies: 'taxonomy.json',
  taxonomy_terms: 'taxonomy_term.json',
};
const ONE: Record<List, HsdsSchemaName> = {
  services: 'service.json',
  organizations: 'organization.json',
  service_at_locations: 'service_at_location.json',
  taxonomies: 'taxonomy.json',
  taxonomy_terms: 'taxonomy_term.json',
};

describe('Open Referral HSDS 3.0 API', () => {
  let t: TestApp;
  let v: HsdsValidator;
  let hsdsRoutes: string[];

  const get = (path: string, query: Record<string, string | number> = {}) =>
    t.http().get(`/api/hsds${path}`).query(query);
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    ((await t.dataSource.query(sql, params)) as { n: number }[])[0].n;
  const offerIdOf = async (title: string): Promise<string> =>
    ((await t.dataSource.query(`SELECT id FROM offers WHERE title = $1`, [title])) as { id: string }[])[0].id;
  const PUBLIC_OFFERS = `SELECT count(*)::int AS n FROM offers o JOIN providers p ON p.id = o.provider_id
                          WHERE o.active AND p.active`;
  /** HSDS services: the public offers and the Verwaltungsleistungen (conditions on `o.…` may follow). */
  const PUBLIC_SERVICES = `SELECT count(*)::int AS n FROM (
      SELECT o.provider_id, o.category_keys, '{}'::text[] AS life_situation_keys
        FROM offers o JOIN providers p ON p.id = o.provider_id WHERE o.active AND p.active
      UNION ALL
      SELECT s.responsible_provider_id, s.category_keys, s.life_situation_keys
        FROM services s JOIN providers p ON p.id = s.responsible_provider_id WHERE s.active AND p.active) o
    WHERE true`;

  /** Every page of a list, checked against the Page schema and the items' schema. */
  async function all(list: List, query: Record<string, string | number> = {}, perPage = 10): Promise<Obj[]> {
    const items: Obj[] = [];
    for (let page = 1; ; page++) {
      const res = await get(`/${list}`, { ...query, page, per_page: perPage });
      expect([list, res.status]).toEqual([list, 200]);
      expect([list, v.pageProblems(res.body)]).toEqual([list, []]);
      for (const item of res.body.contents as Obj[]) {
        expect([list, item.id, v.problems(ITEM[list], item)]).toEqual([list, item.id, []]);
        items.push(item);
      }
      if (res.body.last_page) return items;
    }
  }

  beforeAll(async () => {
    v = hsdsValidator();
    t = await startTestApp();
    await loadDemoData(t.dataSource);
    const doc = (await t.http().get('/api/docs-json')).body as { paths: Record<string, object> };
    hsdsRoutes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/hsds'))
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
  }, 300000);

  afterAll(async () => {
    await t?.close();
  });

  it('every answer of every route, for every demo record, is valid against the HSDS 3.0 schemas', async () => {
    expect(hsdsRoutes.sort()).toEqual(
      ['GET /api/hsds', ...LISTS.flatMap((l) => [`GET /api/hsds/${l}`, `GET /api/hsds/${l}/{id}`])].sort(),
    );
    // the validator holds the official schemas and enforces them (types, formats, required fields)
    expect(v.problems('service.json', { id: 'nicht-uuid', name: 'x', status: 'active' })).toEqual([
      '/id must match format "uuid"',
    ]);
    expect(v.problems('compiled/organization_list.json', { id: NOWHERE, name: 'x' }).join()).toMatch(
      /description/,
    );
    const meta = await get('');
    expect([meta.status, v.metaProblems(meta.body)]).toEqual([200, []]);
    expect(meta.body.version).toBe('3.0');
    // `/api/hsds/` as the reference writes it (supertest asks each time on another port)
    const slash = await get('/');
    expect([slash.status, slash.body.version, slash.body.openapi_url]).toEqual([
      200,
      '3.0',
      expect.any(String),
    ]);
    expect(meta.body.openapi_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/docs-json$/);

    const walked: Record<List, number> = {} as Record<List, number>;
    const texts: string[] = [meta.text];
    for (const list of LISTS) {
      const items = await all(list);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      walked[list] = items.length;
      for (const item of items) {
        const res = await get(`/${list}/${item.id}`);
        texts.push(res.text);
        expect([list, item.id, res.status, v.problems(ONE[list], res.body)]).toEqual([
          list,
          item.id,
          200,
          [],
        ]);
        expect(res.body.id).toBe(item.id);
        if (list === 'organizations') {
          for (const s of res.body.services ?? [])
            expect(v.problems('compiled/service_list.json', s)).toEqual([]);
        }
        if (list === 'service_at_locations') {
          expect(v.problems('compiled/service_list.json', res.body.service)).toEqual([]);
        }
      }
    }
    // every demo record: all public offers, providers, terms; a location for each visible address
    expect(walked.services).toBe(await count(PUBLIC_SERVICES));
    expect(walked.organizations).toBe(await count(`SELECT count(*)::int AS n FROM providers WHERE active`));
    expect(walked.service_at_locations).toBe(
      await count(`${PUBLIC_OFFERS} AND NOT o.address_hidden AND btrim(coalesce(o.address, '')) <> ''`),
    );
    expect(walked.taxonomies).toBe(3);
    expect(walked.taxonomy_terms).toBe(
      (await count(`SELECT count(*)::int AS n FROM need_categories WHERE active`)) +
        LIFE_SITUATIONS.length +
        (await count(`SELECT count(*)::int AS n FROM services WHERE active AND leika_key IS NOT NULL`)),
    );
    expect(walked.services).toBeGreaterThan(40);

    // nothing outside the public allow-list: hidden addresses and their e-mails never appear
    const hidden: { address: string; email: string | null }[] = await t.dataSource.query(
      `SELECT address, email FROM offers WHERE address_hidden AND address IS NOT NULL`,
    );
    expect(hidden.length).toBeGreaterThan(0);
    const listTexts = await Promise.all(
      LISTS.map(async (l) => (await get(`/${l}`, { per_page: 1000 })).text),
    );
    for (const text of [...texts, ...listTexts]) {
      for (const h of hidden) {
        expect(text).not.toContain(h.address.split(',')[0]);
        if (h.email) expect(text).not.toContain(h.email);
      }
    }
  }, 240000);

  it('maps an offer to a fully nested service: organization, phone, languages, ages, areas, terms, location', async () => {
    const kitaId = await offerIdOf(KITA);
    const [row] = await t.dataSource.query(
      `SELECT o.*, p.name AS provider_name FROM offers o JOIN providers p ON p.id = o.provider_id WHERE o.id = $1`,
      [kitaId],
    );
    const res = await get(`/services/${kitaId}`);
    const s = res.body as Obj;
    expect(s).toMatchObject({ id: kitaId, name: KITA, status: 'active', organization_id: row.provider_id });
    expect(s.organization).toMatchObject({ id: row.provider_id, name: row.provider_name });
    expect((s.phones ?? []).map((p: Obj) => p.number)).toEqual(row.phone ? [row.phone] : []);
    expect(s.languages.map((l: Obj) => l.code).sort()).toEqual([...row.languages].sort());
    const terms = (s.attributes as Obj[]).map((a) => a.taxonomy_term);
    expect(terms.filter((x) => x.taxonomy === NEEDS_TAXONOMY).map((x) => x.code)).toEqual(row.category_keys);
    expect(terms.filter((x) => x.taxonomy === LIFE_TAXONOMY).map((x) => x.code)).toContain('kinderbetreuung');
    const [sal] = s.service_at_locations as Obj[];
    expect(sal.id).toBe(derivedId('service_at_location', kitaId));
    expect(sal.location.addresses[0]).toMatchObject({ country: 'DE', state_province: 'Brandenburg' });
    expect(row.address).toContain(sal.location.addresses[0].address_1);
    expect(row.address).toContain(sal.location.addresses[0].postal_code);
    // an offer with ages carries them as eligibility
    const [aged] = await t.dataSource.query(
      `SELECT id, age_from, age_to FROM offers WHERE active AND age_from IS NOT NULL AND age_to IS NOT NULL LIMIT 1`,
    );
    const agedService = (await get(`/services/${aged.id}`)).body;
    expect(agedService).toMatchObject({ minimum_age: aged.age_from, maximum_age: aged.age_to });
    expect(agedService.eligibility_description).toBe(
      `Für Kinder von ${aged.age_from} bis ${aged.age_to} Jahren`,
    );
    // ids are stable: the same answer again
    expect((await get(`/services/${kitaId}`)).body).toEqual(s);
  });

  it('a Verwaltungsleistung is a service: its LeiKa key as an attribute of the taxonomy leika, what to bring, the online application', async () => {
    const [row] = await t.dataSource.query(
      `SELECT id, responsible_provider_id, checklist, online_url FROM services WHERE leika_key = '99041006017000'`,
    );
    const res = await get(`/services/${row.id}`);
    expect([res.status, v.problems('service.json', res.body)]).toEqual([200, []]);
    expect(res.body).toMatchObject({
      name: 'Elterngeld',
      organization_id: row.responsible_provider_id,
      url: new URL(row.online_url).toString(),
    });
    const leika = (res.body.attributes as Obj[]).find((a) => a.link_type === 'leika_key');
    expect(leika).toMatchObject({
      value: '99041006017000',
      taxonomy_term: {
        code: '99041006017000',
        taxonomy: 'leika',
        taxonomy_detail: { name: 'leika', uri: 'https://fimportal.de/' },
      },
    });
    expect((res.body.required_documents as Obj[]).map((d) => d.document)).toEqual(row.checklist);
    // no address, no location: a Verwaltungsleistung is reached through its responsible body
    expect(res.body.service_at_locations).toBeUndefined();
    // found by its LeiKa term, its name and its responsible body; listed with that body
    const byKey = await all('services', { taxonomy_term_id: String(leika?.taxonomy_term_id) });
    expect(byKey.map((s) => s.id)).toEqual([row.id]);
    expect(
      (await get('/services', { search: '99041006017000' })).body.contents.map((s: Obj) => s.id),
    ).toEqual([row.id]);
    const body = (await get(`/organizations/${row.responsible_provider_id}`)).body;
    expect((body.services as Obj[]).map((s) => s.id)).toContain(row.id);
    // a service without a confirmed key has no LeiKa attribute (never an invented one)
    const [other] = await t.dataSource.query(
      `SELECT id FROM services WHERE leika_key IS NULL AND active LIMIT 1`,
    );
    const plain = (await get(`/services/${other.id}`)).body;
    expect((plain.attributes as Obj[]).some((a) => a.link_type === 'leika_key')).toBe(false);
  });

  it('a hidden address yields no location and no address, only a phone', async () => {
    const [shelter] = await t.dataSource.query(
      `SELECT id, address, email, phone FROM offers WHERE title = $1`,
      [SHELTER],
    );
    expect(shelter.address).toContain('Musterweg');
    const res = await get(`/services/${shelter.id}`);
    expect(res.status).toBe(200);
    expect(res.body.service_at_locations).toBeUndefined();
    expect(res.body.email).toBeUndefined();
    expect(res.body.phones.map((p: Obj) => p.number)).toEqual([shelter.phone]);
    expect(res.text).not.toContain('Musterweg');
    expect((await get(`/service_at_locations/${derivedId('service_at_location', shelter.id)}`)).status).toBe(
      404,
    );
    const sals = await all('service_at_locations', {}, 1000);
    expect(sals.map((x) => x.service_id)).not.toContain(shelter.id);
    // no search oracle for the hidden address either
    const byAddress = await get('/services', { search: 'Musterweg' });
    expect(byAddress.body.contents.map((x: Obj) => x.id)).not.toContain(shelter.id);
  });

  it('inactive offers and the offers of inactive providers are absent', async () => {
    const kitaId = await offerIdOf(KITA);
    const [other] = await t.dataSource.query(
      `SELECT o.id, o.provider_id FROM offers o JOIN providers p ON p.id = o.provider_id
        WHERE o.active AND p.active AND o.provider_id <> (SELECT provider_id FROM offers WHERE id = $1) LIMIT 1`,
      [kitaId],
    );
    await t.dataSource.query(`UPDATE offers SET active = false WHERE id = $1`, [kitaId]);
    await t.dataSource.query(`UPDATE providers SET active = false WHERE id = $1`, [other.provider_id]);
    try {
      expect((await get(`/services/${kitaId}`)).status).toBe(404);
      expect((await get(`/service_at_locations/${derivedId('service_at_location', kitaId)}`)).status).toBe(
        404,
      );
      expect((await get(`/services/${other.id}`)).status).toBe(404);
      expect((await get(`/organizations/${other.provider_id}`)).status).toBe(404);
      const ids = (await all('services', {}, 1000)).map((s) => s.id);
      expect(ids).not.toContain(kitaId);
      expect(ids).not.toContain(other.id);
      expect((await all('organizations', {}, 1000)).map((o) => o.id)).not.toContain(other.provider_id);
    } finally {
      await t.dataSource.query(`UPDATE offers SET active = true WHERE id = $1`, [kitaId]);
      await t.dataSource.query(`UPDATE providers SET active = true WHERE id = $1`, [other.provider_id]);
    }
  });

  it('pages exactly as the HSDS API reference: counts, first/last page, empty, sizes up to 1000', async () => {
    const total = await count(PUBLIC_SERVICES);
    const pages = Math.ceil(total / 7);
    const first = (await get('/services', { per_page: 7 })).body;
    expect(first).toMatchObject({
      total_items: total,
      total_pages: pages,
      page_number: 1,
      size: 7,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const last = (await get('/services', { per_page: 7, page: pages })).body;
    expect(last).toMatchObject({
      page_number: pages,
      size: total - 7 * (pages - 1),
      first_page: false,
      last_page: true,
    });
    const beyond = (await get('/services', { per_page: 7, page: pages + 1 })).body;
    expect(beyond).toMatchObject({ total_items: total, size: 0, empty: true, last_page: true, contents: [] });
    // the pages together hold every service once, in a stable order
    const paged = await all('services', {}, 7);
    const whole = (await get('/services', { per_page: 500 })).body;
    expect(whole).toMatchObject({ total_pages: 1, size: total, first_page: true, last_page: true });
    expect(paged.map((s) => s.id)).toEqual(whole.contents.map((s: Obj) => s.id));
    expect((await get('/services', { per_page: 1000 })).status).toBe(200);
    const nothing = (await get('/services', { search: 'xqzvvbnm' })).body;
    expect(nothing).toEqual({
      total_items: 0,
      total_pages: 0,
      page_number: 1,
      size: 0,
      first_page: true,
      last_page: true,
      empty: true,
      contents: [],
    });
    const taxonomies = (await get('/taxonomies', { per_page: 1, page: 3 })).body;
    expect(taxonomies).toMatchObject({
      total_items: 3,
      total_pages: 3,
      size: 1,
      first_page: false,
      last_page: true,
    });
  });

  it('filters by search, organization, taxonomy term, taxonomy and modified_after', async () => {
    const kitaId = await offerIdOf(KITA);
    const search = (await get('/services', { search: 'kita gutschein' })).body.contents as Obj[];
    expect(search.map((s) => s.id)).toContain(kitaId);
    const [provider] = await t.dataSource.query(`SELECT provider_id FROM offers WHERE id = $1`, [kitaId]);
    const own = await all('services', { organization_id: provider.provider_id });
    expect(own.length).toBe(await count(`${PUBLIC_SERVICES} AND o.provider_id = $1`, [provider.provider_id]));
    for (const s of own) expect(s.organization_id).toBe(provider.provider_id);
    expect(
      (await get('/organizations', { search: 'elterngeldstelle' })).body.contents.map((o: Obj) => o.name),
    ).toEqual(['Elterngeldstelle Potsdam']);

    const elterngeld = termId(NEEDS_TAXONOMY, 'elterngeld');
    const byTerm = await all('services', { taxonomy_term_id: elterngeld });
    expect(byTerm.length).toBe(await count(`${PUBLIC_SERVICES} AND 'elterngeld' = ANY (o.category_keys)`));
    for (const s of byTerm) {
      const full = (await get(`/services/${s.id}`)).body;
      expect(full.attributes.map((a: Obj) => a.taxonomy_term_id)).toContain(elterngeld);
    }
    const [school] = LIFE_SITUATIONS.filter((s) => s.key === 'schule');
    const bySituation = await all('services', { taxonomy_term_id: termId(LIFE_TAXONOMY, 'schule') });
    expect(bySituation.length).toBe(
      await count(
        `${PUBLIC_SERVICES} AND (o.category_keys && $1::text[] OR 'schule' = ANY (o.life_situation_keys))`,
        [school.categoryKeys],
      ),
    );
    const byTaxonomy = await all('services', { taxonomy_id: taxonomyId(LIFE_TAXONOMY) });
    expect(byTaxonomy.length).toBe(
      await count(
        `${PUBLIC_SERVICES} AND (o.category_keys && $1::text[] OR cardinality(o.life_situation_keys) > 0)`,
        [LIFE_SITUATIONS.flatMap((s) => s.categoryKeys)],
      ),
    );
    expect((await get('/services', { taxonomy_term_id: NOWHERE })).body.total_items).toBe(0);
    const terms = await all('taxonomy_terms', { taxonomy_id: taxonomyId(LIFE_TAXONOMY) });
    expect(terms.map((x) => x.code)).toEqual(LIFE_SITUATIONS.map((s) => s.key));
    expect((await get('/taxonomy_terms', { parent_id: NOWHERE })).body.total_items).toBe(0);
    const hebamme = (await get('/taxonomy_terms', { search: 'Hebamme' })).body.contents as Obj[];
    expect(hebamme.map((x) => x.code)).toContain('hebamme');
    for (const x of hebamme) expect(`${x.name} ${x.description}`).toMatch(/hebamme/i);

    // a real edit (the capacity, through the staff API) moves last_modified and modified_after finds it
    const since = new Date(Date.now() + 1000).toISOString();
    await new Promise((r) => setTimeout(r, 1100));
    expect((await get('/services', { modified_after: since })).body.total_items).toBe(0);
    const admin = await signedIn(t, 'admin');
    const staff = (await admin.agent.get(`/api/offers/${kitaId}`)).body;
    const edited = await admin.agent
      .put(`/api/offers/${kitaId}`)
      .send({ capacity: 'waitlist', version: staff.version });
    expect(edited.status).toBe(200);
    const changed = (await get('/services', { modified_after: since })).body;
    expect(changed.contents.map((s: Obj) => s.id)).toEqual([kitaId]);
    expect(changed.contents[0]).toMatchObject({ wait_time: 'Warteliste' });
    expect(new Date(changed.contents[0].last_modified).getTime()).toBeGreaterThanOrEqual(Date.parse(since));
    expect(
      (await get('/service_at_locations', { modified_after: since.slice(0, 10) })).body.total_items,
    ).toBeGreaterThan(0);
  });

  it('every answer carries ETag, Last-Modified and Cache-Control; a fresh cache gets 304', async () => {
    const kitaId = await offerIdOf(KITA);
    const [provider] = await t.dataSource.query(`SELECT provider_id FROM offers WHERE id = $1`, [kitaId]);
    const paths = [
      '',
      '/services',
      `/services/${kitaId}`,
      '/organizations',
      `/organizations/${provider.provider_id}`,
      '/service_at_locations',
      `/service_at_locations/${derivedId('service_at_location', kitaId)}`,
      '/taxonomies',
      `/taxonomies/${taxonomyId(NEEDS_TAXONOMY)}`,
      '/taxonomy_terms',
      `/taxonomy_terms/${termId(NEEDS_TAXONOMY, 'elterngeld')}`,
    ];
    // the metadata names the host it was asked on (openapi_url): the same Host, the same answer
    const ask = (path: string) => t.http().get(`/api/hsds${path}`).set('Host', 'familie.potsdam.example');
    for (const path of paths) {
      const first = await ask(path);
      expect([path, first.status, first.headers['cache-control']]).toEqual([
        path,
        200,
        'public, max-age=300',
      ]);
      expect(first.headers.etag).toMatch(/^W\/".+"$/);
      expect(Date.parse(first.headers['last-modified'])).toBeGreaterThan(0);
      const again = await ask(path).set('If-None-Match', first.headers.etag);
      expect([path, again.status]).toEqual([path, 304]);
      const since = await ask(path).set('If-Modified-Since', first.headers['last-modified']);
      expect([path, since.status]).toEqual([path, 304]);
    }
    expect((await ask('')).body.openapi_url).toBe('http://familie.potsdam.example/api/docs-json');
    const refused = await get('/services', { per_page: 5000 });
    expect([refused.status, refused.headers['cache-control']]).toEqual([400, 'no-store']);
  });

  it('sets no cookie and stores nothing — even for a signed-in caller', async () => {
    const counsellor = await signedIn(t, 'counsellor');
    const before = await tableChecksums(t.dataSource);
    const kitaId = await offerIdOf(KITA);
    for (const path of [
      '',
      '/services?search=kita',
      `/services/${kitaId}`,
      '/taxonomy_terms',
      '/services?x=1',
      '/services/1',
    ]) {
      for (const client of [t.http(), t.agent(), counsellor.agent]) {
        const res = await client.get(`/api/hsds${path}`);
        expect([path, res.status < 500, res.headers['set-cookie']]).toEqual([path, true, undefined]);
      }
    }
    expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
  });

  describe('minimal, full and format=ndjson, as the reference defines them', () => {
    /** The lines of an ndjson answer, each parsed (the answer ends with a newline). */
    const lines = (text: string): Obj[] => {
      expect(text.endsWith('\n')).toBe(true);
      return text
        .slice(0, -1)
        .split('\n')
        .map((line) => JSON.parse(line) as Obj);
    };

    it('minimal=true: every service as id and last_modified, all in one call', async () => {
      const res = await get('/services', { minimal: 'true' });
      expect(res.status).toBe(200);
      expect(v.pageProblems(res.body)).toEqual([]);
      const total = await count(PUBLIC_SERVICES);
      expect([res.body.total_items, res.body.size, res.body.last_page]).toEqual([total, total, true]);
      for (const item of res.body.contents as Obj[]) {
        expect(Object.keys(item).sort()).toEqual(['id', 'last_modified']);
        // the two fields as service.json types them (id uuid, last_modified date-time)
        expect(v.problems('service.json', { ...item, name: 'x', status: 'active' })).toEqual([]);
        const one = await get(`/services/${item.id}`);
        expect(one.body.last_modified).toBe(item.last_modified);
      }
      // a page size still applies when asked for
      const small = await get('/services', { minimal: 'true', per_page: 5, page: 2 });
      expect([small.body.size, small.body.page_number]).toEqual([5, 2]);
    });

    it('full=true: lists of fully nested records, the same as each record route answers', async () => {
      const cases: [string, Record<string, string>, HsdsSchemaName][] = [
        ['services', { full: 'true', per_page: '200' }, 'service.json'],
        ['service_at_locations', { full: 'true', per_page: '200' }, 'service_at_location.json'],
        ['organizations', { full: 'true', per_page: '200' }, 'organization.json'],
        ['organizations', { full: 'true', full_service: 'true', per_page: '200' }, 'organization.json'],
      ];
      for (const [list, query, schema] of cases) {
        const res = await get(`/${list}`, query);
        expect([list, res.status, v.pageProblems(res.body)]).toEqual([list, 200, []]);
        expect(res.body.contents.length).toBeGreaterThan(0);
        for (const item of res.body.contents as Obj[]) {
          expect([list, item.id, v.problems(schema, item)]).toEqual([list, item.id, []]);
          const one = await get(`/${list}/${item.id}`, query.full_service ? { full_service: 'true' } : {});
          expect([list, item.id, item]).toEqual([list, item.id, one.body]);
        }
      }
      // full_service nests each service of an organization fully (with its organization and attributes)
      const org = await get('/organizations', { full: 'true', full_service: 'true', per_page: '200' });
      const nested = (org.body.contents as Obj[]).flatMap((o) => (o.services ?? []) as Obj[]);
      expect(nested.length).toBe(await count(PUBLIC_SERVICES));
      for (const s of nested) expect(v.problems('service.json', s)).toEqual([]);
      expect(nested.every((s) => Array.isArray(s.attributes) && s.organization)).toBe(true);
    });

    it('format=ndjson streams every result unpaged, one record per line, for every list', async () => {
      for (const list of LISTS) {
        const paged = await get(`/${list}`, { per_page: 1000 });
        const res = await get(`/${list}`, { format: 'ndjson', per_page: 3 });
        expect([list, res.status, res.headers['content-type']]).toEqual([
          list,
          200,
          'application/x-ndjson; charset=utf-8',
        ]);
        expect([list, res.headers['cache-control'], typeof res.headers['last-modified']]).toEqual([
          list,
          'public, max-age=300',
          'string',
        ]);
        const records = lines(res.text);
        // all of them (per_page does not apply), in the list's order, each valid
        expect([list, records]).toEqual([list, paged.body.contents]);
        for (const r of records) expect([list, v.problems(ITEM[list], r)]).toEqual([list, []]);
      }
      // with the list's filters and flags
      const kita = lines((await get('/services', { format: 'ndjson', search: 'kita gutschein' })).text);
      expect(kita.map((s) => s.name)).toContain(KITA);
      const minimal = lines((await get('/services', { format: 'ndjson', minimal: 'true' })).text);
      expect(minimal).toHaveLength(await count(PUBLIC_SERVICES));
      expect(Object.keys(minimal[0]).sort()).toEqual(['id', 'last_modified']);
      const full = lines((await get('/services', { format: 'ndjson', full: 'true' })).text);
      for (const s of full) expect(v.problems('service.json', s)).toEqual([]);
      // a consumer's cache: the stream's Last-Modified is honoured
      const first = await get('/organizations', { format: 'ndjson' });
      const again = await t
        .http()
        .get('/api/hsds/organizations')
        .query({ format: 'ndjson' })
        .set('If-Modified-Since', first.headers['last-modified']);
      expect([again.status, again.text]).toEqual([304, '']);
    });

    it('an empty result streams nothing, with status 200', async () => {
      const res = await get('/services', { format: 'ndjson', search: 'Qwxzyklopenbau' });
      expect([res.status, res.text]).toEqual([200, '']);
    });
  });

  describe('the language of the text fields (?lang=, Accept-Language)', () => {
    it('names, descriptions and what to bring in the language asked for, German where no translation exists', async () => {
      const kitaId = await offerIdOf(KITA);
      const [uk] = await t.dataSource.query(
        `SELECT text FROM translations WHERE entity = 'offer' AND entity_id = $1 AND field = 'title' AND lang = 'uk'`,
        [kitaId],
      );
      expect(uk?.text).toBeTruthy();
      const byParam = await get(`/services/${kitaId}`, { lang: 'uk' });
      const byHeader = await t
        .http()
        .get(`/api/hsds/services/${kitaId}`)
        .set('Accept-Language', 'uk-UA,uk;q=0.9,de;q=0.5');
      for (const res of [byParam, byHeader]) {
        expect([res.status, res.body.name, res.headers['content-language']]).toEqual([200, uk.text, 'uk']);
        expect(v.problems('service.json', res.body)).toEqual([]);
      }
      expect(byHeader.headers.vary).toMatch(/Accept-Language/i);
      // German without a choice, and for an offer nobody translated
      const german = await get(`/services/${kitaId}`);
      expect([german.body.name, german.headers['content-language']]).toEqual([KITA, 'de']);
      const [plain] = await t.dataSource.query(
        `SELECT o.id, o.title FROM offers o WHERE o.active AND NOT EXISTS
           (SELECT 1 FROM translations t WHERE t.entity = 'offer' AND t.entity_id = o.id::text AND t.lang = 'uk') LIMIT 1`,
      );
      expect((await get(`/services/${plain.id}`, { lang: 'uk' })).body.name).toBe(plain.title);
      // lists, minimal and full lists and ndjson follow the same language
      const list = (await get('/services', { lang: 'uk', per_page: 1000 })).body.contents as Obj[];
      expect(list.find((s) => s.id === kitaId)?.name).toBe(uk.text);
    });

    it('a Verwaltungsleistung in Leichte Sprache (de-x-ls), with what to bring', async () => {
      const [row] = await t.dataSource.query(`SELECT id FROM services WHERE leika_key = '99041006017000'`);
      const texts: { field: string; text: string }[] = await t.dataSource.query(
        `SELECT field, text FROM translations WHERE entity = 'service' AND entity_id = $1 AND lang = 'de-x-ls'`,
        [row.id],
      );
      const res = await get(`/services/${row.id}`, { lang: 'ls' });
      expect([res.status, res.headers['content-language']]).toEqual([200, 'de-x-ls']);
      expect(res.body.name).toBe(texts.find((x) => x.field === 'title')?.text);
      const checklist = texts.find((x) => x.field === 'checklist');
      if (checklist) {
        expect((res.body.required_documents as Obj[]).map((d) => d.document)).toEqual(
          checklist.text
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
        );
      }
    });

    it('taxonomy terms carry their names in the language and say which it is', async () => {
      const terms = (await get('/taxonomy_terms', { lang: 'en', per_page: 1000 })).body.contents as Obj[];
      const school = terms.find((x) => x.taxonomy === LIFE_TAXONOMY && x.code === 'schule');
      expect(school).toMatchObject({
        name: LIFE_SITUATIONS.find((s) => s.key === 'schule')?.labels.en,
        language: 'en',
      });
      const [elterngeld] = await t.dataSource.query(
        `SELECT label_en FROM need_categories WHERE key = 'elterngeld'`,
      );
      expect(terms.find((x) => x.taxonomy === NEEDS_TAXONOMY && x.code === 'elterngeld')).toMatchObject({
        name: elterngeld.label_en,
        language: 'en',
      });
      const arabic = (await get(`/taxonomy_terms/${termId(LIFE_TAXONOMY, 'schule')}`, { lang: 'ar' })).body;
      expect(arabic).toMatchObject({
        name: LIFE_SITUATIONS.find((s) => s.key === 'schule')?.labels.ar,
        language: 'ar',
      });
      for (const term of terms) expect(v.problems('taxonomy_term.json', term)).toEqual([]);
    });
  });

  describe('bad input', () => {
    it.each([
      ['an unknown parameter', '/services', { tracking: 'abc' }],
      ['a per_page over the maximum', '/services', { per_page: '1001' }],
      ['a per_page of 0', '/organizations', { per_page: '0' }],
      ['a page of 0', '/taxonomy_terms', { page: '0' }],
      ['a page that is no number', '/taxonomies', { page: 'zwei' }],
      ['a malformed taxonomy_term_id', '/services', { taxonomy_term_id: 'elterngeld' }],
      ['a malformed organization_id', '/service_at_locations', { organization_id: '42' }],
      ['a date that does not exist', '/services', { modified_after: '2026-02-30' }],
      ['a date that is no date', '/services', { modified_after: 'gestern' }],
      ['a date-time without time zone', '/services', { modified_after: '2026-01-31T12:00:00' }],
      ['a format the reference does not name', '/services', { format: 'csv' }],
      ['minimal that is no boolean', '/services', { minimal: 'ja' }],
      ['full that is no boolean', '/organizations', { full: '1' }],
      ['minimal where the reference has none', '/organizations', { minimal: 'true' }],
      ['full_service that is no boolean', `/organizations/${NOWHERE}`, { full_service: 'yes' }],
      ['postcode (not provided)', '/service_at_locations', { postcode: '14467' }],
      ['a parameter on a record route', `/taxonomies/${NOWHERE}`, { page: '1' }],
      ['a parameter on the metadata', '', { page: '1' }],
      ['a language the API does not have', '/services', { lang: 'fr' }],
      ['a search too long', '/services', { search: 'x'.repeat(201) }],
    ])('%s → 400 VALIDATION_FAILED with a message, and nothing changes', async (_what, path, query) => {
      const before = await tableChecksums(t.dataSource);
      const res = await get(path, query);
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(typeof res.body.message).toBe('string');
      expect(res.body.details.length).toBeGreaterThan(0);
      expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
    });

    it('a malformed id → 400, an unknown id → 404, on every record route', async () => {
      for (const list of LISTS) {
        const malformed = await get(`/${list}/123`);
        expect([list, malformed.status, malformed.body.code]).toEqual([list, 400, 'VALIDATION_FAILED']);
        const unknown = await get(`/${list}/${NOWHERE}`);
        expect([list, unknown.status, unknown.body.code]).toEqual([list, 404, 'NOT_FOUND']);
      }
    });
  });
});
