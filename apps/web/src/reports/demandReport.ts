import { NEED_CATEGORY_GROUPS, QUARTER_PATTERN, previousQuarter, quarterRange } from '@lotsen/domain';
import { todayInBerlin } from '../common/dates';

/**
 * A row of the demand report (GET /api/reports/demand): its counts, `null` where suppressed;
 * `suppressedFields` names the suppressed counts (docs/decisions.md, "Reports").
 */
export type ReportRow<K extends string, C extends string> = Record<K, string> &
  Record<C, number | null> & { suppressed?: true; suppressedFields?: C[] };

export interface DemandReport {
  from: string;
  to: string;
  officeId: string | null;
  minCell: number;
  totals: ReportRow<
    never,
    | 'contacts'
    | 'anonymousContacts'
    | 'families'
    | 'needs'
    | 'unmetNeeds'
    | 'referrals'
    | 'referralsCompleted'
  >;
  byChannel: ReportRow<'channel', 'contacts'>[];
  byCategory: ReportRow<'categoryKey', 'needs' | 'unmet' | 'referred'>[];
  byDistrict: ReportRow<'districtId', 'contacts' | 'families' | 'needs'>[];
  byCategoryAndDistrict: ReportRow<'categoryKey' | 'districtId', 'needs'>[];
  byMonth: ReportRow<'month', 'contacts' | 'needs'>[];
}

/** A frozen report (GET /api/report-snapshots). */
export interface ReportSnapshot {
  id: string;
  kind: string;
  period: string;
  periodFrom: string;
  periodTo: string;
  officeId: string | null;
  minCell: number;
  createdAt: string;
  createdById: string | null;
}

export const TOTAL_FIELDS = [
  'contacts',
  'anonymousContacts',
  'families',
  'needs',
  'unmetNeeds',
  'referrals',
  'referralsCompleted',
] as const;

/** A published count or `null` when it is suppressed (or missing). */
export function countOf<C extends string>(
  row: Partial<Record<C, number | null>> & { suppressedFields?: readonly string[] },
  field: C,
): number | null {
  if (row.suppressedFields?.includes(field)) return null;
  const value = row[field];
  return typeof value === 'number' ? value : null;
}

export interface GroupSum {
  group: string;
  /** The sum over the group's categories; `null` when one of them is suppressed. */
  value: number | null;
}

/**
 * Needs (or another count) by category group: the categories of a group summed up. A group with
 * a suppressed category has an unknown sum and is itself shown as suppressed — publishing a
 * partial sum would understate it, and the exact sum could reveal the hidden cell. Groups follow
 * the order of the taxonomy; categories of an unknown group count under their own group name.
 */
export function sumByGroup<C extends string>(
  rows: readonly (Record<'categoryKey', string> &
    Partial<Record<C, number | null>> & { suppressedFields?: readonly string[] })[],
  groupOf: (categoryKey: string) => string | undefined,
  field: C,
  fallbackGroup = 'other',
): GroupSum[] {
  const sums = new Map<string, number | null>();
  for (const row of rows) {
    const group = groupOf(row.categoryKey) ?? fallbackGroup;
    const value = countOf(row, field);
    const before = sums.has(group) ? (sums.get(group) ?? null) : 0;
    sums.set(group, before === null || value === null ? null : before + value);
  }
  const order = (group: string) => {
    const index = (NEED_CATEGORY_GROUPS as readonly string[]).indexOf(group);
    return index === -1 ? NEED_CATEGORY_GROUPS.length : index;
  };
  return [...sums.entries()]
    .map(([group, value]) => ({ group, value }))
    .sort((a, b) => order(a.group) - order(b.group) || a.group.localeCompare(b.group, 'de'));
}

/** `2026-Q3` for a day of the third quarter 2026. */
export function quarterOf(day: string): string {
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return `${day.slice(0, 4)}-Q${quarter}`;
}

/** The quarters to pick from: the current one and the eight before it, newest first. */
export function quarterChoices(today: string = todayInBerlin(), count = 9): string[] {
  const quarters = [quarterOf(today)];
  while (quarters.length < count) {
    const range = quarterRange(quarters[quarters.length - 1]);
    if (!range) break;
    quarters.push(previousQuarter(range.from));
  }
  return quarters;
}

/** The default period: the last complete quarter. */
export function defaultQuarter(today: string = todayInBerlin()): string {
  return previousQuarter(today);
}

export function isQuarter(value: string): boolean {
  return QUARTER_PATTERN.test(value);
}

/** The file name of a `Content-Disposition` header, else the fallback. */
export function fileNameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : fallback;
}
