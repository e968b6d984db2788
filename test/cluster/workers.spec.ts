/**
 * Several worker processes (the build in dist/, as production runs them) on one PostgreSQL and
 * Redis: due work is done exactly once, also when a worker is killed mid-job and started again,
 * and a schedule runs once per time however many workers there are.
 */
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import { JOB_QUEUE, JobName, QueueName } from '../../apps/api/src/jobs/job-types';
import { SCHEDULES } from '../../apps/api/src/jobs/schedules';
import { createOffice, createUser } from '../support/factories';
import { type ManagedProcess, processEnv, startWorker, stopAll } from '../support/processes';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { openDataSource, sleep } from './cluster-support';

const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await sleep(200);
  }
}

describe('several workers on one PostgreSQL and Redis', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let redis: IORedis;
  const prefix = `lotsen-cluster-${process.pid}-${Date.now()}`;
  const running: ManagedProcess[] = [];
  const queues = new Map<QueueName, Queue>();

  const worker = async (name: string, extra: Record<string, string> = {}): Promise<ManagedProcess> => {
    const env = processEnv(db.url, {
      QUEUE_PREFIX: prefix,
      RELAY_INTERVAL_MS: '200',
      JOB_LOCK_SECONDS: '2',
      ...extra,
    });
    const w = startWorker(env, name);
    running.push(w);
    await w.waitForLine(/Worker started \(bullmq\)/, 30_000);
    return w;
  };
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await ds.query(sql, params))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await openDataSource(db.url);
    redis = new IORedis(REDIS, { maxRetriesPerRequest: null });
    for (const name of Object.values(QueueName))
      queues.set(name, new Queue(name, { connection: redis, prefix }));
  }, 60_000);

  afterAll(async () => {
    await stopAll(running);
    await Promise.all([...queues.values()].map((q) => q.close()));
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await ds?.destroy();
    await db?.drop();
  }, 60_000);

  it('300 follow-ups falling due together give exactly 300 notifications, also when a worker is killed mid-sweep and started again', async () => {
    const officeId = await createOffice(ds);
    const counsellors = await Promise.all([1, 2, 3].map(() => createUser(ds, 'counsellor', { officeId })));
    const [family] = await ds.query(
      `INSERT INTO families (office_id, owner_id, name) VALUES ($1, $2, 'Familie Dreihundert') RETURNING id`,
      [officeId, counsellors[0].id],
    );
    await ds.query(
      `INSERT INTO follow_ups (family_id, office_id, assignee_id, title, due_at)
       SELECT $1, $2, ($3::uuid[])[1 + g % 3], 'Rückruf ' || g, now() - interval '1 minute'
       FROM generate_series(1, 300) g`,
      [family.id, officeId, counsellors.map((c) => c.id)],
    );
    // A alone, working slowly (each sweep waits inside its transaction): the kill lands mid-job
    const a = await worker('worker-A', { JOB_PAUSE_MS: '8000' });
    await ds.query(`INSERT INTO outbox (queue, job) VALUES ($1, $2)`, [
      JOB_QUEUE[JobName.FollowUpOverdueSweep],
      JobName.FollowUpOverdueSweep,
    ]);
    const reminders = queues.get(QueueName.Reminders) as Queue;
    await until('a sweep to run on A', async () => (await reminders.getActiveCount()) === 1);
    await sleep(1500); // inside the pause: A holds all 300 in its open transaction
    await a.kill();
    const notified = `SELECT count(*) AS n FROM notifications WHERE type = 'follow_up_due'`;
    expect(await count(notified)).toBe(0); // A's transaction died with it

    await worker('worker-B');
    await worker('worker-A-again');
    await until('300 notifications', async () => (await count(notified)) >= 300);
    await sleep(3000);
    expect(await count(notified)).toBe(300);
    expect(
      await count(
        `SELECT count(DISTINCT split_part(dedupe_key, ':', 2)) AS n FROM notifications WHERE type = 'follow_up_due'`,
      ),
    ).toBe(300);
    expect(await count(`SELECT count(*) AS n FROM follow_ups WHERE overdue_notified_at IS NULL`)).toBe(0);
    for (const c of counsellors) {
      expect(await count(`SELECT count(*) AS n FROM notifications WHERE user_id = $1`, [c.id])).toBe(100);
    }
  }, 180_000);

  it('each schedule exists once however many workers started, and runs once per time, not once per worker', async () => {
    expect(running.filter((w) => w.running).length).toBeGreaterThanOrEqual(2);
    const schedulerIds: string[] = [];
    for (const queue of queues.values()) {
      const schedulers = await queue.getJobSchedulers();
      schedulerIds.push(...schedulers.map((s) => s.key));
      // the next run of each schedule is one delayed job, not one per worker
      expect(await queue.getDelayedCount()).toBe(schedulers.length);
    }
    expect(schedulerIds.sort()).toEqual(SCHEDULES.map((s) => s.id).sort());

    // retention every second for a few seconds with two (three) workers: about one run per second
    const retention = queues.get(QueueName.Retention) as Queue;
    await retention.upsertJobScheduler(
      'retention',
      { every: 1000 },
      { name: JobName.Retention, data: { outboxId: null, payload: {} } },
    );
    const before = await count(`SELECT count(*) AS n FROM retention_runs`);
    const started = Date.now();
    await sleep(6000);
    await retention.upsertJobScheduler(
      'retention',
      { pattern: '30 3 * * *', tz: 'Europe/Berlin' },
      { name: JobName.Retention, data: { outboxId: null, payload: {} } },
    );
    const seconds = (Date.now() - started) / 1000;
    const runs = (await count(`SELECT count(*) AS n FROM retention_runs`)) - before;
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(runs).toBeLessThanOrEqual(Math.ceil(seconds) + 1); // once per second, not once per worker
  }, 60_000);
  it('a worker stopped with SIGTERM finishes the job it is running before it exits', async () => {
    const officeId = await createOffice(ds);
    const lead = await createUser(ds, 'team_lead', { officeId });
    await stopAll(running); // only the slow worker below
    const slow = await worker('worker-slow', { JOB_PAUSE_MS: '3000' });
    await ds.query(`INSERT INTO outbox (queue, job, payload) VALUES ('notifications', 'notify', $1)`, [
      JSON.stringify({
        userIds: [lead.id],
        type: 'handoff',
        title: 'Übergabe beim Herunterfahren',
        link: null,
      }),
    ]);
    const notifications = queues.get(QueueName.Notifications) as Queue;
    await until('the job to run', async () => (await notifications.getActiveCount()) === 1);
    slow.signal('SIGTERM');
    const exit = await slow.waitForExit(30_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(
      await count(
        `SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND title = 'Übergabe beim Herunterfahren'`,
        [lead.id],
      ),
    ).toBe(1);
    expect(await notifications.getActiveCount()).toBe(0);
  }, 60_000);
});
