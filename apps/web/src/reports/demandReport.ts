import {
  QUARTER_PATTERN,
  previousQuarter,
  quarterRange,
  type DemandReport as AssembledDemandReport,
} from '@lotsen/domain';
import { todayInBerlin } from '../common/dates';

// The report's rows, their types and how a count is read are libs/domain's one assembly
// (demand-assembly.ts), the same the API builds the report with (issue 20 point 3).
export { TOTAL_FIELDS, countOf, type PortalDemand, type ReportRow } from '@lotsen/domain';

/**
 * The demand report (GET /api/reports/demand) as the API assembles it; frozen snapshots made
 * before issue 24.1 lack `zerosMayBeSuppressed`, before the groups `byCategoryGroup`.
 */
export type DemandReport = Omit<AssembledDemandReport, 'zerosMayBeSuppressed'> & {
  zerosMayBeSuppressed?: boolean;
};

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
