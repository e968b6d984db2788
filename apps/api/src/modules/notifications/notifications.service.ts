import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { NotificationType } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope, whereInScope } from '../../common/auth/scope';
import { updateVersioned } from '../../common/database/versioned-update';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { isInternalLink, NOTIFICATION_TYPES } from '@lotsen/domain';
import { JobName } from '../../jobs/job-types';
import { OutboxService } from '../../jobs/outbox.service';
import type { NotificationMessage } from './notification-messages';
import { Notification } from './notification.entity';
import type { UpdateNotificationDto } from './dto/notification.dto';

export const NOTIFICATION_LIST: ListSpec = {
  entity: Notification,
  alias: 'n',
  sortable: { createdAt: 'n.createdAt', type: 'n.type', readAt: 'n.readAt' },
  filterable: {
    read: { type: 'boolean', where: (p) => `(n.readAt IS NOT NULL) = :${p}` },
    type: { type: 'enum', values: NOTIFICATION_TYPES },
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
};

/** SQL: the id of the family or contact that the link `d.link` of a delivery names, or NULL. */
const linkedId = (route: 'families' | 'contacts' | 'callback-requests'): string =>
  `substring(d.link from '^#/${route}/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})')::uuid`;

const FAMILY_LINK = /^#\/families\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/;

/** The id of the family a notification's link names, or null. */
export function familyIdOfLink(link: string | null): string | null {
  return link ? (FAMILY_LINK.exec(link)?.[1] ?? null) : null;
}

/** One notification to insert; `dedupeKey` names the event so it is notified once. */
export interface Delivery {
  userId: string;
  type: NotificationType;
  title: string;
  link: string | null;
  dedupeKey: string;
  /** A handoff notification: the handoff whose note is read when the inbox is shown. */
  handoffId?: string | null;
}

/**
 * A notification as the inbox shows it: with the name of the family its link names and the note
 * of its handoff, both read now (issue 25.3/25.7) — never stored with the notification or in a
 * job payload — and only for a reader who may see the family: staff of its office, and not
 * after the family was anonymized.
 */
export type NotificationView = Notification & { familyName: string | null; handoffNote: string | null };

/** The in-app inbox: every user sees and marks only their own notifications. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Notifies users about something the caller's write did. The notification is recorded in the
   * outbox with the caller's EntityManager (same transaction) and delivered by the worker, so a
   * write never waits for, or fails because of, the delivery. The message is ids and a kind;
   * its text is rendered at delivery (notification-messages.ts).
   */
  async notify(em: EntityManager, userIds: readonly string[], message: NotificationMessage): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    await this.outbox.enqueue(em, JobName.Notify, { ...message, userIds: unique });
  }

  /**
   * Inserts notifications; a row whose `dedupeKey` exists already is skipped, which makes every
   * job that notifies idempotent, and so is a user who no longer exists. Returns how many were
   * inserted.
   */
  async deliver(em: EntityManager, rows: readonly Delivery[]): Promise<number> {
    if (rows.length === 0) return 0;
    const external = rows.find((r) => r.link !== null && !isInternalLink(r.link));
    // links are built by this code base only: anything else is a bug, and is never stored
    if (external) throw new Error(`Notification link is not a route of the staff app: ${external.link}`);
    // a notification about a family, contact or callback request reaches only active staff of its office (issue
    // 24.2: a user moved to another office or deactivated hears nothing more of the old one)
    const inserted: unknown[] = await em.query(
      `INSERT INTO notifications (user_id, type, title, link, dedupe_key, handoff_id)
       SELECT d.user_id, d.type, d.title, d.link, d.dedupe_key, d.handoff_id
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[])
         AS d (user_id, type, title, link, dedupe_key, handoff_id)
       JOIN users u ON u.id = d.user_id
       LEFT JOIN families f ON f.id = ${linkedId('families')}
       LEFT JOIN contacts c ON c.id = ${linkedId('contacts')}
       LEFT JOIN callback_requests cr ON cr.id = ${linkedId('callback-requests')}
       WHERE (f.id IS NULL OR (f.office_id = u.office_id AND u.active))
         AND (c.id IS NULL OR (c.office_id = u.office_id AND u.active))
         AND (cr.id IS NULL OR (cr.office_id = u.office_id AND u.active))
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        rows.map((r) => r.userId),
        rows.map((r) => r.type),
        rows.map((r) => r.title),
        rows.map((r) => r.link),
        rows.map((r) => r.dedupeKey),
        rows.map((r) => r.handoffId ?? null),
      ],
    );
    return inserted.length;
  }

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<NotificationView>> {
    const qb = whereInScope(this.notifications.createQueryBuilder('n'), ctx.user, 'notification.read', {
      userId: 'n.userId',
    });
    const page = await findPage(qb, query, NOTIFICATION_LIST);
    return { ...page, items: await this.present(ctx, page.items) };
  }

  async get(ctx: RequestContext, id: string): Promise<NotificationView> {
    const found = isUuid(id) ? await this.notifications.findOneBy({ id }) : null;
    requireInScope(ctx.user, 'notification.read', found, 'Notification');
    return (await this.present(ctx, [found as Notification]))[0];
  }

  /** Adds what is read when shown (`NotificationView`): the family's name and the handoff note. */
  private async present(ctx: RequestContext, items: Notification[]): Promise<NotificationView[]> {
    const familyIds = [
      ...new Set(items.map((n) => familyIdOfLink(n.link)).filter((id): id is string => id !== null)),
    ];
    const handoffIds = items.map((n) => n.handoffId).filter((id): id is string => !!id);
    const officeId = ctx.user.officeId;
    const names = new Map<string, string>();
    const notes = new Map<string, string | null>();
    if (officeId && familyIds.length > 0) {
      const rows: { id: string; name: string }[] = await this.dataSource.query(
        `SELECT id, name FROM families WHERE id = ANY($1) AND office_id = $2 AND status <> 'anonymized'`,
        [familyIds, officeId],
      );
      rows.forEach((r) => names.set(r.id, r.name));
    }
    if (officeId && handoffIds.length > 0) {
      const rows: { id: string; note: string | null }[] = await this.dataSource.query(
        `SELECT h.id, h.note FROM handoffs h JOIN families f ON f.id = h.family_id
         WHERE h.id = ANY($1) AND f.office_id = $2 AND f.status <> 'anonymized'`,
        [handoffIds, officeId],
      );
      rows.forEach((r) => notes.set(r.id, r.note));
    }
    return items.map((n) => {
      const familyId = familyIdOfLink(n.link);
      return Object.assign(n, {
        familyName: (familyId && names.get(familyId)) ?? null,
        handoffNote: (n.handoffId && notes.get(n.handoffId)) ?? null,
      });
    });
  }

  async update(ctx: RequestContext, id: string, dto: UpdateNotificationDto): Promise<NotificationView> {
    const current = await this.get(ctx, id);
    requireInScope(ctx.user, 'notification.update', current, 'Notification');
    const updated = await updateVersioned(this.dataSource.manager, Notification, id, dto.version, {
      readAt: dto.readAt === null ? null : new Date(dto.readAt),
    });
    return (await this.present(ctx, [updated]))[0];
  }

  async readAll(ctx: RequestContext): Promise<{ updated: number }> {
    const result = await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId: ctx.user.id })
      .execute();
    return { updated: result.affected ?? 0 };
  }
}
