import type { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { OutboxService } from './outbox.service';
import { nextRun, type Schedule } from './schedules';

/**
 * The schedules without BullMQ: when a schedule's time has come, its run is written to the
 * outbox with the dedupe key `schedule:{id}:{time}` — so several workers in this mode still
 * enqueue each run once — and the relay runs it like any other row. Runs missed while no worker
 * was up are not caught up (the next one comes at its time), as with BullMQ's schedulers.
 */
export class InProcessScheduler {
  private readonly next = new Map<string, Date>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly schedules: readonly Schedule[],
    private readonly logger: Logger,
    private readonly checkEveryMs = 10_000,
  ) {}

  start(now = new Date()): void {
    for (const s of this.schedules) this.next.set(s.id, nextRun(s.rule, now));
    this.timer = setInterval(() => {
      this.check().catch((err: unknown) =>
        this.logger.warn(`Schedule check failed: ${err instanceof Error ? err.message : String(err)}`),
      );
    }, this.checkEveryMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Enqueues every schedule whose time has passed; returns how many runs it enqueued. */
  async check(now = new Date()): Promise<number> {
    let enqueued = 0;
    for (const s of this.schedules) {
      const due = this.next.get(s.id);
      if (!due || due.getTime() > now.getTime()) continue;
      const id = await this.outbox.enqueue(this.dataSource.manager, s.job, {} as never, {
        dedupeKey: `schedule:${s.id}:${due.toISOString()}`,
      });
      if (id) enqueued++;
      this.next.set(s.id, nextRun(s.rule, now));
    }
    return enqueued;
  }
}
