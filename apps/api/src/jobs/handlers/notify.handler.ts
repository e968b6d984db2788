import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { renderMessage } from '../../modules/notifications/notification-messages';
import { NotificationsService } from '../../modules/notifications/notifications.service';
import { stillEntitled } from '../../modules/referral-messages/message-recipients';
import { JobName, type LegacyNotifyPayload, type NotifyPayload } from '../job-types';
import type { JobHandler, JobResult, JobRun } from './job-handler';

/**
 * Delivers a notification recorded in the outbox: once per user, however often it runs. The
 * text is rendered here, from the records as they are now; the payload holds ids only.
 */
@Injectable()
export class NotifyHandler implements JobHandler<JobName.Notify> {
  readonly job = JobName.Notify;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  handle(payload: NotifyPayload | LegacyNotifyPayload, run: JobRun): Promise<JobResult> {
    const key = run.outboxId ?? run.jobId;
    return this.dataSource.transaction(async (em) => {
      const message = 'kind' in payload ? await renderMessage(em, payload) : payload;
      // a message's notice reaches only who may still read the thread (consent withdrawn since: not the provider)
      const userIds =
        'kind' in payload && payload.kind === 'referral_message'
          ? await stillEntitled(em, payload.referralId, payload.userIds)
          : payload.userIds;
      const delivered = await this.notifications.deliver(
        em,
        userIds.map((userId) => ({
          userId,
          type: message.type,
          title: message.title,
          link: message.link,
          handoffId: 'handoffId' in message ? (message.handoffId ?? null) : null,
          dedupeKey: `outbox:${key}:${userId}`,
        })),
      );
      await run.pause();
      return { delivered };
    });
  }
}
