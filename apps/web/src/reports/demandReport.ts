import { QUARTER_PATTERN, previousQuarter, quarterRange } from '@lotsen/domain';
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
  /** A hidden value may also be 0 (issue 24.1); absent in snapshots frozen before the field existed. */
  zerosMayBeSuppressed?: boolean;
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
  /**
   * Needs by category group (the group's German name), computed by the API from exact counts and
   * suppressed together with the other tables — never summed here from suppressed categories.
   */
  byCategoryGroup: ReportRow<'group', 'needs' | 'unmet' | 'referred'>[];
  /** The Familienportal's searches of the period, the whole city's (absent in older snapshots). */
  portalDemand?: PortalDemand;
}

/** "Nachfrage im Familienportal": searches by topic and Sozialraum (`null`: no Sozialraum chosen). */
export interface PortalDemand {
  scope: 'city';
  searches: number | null;
  byKey: { key: string; label: string; searches: number | null }[];
  byDistrict: { districtId: string | null; searches: number | null }[];
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
  /** Frozen by the quarterly job rather than by a person. */
  createdBySystem?: boolean;
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

/** The export formats of a snapshot (GET /api/report-snapshots/{id}/export?format=…). */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

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

/** The months to pick from: the current one and the eleven before it, newest first (`YYYY-MM`). */
export function monthChoices(today: string = todayInBerlin(), count = 12): string[] {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const out: string[] = [];
  while (out.length < count) {
    out.push(`${year}-${String(month).padStart(2, '0')}`);
    month--;
    if (month === 0) {
      month = 12;
      year--;
    }
  }
  return out;
}

/** The years to pick from: the current one and the two before it, newest first. */
export function yearChoices(today: string = todayInBerlin(), count = 3): string[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, k) => String(year - k));
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
