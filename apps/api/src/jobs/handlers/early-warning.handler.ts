import { Injectable } from '@nestjs/common';
import { lastCompleteWeek, mondayOf } from '@lotsen/domain';
import { SignalDetectionService } from '../../modules/signals/signal-detection.service';
import { JobName, type EarlyWarningPayload } from '../job-types';
import { berlinDate } from '../schedules';
import type { JobHandler, JobResult } from './job-handler';

/**
 * The early warning's weekly test (issue 20.5, docs/signals.md): the last complete ISO week
 * (Europe/Berlin), or the week the payload names. Idempotent: a week is tested once (its
 * `signal_runs` row), so the daily schedule tests each week on its first run after the week ended.
 */
@Injectable()
export class EarlyWarningHandler implements JobHandler<JobName.EarlyWarning> {
  readonly job = JobName.EarlyWarning;

  constructor(private readonly detection: SignalDetectionService) {}

  async handle(payload: EarlyWarningPayload): Promise<JobResult> {
    const week =
      payload.week && /^\d{4}-\d{2}-\d{2}$/.test(payload.week)
        ? mondayOf(payload.week)
        : lastCompleteWeek(berlinDate());
    const result = await this.detection.runWeek(week);
    return { ...result, skipped: result.skipped ? 1 : 0 };
  }
}
