import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { OFFER_CHANGE_STATUSES, PROVIDER_REVIEWED_OFFER_FIELDS } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope, whereInScope } from '../../common/auth/scope';
import { sameValue } from '../../common/crud/same-value';
import { AppException } from '../../common/errors/app.exception';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { NotificationsService } from '../notifications/notifications.service';
import type { AcceptOfferChangeDto, OfferChangeView, RejectOfferChangeDto } from './dto/offer-change.dto';
import { OfferChangeRequest } from './offer-change.entity';
import { Offer } from './offer.entity';

export const OFFER_CHANGE_LIST: ListSpec = {
  entity: OfferChangeRequest,
  alias: 'c',
  sortable: { createdAt: 'c.createdAt', updatedAt: 'c.updatedAt', status: 'c.status' },
  filterable: {
    status: { type: 'enum', values: OFFER_CHANGE_STATUSES },
    offerId: { type: 'uuid' },
    providerId: { type: 'uuid' },
  },
  defaultSort: { field: 'updatedAt', order: 'DESC' },
};

/** The offer's values of some fields, by field name. */
function valuesOf(offer: Offer, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, (offer as unknown as Record<string, unknown>)[f] ?? null]));
}

/**
 * The review queue of offer changes (issue 21.3, docs/provider-network.md "Offers kept current"):
 * a provider's user proposes (through `PUT /api/offers/{id}`), a team lead or an admin accepts —
 * only then the offer row changes, and with it the portal and the HSDS API — or rejects with a
 * reason the provider reads. One pending proposal per offer: a second one amends it.
 */
@Injectable()
export class OfferChangesService {
  constructor(
    @InjectRepository(OfferChangeRequest) private readonly changes: Repository<OfferChangeRequest>,
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Records a provider's proposal for `offer` (fields that differ from the offer only), merged
   * into the offer's pending proposal if there is one. Returns its id, or null when nothing differs.
   */
  async propose(
    em: EntityManager,
    ctx: RequestContext,
    offer: Offer,
    fields: Record<string, unknown>,
  ): Promise<string | null> {
    const pending = await em
      .getRepository(OfferChangeRequest)
      .createQueryBuilder('c')
      .where('c.offerId = :id AND c.status = :pending', { id: offer.id, pending: 'pending' })
      .setLock('pessimistic_write')
      .getOne();
    const merged: Record<string, unknown> = { ...(pending?.proposed ?? {}), ...fields };
    const current = valuesOf(offer, Object.keys(merged));
    for (const key of Object.keys(merged)) {
      if (sameValue(current[key], merged[key])) delete merged[key];
    }
    if (Object.keys(merged).length === 0) {
      // the proposal now equals the offer: nothing is left to review
      if (pending) await em.delete(OfferChangeRequest, { id: pending.id });
      return null;
    }
    if (pending) {
      await em
        .createQueryBuilder()
        .update(OfferChangeRequest)
        .set({ proposed: merged, proposedBy: ctx.user.id } as never)
        .where('id = :id', { id: pending.id })
        .execute();
      return pending.id;
    }
    const created = await em.getRepository(OfferChangeRequest).save(
      em.getRepository(OfferChangeRequest).create({
        offerId: offer.id,
        providerId: offer.providerId,
        proposed: merged,
        proposedBy: ctx.user.id,
      }),
    );
    const reviewers: { id: string }[] = await em.query(
      `SELECT id FROM users WHERE active AND role IN ('team_lead', 'admin') ORDER BY id`,
    );
    await this.notifications.notify(
      em,
      reviewers.map((r) => r.id),
      { kind: 'offer_change', offerChangeId: created.id, event: 'proposed' },
    );
    return created.id;
  }

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<OfferChangeView>> {
    const qb = whereInScope(this.changes.createQueryBuilder('c'), ctx.user, 'offerChange.read', {
      providerId: 'c.providerId',
    });
    const page = await findPage(qb, query, OFFER_CHANGE_LIST);
    return { ...page, items: await this.present(page.items) };
  }

  async get(ctx: RequestContext, id: string): Promise<OfferChangeView> {
    const found = isUuid(id) ? await this.changes.findOneBy({ id }) : null;
    requireInScope(ctx.user, 'offerChange.read', found, 'Offer change');
    return (await this.present([found as OfferChangeRequest]))[0];
  }

  /** Accepts a pending change: the offer takes the proposed values and is confirmed now. */
  async accept(ctx: RequestContext, id: string, dto: AcceptOfferChangeDto): Promise<OfferChangeView> {
    await this.dataSource.transaction(async (em) => {
      const change = await this.pending(em, ctx, id, dto.version);
      const offer = await em
        .getRepository(Offer)
        .createQueryBuilder('o')
        .where('o.id = :id', { id: change.offerId })
        .setLock('pessimistic_write')
        .getOneOrFail();
      const fields = Object.keys(change.proposed).filter((f) =>
        (PROVIDER_REVIEWED_OFFER_FIELDS as readonly string[]).includes(f),
      );
      const values = Object.fromEntries(fields.map((f) => [f, change.proposed[f]]));
      await em
        .createQueryBuilder()
        .update(Offer)
        .set({ ...values, confirmedAt: () => 'now()' } as never)
        .where('id = :id', { id: offer.id })
        .execute();
      await this.decide(em, ctx, change, 'accepted', null, valuesOf(offer, fields));
    });
    return this.get(ctx, id);
  }

  /** Rejects a pending change with a reason; the offer stays as it is. */
  async reject(ctx: RequestContext, id: string, dto: RejectOfferChangeDto): Promise<OfferChangeView> {
    await this.dataSource.transaction(async (em) => {
      const change = await this.pending(em, ctx, id, dto.version);
      await this.decide(em, ctx, change, 'rejected', dto.reason.trim(), null);
    });
    return this.get(ctx, id);
  }

  private async pending(
    em: EntityManager,
    ctx: RequestContext,
    id: string,
    version: number,
  ): Promise<OfferChangeRequest> {
    const change = isUuid(id)
      ? await em
          .getRepository(OfferChangeRequest)
          .createQueryBuilder('c')
          .where('c.id = :id', { id })
          .setLock('pessimistic_write')
          .getOne()
      : null;
    requireInScope(ctx.user, 'offerChange.review', change, 'Offer change');
    const found = change as OfferChangeRequest;
    if (found.status !== 'pending') {
      throw new AppException(409, 'OFFER_CHANGE_DECIDED', `This change was already ${found.status}`);
    }
    if (found.version !== version) throw AppException.staleVersion();
    return found;
  }

  private async decide(
    em: EntityManager,
    ctx: RequestContext,
    change: OfferChangeRequest,
    status: 'accepted' | 'rejected',
    reason: string | null,
    previous: Record<string, unknown> | null,
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .update(OfferChangeRequest)
      .set({ status, reason, previous, decidedBy: ctx.user.id, decidedAt: () => 'now()' } as never)
      .where('id = :id', { id: change.id })
      .execute();
    const providerUsers: { id: string }[] = await em.query(
      `SELECT id FROM users WHERE active AND role = 'provider' AND provider_id = $1 ORDER BY id`,
      [change.providerId],
    );
    await this.notifications.notify(
      em,
      providerUsers.map((u) => u.id),
      { kind: 'offer_change', offerChangeId: change.id, event: status },
    );
  }

  /** Adds titles, names and the before view (the offer now, or as it was when accepted). */
  private async present(items: OfferChangeRequest[]): Promise<OfferChangeView[]> {
    if (items.length === 0) return [];
    const rows: {
      id: string;
      offer_title: string;
      provider_name: string;
      proposed_by_name: string | null;
      decided_by_name: string | null;
      offer: Record<string, unknown>;
    }[] = await this.dataSource.query(
      `SELECT c.id, o.title AS offer_title, p.name AS provider_name,
              pu.display_name AS proposed_by_name, du.display_name AS decided_by_name,
              json_build_object('description', o.description, 'openingHours', o.opening_hours,
                'openingSchedule', o.opening_schedule, 'languages', o.languages, 'ageFrom', o.age_from,
                'ageTo', o.age_to, 'costFree', o.cost_free, 'phone', o.phone, 'email', o.email) AS offer
       FROM offer_change_requests c JOIN offers o ON o.id = c.offer_id JOIN providers p ON p.id = c.provider_id
       LEFT JOIN users pu ON pu.id = c.proposed_by LEFT JOIN users du ON du.id = c.decided_by
       WHERE c.id = ANY($1::uuid[])`,
      [items.map((c) => c.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return items.map((c) => {
      const r = byId.get(c.id);
      const fields = Object.keys(c.proposed);
      const before = c.previous ?? Object.fromEntries(fields.map((f) => [f, (r?.offer ?? {})[f] ?? null]));
      return {
        id: c.id,
        offerId: c.offerId,
        offerTitle: r?.offer_title ?? '',
        providerId: c.providerId,
        providerName: r?.provider_name ?? '',
        status: c.status,
        proposed: c.proposed,
        before,
        reason: c.reason,
        proposedByName: r?.proposed_by_name ?? null,
        decidedByName: r?.decided_by_name ?? null,
        decidedAt: c.decidedAt,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        version: c.version,
      };
    });
  }
}
