import { Injectable } from '@nestjs/common';
import { ROLLUP_CHECK_DAYS, RollupsService } from '../../modules/reports/rollups/rollups.service';
import { JobName, type RollupDaysPayload } from '../job-types';
import type { JobHandler, JobResult, JobRun } from './job-handler';

/** Berlin's calendar day of an instant, `YYYY-MM-DD`, moved by `days`. */
function berlinDay(at: Date, days = 0): string {
  const day = at.toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' });
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Recounts the office days one transaction touched (the triggers' outbox row). A recount replaces
 * the days' rows with a fresh count, so a doubled or retried job changes nothing twice.
 */
@Injectable()
export class RollupDaysHandler implements JobHandler<JobName.RollupDays> {
  readonly job = JobName.RollupDays;

  constructor(private readonly rollups: RollupsService) {}

  async handle(payload: RollupDaysPayload, run: JobRun): Promise<JobResult> {
    await run.pause();
    const recounted = await this.rollups.recount(
      Array.isArray(payload?.days) ? payload.days : [],
      run.outboxId,
    );
    return { recounted };
  }
}

/** Nightly: the last two years of rollups against the raw rows; a differing day is repaired. */
@Injectable()
export class RollupCheckHandler implements JobHandler<JobName.RollupCheck> {
  readonly job = JobName.RollupCheck;

  constructor(private readonly rollups: RollupsService) {}

  async handle(): Promise<JobResult> {
    const now = new Date();
    const result = await this.rollups.check(berlinDay(now, -ROLLUP_CHECK_DAYS), berlinDay(now, 366));
    return { from: result.from, to: result.to, repaired: result.repaired.length, notified: result.notified };
  }
}
