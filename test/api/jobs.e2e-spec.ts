import type { Agent } from 'supertest';
import { JobRunner } from '../../apps/api/src/jobs/job-runner.service';
import { JobName } from '../../apps/api/src/jobs/job-types';
import { retentionCandidates, retentionCutoff } from '../../apps/api/src/modules/retention/retention.queries';
import { startWorker, type RunningWorker } from '../../apps/api/src/worker';
import { createOffice, createUser, signedIn, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

type Signed = { user: TestUser; agent: Agent };

/**
 * The worker's jobs against the real database (in-process mode here; BullMQ with Redis below):
 * each job does its work once, and running it again changes nothing.
 */
describe('jobs', () => {
  let t: TestApp;
  let runner: JobRunner;
  let office: string;
  let anna: Signed; // counsellor
  let ben: Signed; // counsellor
  let lead: Signed; // team lead
  let districtId: string;
  let seq = 0;

  const run = (job: JobName, payload: object = {}) =>
    runner.run(job, payload, { outboxId: null, jobId: `test-${job}-${++seq}` });
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await t.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    runner = (await t.worker()).context.get(JobRunner);
    office = await createOffice(t.dataSource, 'Familienbüro Jobs');
    anna = await signedIn(t, 'counsellor', { officeId: office });
    ben = await signedIn(t, 'counsellor', { officeId: office });
    lead = await signedIn(t, 'team_lead', { officeId: office });
    districtId = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR2'`))[0].id;
  });
  afterAll(() => t.close());

  async function newFamily(name: string, who: Signed = anna): Promise<string> {
    const res = await who.agent.post('/api/families').send({ name, districtId, confirmNew: true });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  /** Open follow-ups of `assignee`, due `minutesFromNow` (negative: overdue). */
  async function followUps(
    familyId: string,
    assignee: string,
    n: number,
    minutesFromNow: number,
  ): Promise<string[]> {
    const rows: { id: string }[] = await t.dataSource.query(
      `INSERT INTO follow_ups (family_id, office_id, assignee_id, title, due_at)
       SELECT $1, $2, $3, 'Rückruf ' || g, now() + make_interval(mins => $5)
       FROM generate_series(1, $4) g RETURNING id`,
      [familyId, office, assignee, n, minutesFromNow],
    );
    return rows.map((r) => r.id);
  }

  it('a write records its notification in the outbox; the worker delivers it once, however often it runs', async () => {
    const family = await newFamily('Familie Outbox');
    const res = await anna.agent.post(`/api/families/${family}/handoff`).send({ toUserId: ben.user.id });
    expect(res.status).toBe(200);
    const [row] = await t.dataSource.query(
      `SELECT id, job, queue, sent_at, payload FROM outbox WHERE payload->'familyIds' ? $1`,
      [family],
    );
    expect(row).toMatchObject({ job: 'notify', queue: 'notifications', sent_at: null });
    // ids and a kind only: the family's name is rendered when the notification is stored
    expect(row.payload).toEqual({
      kind: 'handoff',
      userIds: [ben.user.id],
      actorId: anna.user.id,
      familyIds: [family],
      // the handoff whose note the inbox reads when shown (issue 25.3): an id, not the note
      handoffId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const delivered = `SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND title LIKE '%Familie Outbox%'`;
    expect(await count(delivered, [ben.user.id])).toBe(0); // not before the worker ran

    await t.drainJobs();
    expect(await count(delivered, [ben.user.id])).toBe(1);
    // in-process the relay runs the job itself: the row is sent and done at once
    const [after] = await t.dataSource.query(`SELECT sent_at, done_at FROM outbox WHERE id = $1`, [row.id]);
    expect(after.sent_at).not.toBeNull();
    expect(after.done_at).toEqual(after.sent_at);

    // the same job again (a retry, a second worker): nothing new
    const again = await runner.run(JobName.Notify, row.payload, { outboxId: row.id, jobId: row.id });
    expect(again).toEqual({ delivered: 0 });
    await t.drainJobs();
    expect(await count(delivered, [ben.user.id])).toBe(1);
  });

  it('a notification whose link is not a route of the staff app is never stored', async () => {
    const legacy = {
      userIds: [ben.user.id],
      type: 'handoff',
      title: 'Bitte hier anmelden',
      link: 'https://evil.example/login',
    };
    await expect(run(JobName.Notify, legacy)).rejects.toThrow(/not a route of the staff app/);
    expect(await count(`SELECT count(*) AS n FROM notifications WHERE link LIKE 'https:%'`)).toBe(0);
  });

  it('the overdue sweep notifies the assignee of each overdue follow-up once; the second sweep does nothing', async () => {
    const family = await newFamily('Familie Fällig');
    const overdue = await followUps(family, anna.user.id, 2, -30);
    await followUps(family, anna.user.id, 1, 24 * 60); // tomorrow: not yet
    const first = await run(JobName.FollowUpOverdueSweep);
    expect(first.notified).toBeGreaterThanOrEqual(2);
    const notes: { dedupe_key: string; title: string; link: string }[] = await t.dataSource.query(
      `SELECT dedupe_key, title, link FROM notifications WHERE user_id = $1 AND type = 'follow_up_due'`,
      [anna.user.id],
    );
    expect(notes.map((n) => n.dedupe_key.split(':')[1]).sort()).toEqual([...overdue].sort());
    expect(notes[0].title).toMatch(/^Wiedervorlage überfällig: Rückruf/);
    expect(notes[0].link).toBe(`#/families/${family}/show/follow-ups`);
    expect(await run(JobName.FollowUpOverdueSweep)).toEqual({ notified: 0 });

    // moved to a new time (through the API), it is reminded again once that time has passed
    const [moved] = await t.dataSource.query(`SELECT version FROM follow_ups WHERE id = $1`, [overdue[0]]);
    const put = await anna.agent
      .put(`/api/follow-ups/${overdue[0]}`)
      .send({ dueAt: new Date(Date.now() + 60_000).toISOString(), version: moved.version });
    expect(put.status).toBe(200);
    expect(await run(JobName.FollowUpOverdueSweep)).toEqual({ notified: 0 }); // not due yet
    await t.dataSource.query(`UPDATE follow_ups SET due_at = now() - interval '1 minute' WHERE id = $1`, [
      overdue[0],
    ]);
    expect(await run(JobName.FollowUpOverdueSweep)).toEqual({ notified: 1 });
  });

  it('two workers sweeping at the same moment give each overdue follow-up exactly one notification', async () => {
    const family = await newFamily('Familie Doppelt');
    const ids = await followUps(family, ben.user.id, 120, -5);
    const second: RunningWorker = await startWorker({ ...t.config, redisUrl: null, relayIntervalMs: 60_000 });
    try {
      const [a, b] = await Promise.all([
        run(JobName.FollowUpOverdueSweep),
        second.context
          .get(JobRunner)
          .run(JobName.FollowUpOverdueSweep, {}, { outboxId: null, jobId: 'second-worker' }),
      ]);
      expect(Number(a.notified) + Number(b.notified)).toBe(120);
    } finally {
      await second.stop();
    }
    expect(
      await count(
        `SELECT count(*) AS n FROM notifications WHERE split_part(dedupe_key, ':', 2) = ANY($1::text[])`,
        [ids],
      ),
    ).toBe(120);
  });

  it('the daily summary gives each counsellor one notification of today’s and overdue follow-ups, once a day', async () => {
    const summaryOffice = await createOffice(t.dataSource, 'Familienbüro Summe');
    const carla = await signedIn(t, 'counsellor', { officeId: summaryOffice });
    const idle = await createUser(t.dataSource, 'counsellor', { officeId: summaryOffice });
    const family = (
      await carla.agent.post('/api/families').send({ name: 'Familie Summe', districtId, confirmNew: true })
    ).body.id;
    // overdue: 2 (yesterday and earlier); today: 1 (Berlin midnight + 1 minute to 23:59 … choose later today)
    await t.dataSource.query(
      `INSERT INTO follow_ups (family_id, office_id, assignee_id, title, due_at) VALUES
         ($1, $2, $3, 'alt', now() - interval '3 days'),
         ($1, $2, $3, 'gestern', now() - interval '1 day'),
         ($1, $2, $3, 'heute', (((now() AT TIME ZONE 'Europe/Berlin')::date + 1)::timestamp - interval '1 minute') AT TIME ZONE 'Europe/Berlin')`,
      [family, summaryOffice, carla.user.id],
    );
    await run(JobName.DailySummary);
    const mine: { title: string; link: string }[] = await t.dataSource.query(
      `SELECT title, link FROM notifications WHERE user_id = $1 AND type = 'follow_up_summary'`,
      [carla.user.id],
    );
    expect(mine).toEqual([{ title: 'Heute: 1 Wiedervorlage fällig, 2 überfällig', link: '#/my-follow-ups' }]);
    const none = `SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND type = 'follow_up_summary'`;
    expect(await count(none, [idle.id])).toBe(0); // nothing due: no empty summary
    await run(JobName.DailySummary);
    expect(await count(none, [carla.user.id])).toBe(1);
  });

  it('a referral unanswered for 7 days reminds its counsellor once, and again after 14', async () => {
    const family = await newFamily('Familie Wartet');
    const [provider] = await t.dataSource.query(
      `INSERT INTO providers (name, kind) VALUES ('Beratungsstelle Süd', 'independent') RETURNING id`,
    );
    const referral = async (daysAgo: number, status = 'sent'): Promise<string> => {
      const [need] = await t.dataSource.query(
        `INSERT INTO needs (family_id, office_id, category_key, identified_at, status)
         VALUES ($1, $2, 'wohngeld', now() - interval '20 days', 'referred') RETURNING id`,
        [family, office],
      );
      const rows = await t.dataSource.query(
        `INSERT INTO referrals (need_id, family_id, office_id, counsellor_id, provider_id, mode, status, sent_at,
                                responded_at)
         VALUES ($1, $2, $3, $4, $5, 'info', $6, now() - make_interval(days => $7),
                 CASE WHEN $6 = 'accepted' THEN now() END) RETURNING id`,
        [need.id, family, office, anna.user.id, provider.id, status, daysAgo],
      );
      return rows[0].id;
    };
    const fresh = await referral(3);
    const week = await referral(8);
    const fortnight = await referral(15);
    const answered = await referral(20, 'accepted');
    await run(JobName.ReferralReminderSweep);
    const keys = async (): Promise<string[]> =>
      (
        await t.dataSource.query(
          `SELECT dedupe_key FROM notifications WHERE type = 'referral_unanswered' ORDER BY dedupe_key`,
        )
      ).map((r: { dedupe_key: string }) => r.dedupe_key);
    expect(await keys()).toEqual(
      [`referral_unanswered:${fortnight}:2`, `referral_unanswered:${week}:1`].sort(),
    );
    const [title] = await t.dataSource.query(`SELECT title FROM notifications WHERE dedupe_key = $1`, [
      `referral_unanswered:${week}:1`,
    ]);
    expect(title.title).toBe('Vermittlung an Beratungsstelle Süd seit 7 Tagen ohne Antwort');
    expect(await run(JobName.ReferralReminderSweep)).toEqual({ notified: 0 });
    // a week later the first one reaches 14 days: the second reminder, once
    await t.dataSource.query(`UPDATE referrals SET sent_at = sent_at - interval '7 days' WHERE id = $1`, [
      week,
    ]);
    await run(JobName.ReferralReminderSweep);
    expect(await keys()).toContain(`referral_unanswered:${week}:2`);
    expect((await keys()).filter((k) => k.includes(fresh) || k.includes(answered))).toEqual([]);
    expect(await run(JobName.ReferralReminderSweep)).toEqual({ notified: 0 });
  });

  it('retention anonymizes families without activity for RETENTION_MONTHS, once, naming the rule; the dry run lists them first', async () => {
    const old = await newFamily('Familie Lange Her');
    await anna.agent.post('/api/persons').send({ familyId: old, relation: 'parent', lastName: 'Langeher' });
    const recent = await newFamily('Familie Neulich');
    await t.dataSource.query(
      `UPDATE families SET last_activity_at = now() - interval '25 months' WHERE id = $1`,
      [old],
    );
    await t.dataSource.query(
      `UPDATE families SET last_activity_at = now() - interval '23 months' WHERE id = $1`,
      [recent],
    );
    const cutoff = await retentionCutoff(t.dataSource.manager, 24);
    const dry = await retentionCandidates(t.dataSource.manager, cutoff);
    expect(dry.map((c) => c.id)).toEqual([old]);
    expect(dry[0]).toMatchObject({ office: 'Familienbüro Jobs', persons: 1 });

    const first = await run(JobName.Retention);
    expect(first).toMatchObject({ anonymized: 1, failed: 0 });
    const [family] = await t.dataSource.query(`SELECT name, status FROM families WHERE id = $1`, [old]);
    expect(family.status).toBe('anonymized');
    expect(family.name).not.toContain('Lange Her');
    expect(await count(`SELECT count(*) AS n FROM persons WHERE family_id = $1`, [old])).toBe(0);
    const [audit] = await t.dataSource.query(
      `SELECT user_id, details FROM audit_events WHERE action = 'family.anonymize' AND entity_id = $1`,
      [old],
    );
    expect(audit.user_id).toBeNull();
    expect(audit.details.rule).toBe('retention:24_months_without_activity');
    expect((await t.dataSource.query(`SELECT status FROM families WHERE id = $1`, [recent]))[0].status).toBe(
      'active',
    );

    expect(await run(JobName.Retention)).toMatchObject({ anonymized: 0, failed: 0 });
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'family.anonymize'`)).toBe(1);
  });

  it('the quarterly job freezes the past quarter for the city and each office and tells analysts and team leads, once', async () => {
    const analyst = await createUser(t.dataSource, 'analyst');
    const first = await run(JobName.QuarterlySnapshot, { period: '2026-Q3' });
    const offices = Number((await t.dataSource.query(`SELECT count(*) AS n FROM offices WHERE active`))[0].n);
    expect(first.snapshots).toBe(offices + 1); // the city and every office
    const told: { user_id: string; title: string }[] = await t.dataSource.query(
      `SELECT user_id, title FROM notifications WHERE type = 'report_snapshot' ORDER BY title`,
    );
    expect(told).toEqual(
      expect.arrayContaining([
        { user_id: analyst.id, title: 'Bericht 2026-Q3 eingefroren (Stadt)' },
        { user_id: lead.user.id, title: 'Bericht 2026-Q3 eingefroren (Familienbüro Jobs)' },
      ]),
    );
    expect(told.some((n) => n.user_id === anna.user.id)).toBe(false);
    const second = await run(JobName.QuarterlySnapshot, { period: '2026-Q3' });
    expect(second).toMatchObject({ snapshots: offices + 1, notified: 0 });
    expect(
      await count(
        `SELECT count(*) AS n FROM report_snapshots WHERE period = '2026-Q3' AND created_by_system`,
      ),
    ).toBe(offices + 1);
  });

  it('the Datenschutz status: the admin sees the retention setting and the last run; others are refused', async () => {
    const admin = await signedIn(t, 'admin');
    const res = await admin.agent.get('/api/admin/retention');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ retentionMonths: 24, dueFamilies: 0 });
    expect(res.body.lastRun).toMatchObject({ anonymized: 0, trigger: 'schedule', retentionMonths: 24 });
    for (const who of [anna, lead]) {
      const refused = await who.agent.get('/api/admin/retention');
      expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await t.http().get('/api/admin/retention')).status).toBe(401);
  });

  it('without REDIS_URL the queue dashboard explains that jobs run in-process (admins only)', async () => {
    const admin = await signedIn(t, 'admin');
    const res = await admin.agent.get('/api/admin/queues');
    expect([res.status, res.body.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    expect((await anna.agent.get('/api/admin/queues')).status).toBe(403);
  });
});
