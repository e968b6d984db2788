import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  canUndoMove,
  checkReferralTransition,
  isOnBehalfOfProvider,
  isResolved,
  needStatusFromReferrals,
  PROVIDER_MOVES,
  type NeedStatus,
} from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import { isUuid } from '../../common/list-query/list-query';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { recordCaseEvent } from '../families/case-events';
import { FamilyAccess } from '../families/family-access.service';
import { Need } from '../needs/need.entity';
import { NotificationsService } from '../notifications/notifications.service';
import type { TransitionReferralDto } from './dto/referral.dto';
import { requireShareConsent } from './referral-consent';
import { presentReferrals, type ReferralView, visibleReferrals } from './referral-views';
import { Referral } from './referral.entity';

/** What a move changes of a referral: kept with the move, so that its author can undo it. */
const UNDOABLE_FIELDS = [
  'status',
  'sentAt',
  'respondedAt',
  'completedAt',
  'outcome',
  'declineReason',
  'consentId',
] as const satisfies readonly (keyof Referral)[];

/**
 * The moves of a referral through the closed loop (send, answer, complete, cancel …) and the
 * undo of the last one; each with what it sets off on the need, the follow-ups and notifications.
 */
@Injectable()
export class ReferralMovesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: FamilyAccess,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * One move of the closed loop, with everything it sets off, in one transaction: timestamps,
   * the need's status, the follow-up on sending, the counsellor's notification on an answer.
   */
  async transition(ctx: RequestContext, id: string, dto: TransitionReferralDto): Promise<ReferralView> {
    const updated = await this.dataSource.transaction(async (em) => {
      const referral = await this.lockVisible(em, ctx, id);
      const isProvider = ctx.user.role === 'provider';
      if (isProvider && !PROVIDER_MOVES.includes(dto.to)) {
        throw new AppException(
          403,
          'FORBIDDEN',
          'A provider answers referrals; sending and cancelling is the office’s',
        );
      }
      const onBehalf = isOnBehalfOfProvider(ctx.user.role, dto.to);
      if (dto.channel && !onBehalf) {
        throw new AppException(
          400,
          'VALIDATION_FAILED',
          'A channel is recorded only for an answer given on the provider’s behalf',
          [{ field: 'channel', messages: ['only when staff record a provider’s answer'] }],
        );
      }
      const problem = checkReferralTransition(referral.status, dto.to, dto);
      if (problem === 'illegal_transition') {
        throw new AppException(
          409,
          'ILLEGAL_TRANSITION',
          `A referral cannot go from ${referral.status} to ${dto.to}`,
        );
      }
      if (problem) {
        const field =
          problem === 'outcome_required'
            ? 'outcome'
            : problem === 'return_reason_required'
              ? 'note'
              : 'declineReason';
        throw new AppException(400, 'VALIDATION_FAILED', `${field} is required for this move`, [
          { field, messages: ['required'] },
        ]);
      }
      const now = new Date();
      const changes: Partial<Referral> = { status: dto.to };
      if (dto.to === 'sent') {
        changes.sentAt = now;
        if (referral.mode === 'warm') {
          changes.consentId = await requireShareConsent(
            em,
            referral.consentId,
            referral.familyId,
            referral.providerId,
            true,
          );
        }
      }
      if ((dto.to === 'accepted' || dto.to === 'declined' || dto.to === 'returned') && !referral.respondedAt)
        changes.respondedAt = now;
      if (dto.to === 'completed') {
        changes.completedAt = now;
        changes.outcome = dto.outcome ?? null;
      }
      if (dto.to === 'declined') changes.declineReason = dto.declineReason ?? null;
      if (dto.note) {
        // the office's notes on its moves stay with the office; a provider's note is read by both
        const line = `${ctx.user.displayName}: ${dto.note}`;
        changes.note = [referral.note, line].filter(Boolean).join('\n');
        if (isProvider) changes.providerNote = [referral.providerNote, line].filter(Boolean).join('\n');
      }
      await em.getRepository(Referral).update({ id: referral.id }, changes as never); // TypeORM adds version + 1
      await recordCaseEvent(em, {
        familyId: referral.familyId,
        officeId: referral.officeId,
        kind: 'referral_move',
        entityId: referral.id,
        byUserId: ctx.user.id,
        from: referral.status,
        to: dto.to,
        onBehalfOfProvider: onBehalf,
        channel: onBehalf ? (dto.channel ?? null) : null,
        previous: Object.fromEntries(UNDOABLE_FIELDS.map((f) => [f, referral[f]])),
      });

      await this.updateNeedStatus(em, ctx, referral.needId);
      if (dto.to === 'sent') await this.createFollowUp(em, ctx, referral);
      if (PROVIDER_MOVES.includes(dto.to) && referral.counsellorId !== ctx.user.id) {
        await this.notifications.notify(em, [referral.counsellorId], {
          kind: 'referral_update',
          familyId: referral.familyId,
          status: dto.to,
          byProvider: isProvider,
        });
      }
      await this.access.touch(em, referral.familyId);
      await this.audit.record(
        ctx,
        `referral.${dto.to}`,
        'referral',
        [referral.id],
        referral.officeId,
        {
          from: referral.status,
          ...(onBehalf ? { onBehalfOfProvider: true, channel: dto.channel ?? null } : {}),
        },
        em,
      );
      return em.getRepository(Referral).findOneByOrFail({ id: referral.id });
    });
    return (await presentReferrals(this.dataSource, ctx, [updated]))[0];
  }

  /**
   * Issue 25.8: the last move of a referral, taken back by the one who made it within 10
   * minutes (`REFERRAL_UNDO_MINUTES`). The referral returns to what it was before the move, the
   * need follows, a follow-up the move created and nobody touched is cancelled; audited as
   * `referral.undo`. A note written with the move stays (it was said). Else 409 `UNDO_NOT_POSSIBLE`.
   */
  async undo(ctx: RequestContext, id: string): Promise<ReferralView> {
    const updated = await this.dataSource.transaction(async (em) => {
      const referral = await this.lockVisible(em, ctx, id);
      const [move] = (await em.query(
        `SELECT id, by_user_id, from_value, to_value, previous, created_at FROM case_events
         WHERE entity_id = $1 AND kind = 'referral_move' AND undone_at IS NULL
         ORDER BY created_at DESC, id DESC LIMIT 1`,
        [referral.id],
      )) as {
        id: string;
        by_user_id: string | null;
        from_value: string;
        to_value: string;
        previous: Record<string, unknown> | null;
        created_at: Date;
      }[];
      if (
        !move ||
        !move.previous ||
        move.to_value !== referral.status ||
        !canUndoMove({ byUserId: move.by_user_id, createdAt: move.created_at }, ctx.user.id)
      ) {
        throw new AppException(
          409,
          'UNDO_NOT_POSSIBLE',
          'Only the last move of a referral can be undone, by the one who made it, within 10 minutes',
        );
      }
      const restore: Record<string, unknown> = {};
      for (const field of UNDOABLE_FIELDS) {
        const value = move.previous[field] ?? null;
        restore[field] =
          value !== null && (field === 'sentAt' || field === 'respondedAt' || field === 'completedAt')
            ? new Date(value as string)
            : value;
      }
      await em.getRepository(Referral).update({ id: referral.id }, restore as never);
      await em.query(`UPDATE case_events SET undone_at = now(), undone_by_id = $2 WHERE id = $1`, [
        move.id,
        ctx.user.id,
      ]);
      if (move.to_value === 'sent') {
        await em.query(
          `UPDATE follow_ups SET status = 'cancelled', version = version + 1, updated_at = now()
           WHERE referral_id = $1 AND status = 'open' AND created_at >= $2 AND version = 1`,
          [referral.id, move.created_at],
        );
      }
      await this.updateNeedStatus(em, ctx, referral.needId);
      await this.access.touch(em, referral.familyId);
      await this.audit.record(
        ctx,
        'referral.undo',
        'referral',
        [referral.id],
        referral.officeId,
        { from: move.to_value, to: move.from_value },
        em,
      );
      return em.getRepository(Referral).findOneByOrFail({ id: referral.id });
    });
    return (await presentReferrals(this.dataSource, ctx, [updated]))[0];
  }

  /** domain.md: a need follows its referrals (referred, met, back to open). */
  /** The referral the caller may see, locked for the move; 404 when there is none. */
  private async lockVisible(em: EntityManager, ctx: RequestContext, id: string): Promise<Referral> {
    const referral = isUuid(id)
      ? await visibleReferrals(em.getRepository(Referral), ctx)
          .andWhere('r.id = :id', { id })
          .setLock('pessimistic_write')
          .getOne()
      : null;
    if (!referral) throw AppException.notFound('Referral');
    return referral;
  }

  private async updateNeedStatus(em: EntityManager, ctx: RequestContext, needId: string): Promise<void> {
    const need = await em.getRepository(Need).findOneByOrFail({ id: needId });
    const referrals = await em
      .getRepository(Referral)
      .find({ where: { needId }, select: { status: true, outcome: true } });
    const status: NeedStatus = needStatusFromReferrals(need.status, referrals);
    if (status === need.status) return;
    if (need.familyId) {
      await recordCaseEvent(em, {
        familyId: need.familyId,
        officeId: need.officeId,
        kind: 'need_status',
        entityId: need.id,
        byUserId: ctx.user.id,
        from: need.status,
        to: status,
      });
    }
    await em.getRepository(Need).update({ id: needId }, {
      status,
      unmetReason: null,
      resolvedAt: isResolved(status) ? new Date() : null,
    } as never);
  }

  /** No referral without a check of its outcome: a follow-up for the family's owner. */
  private async createFollowUp(em: EntityManager, ctx: RequestContext, referral: Referral): Promise<void> {
    const rows: { name: string }[] = await em.query(
      `SELECT coalesce(o.title, p.name) AS name FROM providers p LEFT JOIN offers o ON o.id = $2 WHERE p.id = $1`,
      [referral.providerId, referral.offerId],
    );
    await em.query(
      `INSERT INTO follow_ups (family_id, office_id, referral_id, need_id, assignee_id, title, due_at, created_by_id)
       SELECT f.id, f.office_id, $2, $3, f.owner_id, $4, now() + $5 * interval '1 day', $6 FROM families f WHERE f.id = $1`,
      [
        referral.familyId,
        referral.id,
        referral.needId,
        `Rückmeldung zur Vermittlung: ${rows[0]?.name ?? 'Träger'}`,
        this.config.referralFollowUpDays,
        ctx.user.id,
      ],
    );
  }
}
