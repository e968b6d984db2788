import { Module } from '@nestjs/common';
import { RetentionModule } from '../modules/retention/retention.module';
import { ReportsModule } from '../modules/reports/reports.module';
import { SignalsModule } from '../modules/signals/signals.module';
import { DailySummaryHandler } from './handlers/daily-summary.handler';
import { EarlyWarningHandler } from './handlers/early-warning.handler';
import { FollowUpOverdueHandler } from './handlers/follow-up-overdue.handler';
import { MailHandler } from './handlers/mail.handler';
import { NotifyHandler } from './handlers/notify.handler';
import { OfferConfirmReminderHandler } from './handlers/offer-confirm-reminder.handler';
import { QuarterlySnapshotHandler } from './handlers/quarterly-snapshot.handler';
import { ReferralReminderHandler } from './handlers/referral-reminder.handler';
import { RetentionHandler } from './handlers/retention.handler';
import { RollupCheckHandler, RollupDaysHandler } from './handlers/rollup.handlers';
import { JobRunner } from './job-runner.service';
import { JobsRuntime } from './jobs-runtime.service';

/** The worker's side of the jobs: handlers, the runner that picks one by name, the runtime. */
@Module({
  imports: [ReportsModule, RetentionModule, SignalsModule],
  providers: [
    NotifyHandler,
    FollowUpOverdueHandler,
    DailySummaryHandler,
    ReferralReminderHandler,
    QuarterlySnapshotHandler,
    RetentionHandler,
    MailHandler,
    OfferConfirmReminderHandler,
    RollupDaysHandler,
    RollupCheckHandler,
    EarlyWarningHandler,
    JobRunner,
    JobsRuntime,
  ],
  exports: [JobRunner, JobsRuntime],
})
export class JobsModule {}
