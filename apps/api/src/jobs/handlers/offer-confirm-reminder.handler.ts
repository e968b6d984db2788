import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OFFER_CONFIRM_MONTHS } from '@lotsen/domain';
import { NotificationsService } from '../../modules/notifications/notifications.service';
import { JobName } from '../job-types';
import type { JobHandler, JobResult, JobRun } from './job-handler';

interface Unconfirmed {
  id: string;
  title: string;
  confirmed_at: Date;
  user_ids: string[];
}

/**
 * An active offer whose data were not confirmed for OFFER_CONFIRM_MONTHS (6) reminds the active
 * users of its provider once (issue 21.3): `offers.confirm_reminded_at` records the reminder, and
 * a reminder is due again only after the offer was confirmed and then left for 6 months more.
 * The dedupe key names the offer and its confirmation, so a rerun notifies nobody twice.
 */
@Injectable()
export class OfferConfirmReminderHandler implements JobHandler<JobName.OfferConfirmReminder> {
  readonly job = JobName.OfferConfirmReminder;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  handle(_payload: unknown, run: JobRun): Promise<JobResult> {
    return this.dataSource.transaction(async (em) => {
      const rows: Unconfirmed[] = await em.query(
        `SELECT o.id, o.title, o.confirmed_at,
                ARRAY(SELECT u.id FROM users u WHERE u.role = 'provider' AND u.provider_id = o.provider_id
                      AND u.active ORDER BY u.id) AS user_ids
         FROM offers o JOIN providers p ON p.id = o.provider_id
         WHERE o.active AND p.active
           AND o.confirmed_at < now() - make_interval(months => $1::int)
           AND (o.confirm_reminded_at IS NULL OR o.confirm_reminded_at < o.confirmed_at)
         ORDER BY o.id
         FOR UPDATE OF o SKIP LOCKED`,
        [OFFER_CONFIRM_MONTHS],
      );
      const notified = await this.notifications.deliver(
        em,
        rows.flatMap((r) =>
          r.user_ids.map((userId) => ({
            userId,
            type: 'offer_unconfirmed' as const,
            title: `Angebot „${r.title}“ seit ${OFFER_CONFIRM_MONTHS} Monaten nicht bestätigt – bitte prüfen Sie die Angaben`,
            link: `#/offers/${r.id}/show`,
            dedupeKey: `offer_unconfirmed:${r.id}:${new Date(r.confirmed_at).getTime()}:${userId}`,
          })),
        ),
      );
      if (rows.length > 0) {
        await em.query(`UPDATE offers SET confirm_reminded_at = now() WHERE id = ANY($1::uuid[])`, [
          rows.map((r) => r.id),
        ]);
      }
      await run.pause();
      return { offers: rows.length, notified };
    });
  }
}
