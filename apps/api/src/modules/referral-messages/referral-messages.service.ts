import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { MessageSide } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { whereInScope } from '../../common/auth/scope';
import { AppException } from '../../common/errors/app.exception';
import { isUuid } from '../../common/list-query/list-query';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobName } from '../../jobs/job-types';
import { OutboxService } from '../../jobs/outbox.service';
import { AuditService } from '../audit/audit.service';
import { FamilyAccess } from '../families/family-access.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Referral } from '../referrals/referral.entity';
import { PROVIDER_VISIBLE } from '../referrals/referral-views';
import type { CreateReferralMessageDto, ReferralMessageView } from './dto/referral-message.dto';
import { messageRecipients } from './message-recipients';

/**
 * Messages on a referral (issue 21.1, docs/api-referrals.md "messages"). Who reaches a thread is
 * who reaches the referral (`referral.read` / `referral.respond`, the provider's view included),
 * so everybody else gets the same 404 as for the referral. A thread exists on warm referrals
 * only (an info referral: 409 `NO_MESSAGE_THREAD`); it is open while the provider sees the
 * referral — sent, not cancelled before an answer, the family's consent for that provider valid
 * — and else closed (409 `THREAD_CLOSED`): the office keeps reading it, the provider no longer
 * sees it at all.
 */
@Injectable()
export class ReferralMessagesService {
  constructor(
    @InjectRepository(Referral) private readonly referrals: Repository<Referral>,
    private readonly dataSource: DataSource,
    private readonly access: FamilyAccess,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The referral as the caller reaches it, with whether its thread is open; 404 / 409 otherwise. */
  private async thread(
    ctx: RequestContext,
    id: string,
    action: 'referral.read' | 'referral.respond',
    em?: EntityManager,
  ): Promise<{ referral: Referral; open: boolean }> {
    const repo = em ? em.getRepository(Referral) : this.referrals;
    const qb = whereInScope(repo.createQueryBuilder('r'), ctx.user, action, {
      officeId: 'r.officeId',
      providerId: 'r.providerId',
    });
    if (ctx.user.role === 'provider') qb.andWhere(PROVIDER_VISIBLE);
    if (em) qb.setLock('pessimistic_write');
    const referral = isUuid(id)
      ? await qb
          .andWhere('r.id = :id', { id })
          .addSelect(`(${PROVIDER_VISIBLE})`, 'r_thread_open')
          .getRawAndEntities()
      : null;
    const found = referral?.entities[0];
    if (!referral || !found) throw AppException.notFound('Referral');
    if (found.mode !== 'warm') {
      throw new AppException(
        409,
        'NO_MESSAGE_THREAD',
        'An info referral has no messages: the provider does not know the family',
      );
    }
    return { referral: found, open: (referral.raw[0] as { r_thread_open: boolean }).r_thread_open === true };
  }

  async list(ctx: RequestContext, id: string): Promise<{ messages: ReferralMessageView[]; open: boolean }> {
    const { referral, open } = await this.thread(ctx, id, 'referral.read');
    const rows: RawMessage[] = await this.dataSource.query(
      `${SELECT_MESSAGES} WHERE m.referral_id = $1 ORDER BY m.created_at, m.id`,
      [referral.id],
    );
    return { messages: rows.map(toView), open };
  }

  async create(ctx: RequestContext, id: string, dto: CreateReferralMessageDto): Promise<ReferralMessageView> {
    return this.dataSource.transaction(async (em) => {
      const { referral, open } = await this.thread(ctx, id, 'referral.respond', em);
      if (!open) {
        throw new AppException(
          409,
          'THREAD_CLOSED',
          'The thread is closed: the referral is not sent, was cancelled, or the family’s consent for the provider no longer holds',
        );
      }
      const side: MessageSide = ctx.user.role === 'provider' ? 'provider' : 'office';
      await this.access.touch(em, referral.familyId);
      const [{ id: messageId }]: { id: string }[] = await em.query(
        `INSERT INTO referral_messages (referral_id, author_id, author_side, text) VALUES ($1, $2, $3, $4)
         RETURNING id`,
        [referral.id, ctx.user.id, side, dto.text],
      );
      // the length only: the text is case data and stays out of the audit trail
      await this.audit.record(
        ctx,
        'referral_message.create',
        'referral',
        [referral.id],
        referral.officeId,
        { messageId, side, length: dto.text.length },
        em,
      );
      const recipients = (await messageRecipients(em, referral, side)).filter((u) => u !== ctx.user.id);
      await this.notifications.notify(em, recipients, { kind: 'referral_message', referralId: referral.id });
      // an e-mail without content, for those who want one — never attempted without SMTP_URL
      if (this.config.smtpUrl) {
        for (const userId of recipients) {
          await this.outbox.enqueue(em, JobName.Mail, {
            kind: 'referral_message',
            referralId: referral.id,
            userId,
          });
        }
      }
      const rows: RawMessage[] = await em.query(`${SELECT_MESSAGES} WHERE m.id = $1`, [messageId]);
      return toView(rows[0]);
    });
  }
}

interface RawMessage {
  id: string;
  referral_id: string;
  author_side: MessageSide;
  author_name: string | null;
  text: string;
  created_at: Date;
}

const SELECT_MESSAGES = `SELECT m.id, m.referral_id, m.author_side, u.display_name AS author_name, m.text, m.created_at
  FROM referral_messages m LEFT JOIN users u ON u.id = m.author_id`;

const toView = (r: RawMessage): ReferralMessageView => ({
  id: r.id,
  referralId: r.referral_id,
  authorSide: r.author_side,
  authorName: r.author_name,
  text: r.text,
  createdAt: r.created_at,
});
