import { isUuid, type FilterValue } from '../../common/list-query/list-query';

/** What the audit trail keeps of a list request's filter. */
export interface ListAuditDetails {
  /** Every filter key the request used (`q`, `familyId`, `status` …), sorted. */
  filterKeys: string[];
  /** Only the values that cannot carry personal data: record ids and yes/no flags. */
  filter?: Record<string, string | boolean>;
}

/**
 * The audit trail records who read which resource with which filter keys, and the ids of the
 * records shown — never a filter value that is free text (a search for a name, a phone number,
 * an e-mail address, a note). Such a value would outlive the erasure of the family it names
 * (Art. 17) and be readable by every admin and team lead. Kept are ids and booleans only; every
 * other value (text, dates, enum values, lists) is reduced to its key.
 */
export function listAuditDetails(filter: Record<string, FilterValue>): ListAuditDetails | null {
  const keys = Object.keys(filter).sort();
  if (keys.length === 0) return null;
  const safe: Record<string, string | boolean> = {};
  for (const key of keys) {
    const value = filter[key];
    if (typeof value === 'boolean' || isUuid(value)) safe[key] = value;
  }
  return Object.keys(safe).length > 0 ? { filterKeys: keys, filter: safe } : { filterKeys: keys };
}
