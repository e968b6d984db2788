import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { familyLink } from '../../modules/families/family-access.service';
import { NotificationsService } from '../../modules/notifications/notifications.service';
import { JobName } from '../job-types';
import type { JobHandler, JobResult, JobRun } from './job-handler';

interface Unanswered {
  id: string;
  counsellor_id: string;
  family_id: string;
  provider: string;
}

/**
 * A referral sent and unanswered for REFERRAL_UNANSWERED_DAYS (default 7) notifies its counsellor
 * once, and again after twice as long (14). A referral that is already past the second mark when
 * first seen gets only the second reminder. The dedupe key names the referral and the level.
 * A counsellor who left the office (or was deactivated) is not reminded: the family's owner is.
 */
@Injectable()
export class ReferralReminderHandler implements JobHandler<JobName.ReferralReminderSweep> {
  readonly job = JobName.ReferralReminderSweep;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  handle(_payload: unknown, run: JobRun): Promise<JobResult> {
    const days = this.config.referralUnansweredDays;
    return this.dataSource.transaction(async (em) => {
      let notified = 0;
      for (const level of [2, 1]) {
        const rows: Unanswered[] = await em.query(
          `SELECT r.id, r.family_id, p.name AS provider,
                  CASE WHEN u.active AND u.office_id = r.office_id THEN r.counsellor_id ELSE f.owner_id END
                    AS counsellor_id
           FROM referrals r JOIN providers p ON p.id = r.provider_id
           JOIN families f ON f.id = r.family_id
           JOIN users u ON u.id = r.counsellor_id
           WHERE r.status = 'sent'
             AND r.sent_at < now() - make_interval(days => $1::int * $2::int)
             AND ($2::int = 2 OR r.sent_at >= now() - make_interval(days => $1::int * 2))
             AND NOT EXISTS (
               SELECT 1 FROM notifications n
               WHERE n.dedupe_key = 'referral_unanswered:' || r.id || ':' || $2::int)
           FOR UPDATE OF r SKIP LOCKED`,
          [days, level],
        );
        notified += await this.notifications.deliver(
          em,
          rows.map((r) => ({
            userId: r.counsellor_id,
            type: 'referral_unanswered',
            title: `Vermittlung an ${r.provider} seit ${days * level} Tagen ohne Antwort`,
            link: `${familyLink(r.family_id)}/referrals`,
            dedupeKey: `referral_unanswered:${r.id}:${level}`,
          })),
        );
      }
      await run.pause();
      return { notified };
    });
  }
}
