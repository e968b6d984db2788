import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DailySummaryHandler } from './handlers/daily-summary.handler';
import { EarlyWarningHandler } from './handlers/early-warning.handler';
import { FollowUpOverdueHandler } from './handlers/follow-up-overdue.handler';
import type { JobHandler, JobResult } from './handlers/job-handler';
import { MailHandler } from './handlers/mail.handler';
import { NotifyHandler } from './handlers/notify.handler';
import { OfferConfirmReminderHandler } from './handlers/offer-confirm-reminder.handler';
import { QuarterlySnapshotHandler } from './handlers/quarterly-snapshot.handler';
import { ReferralReminderHandler } from './handlers/referral-reminder.handler';
import { RetentionHandler } from './handlers/retention.handler';
import { RollupCheckHandler, RollupDaysHandler } from './handlers/rollup.handlers';
import { isJobName, type JobName, type JobPayloads } from './job-types';

export class UnknownJobError extends Error {}

/** Runs a job by name with its handler: the one place BullMQ's processor and the in-process relay call. */
@Injectable()
export class JobRunner {
  private readonly handlers = new Map<JobName, JobHandler>();
  private readonly logger = new Logger('Jobs');

  constructor(
    notify: NotifyHandler,
    overdue: FollowUpOverdueHandler,
    summary: DailySummaryHandler,
    referrals: ReferralReminderHandler,
    quarterly: QuarterlySnapshotHandler,
    retention: RetentionHandler,
    mail: MailHandler,
    offers: OfferConfirmReminderHandler,
    rollupDays: RollupDaysHandler,
    rollupCheck: RollupCheckHandler,
    earlyWarning: EarlyWarningHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    for (const handler of [
      notify,
      overdue,
      summary,
      referrals,
      quarterly,
      retention,
      mail,
      offers,
      rollupDays,
      rollupCheck,
      earlyWarning,
    ] as JobHandler[]) {
      this.handlers.set(handler.job, handler);
    }
  }

  async run<J extends JobName>(
    name: J | string,
    payload: JobPayloads[J] | unknown,
    ids: { outboxId: string | null; jobId: string },
  ): Promise<JobResult> {
    const handler = isJobName(name) ? this.handlers.get(name) : undefined;
    if (!handler) throw new UnknownJobError(`Unknown job "${name}"`);
    const pauseMs = this.config.jobPauseMs;
    const started = Date.now();
    const result = await handler.handle(payload as never, {
      ...ids,
      pause: () => (pauseMs > 0 ? new Promise((resolve) => setTimeout(resolve, pauseMs)) : Promise.resolve()),
    });
    this.logger.log(`${name} ${ids.jobId} done in ${Date.now() - started} ms: ${JSON.stringify(result)}`);
    return result;
  }
}
