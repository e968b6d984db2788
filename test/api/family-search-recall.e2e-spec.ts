import type { Agent } from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, signedIn, type TestUser } from '../support/factories';

type Signed = { user: TestUser; agent: Agent };

/**
 * Recall of the family search (filter.q): what a counsellor types as she hears it finds the
 * family — accents, typos, same-sounding names (decisions.md, "Search") and, since issue 25.13,
 * other transliterations of one name and names written with or without spaces, hyphens and
 * apostrophes. Only families of the caller's office, and never by a name that was erased.
 */
describe('family search recall', () => {
  let t: TestApp;
  let anna: Signed;
  let lead: Signed;
  let bea: Signed; // another office
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const office = await createOffice(t.dataSource, 'Familienbüro Suche');
    const other = await createOffice(t.dataSource, 'Familienbüro Fremd');
    anna = await signedIn(t, 'counsellor', { officeId: office });
    lead = await signedIn(t, 'team_lead', { officeId: office });
    bea = await signedIn(t, 'counsellor', { officeId: other });
    const family = async (who: Signed, name: string) => {
      const res = await who.agent.post('/api/families').send({ name, confirmNew: true });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    ids.shevchuk = await family(anna, 'Familie Shevchuk');
    ids.sevcuk = await family(anna, 'Ševčuk');
    ids.masri = await family(anna, 'Al Masri');
    ids.shevchenko = await family(anna, 'Familie Shevchenko');
    ids.schmidt = await family(anna, 'Familie Schmidt');
    ids.meyer = await family(anna, 'Familie Meyer');
    ids.mueller = await family(anna, 'Familie Müller');
    // a member whose name is spelt differently from the family's
    ids.kovalenko = await family(anna, 'Familie Kovalenko');
    const member = await anna.agent
      .post('/api/persons')
      .send({ familyId: ids.kovalenko, relation: 'parent', firstName: 'Olena', lastName: 'Schewtschuk' });
    expect(member.status).toBe(201);
    ids.elsewhere = await family(bea, 'Familie Shevchuk');
  });
  afterAll(() => t.close());

  const found = async (who: Signed, q: string) => {
    const res = await who.agent
      .get('/api/families')
      .query({ filter: JSON.stringify({ q }), range: '[0,99]' });
    expect(res.status).toBe(200);
    return (res.body as { id: string }[]).map((f) => f.id);
  };

  it.each([
    // transliterations (issue 25.13)
    ['Schewtschuk', ['shevchuk', 'sevcuk', 'kovalenko']],
    ['Shevchuk', ['shevchuk', 'sevcuk', 'kovalenko']],
    ['Ševčuk', ['shevchuk', 'sevcuk', 'kovalenko']],
    ['Olena Shevchuk', ['kovalenko']],
    // spaces, hyphens and apostrophes ignored
    ['almasri', ['masri']],
    ['Al-Masri', ['masri']],
    ["Al'Masri", ['masri']],
    ['AL MASRI', ['masri']],
    ['Masri', ['masri']],
    // what the search found before
    ['Schmitd', ['schmidt']],
    ['Maier', ['meyer']],
    ['Muller', ['mueller']],
  ])('"%s" finds %j', async (q, expected) => {
    const hits = await found(anna, q);
    for (const key of expected) expect([q, key, hits.includes(ids[key])]).toEqual([q, key, true]);
  });

  it('keeps other names and other offices apart', async () => {
    const hits = await found(anna, 'Schewtschuk');
    expect(hits).not.toContain(ids.shevchenko);
    expect(hits).not.toContain(ids.masri);
    expect(hits).not.toContain(ids.elsewhere);
    expect(await found(bea, 'Schewtschuk')).toEqual([ids.elsewhere]);
    // a two-letter search compares no keys: it finds the names containing it, as before
    expect((await found(anna, 'Al')).sort()).toEqual([ids.masri, ids.kovalenko].sort());
  });

  it('follows a renamed family and member, and forgets an anonymized one', async () => {
    const before = await anna.agent.get(`/api/families/${ids.masri}`);
    const renamed = await anna.agent
      .put(`/api/families/${ids.masri}`)
      .send({ version: before.body.version, name: 'Familie El-Masry' });
    expect(renamed.status).toBe(200);
    expect(await found(anna, 'elmasry')).toContain(ids.masri);
    expect(await found(anna, 'almasri')).not.toContain(ids.masri);

    const [member] = (
      await anna.agent.get('/api/persons').query({ filter: JSON.stringify({ familyId: ids.kovalenko }) })
    ).body as { id: string; version: number }[];
    const changed = await anna.agent
      .put(`/api/persons/${member.id}`)
      .send({ version: member.version, lastName: 'Kowalczuk' });
    expect(changed.status).toBe(200);
    expect(await found(anna, 'Olena Kovalchuk')).toContain(ids.kovalenko);
    expect(await found(anna, 'Shevchuk')).not.toContain(ids.kovalenko);

    const erased = await lead.agent
      .post(`/api/families/${ids.sevcuk}/anonymize`)
      .send({ reason: 'retention_period' });
    expect(erased.status).toBe(200);
    expect(await found(anna, 'Shevchuk')).not.toContain(ids.sevcuk);
    const [row] = await t.dataSource.query(`SELECT name_key FROM families WHERE id = $1`, [ids.sevcuk]);
    expect(row.name_key).toBe('');
  });
});
