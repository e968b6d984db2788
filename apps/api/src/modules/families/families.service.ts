import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository, type SelectQueryBuilder } from 'typeorm';
import { FAMILY_STATUSES, familyNameKey, scopeOf, transliterationKey } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { whereInScope } from '../../common/auth/scope';
import { rethrowReferenceViolation } from '../../common/crud/entity-crud';
import { updateVersioned } from '../../common/database/versioned-update';
import { AppException } from '../../common/errors/app.exception';
import { poolQuery, poolRows } from '../../common/database/pool-query';
import { entityRows, findPage, type Page } from '../../common/list-query/find-page';
import type { ListQuery, ListSpec } from '../../common/list-query/list-query';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import type {
  AnonymizeFamilyDto,
  BulkHandoffDto,
  CreateFamilyDto,
  HandoffDto,
  UpdateFamilyDto,
} from './dto/family.dto';
import { familyTimeline, type TimelineEntry } from './family-timeline';
import { FamilyAccess, requireOfficeStaff } from './family-access.service';
import {
  applyFamilySearch,
  FAMILY_SEARCH_WHERE,
  familySearchPageQuery,
  type FamilySearchTerms,
  findFamilySearchTerms,
  pruneFamilySearchDictionary,
} from './family-search';
import { FamilyAnonymizer } from './family-anonymizer.service';
import { requireNotAnonymized } from './family-records';
import { Family } from './family.entity';

export const FAMILY_LIST: ListSpec = {
  entity: Family,
  alias: 'f',
  sortable: {
    name: 'f.name',
    lastActivityAt: 'f.lastActivityAt',
    createdAt: 'f.createdAt',
    status: 'f.status',
  },
  filterable: {
    // words looked up in the search dictionary first (FamiliesService.list, family-search.ts)
    q: { type: 'search', where: () => FAMILY_SEARCH_WHERE },
    districtId: { type: 'uuid' },
    ownerId: { type: 'uuid' },
    status: { type: 'enum', values: FAMILY_STATUSES },
  },
  defaultSort: { field: 'lastActivityAt', order: 'DESC' },
};

export interface PossibleDuplicate {
  id: string;
  name: string;
  districtId: string | null;
}

@Injectable()
export class FamiliesService {
  constructor(
    @InjectRepository(Family) private readonly families: Repository<Family>,
    private readonly dataSource: DataSource,
    private readonly access: FamilyAccess,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly anonymizer: FamilyAnonymizer,
  ) {}

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<Family>> {
    const qb = whereInScope(this.families.createQueryBuilder('f'), ctx.user, 'family.read', {
      officeId: 'f.officeId',
    });
    let filter = query.filter;
    let found: FamilySearchTerms | null = null;
    if (typeof filter.q === 'string') {
      found = await findFamilySearchTerms(poolRows(this.dataSource), filter.q);
      if (found) applyFamilySearch(qb, found, ctx.user.officeId);
      else filter = Object.fromEntries(Object.entries(filter).filter(([key]) => key !== 'q')); // blank: no search
    }
    // a search's families are found once for the page and its exact total (docs/family-search.md)
    const page =
      found && this.isPlainSearch(ctx, query)
        ? await this.searchPage(qb, found, ctx.user.officeId as string, query)
        : await findPage(qb, { ...query, filter }, FAMILY_LIST, () => this.officeTotal(ctx, query), {
            countWithPage: found !== null,
          });
    await this.audit.recordList(
      ctx,
      'family.list',
      'family',
      page.items.map((f) => f.id),
      ctx.user.officeId,
      query,
    );
    return page;
  }

  /** The list as it opens with a search typed: the office's, newest activity first, no other filter. */
  private isPlainSearch(ctx: RequestContext, query: ListQuery): boolean {
    return (
      scopeOf(ctx.user.role, 'family.read') === 'office' &&
      ctx.user.officeId !== null &&
      Object.keys(query.filter).every((key) => key === 'q') &&
      query.sort.field === 'lastActivityAt' &&
      query.sort.order === 'DESC'
    );
  }

  /** Its page and exact total in one statement (family-search.ts, familySearchPageQuery). */
  private async searchPage(
    qb: SelectQueryBuilder<Family>,
    found: FamilySearchTerms,
    officeId: string,
    query: ListQuery,
  ): Promise<Page<Family>> {
    const columns = entityRows(qb);
    const [sql, params] = familySearchPageQuery(found, officeId, query.offset, query.limit, columns.select);
    const rows = await poolQuery<Record<string, unknown>>(this.dataSource, sql, params);
    return {
      items: columns.hydrate(rows.filter((row) => row.f_id !== null)),
      total: Number(rows[0]?.lotsen_total ?? 0),
    };
  }

  /**
   * The unfiltered list of an office counts every family of the office: that number is kept in
   * `family_counts` by a trigger in the same transaction as each insert, delete or move of a
   * family (exact, unlike an estimate), so the list need not count them on every page.
   */
  private async officeTotal(ctx: RequestContext, query: ListQuery): Promise<number | null> {
    if (Object.keys(query.filter).length > 0 || scopeOf(ctx.user.role, 'family.read') !== 'office')
      return null;
    const rows = await poolQuery<{ families: string }>(
      this.dataSource,
      `SELECT families FROM family_counts WHERE office_id = $1`,
      [ctx.user.officeId],
      'lotsen_family_count',
    );
    return rows.length > 0 ? Number(rows[0].families) : 0;
  }

  async get(ctx: RequestContext, id: string): Promise<Family> {
    const family = await this.access.require(ctx, id, 'family.read');
    await this.audit.record(ctx, 'family.read', 'family', [family.id], family.officeId);
    return family;
  }

  async create(ctx: RequestContext, dto: CreateFamilyDto): Promise<Family> {
    const { confirmNew, ownerId, ...fields } = dto;
    const officeId = ctx.user.officeId as string;
    const owner = ownerId ?? ctx.user.id;
    if (owner !== ctx.user.id) await requireOfficeStaff(this.dataSource.manager, owner, officeId, 'ownerId');
    if (!confirmNew) {
      const duplicates = await this.possibleDuplicates(officeId, fields.name);
      if (duplicates.length > 0) {
        throw new AppException(
          409,
          'POSSIBLE_DUPLICATE',
          'Families with the same or a similar name exist; send confirmNew: true to create it all the same',
          undefined,
          { possibleDuplicates: duplicates },
        );
      }
    }
    return this.dataSource.transaction(async (em) => {
      let id: string;
      try {
        const saved = await em.getRepository(Family).save(
          em.getRepository(Family).create({
            ...fields,
            officeId,
            ownerId: owner,
            namePhonetic: familyNameKey(fields.name),
            nameKey: transliterationKey(fields.name),
            createdById: ctx.user.id,
            lastActivityAt: new Date(),
          }),
        );
        id = saved.id;
      } catch (err) {
        rethrowReferenceViolation(err);
        throw err;
      }
      await this.audit.record(ctx, 'family.create', 'family', [id], officeId, null, em);
      return em.getRepository(Family).findOneByOrFail({ id });
    });
  }

  async update(ctx: RequestContext, id: string, dto: UpdateFamilyDto): Promise<Family> {
    return this.dataSource.transaction(async (em) => {
      const family = await this.access.require(ctx, id, 'family.write', em);
      if (family.status === 'anonymized') {
        throw new AppException(409, 'FAMILY_ANONYMIZED', 'An anonymized family cannot be changed');
      }
      const { version, ...changes } = dto;
      // closing or reopening stays possible; new personal data needs a valid store_data consent
      if (Object.keys(changes).some((f) => f !== 'status')) {
        await this.access.requireStoreConsent(em, family.id);
      }
      let updated: Family;
      try {
        updated = await updateVersioned(em, Family, id, version, {
          ...changes,
          ...(changes.name !== undefined
            ? { namePhonetic: familyNameKey(changes.name), nameKey: transliterationKey(changes.name) }
            : {}),
          lastActivityAt: new Date(),
        });
      } catch (err) {
        rethrowReferenceViolation(err);
        throw err;
      }
      await this.audit.record(
        ctx,
        'family.update',
        'family',
        [id],
        family.officeId,
        { fields: Object.keys(changes) },
        em,
      );
      return updated;
    });
  }

  /**
   * DSGVO Art. 17 on request of a team lead: erases the family's personal data and keeps its
   * statistics (`FamilyAnonymizer`). Not idempotent on purpose: a second call answers 409
   * `FAMILY_ANONYMIZED`, so the caller learns that nothing happened.
   */
  async anonymize(ctx: RequestContext, id: string, dto: AnonymizeFamilyDto): Promise<Family> {
    let erasedTerms: { kind: string; term: string }[] = [];
    const anonymized = await this.dataSource.transaction(async (em) => {
      const family = await this.access.require(ctx, id, 'family.anonymize', em, true);
      requireNotAnonymized(family);
      erasedTerms = await em.query(`SELECT kind, term FROM family_search_terms WHERE family_id = $1`, [
        family.id,
      ]);
      await this.anonymizer.anonymize(em, family.id, { userId: ctx.user.id, rule: dto.reason, ip: ctx.ip });
      return em.getRepository(Family).findOneByOrFail({ id: family.id });
    });
    // the erased names and numbers leave the search dictionary too, unless another family holds them
    await pruneFamilySearchDictionary(this.dataSource, erasedTerms);
    return anonymized;
  }

  /** Same or similar-sounding name (Kölner Phonetik, or trigram similarity) in the office. */
  async possibleDuplicates(
    officeId: string,
    name: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<PossibleDuplicate[]> {
    const rows: { id: string; name: string; district_id: string | null }[] = await em.query(
      `SELECT id, name, district_id FROM families
       WHERE office_id = $1 AND status <> 'anonymized'
         AND ((name_phonetic <> '' AND name_phonetic = $2) OR similarity(lotsen_fold(name), lotsen_fold($3)) > 0.5)
       ORDER BY similarity(lotsen_fold(name), lotsen_fold($3)) DESC
       LIMIT 10`,
      [officeId, familyNameKey(name), name],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, districtId: r.district_id }));
  }

  /** Hands one family to a colleague: owner, handoff row and notification in one transaction. */
  handoff(ctx: RequestContext, id: string, dto: HandoffDto): Promise<Family> {
    return this.dataSource.transaction(async (em) => (await this.handOver(em, ctx, [id], dto))[0]);
  }

  /** Hands many families at once; all or nothing. */
  bulkHandoff(ctx: RequestContext, dto: BulkHandoffDto): Promise<Family[]> {
    return this.dataSource.transaction((em) => this.handOver(em, ctx, [...new Set(dto.ids)], dto));
  }

  private async handOver(
    em: EntityManager,
    ctx: RequestContext,
    ids: string[],
    dto: HandoffDto,
  ): Promise<Family[]> {
    const families: Family[] = [];
    for (const id of [...ids].sort()) {
      families.push(await this.access.require(ctx, id, 'family.handoff', em, true));
    }
    await requireOfficeStaff(
      em,
      dto.toUserId,
      ctx.user.officeId as string,
      'toUserId',
      'INVALID_HANDOFF_TARGET',
    );
    const note = dto.note ?? null;
    const moveFollowUps = dto.moveFollowUps ?? true;
    const handoffIds: string[] = [];
    let followUpsMoved = 0;
    for (const family of families) {
      requireNotAnonymized(family);
      if (family.ownerId === dto.toUserId) {
        throw new AppException(
          400,
          'INVALID_HANDOFF_TARGET',
          'The family already belongs to this colleague',
          [{ field: 'toUserId', messages: ['is the current owner'] }],
        );
      }
      await em.query(
        `UPDATE families SET owner_id = $2, version = version + 1, updated_at = now(), last_activity_at = now() WHERE id = $1`,
        [family.id, dto.toUserId],
      );
      // the old owner's open follow-ups go with the family; the new owner is reminded afresh
      const moved: unknown = moveFollowUps
        ? await em.query(
            `UPDATE follow_ups SET assignee_id = $3, overdue_notified_at = NULL, version = version + 1, updated_at = now()
             WHERE family_id = $1 AND assignee_id = $2 AND status = 'open'`,
            [family.id, family.ownerId, dto.toUserId],
          )
        : null;
      const count = Array.isArray(moved) && typeof moved[1] === 'number' ? moved[1] : 0;
      followUpsMoved += count;
      const [row] = (await em.query(
        `INSERT INTO handoffs (family_id, office_id, from_user_id, to_user_id, by_user_id, note, follow_ups_moved)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [family.id, family.officeId, family.ownerId, dto.toUserId, ctx.user.id, note, count],
      )) as { id: string }[];
      handoffIds.push(row.id);
    }
    // ids only: the note is read from the handoff when the new owner's inbox is shown
    await this.notifications.notify(em, [dto.toUserId], {
      kind: 'handoff',
      actorId: ctx.user.id,
      familyIds: families.map((f) => f.id),
      handoffId: handoffIds[0],
    });
    await this.audit.record(
      ctx,
      'family.handoff',
      'family',
      families.map((f) => f.id),
      ctx.user.officeId,
      { toUserId: dto.toUserId, followUpsMoved },
      em,
    );
    return em
      .getRepository(Family)
      .find({ where: families.map((f) => ({ id: f.id })), order: { name: 'ASC' } });
  }

  /** The family's history, newest first (family-timeline.ts); audited as a read of the family. */
  async timeline(ctx: RequestContext, id: string): Promise<TimelineEntry[]> {
    const family = await this.access.require(ctx, id, 'family.read');
    await this.audit.record(ctx, 'family.timeline', 'family', [family.id], family.officeId);
    return familyTimeline(this.dataSource.manager, family.id, ctx.user.id);
  }
}
