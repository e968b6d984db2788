import type { Agent } from 'supertest';
import { createOffice, signedIn, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

type Signed = { user: TestUser; agent: Agent };

/**
 * The family search's page and total in one statement (issue 19 point 1; docs/family-search.md
 * "Page and total in one statement"). The list as it opens (newest activity first, no other
 * filter) takes its own statement — walking the office's activity index when many families are
 * found, looking them up when few —, any other sort or filter counts in the page's statement.
 * Every way must give the same families in the same order, an exact `Content-Range` total (also
 * for a page past the end), only the caller's office, and the read audit of the page.
 */
describe('family search: page and exact total in one statement', () => {
  let t: TestApp;
  let anna: Signed;
  let office: string;
  const quendel: string[] = []; // newest activity first, ties broken by id

  const page = async (filter: object, range: [number, number], sort?: [string, string]) => {
    const res = await anna.agent.get('/api/families').query({
      filter: JSON.stringify(filter),
      range: JSON.stringify(range),
      ...(sort ? { sort: JSON.stringify(sort) } : {}),
    });
    expect(res.status).toBe(200);
    return {
      ids: (res.body as { id: string }[]).map((f) => f.id),
      total: Number(/\/(\d+)$/.exec(res.headers['content-range'] as string)?.[1]),
      range: res.headers['content-range'] as string,
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    office = await createOffice(t.dataSource, 'Familienbüro Seiten');
    const other = await createOffice(t.dataSource, 'Familienbüro Nebenan');
    anna = await signedIn(t, 'counsellor', { officeId: office });
    const bea = await signedIn(t, 'counsellor', { officeId: other });
    const create = async (who: Signed, name: string): Promise<string> => {
      const res = await who.agent.post('/api/families').send({ name, confirmNew: true });
      expect(res.status).toBe(201);
      return res.body.id;
    };
    const ids: string[] = [];
    for (let i = 0; i < 30; i++)
      ids.push(await create(anna, `Familie Quendelhof${i % 2 === 0 ? '' : ' Rabe'}`));
    for (let i = 0; i < 5; i++) await create(bea, 'Familie Quendelhof');
    // 400 other families in the office: a page of 10 walks the activity index (30² > 10 × 430 / 20),
    // a page of 100 looks the 30 up (30² ≤ 100 × 430 / 20)
    await t.dataSource.query(
      `INSERT INTO families (office_id, owner_id, name)
       SELECT $1, $2, 'Familie Ostermoor ' || i FROM generate_series(1, 400) AS i`,
      [office, anna.user.id],
    );
    // activity days with ties (three families a day): the order needs the id too
    await t.dataSource.query(
      `UPDATE families SET last_activity_at = timestamptz '2026-11-01' + (ord / 3) * interval '1 day'
         FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, ord) WHERE families.id = x.id`,
      [ids],
    );
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM families WHERE id = ANY($1) ORDER BY last_activity_at DESC NULLS LAST, id`,
      [ids],
    );
    quendel.push(...rows.map((r) => r.id));
  });
  afterAll(() => t.close());

  it('pages in the order of the list, with the exact total, the office only', async () => {
    const seen: string[] = [];
    for (const from of [0, 10, 20]) {
      const p = await page({ q: 'Quendelhof' }, [from, from + 9]);
      expect(p.total).toBe(30);
      seen.push(...p.ids);
    }
    expect(seen).toEqual(quendel);
    // one page of 100: the families found are looked up, not walked to
    const whole = await page({ q: 'Quendelhof' }, [0, 99]);
    expect(whole.ids).toEqual(quendel);
    expect(whole.total).toBe(30);
    // a misspelt name: what it finds comes in the same order
    const misspelt = await page({ q: 'Quendlehof' }, [0, 29]);
    expect(misspelt.ids.length).toBeGreaterThan(0);
    expect(misspelt.ids).toEqual(quendel.filter((id) => misspelt.ids.includes(id)));
  });

  it('a page past the end keeps the exact total', async () => {
    const p = await page({ q: 'Quendelhof' }, [40, 49]);
    expect(p.ids).toEqual([]);
    expect(p.total).toBe(30);
    const none = await page({ q: 'Zzyzxqvw' }, [0, 9]);
    expect(none.ids).toEqual([]);
    expect(none.total).toBe(0);
  });

  it('the other ways (another filter, few families found) give the same families', async () => {
    // another filter: the generic list, counted by a window in the page's statement
    const filtered = await page({ q: 'Quendelhof', status: 'active' }, [5, 14]);
    expect(filtered.total).toBe(30);
    expect(filtered.ids).toEqual(quendel.slice(5, 15));
    const past = await page({ q: 'Quendelhof', status: 'active' }, [40, 49]);
    expect(past.total).toBe(30);
    // another sort
    const oldest = await page({ q: 'Quendelhof' }, [0, 29], ['lastActivityAt', 'ASC']);
    expect(oldest.total).toBe(30);
    expect(new Set(oldest.ids)).toEqual(new Set(quendel));
    // two words, every second family; the first page walked, the whole set looked up
    const rabe = await page({ q: 'Quendelhof Rabe' }, [0, 99]);
    expect(rabe.total).toBe(15);
    expect(rabe.ids).toEqual(quendel.filter((id) => rabe.ids.includes(id)));
    expect((await page({ q: 'Quendelhof Rabe' }, [0, 9])).ids).toEqual(rabe.ids.slice(0, 10));
  });

  it('records the page read in the audit', async () => {
    const p = await page({ q: 'Quendelhof' }, [0, 4]);
    const rows: { entity_id: string }[] = await t.dataSource.query(
      `SELECT entity_id FROM audit_events WHERE user_id = $1 AND action = 'family.list' AND entity_id = ANY($2)`,
      [anna.user.id, p.ids],
    );
    expect(new Set(rows.map((r) => r.entity_id))).toEqual(new Set(p.ids));
  });
});
