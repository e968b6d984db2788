import type { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

export interface OutboxRow {
  id: string;
  queue: string;
  job: string;
  payload: unknown;
  attempts: number;
}

/** What happened to a batch: rows handed on, and rows to try again later. */
export interface DispatchOutcome {
  sent: string[];
  failed: { id: string; error: string }[];
}

/**
 * Where the relay hands rows to: BullMQ (bullmq-transport.ts) or the handlers in-process
 * (in-process-dispatcher.ts). Throwing means the target is unreachable: nothing was handed on.
 */
export interface Dispatcher {
  dispatch(rows: OutboxRow[]): Promise<DispatchOutcome>;
  /**
   * The jobs of the rows it reports sent have run (in-process): the relay marks them done too.
   * BullMQ's jobs run later; its worker marks each row done after its job ran.
   */
  readonly runsJobs: boolean;
}

export interface RelayOptions {
  intervalMs: number;
  batch?: number;
  maxBackoffMs?: number;
  /** Called once when the target is reachable again after an outage (e.g. re-create the schedules). */
  onRecover?: () => Promise<void>;
}

/** Seconds until a failed row is tried again: 2, 4, 8 … at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 2 ** Math.min(12, Math.max(1, attempts)));
}

/**
 * The outbox relay: takes due rows (`FOR UPDATE SKIP LOCKED`, so several workers share the work
 * without taking a row twice), dispatches them and marks them sent in the same transaction. When
 * the dispatcher is unreachable the transaction rolls back, the rows stay due, and the relay
 * waits longer each time (backoff up to `maxBackoffMs`) — the outbox grows and nothing is lost.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private backoffMs = 0;
  private outage = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatcher: Dispatcher,
    private readonly logger: Logger,
    private readonly options: RelayOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Resolves when no scheduled batch is in flight (a drain waits for it). */
  async idle(): Promise<boolean> {
    if (!this.running) return false;
    await this.running.catch(() => undefined);
    return true;
  }

  /** Stops after the batch in flight; resolves when it is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.loop().finally(() => (this.running = null));
    }, ms);
  }

  private async loop(): Promise<void> {
    let next = this.options.intervalMs;
    try {
      const moved = await this.tick();
      if (this.outage) {
        this.outage = false;
        this.logger.log('Job queue reachable again: the outbox is being relayed');
        await this.options.onRecover?.();
      }
      this.backoffMs = 0;
      if (moved >= (this.options.batch ?? 200)) next = 0; // more are waiting
    } catch (err) {
      const max = this.options.maxBackoffMs ?? 30_000;
      this.backoffMs = Math.min(max, Math.max(this.options.intervalMs, this.backoffMs * 2 || 1000));
      next = this.backoffMs;
      if (!this.outage) {
        this.outage = true;
        this.logger.warn(
          `Outbox cannot be relayed (${err instanceof Error ? err.message : String(err)}); rows stay in the outbox, retrying with backoff`,
        );
      }
    }
    this.schedule(next);
  }

  /** One batch: returns how many rows it took. Throws when the dispatcher is unreachable. */
  async tick(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const rows: OutboxRow[] = await runner.query(
        `SELECT id, queue, job, payload, attempts FROM outbox
         WHERE sent_at IS NULL AND available_at <= now()
         ORDER BY available_at, created_at
         LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batch ?? 200],
      );
      if (rows.length > 0) {
        const outcome = await this.dispatcher.dispatch(rows);
        if (outcome.sent.length > 0) {
          await runner.query(
            `UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL${
              this.dispatcher.runsJobs ? ', done_at = now()' : ''
            } WHERE id = ANY($1::uuid[])`,
            [outcome.sent],
          );
        }
        for (const failed of outcome.failed) {
          const attempts = (rows.find((r) => r.id === failed.id)?.attempts ?? 0) + 1;
          await runner.query(
            `UPDATE outbox SET attempts = $2, last_error = left($3, 2000),
               available_at = now() + make_interval(secs => $4) WHERE id = $1`,
            [failed.id, attempts, failed.error, retryDelaySeconds(attempts)],
          );
        }
      }
      await runner.commitTransaction();
      return rows.length;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await runner.release();
    }
  }
}
