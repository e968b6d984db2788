import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { familyLink } from '../../modules/families/family-access.service';
import { NotificationsService } from '../../modules/notifications/notifications.service';
import { JobName } from '../job-types';
import type { JobHandler, JobResult, JobRun } from './job-handler';

const BATCH = 500;

interface Due {
  id: string;
  assignee_id: string;
  family_id: string;
  title: string;
  due_at: Date;
}

/**
 * Every 5 minutes: each open follow-up whose due time has passed notifies its assignee once.
 * The follow-up is marked (`overdue_notified_at`) in the same transaction as the notification;
 * `SKIP LOCKED` lets two workers sweep at once without taking the same rows.
 */
@Injectable()
export class FollowUpOverdueHandler implements JobHandler<JobName.FollowUpOverdueSweep> {
  readonly job = JobName.FollowUpOverdueSweep;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async handle(_payload: unknown, run: JobRun): Promise<JobResult> {
    let notified = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (em) => {
        const due: Due[] = await em.query(
          `WITH due AS (
             SELECT id FROM follow_ups
             WHERE status = 'open' AND overdue_notified_at IS NULL AND due_at < now()
             ORDER BY due_at LIMIT $1 FOR UPDATE SKIP LOCKED),
           marked AS (
             UPDATE follow_ups f SET overdue_notified_at = now() FROM due WHERE f.id = due.id
             RETURNING f.id, f.assignee_id, f.family_id, f.title, f.due_at)
           SELECT * FROM marked`,
          [BATCH],
        );
        notified += await this.notifications.deliver(
          em,
          due.map((f) => ({
            userId: f.assignee_id,
            type: 'follow_up_due',
            title: `Wiedervorlage überfällig: ${f.title}`,
            link: `${familyLink(f.family_id)}/follow-ups`,
            // per due time: a follow-up moved to a new time is reminded again when that passes
            dedupeKey: `follow_up_overdue:${f.id}:${new Date(f.due_at).toISOString()}`,
          })),
        );
        await run.pause();
        return due.length;
      });
      if (count < BATCH) return { notified };
    }
  }
}
