import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../../modules/notifications/notifications.service';
import { JobName, type NotifyPayload } from '../job-types';
import type { JobHandler, JobResult, JobRun } from './job-handler';

/** Delivers a notification recorded in the outbox: once per user, however often it runs. */
@Injectable()
export class NotifyHandler implements JobHandler<JobName.Notify> {
  readonly job = JobName.Notify;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  handle(payload: NotifyPayload, run: JobRun): Promise<JobResult> {
    const key = run.outboxId ?? run.jobId;
    return this.dataSource.transaction(async (em) => {
      const delivered = await this.notifications.deliver(
        em,
        payload.userIds.map((userId) => ({
          userId,
          type: payload.type,
          title: payload.title,
          link: payload.link,
          dedupeKey: `outbox:${key}:${userId}`,
        })),
      );
      await run.pause();
      return { delivered };
    });
  }
}
