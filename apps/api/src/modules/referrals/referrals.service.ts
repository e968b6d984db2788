import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository, type SelectQueryBuilder } from 'typeorm';
import {
  canUndoMove,
  checkReferralTransition,
  isOnBehalfOfProvider,
  consentValidSql,
  isConsentValid,
  isReferable,
  isResolved,
  needStatusFromReferrals,
  PROVIDER_MOVES,
  REFERRAL_MODES,
  REFERRAL_STATUSES,
  toProviderReferral,
  type NeedStatus,
} from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { whereInScope } from '../../common/auth/scope';
import { rethrowReferenceViolation } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { Consent } from '../consents/consent.entity';
import { FamilyAccess } from '../families/family-access.service';
import { Need } from '../needs/need.entity';
import { NotificationsService } from '../notifications/notifications.service';
import type {
  CreateReferralDto,
  ProviderReferralView,
  ReferralMoveView,
  TransitionReferralDto,
} from './dto/referral.dto';
import { recordCaseEvent } from '../families/case-events';
import { Referral } from './referral.entity';

export const REFERRAL_LIST: ListSpec = {
  entity: Referral,
  alias: 'r',
  sortable: {
    sentAt: 'r.sentAt',
    respondedAt: 'r.respondedAt',
    completedAt: 'r.completedAt',
    createdAt: 'r.createdAt',
    status: 'r.status',
    mode: 'r.mode',
  },
  filterable: {
    familyId: { type: 'uuid' },
    needId: { type: 'uuid' },
    providerId: { type: 'uuid' },
    offerId: { type: 'uuid' },
    status: { type: 'enum', values: REFERRAL_STATUSES },
    mode: { type: 'enum', values: REFERRAL_MODES },
    // replaced per request with the configured number of days
    unanswered: { type: 'boolean' },
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
};

export type StaffReferralView = Referral & { categoryKey: string; lastMove: ReferralMoveView | null };

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
 * A warm, sent referral to the provider whose consent is valid now: all a provider user may see.
 * A referral the office cancelled before the provider answered it leaves the provider's view.
 */
export const PROVIDER_VISIBLE = `r.mode = 'warm' AND r.status <> 'draft' AND EXISTS (
  SELECT 1 FROM consents c WHERE c.id = r.consent_id AND c.scope = 'share_with_provider'
    AND c.provider_id = r.provider_id AND ${consentValidSql('c')})
  AND NOT (r.status = 'cancelled' AND r.responded_at IS NULL)`;

@Injectable()
export class ReferralsService {
  private readonly listSpec: ListSpec;

  constructor(
    @InjectRepository(Referral) private readonly referrals: Repository<Referral>,
    private readonly dataSource: DataSource,
    private readonly access: FamilyAccess,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const days = Number(config.referralUnansweredDays);
    this.listSpec = {
      ...REFERRAL_LIST,
      filterable: {
        ...REFERRAL_LIST.filterable,
        unanswered: {
          type: 'boolean',
          where: (p) => `((r.status = 'sent' AND r.sentAt < now() - interval '${days} days') = :${p})`,
        },
      },
    };
  }

  /** Referrals the caller may see: the office's for staff, the consented warm ones for providers. */
  private visible(ctx: RequestContext, em?: EntityManager): SelectQueryBuilder<Referral> {
    const repo = em ? em.getRepository(Referral) : this.referrals;
    const qb = whereInScope(repo.createQueryBuilder('r'), ctx.user, 'referral.read', {
      officeId: 'r.officeId',
      providerId: 'r.providerId',
    });
    return ctx.user.role === 'provider' ? qb.andWhere(PROVIDER_VISIBLE) : qb;
  }

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<StaffReferralView | ProviderReferralView>> {
    const page = await findPage(this.visible(ctx), query, this.listSpec);
    return { ...page, items: await this.present(ctx, page.items) };
  }

  async get(ctx: RequestContext, id: string): Promise<StaffReferralView | ProviderReferralView> {
    const referral = isUuid(id) ? await this.visible(ctx).andWhere('r.id = :id', { id }).getOne() : null;
    if (!referral) throw AppException.notFound('Referral');
    return (await this.present(ctx, [referral]))[0];
  }

  async create(ctx: RequestContext, dto: CreateReferralDto): Promise<StaffReferralView> {
    const referral = await this.dataSource.transaction(async (em) => {
      const need = isUuid(dto.needId) ? await em.getRepository(Need).findOneBy({ id: dto.needId }) : null;
      if (!need || !need.familyId) {
        if (need && need.officeId === ctx.user.officeId) {
          throw new AppException(400, 'VALIDATION_FAILED', 'Only needs of a family can be referred', [
            { field: 'needId', messages: ['belongs to an anonymous contact'] },
          ]);
        }
        throw AppException.notFound('Need');
      }
      // a need of another office's family is answered as a need that does not exist (no oracle)
      const family = await this.access
        .require(ctx, need.familyId, 'referral.write', em)
        .catch((err: unknown) => {
          throw err instanceof AppException && err.getStatus() === 404 ? AppException.notFound('Need') : err;
        });
      if (need.cancelledAt) {
        // recorded by mistake (issue 25.1): it counts nowhere, so nothing is referred for it
        throw new AppException(409, 'ALREADY_CANCELLED', 'The need is cancelled');
      }
      if (!isReferable(need.status)) {
        throw new AppException(
          409,
          'ILLEGAL_TRANSITION',
          `A ${need.status} need is done: it takes no new referral`,
        );
      }
      await this.access.requireStoreConsent(em, family.id);
      let providerId = dto.providerId ?? null;
      if (dto.offerId) {
        const rows: { provider_id: string }[] = await em.query(
          `SELECT provider_id FROM offers WHERE id = $1 AND active`,
          [dto.offerId],
        );
        if (rows.length === 0) throw AppException.invalidReference('offerId');
        if (providerId && providerId !== rows[0].provider_id) {
          throw new AppException(400, 'VALIDATION_FAILED', 'The offer belongs to another provider', [
            { field: 'providerId', messages: ["does not match the offer's provider"] },
          ]);
        }
        providerId = rows[0].provider_id;
      }
      if (dto.consentId) await this.requireConsent(em, dto.consentId, family.id, providerId as string, false);
      const repo = em.getRepository(Referral);
      let saved: Referral;
      try {
        saved = await repo.save(
          repo.create({
            needId: need.id,
            familyId: family.id,
            officeId: family.officeId,
            counsellorId: ctx.user.id,
            offerId: dto.offerId ?? null,
            providerId: providerId as string,
            mode: dto.mode,
            consentId: dto.consentId ?? null,
            // written for the provider: the provider reads it too
            note: dto.note ?? null,
            providerNote: dto.note ?? null,
            status: 'draft',
          }),
        );
      } catch (err) {
        rethrowReferenceViolation(err);
        throw err;
      }
      await this.access.touch(em, family.id);
      await this.audit.record(
        ctx,
        'referral.create',
        'referral',
        [saved.id],
        family.officeId,
        { familyId: family.id, mode: dto.mode },
        em,
      );
      return repo.findOneByOrFail({ id: saved.id });
    });
    return (await this.present(ctx, [referral]))[0] as StaffReferralView;
  }

  /**
   * One move of the closed loop, with everything it sets off, in one transaction: timestamps,
   * the need's status, the follow-up on sending, the counsellor's notification on an answer.
   */
  async transition(
    ctx: RequestContext,
    id: string,
    dto: TransitionReferralDto,
  ): Promise<StaffReferralView | ProviderReferralView> {
    const updated = await this.dataSource.transaction(async (em) => {
      const referral = isUuid(id)
        ? await this.visible(ctx, em).andWhere('r.id = :id', { id }).setLock('pessimistic_write').getOne()
        : null;
      if (!referral) throw AppException.notFound('Referral');
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
          changes.consentId = await this.requireConsent(
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
    return (await this.present(ctx, [updated]))[0];
  }

  /**
   * Issue 25.8: the last move of a referral, taken back by the one who made it within 10
   * minutes (`REFERRAL_UNDO_MINUTES`). The referral returns to what it was before the move, the
   * need follows, a follow-up the move created and nobody touched is cancelled; audited as
   * `referral.undo`. A note written with the move stays (it was said). Else 409 `UNDO_NOT_POSSIBLE`.
   */
  async undo(ctx: RequestContext, id: string): Promise<StaffReferralView | ProviderReferralView> {
    const updated = await this.dataSource.transaction(async (em) => {
      const referral = isUuid(id)
        ? await this.visible(ctx, em).andWhere('r.id = :id', { id }).setLock('pessimistic_write').getOne()
        : null;
      if (!referral) throw AppException.notFound('Referral');
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
    return (await this.present(ctx, [updated]))[0];
  }

  /** domain.md: a need follows its referrals (referred, met, back to open). */
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

  /**
   * A warm referral needs a valid `share_with_provider` consent of the family for the provider:
   * the given one, or (when `findAny`) any valid one, which is then linked. Else 409.
   */
  private async requireConsent(
    em: EntityManager,
    consentId: string | null,
    familyId: string,
    providerId: string,
    findAny: boolean,
  ): Promise<string> {
    const repo = em.getRepository(Consent);
    const candidates = consentId
      ? await repo.findBy({ id: consentId })
      : findAny
        ? await repo.find({
            where: { familyId, providerId, scope: 'share_with_provider' },
            order: { givenAt: 'DESC' },
          })
        : [];
    const valid = candidates.find(
      (c) =>
        c.familyId === familyId &&
        c.providerId === providerId &&
        c.scope === 'share_with_provider' &&
        isConsentValid(c),
    );
    if (!valid) {
      throw new AppException(
        409,
        'CONSENT_REQUIRED',
        "Sharing the family's data needs a valid share_with_provider consent for this provider",
      );
    }
    return valid.id;
  }

  /** The last move (not undone) of each referral, with whether the caller may undo it now. */
  private async lastMoves(ctx: RequestContext, ids: string[]): Promise<Map<string, ReferralMoveView>> {
    const rows: {
      id: string;
      entity_id: string;
      from_value: ReferralMoveView['from'];
      to_value: ReferralMoveView['to'];
      by_user_id: string | null;
      created_at: Date;
      on_behalf_of_provider: boolean;
      channel: ReferralMoveView['channel'];
    }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (entity_id) id, entity_id, from_value, to_value, by_user_id, created_at,
              on_behalf_of_provider, channel
       FROM case_events WHERE entity_id = ANY($1) AND kind = 'referral_move' AND undone_at IS NULL
       ORDER BY entity_id, created_at DESC, id DESC`,
      [ids],
    );
    const now = new Date();
    return new Map(
      rows.map((r) => [
        r.entity_id,
        {
          id: r.id,
          from: r.from_value,
          to: r.to_value,
          byUserId: r.by_user_id,
          at: r.created_at,
          onBehalfOfProvider: r.on_behalf_of_provider,
          channel: r.channel,
          undoable: canUndoMove({ byUserId: r.by_user_id, createdAt: r.created_at }, ctx.user.id, now),
        },
      ]),
    );
  }

  /** Staff see the record with the need's category; providers only what the consent covers. */
  private async present(
    ctx: RequestContext,
    referrals: Referral[],
  ): Promise<(StaffReferralView | ProviderReferralView)[]> {
    if (referrals.length === 0) return [];
    const needRows: { id: string; category_key: string }[] = await this.dataSource.query(
      `SELECT id, category_key FROM needs WHERE id = ANY($1)`,
      [referrals.map((r) => r.needId)],
    );
    const category = new Map(needRows.map((n) => [n.id, n.category_key]));
    if (ctx.user.role !== 'provider') {
      const moves = await this.lastMoves(
        ctx,
        referrals.map((r) => r.id),
      );
      return referrals.map((r) =>
        Object.assign(r, { categoryKey: category.get(r.needId) ?? '', lastMove: moves.get(r.id) ?? null }),
      );
    }
    const families: { family_id: string; name: string; phone: string | null; email: string | null }[] =
      await this.dataSource.query(
        `SELECT f.id AS family_id, f.name,
         CASE WHEN EXISTS (SELECT 1 FROM consents c WHERE c.family_id = f.id AND c.scope = 'contact_by_phone'
                AND ${consentValidSql('c')})
              THEN (SELECT p.phone FROM persons p WHERE p.family_id = f.id AND p.relation = 'parent' AND p.phone IS NOT NULL ORDER BY p.created_at LIMIT 1) END AS phone,
         CASE WHEN EXISTS (SELECT 1 FROM consents c WHERE c.family_id = f.id AND c.scope = 'contact_by_email'
                AND ${consentValidSql('c')})
              THEN (SELECT p.email FROM persons p WHERE p.family_id = f.id AND p.relation = 'parent' AND p.email IS NOT NULL ORDER BY p.created_at LIMIT 1) END AS email
       FROM families f WHERE f.id = ANY($1)`,
        [referrals.map((r) => r.familyId)],
      );
    const byFamily = new Map(families.map((f) => [f.family_id, f]));
    // one allow-list (libs/domain PROVIDER_REFERRAL_FIELDS): nothing else reaches a provider
    return referrals.map((r) => {
      const f = byFamily.get(r.familyId);
      return toProviderReferral({
        ...r,
        note: r.providerNote,
        categoryKey: category.get(r.needId) ?? '',
        family: { name: f?.name ?? '', phone: f?.phone ?? null, email: f?.email ?? null },
      }) as unknown as ProviderReferralView;
    });
  }
}
