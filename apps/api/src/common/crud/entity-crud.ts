import type { Response } from 'express';
import { QueryFailedError, type EntityManager, type ObjectLiteral, type Repository } from 'typeorm';
import type { ErrorCode } from '@lotsen/domain';
import { AppException } from '../errors/app.exception';
import { isUuid, contentRange, type ListQuery, type ListSpec } from '../list-query/list-query';
import { findPage, type Page } from '../list-query/find-page';
import { updateVersioned } from '../database/versioned-update';

type Versioned = ObjectLiteral & { id: string; version: number };

/** A unique index and the conflict it means to a user. */
export interface UniqueRule {
  index: string;
  code: ErrorCode;
  field: string;
  message: string;
}

/** The SQLSTATE of a failed query (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export function pgErrorCode(err: unknown): string | undefined {
  if (!(err instanceof QueryFailedError)) return undefined;
  const driverError = (err as QueryFailedError & { driverError?: { code?: string } }).driverError;
  return driverError?.code ?? (err as QueryFailedError & { code?: string }).code;
}

/** A row is still referred to: 23503 (NO ACTION) or 23001 (RESTRICT). */
export function isForeignKeyViolation(err: unknown): boolean {
  const code = pgErrorCode(err);
  return code === '23503' || code === '23001';
}

const camel = (snake: string): string => snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * A write that names a record that does not exist (foreign key violation on INSERT/UPDATE,
 * constraint `table_column_fkey`) is the caller's mistake: 400 INVALID_REFERENCE naming the field.
 */
export function rethrowReferenceViolation(err: unknown): void {
  if (pgErrorCode(err) !== '23503') return;
  const driverError = (err as { driverError?: { constraint?: string; table?: string } }).driverError;
  const constraint = driverError?.constraint ?? '';
  const table = driverError?.table ?? '';
  const column = constraint.startsWith(`${table}_`)
    ? constraint.slice(table.length + 1).replace(/_fkey$/, '')
    : constraint;
  throw AppException.invalidReference(camel(column));
}

/** Turns a unique violation into the 409 its index stands for; rethrows anything else. */
export function rethrowUniqueViolation(err: unknown, rules: readonly UniqueRule[]): never {
  rethrowReferenceViolation(err);
  if (pgErrorCode(err) === '23505') {
    const constraint = (err as { constraint?: string }).constraint;
    const rule = rules.find((r) => r.index === constraint) ?? rules[0];
    if (rule) {
      throw new AppException(409, rule.code, rule.message, [{ field: rule.field, messages: [rule.message] }]);
    }
  }
  throw err;
}

/**
 * The plain list/show/create/update of a reference-data resource. Services that hold no
 * further rules for a resource use it as it is; services with rules wrap it.
 */
export class EntityCrud<T extends Versioned> {
  constructor(
    private readonly repo: Repository<T>,
    private readonly spec: ListSpec,
    private readonly label: string,
    private readonly uniqueRules: readonly UniqueRule[] = [],
  ) {}

  list(query: ListQuery): Promise<Page<T>> {
    return findPage(this.repo.createQueryBuilder(this.spec.alias), query, this.spec);
  }

  async get(id: string): Promise<T> {
    const found = isUuid(id) ? await this.repo.findOneBy({ id } as never) : null;
    if (!found) throw AppException.notFound(this.label);
    return found;
  }

  /** Inserts a record; with `em`, inside the caller's transaction. */
  async create(data: Partial<T>, em?: EntityManager): Promise<T> {
    const repo = em ? em.getRepository<T>(this.repo.target) : this.repo;
    let saved: T;
    try {
      saved = await repo.save(repo.create(data as never) as unknown as T);
    } catch (err) {
      rethrowUniqueViolation(err, this.uniqueRules);
    }
    // Reloaded, so that the answer holds exactly what a read returns (no write-only columns).
    const found = await repo.findOneBy({ id: saved.id } as never);
    if (!found) throw AppException.notFound(this.label);
    return found;
  }

  async update(id: string, version: number, changes: Partial<T>): Promise<T> {
    if (!isUuid(id)) throw AppException.notFound(this.label);
    try {
      return await updateVersioned(this.repo.manager, this.repo.target, id, version, changes);
    } catch (err) {
      rethrowUniqueViolation(err, this.uniqueRules);
    }
  }
}

/** Sends a page as ra-data-simple-rest expects it: the array, and `Content-Range`. */
export function sendPage<T>(res: Response, resource: string, query: ListQuery, page: Page<T>): T[] {
  res.setHeader('Content-Range', contentRange(resource, query.offset, page.items.length, page.total));
  return page.items;
}
