import type { DataSource, EntityManager, ObjectLiteral, Repository } from 'typeorm';
import type { Action } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope, whereInScope } from '../../common/auth/scope';
import { rethrowReferenceViolation } from '../../common/crud/entity-crud';
import { updateVersioned } from '../../common/database/versioned-update';
import { AppException } from '../../common/errors/app.exception';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import type { AuditEntity, AuditService } from '../audit/audit.service';
import type { FamilyAccess } from './family-access.service';
import type { Family } from './family.entity';

type FamilyRecord = ObjectLiteral & {
  id: string;
  officeId: string;
  familyId: string | null;
  version: number;
};

export interface FamilyRecordsOptions {
  spec: ListSpec;
  entity: AuditEntity;
  label: string;
  read: Action;
  write: Action;
  /** Audit reads of these records too (personal data such as family members). */
  auditReads?: boolean;
  /**
   * When a withdrawn `store_data` consent stops writes (FamilyAccess.requireStoreConsent):
   * `create` (default) new records only, `write` changes too (members' data), `never` (consents).
   */
  storeConsent?: 'create' | 'write' | 'never';
}

/**
 * List, show, create and update of a record that hangs off a family (a member, a consent, a
 * follow-up …): office scope in every query, the family's scope checked on every write, the
 * family's `lastActivityAt` moved and an audit row written in the same transaction.
 */
export class FamilyRecords<T extends FamilyRecord> {
  constructor(
    private readonly repo: Repository<T>,
    private readonly dataSource: DataSource,
    private readonly access: FamilyAccess,
    private readonly audit: AuditService,
    private readonly options: FamilyRecordsOptions,
  ) {}

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<T>> {
    const { spec, read, entity, auditReads } = this.options;
    const qb = whereInScope(this.repo.createQueryBuilder(spec.alias), ctx.user, read, {
      officeId: `${spec.alias}.officeId`,
    });
    const page = await findPage(qb, query, spec);
    if (auditReads)
      await this.audit.recordList(
        ctx,
        `${entity}.list`,
        entity,
        page.items.map((r) => r.id),
        ctx.user.officeId,
        query,
      );
    return page;
  }

  async get(
    ctx: RequestContext,
    id: string,
    action: Action = this.options.read,
    em?: EntityManager,
  ): Promise<T> {
    const repo = em ? em.getRepository<T>(this.repo.target) : this.repo;
    const found = isUuid(id) ? await repo.findOneBy({ id } as never) : null;
    requireInScope(ctx.user, action, found, this.options.label);
    if (this.options.auditReads && !em) {
      await this.audit.record(
        ctx,
        `${this.options.entity}.read`,
        this.options.entity,
        [id],
        (found as T).officeId,
      );
    }
    return found as T;
  }

  /** The record as `get` returns it, without auditing a read (a whole-record PUT compares with it). */
  peek(ctx: RequestContext, id: string): Promise<T> {
    return this.get(ctx, id, this.options.read, this.dataSource.manager);
  }

  /** Creates a record for the family; `build` adds the record's own fields. */
  create(
    ctx: RequestContext,
    familyId: string,
    build: (family: Family, em: EntityManager) => Promise<Partial<T>> | Partial<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      const family = await this.access.require(ctx, familyId, this.options.write, em);
      requireNotAnonymized(family);
      if ((this.options.storeConsent ?? 'create') !== 'never')
        await this.access.requireStoreConsent(em, familyId);
      const repo = em.getRepository<T>(this.repo.target);
      let saved: T;
      try {
        saved = await repo.save(
          repo.create({
            ...(await build(family, em)),
            familyId,
            officeId: family.officeId,
          } as never) as unknown as T,
        );
      } catch (err) {
        rethrowReferenceViolation(err);
        throw err;
      }
      await this.access.touch(em, familyId);
      await this.audit.record(
        ctx,
        `${this.options.entity}.create`,
        this.options.entity,
        [saved.id],
        family.officeId,
        { familyId },
        em,
      );
      return repo.findOneByOrFail({ id: saved.id } as never);
    });
  }

  /**
   * Changes a record; `check` may refuse the change after seeing the current record. The audit
   * row names the changed fields, or holds what `auditDetails` makes of the change.
   */
  update(
    ctx: RequestContext,
    id: string,
    version: number,
    changes: (current: T, em: EntityManager) => Promise<Partial<T>> | Partial<T>,
    auditDetails?: (current: T, values: Partial<T>) => Record<string, unknown>,
  ): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      const current = await this.get(ctx, id, this.options.write, em);
      if (this.options.storeConsent === 'write' && current.familyId) {
        await this.access.requireStoreConsent(em, current.familyId);
      }
      const values = await changes(current, em);
      let updated: T;
      try {
        updated = await updateVersioned(em, this.repo.target, id, version, values);
      } catch (err) {
        rethrowReferenceViolation(err);
        throw err;
      }
      if (current.familyId) await this.access.touch(em, current.familyId);
      await this.audit.record(
        ctx,
        `${this.options.entity}.update`,
        this.options.entity,
        [id],
        current.officeId,
        auditDetails ? auditDetails(current, values) : { fields: Object.keys(values) },
        em,
      );
      return updated;
    });
  }
}

export function requireNotAnonymized(family: Family): void {
  if (family.status === 'anonymized') {
    throw new AppException(409, 'FAMILY_ANONYMIZED', 'An anonymized family takes no new personal data');
  }
}
