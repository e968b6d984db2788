import type { Agent } from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, signedIn, type TestUser } from '../support/factories';

type Signed = { user: TestUser; agent: Agent };

/**
 * The unfiltered family list takes its total from the `family_counts` rollup (migration
 * ScaleIndexes): it must always equal the direct count, whatever happened to the families.
 */
describe('family count rollup', () => {
  let t: TestApp;
  let officeA: string;
  let officeB: string;
  let anna: Signed;
  let bea: Signed;

  beforeAll(async () => {
    t = await startTestApp();
    officeA = await createOffice(t.dataSource, 'Familienbüro Zählung A');
    officeB = await createOffice(t.dataSource, 'Familienbüro Zählung B');
    anna = await signedIn(t, 'counsellor', { officeId: officeA });
    bea = await signedIn(t, 'counsellor', { officeId: officeB });
  });
  afterAll(() => t.close());

  async function rollupEqualsDirectCount(): Promise<void> {
    const direct: { office_id: string; n: string }[] = await t.dataSource.query(
      `SELECT office_id, count(*) AS n FROM families GROUP BY office_id`,
    );
    const rollup: { office_id: string; families: string }[] = await t.dataSource.query(
      `SELECT office_id, families FROM family_counts WHERE families > 0`,
    );
    const asMap = (rows: { office_id: string; n?: string; families?: string }[]) =>
      Object.fromEntries(rows.map((r) => [r.office_id, Number(r.n ?? r.families)]));
    expect(asMap(rollup)).toEqual(asMap(direct));
  }

  async function listedTotal(who: Signed, filter?: object): Promise<number> {
    const res = await who.agent
      .get('/api/families')
      .query({ range: '[0,4]', ...(filter ? { filter: JSON.stringify(filter) } : {}) });
    expect(res.status).toBe(200);
    return Number(/\/(\d+)$/.exec(res.headers['content-range'] as string)?.[1]);
  }

  it('an office without families lists a total of 0', async () => {
    expect(await listedTotal(anna)).toBe(0);
  });

  it('follows creates, moves between offices, deletes and rolled-back transactions', async () => {
    for (const name of ['Familie Zählung Eins', 'Familie Zählung Zwei', 'Familie Zählung Drei']) {
      const res = await anna.agent.post('/api/families').send({ name, confirmNew: true });
      expect(res.status).toBe(201);
    }
    const res = await bea.agent
      .post('/api/families')
      .send({ name: 'Familie Zählung Vier', confirmNew: true });
    expect(res.status).toBe(201);
    await rollupEqualsDirectCount();
    expect(await listedTotal(anna)).toBe(3);
    expect(await listedTotal(bea)).toBe(1);

    // a move to another office (as a data correction would do it)
    await t.dataSource.query(
      `UPDATE families SET office_id = $2 WHERE id = (SELECT id FROM families WHERE office_id = $1 LIMIT 1)`,
      [officeA, officeB],
    );
    await rollupEqualsDirectCount();
    expect(await listedTotal(anna)).toBe(2);
    expect(await listedTotal(bea)).toBe(2);

    // an insert that rolls back leaves the count alone
    await t.dataSource
      .transaction(async (em) => {
        await em.query(
          `INSERT INTO families (office_id, owner_id, name) VALUES ($1, $2, 'Familie Rollback')`,
          [officeA, anna.user.id],
        );
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await rollupEqualsDirectCount();

    // a delete (e.g. by a retention job)
    await t.dataSource.query(`DELETE FROM families WHERE office_id = $1 AND name = 'Familie Zählung Vier'`, [
      officeB,
    ]);
    await rollupEqualsDirectCount();
    expect(await listedTotal(bea)).toBe(1);
  });

  it('a filtered list still counts the matching families exactly', async () => {
    const direct: { n: string }[] = await t.dataSource.query(
      `SELECT count(*) AS n FROM families WHERE office_id = $1 AND status = 'active'`,
      [officeA],
    );
    expect(await listedTotal(anna, { status: 'active' })).toBe(Number(direct[0].n));
    expect(await listedTotal(anna, { q: 'Zählung' })).toBe(Number(direct[0].n));
  });
});
