import type { JobRunner } from './job-runner.service';
import type { DispatchOutcome, Dispatcher, OutboxRow } from './outbox-relay';

/**
 * Without Redis the relay runs the handlers itself, one row after the other. A row whose handler
 * fails is tried again later (the relay's retry delay); the others are marked sent.
 */
export class InProcessDispatcher implements Dispatcher {
  readonly runsJobs = true;

  constructor(private readonly runner: JobRunner) {}

  async dispatch(rows: OutboxRow[]): Promise<DispatchOutcome> {
    const outcome: DispatchOutcome = { sent: [], failed: [] };
    for (const row of rows) {
      try {
        await this.runner.run(row.job, row.payload, { outboxId: row.id, jobId: row.id });
        outcome.sent.push(row.id);
      } catch (err) {
        outcome.failed.push({ id: row.id, error: err instanceof Error ? err.message : String(err) });
      }
    }
    return outcome;
  }
}
