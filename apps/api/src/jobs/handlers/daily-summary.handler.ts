import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../../modules/notifications/notifications.service';
import { JobName } from '../job-types';
import { berlinDate } from '../schedules';
import type { JobHandler, JobResult, JobRun } from './job-handler';

interface Row {
  user_id: string;
  today: number;
  overdue: number;
}

/** "3 Wiedervorlagen heute fällig, 1 überfällig" — or the same sentence for one of each. */
export function summaryTitle(today: number, overdue: number): string {
  const part = (n: number, what: string): string =>
    `${n} ${n === 1 ? 'Wiedervorlage' : 'Wiedervorlagen'} ${what}`;
  if (overdue === 0) return `Heute: ${part(today, 'fällig')}`;
  if (today === 0) return `Heute: ${part(overdue, 'überfällig')}`;
  return `Heute: ${part(today, 'fällig')}, ${overdue} überfällig`;
}

/**
 * 07:00 Europe/Berlin: every active counsellor (and team lead) with open follow-ups due today or
 * overdue gets one notification that sums them up. Nobody gets an empty summary; a second run
 * on the same day notifies nobody (dedupe key per user and Berlin date). Only follow-ups of the
 * user's own office count (a user moved to another office hears nothing of the old one).
 */
@Injectable()
export class DailySummaryHandler implements JobHandler<JobName.DailySummary> {
  readonly job = JobName.DailySummary;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  handle(_payload: unknown, run: JobRun): Promise<JobResult> {
    const day = berlinDate();
    return this.dataSource.transaction(async (em) => {
      const rows: Row[] = await em.query(
        `WITH bounds AS (
           SELECT ($1::date)::timestamp AT TIME ZONE 'Europe/Berlin' AS today,
                  ($1::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin' AS tomorrow)
         SELECT f.assignee_id AS user_id,
                count(*) FILTER (WHERE f.due_at >= b.today)::int AS today,
                count(*) FILTER (WHERE f.due_at < b.today)::int AS overdue
         FROM follow_ups f
         CROSS JOIN bounds b
         JOIN users u ON u.id = f.assignee_id AND u.active AND u.role IN ('counsellor', 'team_lead')
           AND u.office_id = f.office_id
         WHERE f.status = 'open' AND f.due_at < b.tomorrow
         GROUP BY f.assignee_id`,
        [day],
      );
      const notified = await this.notifications.deliver(
        em,
        rows.map((r) => ({
          userId: r.user_id,
          type: 'follow_up_summary',
          title: summaryTitle(r.today, r.overdue),
          link: '#/my-follow-ups',
          dedupeKey: `daily_summary:${day}:${r.user_id}`,
        })),
      );
      await run.pause();
      return { day, notified };
    });
  }
}
