import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { BullMqTransport, redisReachable } from './bullmq-transport';
import { InProcessDispatcher } from './in-process-dispatcher';
import { InProcessScheduler } from './in-process-scheduler';
import { JobRunner } from './job-runner.service';
import { OutboxRelay } from './outbox-relay';
import { OutboxService } from './outbox.service';
import { SCHEDULES } from './schedules';

export type JobsMode = 'bullmq' | 'in-process';

/**
 * Starts the worker's moving parts: the outbox relay, and either BullMQ (workers per queue and
 * the job schedulers) or — when REDIS_URL is unset or Redis does not answer at start — the
 * handlers in-process with a timer for the schedules. The mode is decided once, at start, and
 * logged once; in BullMQ mode an outage of Redis only delays the relay (rows stay in the outbox).
 */
@Injectable()
export class JobsRuntime {
  private readonly logger = new Logger('Worker');
  private relay: OutboxRelay | null = null;
  private transport: BullMqTransport | null = null;
  private scheduler: InProcessScheduler | null = null;
  mode: JobsMode | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly runner: JobRunner,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(): Promise<JobsMode> {
    const url = this.config.redisUrl;
    if (url && (await redisReachable(url))) {
      this.transport = new BullMqTransport(url, this.runner, this.logger, {
        lockMs: this.config.jobLockMs,
        prefix: this.config.queuePrefix,
        done: async (id) => {
          await this.dataSource.query(`UPDATE outbox SET done_at = now() WHERE id = $1 AND done_at IS NULL`, [
            id,
          ]);
        },
      });
      const transport = this.transport;
      await transport.start();
      this.relay = new OutboxRelay(this.dataSource, transport, this.logger, {
        intervalMs: this.config.relayIntervalMs,
        onRecover: () => transport.upsertSchedules(),
      });
      this.mode = 'bullmq';
      this.logger.log('Jobs run on BullMQ (Redis)');
    } else {
      this.logger.warn(
        url
          ? `Redis at ${redactUrl(url)} does not answer: jobs run in this process without BullMQ`
          : 'REDIS_URL is not set: jobs run in this process without BullMQ',
      );
      this.scheduler = new InProcessScheduler(this.dataSource, this.outbox, SCHEDULES, this.logger);
      this.scheduler.start();
      this.relay = new OutboxRelay(this.dataSource, new InProcessDispatcher(this.runner), this.logger, {
        intervalMs: this.config.relayIntervalMs,
      });
      this.mode = 'in-process';
    }
    this.relay.start();
    return this.mode;
  }

  /**
   * Relays every due outbox row now and, in-process, runs it; returns how many rows it took.
   * (Tests and the `jobs:drain` command; in BullMQ mode the jobs then run on the queues.)
   */
  async drain(): Promise<number> {
    if (!this.relay) throw new Error('The jobs runtime is not started');
    let total = 0;
    for (;;) {
      await this.relay.idle();
      const moved = await this.relay.tick();
      total += moved;
      // nothing taken: done, unless a scheduled batch held the rows (SKIP LOCKED) — then wait
      // for it and look again, so that a drain returns only when the work is done
      if (moved === 0 && !(await this.relay.idle())) return total;
    }
  }

  /** Stops taking work, lets the running jobs finish, then disconnects. */
  async stop(): Promise<void> {
    this.scheduler?.stop();
    await this.relay?.stop();
    await this.transport?.close();
    this.relay = null;
    this.transport = null;
    this.scheduler = null;
  }
}

/** The URL without its password, for the log. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'REDIS_URL';
  }
}
