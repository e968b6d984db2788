import type { Agent } from 'supertest';
import { RetentionService } from '../../apps/api/src/modules/retention/retention.service';
import { createOffice, signedIn, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

type Signed = { user: TestUser; agent: Agent };

/**
 * What the audit trail keeps (issue 16.1, docs/privacy.md): who read which resource with which
 * filter keys and the ids shown — never a search term — and only for AUDIT_RETENTION_MONTHS.
 */
describe('audit trail: no search terms, a retention period', () => {
  let t: TestApp;
  let anna: Signed;
  let districtId: string;

  beforeAll(async () => {
    t = await startTestApp({ AUDIT_RETENTION_MONTHS: '24' });
    const office = await createOffice(t.dataSource, 'Familienbüro Audit');
    anna = await signedIn(t, 'counsellor', { officeId: office });
    districtId = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR4'`))[0].id;
  });
  afterAll(() => t.close());

  const auditRowsContaining = async (text: string): Promise<number> =>
    Number(
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_events a WHERE a::text ILIKE '%' || $1 || '%'`,
          [text],
        )
      )[0].n,
    );

  it('a counsellor searches a name and a phone number: no audit row holds either, but the read is recorded', async () => {
    const name = `Quendolin${Date.now()}`;
    const phone = '0331 9876 5432';
    const family = await anna.agent
      .post('/api/families')
      .send({ name, districtId, householdSize: 2, childrenCount: 1, confirmNew: true });
    expect(family.status).toBe(201);
    const person = await anna.agent
      .post('/api/persons')
      .send({ familyId: family.body.id, relation: 'parent', firstName: 'Ada', lastName: name, phone });
    expect(person.status).toBe(201);

    for (const q of [name, name.slice(0, 9).toLowerCase(), phone, '98765432']) {
      const res = await anna.agent.get('/api/families').query({ filter: JSON.stringify({ q }) });
      expect(res.status).toBe(200);
      expect(res.body.map((f: { id: string }) => f.id)).toContain(family.body.id);
    }
    const persons = await anna.agent
      .get('/api/persons')
      .query({ filter: JSON.stringify({ familyId: family.body.id }) });
    expect(persons.status).toBe(200);

    expect(await auditRowsContaining(name)).toBe(0);
    expect(await auditRowsContaining(name.slice(0, 9))).toBe(0);
    // the number as typed and as searched (a fragment as short as '9876' also occurs in random ids
    // and in the microseconds of a timestamp, so it proves nothing)
    expect(await auditRowsContaining('9876 5432')).toBe(0);
    expect(await auditRowsContaining('98765432')).toBe(0);

    // the reads themselves are there: who, which resource, which filter keys, which ids
    const lists: { details: { filterKeys: string[]; filter?: Record<string, unknown> } }[] =
      await t.dataSource.query(
        `SELECT details FROM audit_events WHERE user_id = $1 AND action = 'family.list' AND entity_id = $2`,
        [anna.user.id, family.body.id],
      );
    expect(lists).toHaveLength(4);
    for (const row of lists) expect(row.details).toEqual({ filterKeys: ['q'] });
    const personList: { details: unknown }[] = await t.dataSource.query(
      `SELECT details FROM audit_events WHERE user_id = $1 AND action = 'person.list'`,
      [anna.user.id],
    );
    expect(personList[0].details).toEqual({
      filterKeys: ['familyId'],
      filter: { familyId: family.body.id },
    });
  });

  it('the retention run deletes audit events older than AUDIT_RETENTION_MONTHS and says how many', async () => {
    await t.dataSource.query(
      `ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update;
       INSERT INTO audit_events (at, action, entity) SELECT now() - interval '25 months', 'family.read', 'family'
         FROM generate_series(1, 3);
       INSERT INTO audit_events (at, action, entity) VALUES (now() - interval '23 months', 'family.read', 'family');
       ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update;`,
    );
    const old = `SELECT count(*)::int AS n FROM audit_events WHERE at < now() - interval '24 months'`;
    expect((await t.dataSource.query(old))[0].n).toBe(3);
    const total = Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n);

    const run = await (await t.worker()).context.get(RetentionService).run('manual');
    expect(run.auditEventsDeleted).toBe(3);
    expect(run.auditRetentionMonths).toBe(24);
    expect((await t.dataSource.query(old))[0].n).toBe(0);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n).toBe(total - 3);

    const second = await (await t.worker()).context.get(RetentionService).run('manual');
    expect(second.auditEventsDeleted).toBe(0);
  });

  it('outside the retention run the audit trail stays append-only, also for old rows', async () => {
    await t.dataSource.query(
      `ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update;
       INSERT INTO audit_events (at, action, entity) VALUES (now() - interval '30 months', 'family.read', 'family');
       ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update;`,
    );
    await expect(
      t.dataSource.query(`DELETE FROM audit_events WHERE at < now() - interval '24 months'`),
    ).rejects.toThrow(/append-only/);
    // a purge that names a cutoff less than a month ago is refused as well
    await expect(
      t.dataSource.transaction(async (em) => {
        await em.query(`SELECT set_config('lotsen.audit_purge_before', now()::text, true)`);
        await em.query(`DELETE FROM audit_events`);
      }),
    ).rejects.toThrow(/append-only/);
  });
});
