import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { consentValidSql, OFFICE_ROLES, type Action, type ErrorCode } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope } from '../../common/auth/scope';
import { AppException } from '../../common/errors/app.exception';
import { isUuid } from '../../common/list-query/list-query';
import { Family } from './family.entity';

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
    const family = isUuid(familyId)
      ? await em
          .getRepository(Family)
          .findOne({ where: { id: familyId }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) })
      : null;
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
