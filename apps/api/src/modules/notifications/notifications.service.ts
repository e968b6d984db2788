import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { NotificationType } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope, whereInScope } from '../../common/auth/scope';
import { updateVersioned } from '../../common/database/versioned-update';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { NOTIFICATION_TYPES } from '@lotsen/domain';
import { Notification } from './notification.entity';
import type { UpdateNotificationDto } from './dto/notification.dto';

export const NOTIFICATION_LIST: ListSpec = {
  alias: 'n',
  sortable: { createdAt: 'n.createdAt' },
  filterable: {
    read: { type: 'boolean', where: (p) => `(n.readAt IS NOT NULL) = :${p}` },
    type: { type: 'enum', values: NOTIFICATION_TYPES },
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
};

/** The in-app inbox: every user sees and marks only their own notifications. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly dataSource: DataSource,
  ) {}

  /** Writes one notification per user, with the caller's EntityManager (same transaction). */
  async notify(
    em: EntityManager,
    userIds: readonly string[],
    type: NotificationType,
    title: string,
    link: string | null,
  ): Promise<void> {
    if (userIds.length === 0) return;
    await em.query(
      `INSERT INTO notifications (user_id, type, title, link) SELECT unnest($1::uuid[]), $2, $3, $4`,
      [userIds, type, title, link],
    );
  }

  list(ctx: RequestContext, query: ListQuery): Promise<Page<Notification>> {
    const qb = whereInScope(this.notifications.createQueryBuilder('n'), ctx.user, 'notification.read', {
      userId: 'n.userId',
    });
    return findPage(qb, query, NOTIFICATION_LIST);
  }

  async get(ctx: RequestContext, id: string): Promise<Notification> {
    const found = isUuid(id) ? await this.notifications.findOneBy({ id }) : null;
    requireInScope(ctx.user, 'notification.read', found, 'Notification');
    return found as Notification;
  }

  async update(ctx: RequestContext, id: string, dto: UpdateNotificationDto): Promise<Notification> {
    const current = await this.get(ctx, id);
    requireInScope(ctx.user, 'notification.update', current, 'Notification');
    return updateVersioned(this.dataSource.manager, Notification, id, dto.version, {
      readAt: dto.readAt === null ? null : new Date(dto.readAt),
    });
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
