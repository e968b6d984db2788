import type { Logger } from '@nestjs/common';
import { type JobsOptions, Queue, UnrecoverableError, Worker } from 'bullmq';
import IORedis, { type RedisOptions } from 'ioredis';
import { JOB_QUEUE, type JobData, type JobName, QueueName } from './job-types';
import { UnknownJobError, type JobRunner } from './job-runner.service';
import type { DispatchOutcome, Dispatcher, OutboxRow } from './outbox-relay';
import { repeatOptions, SCHEDULES } from './schedules';

/** Failed jobs (ids only, see NotifyPayload) are kept this long for the admin to look into. */
export const FAILED_JOB_KEEP_SECONDS = 7 * 24 * 3600;

/**
 * Jobs are retried with exponential backoff. A completed job is removed at once: Redis keeps no
 * record of what was done (a job sent twice by the relay is harmless: every handler is
 * idempotent through the database). A failed job is kept for at most 7 days.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: { age: FAILED_JOB_KEEP_SECONDS },
};

const CONCURRENCY: Record<QueueName, number> = {
  [QueueName.Notifications]: 4,
  [QueueName.Reminders]: 1,
  [QueueName.Reports]: 1,
  [QueueName.Retention]: 1,
};

/**
 * A connection for producers: commands fail at once while Redis is away (no offline queue), so
 * the relay's transaction never hangs on a dead Redis and rolls back instead.
 */
export function producerConnection(url: string): IORedis {
  const options: RedisOptions = {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 3000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
  return new IORedis(url, options);
}

/** A Redis error handler that logs at most one line every 10 s: an outage must not flood the log. */
export function redisErrorLogger(logger: Pick<Logger, 'warn'>): (err: Error) => void {
  let last = 0;
  return (err) => {
    if (Date.now() - last < 10_000) return;
    last = Date.now();
    logger.warn(`Redis: ${err.message}`);
  };
}

/** Is Redis there? (PING within `timeoutMs`.) */
export async function redisReachable(url: string, timeoutMs = 3000): Promise<boolean> {
  const redis = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/** The queues as producers (the relay, the API's dashboard). */
export function openQueues(
  connection: IORedis,
  prefix: string,
  onError: (err: Error) => void,
): Map<QueueName, Queue> {
  const queues = new Map<QueueName, Queue>();
  for (const name of Object.values(QueueName)) {
    const queue = new Queue(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
    queue.on('error', onError);
    queues.set(name, queue);
  }
  return queues;
}

/**
 * The worker's BullMQ side: producer queues for the relay (job id = outbox row id, so a row sent
 * twice is one job), one BullMQ worker per queue that runs the handlers, and the job schedulers
 * of SCHEDULES (upserted by every worker; BullMQ keeps one per id, so a schedule runs once, not
 * once per worker).
 */
export class BullMqTransport implements Dispatcher {
  readonly runsJobs = false;
  private readonly producer: IORedis;
  private readonly queues: Map<QueueName, Queue>;
  private readonly workers: Worker[] = [];
  private readonly workerConnections: IORedis[] = [];
  private readonly logError: (err: Error) => void;

  constructor(
    private readonly url: string,
    private readonly runner: JobRunner,
    private readonly logger: Logger,
    private readonly options: {
      lockMs: number;
      prefix: string;
      /** Marks the job's outbox row done; a failure is logged, not retried (the job has run). */
      done: (outboxId: string) => Promise<void>;
    },
  ) {
    this.logError = redisErrorLogger(logger);
    this.producer = producerConnection(url);
    this.producer.on('error', (err) => this.logError(err));
    this.queues = openQueues(this.producer, options.prefix, (err) => this.logError(err));
  }

  async start(): Promise<void> {
    for (const name of Object.values(QueueName)) {
      const connection = new IORedis(this.url, { maxRetriesPerRequest: null });
      connection.on('error', (err) => this.logError(err));
      this.workerConnections.push(connection);
      const worker = new Worker<JobData>(
        name,
        async (job) => {
          try {
            const result = await this.runner.run(job.name, job.data.payload, {
              outboxId: job.data.outboxId,
              jobId: job.id ?? job.data.outboxId ?? 'unknown',
            });
            if (job.data.outboxId) await this.markDone(job.data.outboxId);
            return result;
          } catch (err) {
            if (err instanceof UnknownJobError) throw new UnrecoverableError(err.message);
            throw err;
          }
        },
        {
          connection,
          prefix: this.options.prefix,
          concurrency: CONCURRENCY[name],
          lockDuration: this.options.lockMs,
          stalledInterval: Math.max(1000, Math.floor(this.options.lockMs / 2)),
          maxStalledCount: 5,
        },
      );
      worker.on('error', (err) => this.logError(err));
      worker.on('failed', (job, err) =>
        this.logger.warn(
          `${job?.name ?? 'job'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}`,
        ),
      );
      this.workers.push(worker);
    }
    await this.upsertSchedules();
    await this.removeFinishedJobs();
  }

  /**
   * Jobs that earlier versions kept after they finished (completed ones for 7 days, failed ones
   * for 30, with rendered texts in their payloads) are removed when a worker starts.
   */
  private async removeFinishedJobs(): Promise<void> {
    for (const queue of this.queues.values()) {
      await queue.clean(0, 0, 'completed');
      await queue.clean(FAILED_JOB_KEEP_SECONDS * 1000, 0, 'failed');
    }
  }

  /**
   * Creates or updates the job schedulers. Every worker does this at start (BullMQ keeps one
   * scheduler per id) and again after a Redis outage, in case Redis came back without its data.
   */
  async upsertSchedules(): Promise<void> {
    for (const schedule of SCHEDULES) {
      await this.queue(schedule.job).upsertJobScheduler(schedule.id, repeatOptions(schedule.rule), {
        name: schedule.job,
        data: { outboxId: null, payload: {} } satisfies JobData,
        opts: {
          attempts: 3,
          backoff: { type: 'exponential', delay: 5000 },
          removeOnComplete: true,
          removeOnFail: { age: FAILED_JOB_KEEP_SECONDS, count: 100 },
        },
      });
    }
  }

  private queue(job: JobName): Queue {
    const queue = this.queues.get(JOB_QUEUE[job]);
    if (!queue) throw new Error(`No queue for job "${job}"`);
    return queue;
  }

  async dispatch(rows: OutboxRow[]): Promise<DispatchOutcome> {
    const byQueue = new Map<QueueName, OutboxRow[]>();
    for (const row of rows) {
      const list = byQueue.get(row.queue as QueueName) ?? [];
      list.push(row);
      byQueue.set(row.queue as QueueName, list);
    }
    const failed: DispatchOutcome['failed'] = [];
    const sent: string[] = [];
    for (const [name, list] of byQueue) {
      const queue = this.queues.get(name);
      if (!queue) {
        for (const row of list) failed.push({ id: row.id, error: `unknown queue "${row.queue}"` });
        continue;
      }
      // Throws while Redis is unreachable: the relay rolls back and backs off.
      await queue.addBulk(
        list.map((row) => ({
          name: row.job,
          data: { outboxId: row.id, payload: row.payload } as JobData,
          opts: { jobId: row.id },
        })),
      );
      sent.push(...list.map((r) => r.id));
    }
    return { sent, failed };
  }

  private async markDone(outboxId: string): Promise<void> {
    try {
      await this.options.done(outboxId);
    } catch (err) {
      this.logger.warn(
        `Outbox row ${outboxId}: job ran, not marked done (${err instanceof Error ? err.message : String(err)})`,
      );
    }
  }

  /** Lets running jobs finish (BullMQ's worker.close waits for them), then disconnects. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    for (const c of [this.producer, ...this.workerConnections]) c.disconnect();
  }
}
