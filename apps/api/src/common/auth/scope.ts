import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { can, scopeOf, type Action, type Subject } from '@lotsen/domain';
import { AppException } from '../errors/app.exception';
import type { AuthUser } from './auth-user';

/**
 * Restricts a list query to the records the user's scope for `action` reaches — the same rule
 * as `can()` of libs/domain, written as SQL. `columns` names the record's columns per scope.
 */
export function whereInScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  user: AuthUser,
  action: Action,
  columns: { officeId?: string; ownerId?: string; providerId?: string; authorId?: string; userId?: string },
): SelectQueryBuilder<T> {
  const scope = scopeOf(user.role, action);
  const require = (column: string | undefined, value: string | null, name: string) => {
    if (!column || value === null) return qb.andWhere('1 = 0');
    return qb.andWhere(`${column} = :${name}`, { [name]: value });
  };
  switch (scope) {
    case null:
      return qb.andWhere('1 = 0');
    case 'any':
      return qb;
    case 'office':
      return require(columns.officeId, user.officeId, 'scopeOfficeId');
    case 'owner':
      require(columns.officeId, user.officeId, 'scopeOfficeId');
      return require(columns.ownerId, user.id, 'scopeOwnerId');
    case 'provider':
      return require(columns.providerId, user.providerId, 'scopeProviderId');
    case 'author':
      return require(columns.authorId, user.id, 'scopeAuthorId');
    case 'self':
      return require(columns.userId, user.id, 'scopeUserId');
  }
}

/** A record outside the caller's scope is answered as if it did not exist (404, not 403). */
export function requireInScope(
  user: AuthUser,
  action: Action,
  subject: Subject | null,
  what = 'Record',
): void {
  if (!subject || !can(user, action, subject)) throw AppException.notFound(what);
}
