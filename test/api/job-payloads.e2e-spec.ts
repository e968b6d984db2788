import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { DEFAULT_JOB_OPTIONS } from '../../apps/api/src/jobs/bullmq-transport';
import { JobName, QueueName } from '../../apps/api/src/jobs/job-types';
import { startWorker, type RunningWorker } from '../../apps/api/src/worker';
import { createOffice, signedIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await sleep(100);
  }
}

/** Every key of the Redis server and everything it holds, as text. */
async function redisContents(redis: IORedis): Promise<string> {
  const parts: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      parts.push(key);
      const type = await redis.type(key);
      if (type === 'string') parts.push((await redis.get(key)) ?? '');
      else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
      else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
      else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, 0, -1)));
      else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
    }
  } while (cursor !== '0');
  return parts.join('\n');
}

/**
 * Job payloads carry ids and a kind only (issue 16.2, docs/privacy.md): a family's name never
 * reaches Redis or the queue dashboard, and completed jobs are removed at once.
 */
describe('job payloads on BullMQ hold no personal data', () => {
  let t: TestApp;
  let worker: RunningWorker;
  let redis: IORedis;
  const prefix = `lotsen-test-payloads-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: REDIS, QUEUE_PREFIX: prefix });
    worker = await startWorker({ ...t.config, redisUrl: REDIS, queuePrefix: prefix, relayIntervalMs: 100 });
    redis = new IORedis(REDIS);
  });
  afterAll(async () => {
    await worker.stop();
    await t.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('a handoff, a Kinderschutz alert and an overdue sweep for a family: its name occurs in no Redis key or value', async () => {
    expect(worker.mode).toBe('bullmq');
    const name = `Zyprianowski${randomBytes(4).toString('hex')}`;
    const office = await createOffice(t.dataSource, 'Familienbüro Redis-Namen');
    const anna = await signedIn(t, 'counsellor', { officeId: office });
    const ben = await signedIn(t, 'counsellor', { officeId: office });
    const lead = await signedIn(t, 'team_lead', { officeId: office });
    const districtId = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR5'`))[0].id;

    const family = await anna.agent.post('/api/families').send({ name, districtId, confirmNew: true });
    expect(family.status).toBe(201);
    const familyId: string = family.body.id;
    const kinderschutz = await anna.agent.post('/api/contacts').send({
      familyId,
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      channel: 'walk_in',
      needs: [{ categoryKey: 'kinderschutz' }],
    });
    expect(kinderschutz.status).toBe(201);
    const followUp = await anna.agent.post('/api/follow-ups').send({
      familyId,
      title: `Rückruf ${name}`,
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
      assigneeId: anna.user.id,
    });
    expect(followUp.status).toBe(201);
    await t.dataSource.query(`UPDATE follow_ups SET due_at = now() - interval '1 hour' WHERE id = $1`, [
      followUp.body.id,
    ]);
    const handoff = await anna.agent
      .post(`/api/families/${familyId}/handoff`)
      .send({ toUserId: ben.user.id });
    expect(handoff.status).toBe(200);

    // the 5-minute schedule's job, now (with the options the app's producer uses)
    const sweepQueue = new Queue(QueueName.Reminders, {
      connection: redis,
      prefix,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    });
    await sweepQueue.add(JobName.FollowUpOverdueSweep, { outboxId: null, payload: {} });
    await sweepQueue.close();

    const titleOf = async (userId: string, type: string): Promise<string | undefined> =>
      (
        await t.dataSource.query(`SELECT title FROM notifications WHERE user_id = $1 AND type = $2`, [
          userId,
          type,
        ])
      )[0]?.title;
    await until('the three notifications', async () =>
      Boolean(
        (await titleOf(ben.user.id, 'handoff')) &&
        (await titleOf(lead.user.id, 'child_protection')) &&
        // the overdue follow-up went to ben with the family (issue 25.3)
        (await titleOf(ben.user.id, 'follow_up_due')),
      ),
    );
    // the texts are rendered from the database, so the name does reach the inbox ...
    expect(await titleOf(ben.user.id, 'handoff')).toContain(name);
    expect(await titleOf(ben.user.id, 'follow_up_due')).toContain(name);
    // ... and the completed jobs are gone from Redis
    const queues = Object.values(QueueName).map((q) => new Queue(q, { connection: redis, prefix }));
    await until('no job left but the schedulers', async () => {
      const counts = await Promise.all(queues.map((q) => q.getJobCounts('completed', 'active', 'wait')));
      return counts.every((c) => c.completed === 0 && c.active === 0 && c.wait === 0);
    });
    await Promise.all(queues.map((q) => q.close()));

    // the scan finds what is there (control), and the name is nowhere
    await redis.set(`${prefix}:control`, `control ${name}`);
    expect(await redisContents(redis)).toContain(`control ${name}`);
    await redis.del(`${prefix}:control`);
    const contents = await redisContents(redis);
    expect(contents).toContain(prefix); // the queues are there
    expect(contents).not.toContain(name);
    expect(contents).not.toContain(name.slice(0, 12));
  });
});
