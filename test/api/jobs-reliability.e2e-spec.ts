import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Agent } from 'supertest';
import { QueueName } from '../../apps/api/src/jobs/job-types';
import { SCHEDULES } from '../../apps/api/src/jobs/schedules';
import { startWorker, type RunningWorker } from '../../apps/api/src/worker';
import { createOffice, signedIn, type TestUser } from '../support/factories';
import { freePort, processEnv, startWorker as startWorkerProcess } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';

type Signed = { user: TestUser; agent: Agent };

const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 40_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await sleep(100);
  }
}

/** A Redis of the test's own, on a spare port, that the test may stop and start again. */
class OwnRedis {
  private child: ChildProcess | null = null;
  constructor(readonly port: number) {}
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    const probe = new IORedis(this.url, {
      lazyConnect: true,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
    });
    probe.on('error', () => undefined);
    await until('redis-server to answer', async () => {
      try {
        if (probe.status !== 'ready') await probe.connect();
        return (await probe.ping()) === 'PONG';
      } catch {
        probe.disconnect();
        return false;
      }
    });
    probe.disconnect();
  }
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.child = null;
  }
}

/**
 * Reliability of the jobs with real Redis and PostgreSQL: Redis away for a while, a worker
 * killed mid-job, two workers at once — every notification arrives exactly once.
 */
describe('jobs on BullMQ: nothing lost, nothing doubled', () => {
  let t: TestApp;
  let office: string;
  let lead: Signed;
  let ben: Signed;
  let districtId: string;
  const prefix = `lotsen-test-${process.pid}-${Date.now()}`;
  const workers: RunningWorker[] = [];

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: REDIS, QUEUE_PREFIX: prefix });
    office = await createOffice(t.dataSource, 'Familienbüro Redis');
    lead = await signedIn(t, 'team_lead', { officeId: office });
    ben = await signedIn(t, 'counsellor', { officeId: office });
    districtId = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR3'`))[0].id;
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await t.close();
    const redis = new IORedis(REDIS);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  async function bullWorker(overrides: Partial<typeof t.config> = {}): Promise<RunningWorker> {
    const w = await startWorker({
      ...t.config,
      redisUrl: REDIS,
      queuePrefix: prefix,
      relayIntervalMs: 100,
      ...overrides,
    });
    workers.push(w);
    return w;
  }

  /** `n` families handed by the team lead to Ben: `n` notifications on their way. */
  async function handOff(n: number, tag: string): Promise<void> {
    for (let i = 0; i < n; i++) {
      const family = await lead.agent
        .post('/api/families')
        .send({ name: `Familie ${tag} ${i}`, districtId, confirmNew: true });
      expect(family.status).toBe(201);
      const res = await lead.agent
        .post(`/api/families/${family.body.id}/handoff`)
        .send({ toUserId: ben.user.id });
      expect(res.status).toBe(200);
    }
  }
  const delivered = async (tag: string): Promise<number> =>
    Number(
      (
        await t.dataSource.query(
          `SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND title LIKE $2`,
          [ben.user.id, `%Familie ${tag} %`],
        )
      )[0].n,
    );
  const waiting = async (): Promise<number> =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL`))[0].n);

  it('two workers on BullMQ deliver every notification exactly once, with one scheduler per schedule', async () => {
    const [a, b] = [await bullWorker(), await bullWorker()];
    expect([a.mode, b.mode]).toEqual(['bullmq', 'bullmq']);
    await handOff(30, 'Zwei');
    await until('30 notifications', async () => (await delivered('Zwei')) >= 30);
    await sleep(1000);
    expect(await delivered('Zwei')).toBe(30);
    expect(await waiting()).toBe(0);
    // each row handed to BullMQ is marked done once its job has run (a report's catch-up reads it)
    const [rows] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE done_at IS NULL)::int AS open, count(*)::int AS done FROM outbox WHERE sent_at IS NOT NULL`,
    );
    expect(rows.open).toBe(0);
    expect(rows.done).toBeGreaterThanOrEqual(30);

    const connection = new IORedis(REDIS, { maxRetriesPerRequest: null });
    try {
      const ids: string[] = [];
      for (const name of Object.values(QueueName)) {
        const queue = new Queue(name, { connection, prefix });
        ids.push(...(await queue.getJobSchedulers()).map((s) => s.key));
        await queue.close();
      }
      expect(ids.sort()).toEqual(SCHEDULES.map((s) => s.id).sort());
    } finally {
      connection.disconnect();
    }
    await Promise.all(workers.splice(0).map((w) => w.stop()));
  });

  it('the queue dashboard shows the queues to an admin and refuses everyone else', async () => {
    const admin = await signedIn(t, 'admin');
    const page = await admin.agent.get('/api/admin/queues');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const api = await admin.agent.get('/api/admin/queues/api/queues');
    expect(api.status).toBe(200);
    expect(api.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(
      Object.values(QueueName).sort(),
    );
    const refused = await ben.agent.get('/api/admin/queues');
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    expect((await lead.agent.get('/api/admin/queues/api/queues')).status).toBe(403);
    expect((await t.http().get('/api/admin/queues')).status).toBe(401);
  });

  it('the queue dashboard is read-only: an admin can add, change, clean or empty no job', async () => {
    const admin = await signedIn(t, 'admin');
    const queues = (await admin.agent.get('/api/admin/queues/api/queues')).body.queues as {
      name: string;
      readOnlyMode: boolean;
    }[];
    expect(queues.map((q) => q.readOnlyMode)).toEqual(queues.map(() => true));
    const connection = new IORedis(REDIS, { maxRetriesPerRequest: null });
    const notifications = new Queue(QueueName.Notifications, { connection, prefix });
    try {
      const before = await notifications.getJobCounts();
      const base = '/api/admin/queues/api/queues/notifications';
      const attempts = [
        admin.agent.post(`${base}/add`).send({
          name: 'notify',
          data: {
            outboxId: null,
            payload: { userIds: [admin.user.id], type: 'handoff', title: 'x', link: 'https://evil.example' },
          },
        }),
        admin.agent.put(`${base}/clean/completed`),
        admin.agent.put(`${base}/clean/failed`),
        admin.agent.put(`${base}/empty`),
        admin.agent.put(`${base}/pause`),
        admin.agent.put(`${base}/retry/failed`),
        admin.agent.put(`${base}/promote`),
        admin.agent.put('/api/admin/queues/api/queues/pause'),
        admin.agent.delete(`${base}/jobs/any`),
      ];
      for (const res of await Promise.all(attempts)) {
        expect([res.status, res.body.code]).toEqual([405, 'METHOD_NOT_ALLOWED']);
      }
      expect(await notifications.getJobCounts()).toEqual(before);
      expect(await notifications.isPaused()).toBe(false);
    } finally {
      await notifications.close();
      connection.disconnect();
    }
  });

  it('Redis stopped for a while: writes go on, the outbox grows, and when Redis is back every notification arrives once', async () => {
    const redis = new OwnRedis(await freePort());
    await redis.start();
    try {
      await bullWorker({ redisUrl: redis.url });
      await handOff(3, 'Vorher');
      await until('the first 3 notifications', async () => (await delivered('Vorher')) === 3);

      await redis.stop();
      const started = Date.now();
      await handOff(10, 'Ausfall'); // the API answers writes without Redis
      const writeMs = Date.now() - started;
      await sleep(1500);
      expect(await waiting()).toBeGreaterThanOrEqual(10); // the outbox grew
      expect(await delivered('Ausfall')).toBe(0);
      expect(writeMs).toBeLessThan(30_000);

      await redis.start();
      await until(
        '10 notifications after the outage',
        async () => (await delivered('Ausfall')) >= 10,
        60_000,
      );
      await sleep(1500);
      expect(await delivered('Ausfall')).toBe(10);
      expect(await delivered('Vorher')).toBe(3);
      expect(await waiting()).toBe(0);
    } finally {
      await Promise.all(workers.splice(0).map((w) => w.stop()));
      await redis.stop();
    }
  });

  it('a worker killed with SIGKILL in the middle of a job: the job is retried and its effect happens once', async () => {
    const killPrefix = `${prefix}-kill`;
    const env = processEnv(t.db.url, {
      REDIS_URL: REDIS,
      QUEUE_PREFIX: killPrefix,
      JOB_PAUSE_MS: '8000', // the job waits inside its transaction: the kill lands there
      JOB_LOCK_SECONDS: '2',
      RELAY_INTERVAL_MS: '100',
    });
    const doomed = startWorkerProcess(env, 'doomed-worker');
    try {
      await doomed.waitForLine(/Worker started/, 30_000);
      await handOff(1, 'Abbruch');
      const connection = new IORedis(REDIS, { maxRetriesPerRequest: null });
      const queue = new Queue(QueueName.Notifications, { connection, prefix: killPrefix });
      try {
        await until('the job to be running', async () => (await queue.getActiveCount()) === 1, 30_000);
        await sleep(500);
        await doomed.kill();
        expect(await delivered('Abbruch')).toBe(0); // its transaction died with it

        await bullWorker({ queuePrefix: killPrefix, jobLockMs: 2000, jobPauseMs: 0 });
        await until('the retried job', async () => (await delivered('Abbruch')) >= 1, 40_000);
        await sleep(2500);
        expect(await delivered('Abbruch')).toBe(1);
        // done: nothing waits, runs or failed, and the completed job is removed at once
        expect(await queue.getJobCounts('completed', 'failed', 'active', 'wait', 'delayed')).toEqual({
          completed: 0,
          failed: 0,
          active: 0,
          wait: 0,
          delayed: 0,
        });
      } finally {
        await queue.close();
        connection.disconnect();
        const cleanup = new IORedis(REDIS);
        const keys = await cleanup.keys(`${killPrefix}*`);
        if (keys.length) await cleanup.del(...keys);
        cleanup.disconnect();
      }
    } finally {
      if (doomed.running) await doomed.kill();
      await Promise.all(workers.splice(0).map((w) => w.stop()));
    }
  });
});
