import type { NotificationType } from '@lotsen/domain';
import type { NotificationMessage } from '../modules/notifications/notification-messages';

/**
 * The queues and jobs of the worker (architecture.md, "Jobs without loss").
 * A job's name decides its queue; its payload type is fixed here, for the outbox row that
 * carries it and for the handler that runs it.
 */
export enum QueueName {
  Notifications = 'notifications',
  Reminders = 'reminders',
  Reports = 'reports',
  Retention = 'retention',
}

export enum JobName {
  /** Deliver one in-app notification to some users (handoff, Kinderschutz, consent withdrawn, referral answered). */
  Notify = 'notify',
  /** Every 5 minutes: notify the assignee of each follow-up that became overdue, once. */
  FollowUpOverdueSweep = 'follow-up-overdue-sweep',
  /** 07:00 Europe/Berlin: one summary per counsellor of today's and overdue follow-ups. */
  DailySummary = 'daily-summary',
  /** Hourly: referrals sent and unanswered for N days (and 2·N days) notify their counsellor once each. */
  ReferralReminderSweep = 'referral-reminder-sweep',
  /** First day of a quarter, 02:00 Europe/Berlin: freeze the past quarter's demand report. */
  QuarterlySnapshot = 'quarterly-snapshot',
  /** Nightly: anonymize families without activity for RETENTION_MONTHS. */
  Retention = 'retention',
  /** One e-mail notice without content to one user (issue 21.2): only with SMTP_URL. */
  Mail = 'mail',
  /** Daily 06:30: offers not confirmed for 6 months remind their provider's users once (issue 21.3). */
  OfferConfirmReminder = 'offer-confirm-reminder',
  /** Written by the rollup triggers, one per transaction: recount these office days (issue 20.1). */
  RollupDays = 'rollup-days',
  /** Nightly 02:30: compare the rollups with the raw rows, repair and report a day that differs. */
  RollupCheck = 'rollup-check',
  /** Daily 04:15: the early warning tests the last complete ISO week, once per week (issue 20.5). */
  EarlyWarning = 'early-warning',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.Notify]: QueueName.Notifications,
  [JobName.FollowUpOverdueSweep]: QueueName.Reminders,
  [JobName.DailySummary]: QueueName.Reminders,
  [JobName.ReferralReminderSweep]: QueueName.Reminders,
  [JobName.QuarterlySnapshot]: QueueName.Reports,
  [JobName.Retention]: QueueName.Retention,
  [JobName.Mail]: QueueName.Notifications,
  [JobName.OfferConfirmReminder]: QueueName.Reminders,
  [JobName.RollupDays]: QueueName.Reports,
  [JobName.RollupCheck]: QueueName.Reports,
  [JobName.EarlyWarning]: QueueName.Reports,
};

/**
 * Who is told, and the message as ids and a kind: no name or text travels through the outbox or
 * Redis (the worker renders the text when it stores the notification).
 */
export type NotifyPayload = NotificationMessage & { userIds: string[] };

/**
 * Outbox rows written before notify payloads carried ids only (they hold a rendered title).
 * Still delivered, so that an upgrade loses no notification; new code never writes them.
 */
export interface LegacyNotifyPayload {
  userIds: string[];
  type: NotificationType;
  title: string;
  link: string | null;
}

/** Scheduled jobs carry no data of their own: they look at the database when they run. */
export type ScheduledPayload = Record<string, never>;

export interface QuarterlySnapshotPayload {
  /** `YYYY-Qn`; the quarter before the current one (Europe/Berlin) when omitted. */
  period?: string;
}

/**
 * An e-mail notice: whom, and about which referral — ids only. What the mail says is fixed
 * ("Neue Nachricht zu einer Vermittlung" and a link): no name, no content.
 */
export interface MailPayload {
  kind: 'referral_message';
  referralId: string;
  userId: string;
}

/** The office days a transaction touched, `officeId|YYYY-MM-DD` (migration DemandRollups). */
export interface RollupDaysPayload {
  days: string[];
}

export interface EarlyWarningPayload {
  /** Monday of the ISO week to test (`YYYY-MM-DD`); the last complete week when omitted. */
  week?: string;
}

export interface JobPayloads {
  [JobName.Notify]: NotifyPayload;
  [JobName.FollowUpOverdueSweep]: ScheduledPayload;
  [JobName.DailySummary]: ScheduledPayload;
  [JobName.ReferralReminderSweep]: ScheduledPayload;
  [JobName.QuarterlySnapshot]: QuarterlySnapshotPayload;
  [JobName.Retention]: ScheduledPayload;
  [JobName.Mail]: MailPayload;
  [JobName.OfferConfirmReminder]: ScheduledPayload;
  [JobName.RollupDays]: RollupDaysPayload;
  [JobName.RollupCheck]: ScheduledPayload;
  [JobName.EarlyWarning]: EarlyWarningPayload;
}

/** What travels through BullMQ: the outbox row's id (also the BullMQ job id) and its payload. */
export interface JobData<J extends JobName = JobName> {
  outboxId: string | null;
  payload: JobPayloads[J];
}

export function isJobName(name: string): name is JobName {
  return (Object.values(JobName) as string[]).includes(name);
}
