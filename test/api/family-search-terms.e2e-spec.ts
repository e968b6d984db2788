import type { Agent } from 'supertest';
import { pruneFamilySearchDictionary } from '../../apps/api/src/modules/families/family-search';
import { createOffice, signedIn, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

type Signed = { user: TestUser; agent: Agent };

/**
 * The family search reads a dictionary of terms (issue 19 point 1; migration
 * FamilySearchTerms1767225600490; docs/family-search.md). What a counsellor must be able to rely
 * on: every change of a name, a member or a phone number is found by the very next search; a
 * family moved to another office is found there and no longer here; an erased family's names and
 * numbers are gone from the dictionary too, not only from the family.
 */
describe('family search terms follow every change', () => {
  let t: TestApp;
  let anna: Signed;
  let lead: Signed;
  let bea: Signed;
  let otherOffice: string;

  const found = async (who: Signed, q: string): Promise<string[]> => {
    const res = await who.agent
      .get('/api/families')
      .query({ filter: JSON.stringify({ q }), range: '[0,99]' });
    expect(res.status).toBe(200);
    const ids = (res.body as { id: string }[]).map((f) => f.id);
    // Content-Range counts exactly what the search finds
    expect(res.headers['content-range']).toMatch(new RegExp(`/${ids.length}$`));
    return ids;
  };
  const family = async (name: string): Promise<string> => {
    const res = await anna.agent.post('/api/families').send({ name, confirmNew: true });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const member = async (familyId: string, body: object): Promise<string> => {
    const res = await anna.agent.post('/api/persons').send({ familyId, relation: 'parent', ...body });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const inDictionary = async (term: string): Promise<boolean> =>
    (await t.dataSource.query(`SELECT 1 FROM family_search_dictionary WHERE term = $1`, [term])).length > 0;
  /** The stored terms equal the terms computed afresh from the families and their members. */
  const termsAreExact = async () => {
    const [diff] = await t.dataSource.query(`
      WITH fresh AS (
        SELECT n.kind, n.term, f.office_id, f.id AS family_id FROM families f, lotsen_family_terms(f.id, f.search_text, f.name_key) n),
      kept AS (SELECT kind, term, office_id, family_id FROM family_search_terms)
      SELECT (SELECT count(*) FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) a)::int AS missing,
             (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh) b)::int AS stale,
             (SELECT count(*) FROM family_search_terms t
               WHERE NOT EXISTS (SELECT 1 FROM family_search_dictionary d
                                  WHERE d.kind = t.kind AND d.term = t.term))::int AS undictionaried`);
    expect(diff).toEqual({ missing: 0, stale: 0, undictionaried: 0 });
  };

  beforeAll(async () => {
    t = await startTestApp();
    const office = await createOffice(t.dataSource, 'Familienbüro Begriffe');
    otherOffice = await createOffice(t.dataSource, 'Familienbüro Nachbar');
    anna = await signedIn(t, 'counsellor', { officeId: office });
    lead = await signedIn(t, 'team_lead', { officeId: office });
    bea = await signedIn(t, 'counsellor', { officeId: otherOffice });
  });
  afterAll(() => t.close());

  it('finds a family by its name, a misspelt name, a member and a phone fragment', async () => {
    const id = await family('Familie Wendelstein');
    await member(id, { firstName: 'Jolanda', lastName: 'Wendelstein', phone: '0176 5550 1234' });
    expect(await found(anna, 'Wendelstein')).toEqual([id]);
    expect(await found(anna, 'Wendelstien')).toEqual([id]);
    expect(await found(anna, 'jolanda')).toEqual([id]);
    expect(await found(anna, '5550 12')).toEqual([id]);
    expect(await found(anna, 'Jolanda Wendelstein')).toEqual([id]);
    // every word must match: another first name with the same surname is not this family
    expect(await found(anna, 'Brunhilde Wendelstein')).toEqual([]);
    await termsAreExact();
  });

  it('a renamed member and a changed number are found at once, the old ones no longer', async () => {
    const id = await family('Familie Quastenberg');
    const personId = await member(id, {
      firstName: 'Ottilie',
      lastName: 'Quastenberg',
      phone: '0331 7770 4242',
    });
    const before = await anna.agent.get(`/api/persons/${personId}`);
    const changed = await anna.agent
      .put(`/api/persons/${personId}`)
      .send({ version: before.body.version, firstName: 'Hedwig', phone: '0331 8880 4242' });
    expect(changed.status).toBe(200);
    expect(await found(anna, 'Hedwig')).toEqual([id]);
    expect(await found(anna, 'Ottilie')).toEqual([]);
    expect(await found(anna, '8880 42')).toEqual([id]);
    expect(await found(anna, '7770 42')).toEqual([]);
    await termsAreExact();
  });

  it('a family moved to another office is found there and no longer here', async () => {
    const id = await family('Familie Zwirbelhaus');
    await t.dataSource.query(`UPDATE families SET office_id = $2 WHERE id = $1`, [id, otherOffice]);
    expect(await found(anna, 'Zwirbelhaus')).toEqual([]);
    expect(await found(bea, 'Zwirbelhaus')).toEqual([id]);
    await termsAreExact();
  });

  it("an erased family's names and number leave the dictionary; a name another family holds stays", async () => {
    const erased = await family('Familie Knusperwald');
    await member(erased, { firstName: 'Amalberga', lastName: 'Knusperwald', phone: '0151 2468 1357' });
    const keeper = await family('Familie Amalberga');
    expect(await inDictionary('knusperwald')).toBe(true);
    const res = await lead.agent
      .post(`/api/families/${erased}/anonymize`)
      .send({ reason: 'retention_period' });
    expect(res.status).toBe(200);
    expect(await inDictionary('knusperwald')).toBe(false);
    expect(await inDictionary('015124681357')).toBe(false);
    expect(await inDictionary('amalberga')).toBe(true); // still the name of another family
    expect(await found(anna, 'Knusperwald')).toEqual([]);
    expect(await found(anna, 'Amalberga')).toEqual([keeper]);
    await termsAreExact();
  });

  it('the retention run forgets every term no family holds any more', async () => {
    const id = await family('Familie Pfefferminzweg');
    const before = await anna.agent.get(`/api/families/${id}`);
    const renamed = await anna.agent
      .put(`/api/families/${id}`)
      .send({ version: before.body.version, name: 'Familie Zimtsternallee' });
    expect(renamed.status).toBe(200);
    expect(await inDictionary('pfefferminzweg')).toBe(true); // an edit leaves the old word behind …
    expect(await found(anna, 'Pfefferminzweg')).toEqual([]); // … which finds nothing
    expect(await pruneFamilySearchDictionary(t.dataSource)).toBeGreaterThanOrEqual(1);
    expect(await inDictionary('pfefferminzweg')).toBe(false);
    expect(await found(anna, 'Zimtsternallee')).toEqual([id]);
    await termsAreExact();
  });

  it('a wildcard typed is a character, not a pattern', async () => {
    await family('Familie Sonnenschirm');
    expect(await found(anna, '%')).toEqual([]);
    expect(await found(anna, '_')).toEqual([]);
  });
});
