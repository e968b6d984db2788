import { isDayInLimits, LIMITS } from '@lotsen/domain';
import { AppException } from '../errors/app.exception';
import { resolveListSpec } from './entity-fields';

/**
 * The list conventions of ra-data-simple-rest (api.md):
 * `?filter={json}&sort=["field","ASC"]&range=[0,24]`. Only the fields a resource names as
 * sortable or filterable — and those every list has: `id`, the timestamps and the foreign keys
 * of its entity (entity-fields.ts) — are accepted; anything else is a 400 naming the allowed
 * ones, never a silent default.
 */

/**
 * SQL: `haystack` contains the search term `term` (both SQL expressions) as literal text — `%`,
 * `_` and a backslash in a search match only themselves, never any character (issue 24).
 */
export const containsLiteral = (haystack: string, term: string): string =>
  `${haystack} LIKE '%' || replace(replace(replace(${term}, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;

export type FilterKind =
  | { type: 'uuid' }
  | { type: 'string'; max?: number }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'date' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'search' };

export interface ListSpec {
  /** The entity listed: its foreign keys are filterable and sortable without being named here. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entity: Function;
  /** Alias of the main table in the query (e.g. `u`). */
  alias: string;
  /** API field name → SQL expression (already aliased, e.g. `u.display_name`). */
  sortable: Record<string, string>;
  /**
   * API field name → kind, and either the column (default `alias.field`) or a condition built
   * from the parameter's name (for computed filters such as `overdue`). `id` and the entity's
   * foreign keys are always filterable.
   */
  filterable: Record<string, FilterKind & { column?: string; where?: (param: string) => string }>;
  /** Columns that `filter.q` searches (case-insensitive, substring). */
  searchColumns?: string[];
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
}

export type FilterValue = string | boolean | string[];

export interface ListQuery {
  filter: Record<string, FilterValue>;
  sort: { field: string; order: 'ASC' | 'DESC' };
  offset: number;
  limit: number;
}

export interface RawListQuery {
  filter?: unknown;
  sort?: unknown;
  range?: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real calendar day written `YYYY-MM-DD`, between `LIMITS.dayMin` and `LIMITS.dayMax` (1900–2100). */
export function isIsoDate(value: string): boolean {
  return isDayInLimits(value);
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

function invalid(
  code: 'INVALID_QUERY' | 'INVALID_SORT_FIELD' | 'INVALID_FILTER_FIELD',
  field: string,
  message: string,
): AppException {
  return new AppException(400, code, message, [{ field, messages: [message] }]);
}

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw invalid('INVALID_QUERY', name, `${name} must be given once, as JSON`);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw invalid('INVALID_QUERY', name, `${name} is not valid JSON`);
  }
}

function parseFilterValue(field: string, kind: FilterKind, value: unknown): FilterValue {
  const fail = (): never => {
    throw invalid('INVALID_FILTER_FIELD', field, `filter.${field} has an invalid value`);
  };
  if (Array.isArray(value)) {
    if (kind.type === 'boolean' || kind.type === 'search' || kind.type === 'date' || kind.type === 'integer')
      fail();
    if (value.length > LIMITS.pageSizeMax || value.some((v) => Array.isArray(v))) fail();
    return value.map((v) => parseFilterValue(field, kind, v) as string);
  }
  switch (kind.type) {
    case 'uuid':
      return isUuid(value) ? value.toLowerCase() : fail();
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return fail();
    case 'enum':
      return typeof value === 'string' && kind.values.includes(value) ? value : fail();
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? value : fail();
    case 'integer': {
      const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      return typeof n === 'number' && Number.isInteger(n) && n >= kind.min && n <= kind.max
        ? String(n)
        : fail();
    }
    case 'string':
    case 'search':
      // PostgreSQL text cannot hold NUL: refuse it here rather than fail in the query
      if (
        typeof value !== 'string' ||
        value.length > (kind.type === 'string' ? (kind.max ?? 200) : 200) ||
        value.includes('\u0000')
      )
        fail();
      return value as string;
  }
}

/** Parses and checks a list request against the resource's spec. Pure. */
export function parseListQuery(raw: RawListQuery, listSpec: ListSpec): ListQuery {
  const spec = resolveListSpec(listSpec);
  const filterRaw = parseJson('filter', raw.filter) ?? {};
  if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw)) {
    throw invalid('INVALID_QUERY', 'filter', 'filter must be a JSON object');
  }
  const filter: Record<string, FilterValue> = {};
  for (const [field, value] of Object.entries(filterRaw)) {
    // own fields only: `toString`, `constructor` … are not filterable fields
    const kind: FilterKind | undefined =
      field === 'id'
        ? { type: 'uuid' }
        : Object.prototype.hasOwnProperty.call(spec.filterable, field)
          ? spec.filterable[field]
          : field === 'q' && spec.searchColumns
            ? { type: 'search' }
            : undefined;
    if (!kind) {
      const allowed = ['id', ...(spec.searchColumns ? ['q'] : []), ...Object.keys(spec.filterable)];
      throw invalid(
        'INVALID_FILTER_FIELD',
        field,
        `filter.${field} is not a filterable field; allowed: ${[...new Set(allowed)].join(', ')}`,
      );
    }
    if (value === undefined || value === null || value === '') continue;
    filter[field] = parseFilterValue(field, kind, value);
  }

  let sort = spec.defaultSort;
  const sortRaw = parseJson('sort', raw.sort);
  if (sortRaw !== undefined) {
    if (
      !Array.isArray(sortRaw) ||
      sortRaw.length !== 2 ||
      typeof sortRaw[0] !== 'string' ||
      !['ASC', 'DESC'].includes(String(sortRaw[1]).toUpperCase())
    ) {
      throw invalid('INVALID_QUERY', 'sort', 'sort must be ["field","ASC"|"DESC"]');
    }
    const field = sortRaw[0];
    if (!Object.prototype.hasOwnProperty.call(spec.sortable, field)) {
      throw invalid(
        'INVALID_SORT_FIELD',
        field,
        `${field} is not a sortable field; allowed: ${Object.keys(spec.sortable).join(', ')}`,
      );
    }
    sort = { field, order: String(sortRaw[1]).toUpperCase() as 'ASC' | 'DESC' };
  }

  let offset = 0;
  // getMany sends the ids without a range: all of them, up to a page's maximum
  let limit = Array.isArray(filter.id) ? Math.max(25, filter.id.length) : 25;
  const rangeRaw = parseJson('range', raw.range);
  if (rangeRaw !== undefined) {
    if (
      !Array.isArray(rangeRaw) ||
      rangeRaw.length !== 2 ||
      !rangeRaw.every((n) => Number.isSafeInteger(n) && n >= 0) ||
      rangeRaw[1] < rangeRaw[0]
    ) {
      throw invalid('INVALID_QUERY', 'range', 'range must be [first, last] with 0 <= first <= last');
    }
    offset = rangeRaw[0];
    limit = rangeRaw[1] - rangeRaw[0] + 1;
    if (limit > LIMITS.pageSizeMax) {
      throw invalid('INVALID_QUERY', 'range', `a page holds at most ${LIMITS.pageSizeMax} records`);
    }
  }
  return { filter, sort, offset, limit };
}

/** `Content-Range: users 0-24/1234`, as ra-data-simple-rest reads it. */
export function contentRange(resource: string, offset: number, count: number, total: number): string {
  const last = count === 0 ? offset : offset + count - 1;
  return `${resource} ${offset}-${last}/${total}`;
}

/**
 * A list without a `cancelled` filter leaves cancelled records out (contacts and needs, issue
 * 25.1); a request for given ids (react-admin's getMany) gets them all.
 */
export function withoutCancelled(query: ListQuery): ListQuery {
  if (query.filter.cancelled !== undefined || query.filter.id !== undefined) return query;
  return { ...query, filter: { ...query.filter, cancelled: false } };
}
