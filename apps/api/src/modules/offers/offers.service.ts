import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { HIDDEN_ADDRESS_ROLES, OFFER_CAPACITIES, PROVIDER_EDITABLE_OFFER_FIELDS } from '@lotsen/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope, whereInScope } from '../../common/auth/scope';
import { EntityCrud } from '../../common/crud/entity-crud';
import { updateVersioned } from '../../common/database/versioned-update';
import { AppException } from '../../common/errors/app.exception';
import { findPage, type Page } from '../../common/list-query/find-page';
import { containsLiteral, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import type { CreateOfferDto, UpdateOfferDto } from './dto/offer.dto';
import { Offer } from './offer.entity';
import { OfferChangesService } from './offer-changes.service';

/** An offer after a PUT, and the change request a provider's text changes went into (or null). */
export interface OfferUpdate {
  offer: Offer;
  changeRequestId: string | null;
}

export const OFFER_LIST: ListSpec = {
  entity: Offer,
  alias: 'o',
  sortable: { title: 'o.title', capacity: 'o.capacity', active: 'o.active', createdAt: 'o.createdAt' },
  filterable: {
    q: {
      type: 'search',
      where: (p) =>
        `(${containsLiteral(`lotsen_fold(o.title || ' ' || coalesce(o.description, ''))`, `lotsen_fold(:${p})`)}` +
        ` OR o.provider_id IN (SELECT id FROM providers WHERE ${containsLiteral('lotsen_fold(name)', `lotsen_fold(:${p})`)}))`,
    },
    categoryKey: { type: 'string', max: 40, where: (p) => `o.category_keys @> ARRAY[CAST(:${p} AS text)]` },
    // offers for that district, or for the whole city (no districts)
    districtId: {
      type: 'uuid',
      where: (p) => `(o.district_ids = '{}' OR o.district_ids @> ARRAY[CAST(:${p} AS uuid)])`,
    },
    language: { type: 'string', max: 3, where: (p) => `o.languages @> ARRAY[CAST(:${p} AS text)]` },
    age: {
      type: 'integer',
      min: 0,
      max: 99,
      where: (p) =>
        `((o.age_from IS NULL OR o.age_from <= CAST(:${p} AS int)) AND (o.age_to IS NULL OR o.age_to >= CAST(:${p} AS int)))`,
    },
    capacity: { type: 'enum', values: OFFER_CAPACITIES },
    providerId: { type: 'uuid' },
    active: { type: 'boolean' },
  },
  defaultSort: { field: 'title', order: 'ASC' },
};

/** A hidden address (a women's shelter) is for office staff only — never provider users or exports. */
export function presentOffer(offer: Offer, user: Pick<AuthUser, 'role'>): Offer {
  return offer.addressHidden && !HIDDEN_ADDRESS_ROLES.includes(user.role)
    ? { ...offer, address: null }
    : offer;
}

@Injectable()
export class OffersService {
  private readonly crud: EntityCrud<Offer>;

  constructor(
    @InjectRepository(Offer) private readonly offers: Repository<Offer>,
    private readonly dataSource: DataSource,
    private readonly offerChanges: OfferChangesService,
  ) {
    this.crud = new EntityCrud(offers, OFFER_LIST, 'Offer');
  }

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<Offer>> {
    const qb = whereInScope(this.offers.createQueryBuilder('o'), ctx.user, 'offer.read', {
      providerId: 'o.providerId',
    });
    const page = await findPage(qb, query, OFFER_LIST);
    return { ...page, items: page.items.map((o) => presentOffer(o, ctx.user)) };
  }

  async get(ctx: RequestContext, id: string): Promise<Offer> {
    const offer = await this.crud.get(id);
    requireInScope(ctx.user, 'offer.read', offer, 'Offer');
    return presentOffer(offer, ctx.user);
  }

  async create(ctx: RequestContext, dto: CreateOfferDto): Promise<Offer> {
    if (ctx.user.role === 'provider') {
      throw new AppException(403, 'FORBIDDEN', 'Offers are added by the office; ask your contact there');
    }
    checkAges(dto.ageFrom, dto.ageTo);
    await this.requireReferences(dto);
    return presentOffer(await this.crud.create(dto), ctx.user);
  }

  /**
   * Office staff change everything (and so confirm the offer). A provider user changes the
   * capacity at once; the texts (PROVIDER_REVIEWED_OFFER_FIELDS) become a proposal for the
   * office's review queue and the offer row stays as it is until it is accepted (issue 21.3).
   */
  async update(ctx: RequestContext, id: string, dto: UpdateOfferDto): Promise<OfferUpdate> {
    const current = await this.crud.get(id);
    requireInScope(ctx.user, 'offer.write', current, 'Offer');
    const { version, ...changes } = dto;
    checkAges(
      changes.ageFrom !== undefined ? changes.ageFrom : current.ageFrom,
      changes.ageTo !== undefined ? changes.ageTo : current.ageTo,
    );
    if (ctx.user.role === 'provider') return this.updateByProvider(ctx, current, version, changes);
    await this.requireReferences(changes);
    const updated = await this.crud.update(id, version, { ...changes, confirmedAt: () => 'now()' } as never);
    return { offer: presentOffer(updated, ctx.user), changeRequestId: null };
  }

  private async updateByProvider(
    ctx: RequestContext,
    current: Offer,
    version: number,
    changes: Omit<UpdateOfferDto, 'version'>,
  ): Promise<OfferUpdate> {
    const forbidden = Object.keys(changes).filter(
      (f) => !(PROVIDER_EDITABLE_OFFER_FIELDS as readonly string[]).includes(f),
    );
    if (forbidden.length > 0) {
      throw new AppException(
        403,
        'FORBIDDEN',
        'Providers change only capacity, description, opening hours, languages, ages, cost, phone and e-mail',
        forbidden.map((field) => ({ field, messages: ['not editable by providers'] })),
      );
    }
    const { capacity, ...texts } = changes;
    return this.dataSource.transaction(async (em) => {
      let offer = current;
      if (capacity !== undefined) {
        offer = await updateVersioned(em, Offer, current.id, version, { capacity });
      } else if (version !== current.version) {
        throw AppException.staleVersion();
      }
      const changeRequestId = await this.offerChanges.propose(em, ctx, offer, texts);
      return { offer: presentOffer(offer, ctx.user), changeRequestId };
    });
  }

  /** "Angaben sind aktuell": a provider's user confirms the offer as it is (its "Stand" is today). */
  async confirm(ctx: RequestContext, id: string): Promise<Offer> {
    const current = await this.crud.get(id);
    requireInScope(ctx.user, 'offerChange.propose', current, 'Offer');
    await this.offers.query(`UPDATE offers SET confirmed_at = now() WHERE id = $1`, [id]);
    return presentOffer(await this.crud.get(id), ctx.user);
  }

  /** Every district id and category key must name an existing row (400 INVALID_REFERENCE). */
  private async requireReferences(dto: { districtIds?: string[]; categoryKeys?: string[] }): Promise<void> {
    const checks = [
      {
        field: 'districtIds',
        values: dto.districtIds,
        sql: `SELECT id::text AS v FROM districts WHERE id = ANY($1::uuid[])`,
      },
      {
        field: 'categoryKeys',
        values: dto.categoryKeys,
        sql: `SELECT key AS v FROM need_categories WHERE key = ANY($1::text[])`,
      },
    ];
    for (const { field, values, sql } of checks) {
      if (!values || values.length === 0) continue;
      const rows: { v: string }[] = await this.offers.query(sql, [values]);
      const known = new Set(rows.map((r) => r.v.toLowerCase()));
      const unknown = values.findIndex((v) => !known.has(v.toLowerCase()));
      if (unknown >= 0) {
        throw new AppException(
          400,
          'INVALID_REFERENCE',
          `${field}.${unknown} does not name an existing record`,
          [{ field: `${field}.${unknown}`, messages: ['does not exist'] }],
        );
      }
    }
  }
}

function checkAges(from: number | null | undefined, to: number | null | undefined): void {
  if (from != null && to != null && from > to) {
    throw new AppException(400, 'VALIDATION_FAILED', 'ageFrom must not be above ageTo', [
      { field: 'ageTo', messages: ['must be at least ageFrom'] },
    ]);
  }
}
