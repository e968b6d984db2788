import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { consentValidSql, OFFICE_ROLES, type Action, type ErrorCode } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope } from '../../common/auth/scope';
import { poolQuery } from '../../common/database/pool-query';
import { AppException } from '../../common/errors/app.exception';
import { isUuid } from '../../common/list-query/list-query';
import { Family } from './family.entity';

/** A family as `Repository<Family>.findOne` reads it: every column but the `select: false` ones. */
const FAMILY_READ_SQL = `SELECT id, version, created_at, updated_at, office_id, owner_id, name, district_id,
    household_size, children_count, single_parent, languages, interpreter_needed, status, last_activity_at
  FROM families WHERE id = $1`;

interface FamilyRow {
  id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  office_id: string;
  owner_id: string;
  name: string;
  district_id: string | null;
  household_size: number | null;
  children_count: number | null;
  single_parent: boolean | null;
  languages: string[];
  interpreter_needed: boolean;
  status: Family['status'];
  last_activity_at: Date;
}

/** The entity TypeORM would hydrate from the row, property by property. */
export function familyFromRow(r: FamilyRow): Family {
  return Object.assign(new Family(), {
    id: r.id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    officeId: r.office_id,
    ownerId: r.owner_id,
    name: r.name,
    districtId: r.district_id,
    householdSize: r.household_size,
    childrenCount: r.children_count,
    singleParent: r.single_parent,
    languages: r.languages,
    interpreterNeeded: r.interpreter_needed,
    status: r.status,
    lastActivityAt: r.last_activity_at,
  });
}

/** The web route of a family, used as a notification's link. */
export const familyLink = (familyId: string): string => `#/families/${familyId}/show`;

/**
 * Everything that hangs off a family (members, consents, contacts, needs, follow-ups) is
 * reached through its family: this checks the family's scope once for all of them and moves its
 * `lastActivityAt` with every write.
 */
@Injectable()
export class FamilyAccess {
  constructor(private readonly dataSource: DataSource) {}

  /** The family, or 404 when it does not exist or lies outside the caller's scope for `action`. */
  async require(
    ctx: RequestContext,
    familyId: string,
    action: Action,
    em: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<Family> {
    let family: Family | null = null;
    if (isUuid(familyId) && em === this.dataSource.manager && !lock) {
      // a read outside a transaction (every show, and the scope check of every sub-record read):
      // one prepared statement on the pool and a plain mapping, no query builder (issue 19 point 2)
      const [row] = await poolQuery<FamilyRow>(this.dataSource, FAMILY_READ_SQL, [familyId], 'lotsen_family');
      family = row ? familyFromRow(row) : null;
    } else if (isUuid(familyId)) {
      family = await em
        .getRepository(Family)
        .findOne({ where: { id: familyId }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
    }
    requireInScope(ctx.user, action, family, 'Family');
    return family as Family;
  }

  /**
   * domain.md: a family's `lastActivityAt` moves with every related write. Every write of a
   * record that hangs off a family passes here, inside its transaction: a write to an anonymized
   * family is refused (409 `FAMILY_ANONYMIZED`) and rolls back with it.
   */
  async touch(em: EntityManager, familyId: string): Promise<void> {
    const rows: { status: string }[] = await em.query(`SELECT status FROM families WHERE id = $1`, [
      familyId,
    ]);
    if (rows[0]?.status === 'anonymized') {
      throw new AppException(409, 'FAMILY_ANONYMIZED', 'An anonymized family cannot be changed');
    }
    await em.query(`UPDATE families SET last_activity_at = now() WHERE id = $1`, [familyId]);
  }

  /**
   * Issue 24.10: once the family's `store_data` consent is withdrawn, the family takes no new
   * personal data (409 `STORE_CONSENT_WITHDRAWN`) until a `store_data` consent is valid again —
   * as an anonymized family. A family that never recorded one is not concerned.
   */
  async requireStoreConsent(em: EntityManager, familyId: string): Promise<void> {
    const [row] = (await em.query(
      `SELECT EXISTS (SELECT 1 FROM consents c WHERE c.family_id = $1 AND c.scope = 'store_data'
                AND c.withdrawn_at IS NOT NULL AND c.withdrawn_at <= now())
          AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.family_id = $1 AND c.scope = 'store_data'
                AND ${consentValidSql('c')}) AS refused`,
      [familyId],
    )) as { refused: boolean }[];
    if (row?.refused) {
      throw new AppException(
        409,
        'STORE_CONSENT_WITHDRAWN',
        'The family withdrew its consent to store data: record a new store_data consent first',
      );
    }
  }
}

/** The user must be an active counsellor or team lead of the office (owner, assignee, handoff target). */
export async function requireOfficeStaff(
  em: EntityManager,
  userId: string,
  officeId: string,
  field: string,
  code: Extract<ErrorCode, 'INVALID_REFERENCE' | 'INVALID_HANDOFF_TARGET'> = 'INVALID_REFERENCE',
): Promise<void> {
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM users WHERE id = $1 AND office_id = $2 AND active AND role = ANY($3)`,
    [userId, officeId, OFFICE_ROLES],
  );
  if (rows.length === 0) {
    throw new AppException(400, code, 'Must be an active counsellor or team lead of the office', [
      { field, messages: ['not an active counsellor or team lead of this office'] },
    ]);
  }
}
