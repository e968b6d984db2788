import { monthsBetween } from './demand-assembly';
import { effectiveMinCell, suppressTable, type SuppressedTable } from './suppression';
import type { MonthPlan, TableFlags } from './trend-suppression';

/**
 * Trends of needs (issue 20, point 4): needs and unmet needs per month over two years, per
 * Sozialraum and need category, the latest quarter against the same quarter a year earlier, and
 * per Sozialraum the change that colours the tile grid. The one assembly (counts → answer),
 * used by the API (GET /api/reports/trends), the council's export and the staff app (labels).
 *
 * Suppression (the analyst; team leads see their own office unsuppressed): every month is a
 * category × Sozialraum table of needs and one of unmet needs, each suppressed with its margins
 * by `suppressTable` (sensitive categories with their higher threshold), so no hidden cell of a
 * month can be worked out from the month's totals. Nothing else is published but sums of
 * published numbers: a quarter (and its change) is published only when its three months are,
 * so it tells nothing the months do not tell already. A filter (Sozialraum, category) only picks
 * rows of the same suppressed tables: every request about the same months agrees.
 */

/** One count row as `monthlyNeeds` reads it (apps/api/.../trend-counts.ts). */
export interface TrendCount {
  month: string;
  districtId: string;
  categoryKey: string;
  needs: number;
  unmet: number;
}

/** A published count, or `null` when it is suppressed. */
export type TrendValue = number | null;

export interface TrendPoint {
  month: string;
  needs: TrendValue;
  unmet: TrendValue;
}

export interface QuarterFigures {
  /** `2026-Q3`. */
  period: string;
  needs: TrendValue;
  unmet: TrendValue;
}

/** The latest complete quarter against the same quarter a year earlier. */
export interface QuarterComparison {
  latest: QuarterFigures;
  previous: QuarterFigures;
  /** Change in % (one decimal), `null` when a figure is suppressed or the earlier one is 0. */
  needsChange: number | null;
  unmetChange: number | null;
}

/** The colour class of a tile: the change of unmet needs, latest quarter against a year earlier. */
export type TrendLevel = 'strongRise' | 'rise' | 'stable' | 'fall' | 'strongFall' | 'noData';
export const TREND_LEVELS: readonly TrendLevel[] = [
  'strongRise',
  'rise',
  'stable',
  'fall',
  'strongFall',
  'noData',
];
/** Changes (in %) at which the tile's level changes (see `trendLevel`). */
export const TREND_STEP = 10;
export const TREND_STRONG_STEP = 25;

export interface TrendSeries extends QuarterComparison {
  /** The Sozialraum (`null`: all of them). */
  districtId: string | null;
  /** The category (`null`: all of them). */
  categoryKey: string | null;
  points: TrendPoint[];
  level: TrendLevel;
}

export interface TrendsAnswer {
  scope: 'office' | 'city';
  officeId: string | null;
  /** First and last month, `YYYY-MM`, both included (24 months). */
  from: string;
  to: string;
  months: string[];
  /** The quarters compared. */
  latestQuarter: string;
  previousQuarter: string;
  /** Whether the figures are suppressed (the analyst), and the threshold in force. */
  suppressed: boolean;
  minCell: number;
  /** A hidden value may be 0 (as in the demand report: zeros are hidden too where needed). */
  zerosMayBeSuppressed: boolean;
  district: string | null;
  category: string | null;
  /** The selection: the chosen Sozialraum × category (or their totals). */
  selection: TrendSeries;
  /** Per Sozialraum, for the chosen category (or all): the tile grid and its table. */
  byDistrict: TrendSeries[];
  /** Per category, for the chosen Sozialraum (or all). */
  byCategory: TrendSeries[];
}

export interface TrendsInput {
  counts: readonly TrendCount[];
  /** Categories in the report's order, with their sensitivity. */
  categories: readonly { key: string; sensitive: boolean }[];
  /** Sozialräume in the report's order. */
  districts: readonly string[];
  from: string;
  to: string;
  officeId: string | null;
  /** Suppress (the analyst's city) or not (a team lead's own office). */
  suppress: boolean;
  minCellSetting: number;
  district?: string | null;
  category?: string | null;
  /**
   * The analyst's plan, one per month (trend-suppression.ts): the needs as the demand report's
   * month answers publish them, the unmet tables protected with their totals. Without it (and
   * with `suppress`), each month's two tables are suppressed by `suppressTable` on their own.
   */
  plans?: readonly MonthPlan[];
}

/** `YYYY-MM` plus `k` months (k may be negative). */
export function addMonths(month: string, k: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + k;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last complete month before `today` (`YYYY-MM-DD`, a Europe/Berlin day). */
export function lastCompleteMonth(today: string): string {
  return addMonths(today.slice(0, 7), -1);
}

/** The 24 months of a trend ending with `to`. */
export function trendMonths(to: string): string[] {
  return monthsBetween(addMonths(to, -23), to);
}

/** The latest complete quarter ending in or before month `to`, and the same quarter a year earlier. */
export function comparedQuarters(to: string): { latest: string; previous: string } {
  const [y, m] = to.split('-').map(Number);
  // a quarter is complete when its last month (3, 6, 9, 12) is at or before `to`
  const q = Math.floor(m / 3);
  const [year, quarter] = q === 0 ? [y - 1, 4] : [y, q];
  return { latest: `${year}-Q${quarter}`, previous: `${year - 1}-Q${quarter}` };
}

/** The months `YYYY-MM` of a quarter `2026-Q3`. */
export function monthsOfQuarter(quarter: string): string[] {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return [1, 2, 3].map((k) => `${year}-${String((q - 1) * 3 + k).padStart(2, '0')}`);
}

/** Change in % from `previous` to `latest`, one decimal; `null` if unknown or `previous` is 0. */
export function changePercent(latest: TrendValue, previous: TrendValue): number | null {
  if (latest === null || previous === null || previous === 0) return null;
  return Math.round(((latest - previous) / previous) * 1000) / 10;
}

/**
 * The tile's level from the unmet needs of the two quarters: a rise or fall of at least
 * `TREND_STRONG_STEP` % is strong, of at least `TREND_STEP` % a rise or fall, else stable; from
 * 0 to more is a strong rise, 0 to 0 stable; a suppressed figure gives `noData`.
 */
export function trendLevel(latest: TrendValue, previous: TrendValue): TrendLevel {
  if (latest === null || previous === null) return 'noData';
  if (previous === 0) return latest === 0 ? 'stable' : 'strongRise';
  const change = ((latest - previous) / previous) * 100;
  if (change >= TREND_STRONG_STEP) return 'strongRise';
  if (change >= TREND_STEP) return 'rise';
  if (change <= -TREND_STRONG_STEP) return 'strongFall';
  if (change <= -TREND_STEP) return 'fall';
  return 'stable';
}

type Measure = 'needs' | 'unmet';

/** The published value of one month, Sozialraum (null: all) and category (null: all). */
type Lookup = (
  month: number,
  measure: Measure,
  district: string | null,
  category: string | null,
) => TrendValue;

/**
 * The exact tables of each month (category × Sozialraum, in the input's order): needs and unmet
 * needs. Counts of unknown months, categories or Sozialräume are left out.
 */
export function trendTables(
  input: Pick<TrendsInput, 'counts' | 'categories' | 'districts'>,
  months: readonly string[],
): { needs: number[][]; unmet: number[][] }[] {
  const catIndex = new Map(input.categories.map((c, i) => [c.key, i]));
  const distIndex = new Map(input.districts.map((d, j) => [d, j]));
  const monthIndex = new Map(months.map((m, k) => [m, k]));
  const empty = () => input.categories.map(() => input.districts.map(() => 0));
  const tables = months.map(() => ({ needs: empty(), unmet: empty() }));
  for (const c of input.counts) {
    const k = monthIndex.get(c.month);
    const i = catIndex.get(c.categoryKey);
    const j = distIndex.get(c.districtId);
    if (k === undefined || i === undefined || j === undefined) continue;
    tables[k].needs[i][j] += c.needs;
    tables[k].unmet[i][j] += c.unmet;
  }
  return tables;
}

/** A table published by given flags (the analyst's plan, trend-suppression.ts). */
function publishedBy(table: readonly (readonly number[])[], flags: TableFlags): SuppressedTable {
  const at = (value: number, hidden: boolean) =>
    hidden ? { value: null, suppressed: true } : { value, suppressed: false };
  const rowSums = table.map((row) => row.reduce((a, b) => a + b, 0));
  const n = table[0]?.length ?? flags.cols.length;
  return {
    cells: table.map((row, i) => row.map((v, j) => at(v, flags.cells[i][j]))),
    rowTotals: rowSums.map((v, i) => at(v, flags.rows[i])),
    columnTotals: Array.from({ length: n }, (_, j) =>
      at(
        table.reduce((a, row) => a + row[j], 0),
        flags.cols[j],
      ),
    ),
    total: at(
      rowSums.reduce((a, b) => a + b, 0),
      flags.total,
    ),
  };
}

/** The month tables, suppressed (or not), as one lookup. */
function monthLookup(
  input: TrendsInput,
  months: readonly string[],
): { lookup: Lookup; zerosMayBeSuppressed: boolean } {
  const catIndex = new Map(input.categories.map((c, i) => [c.key, i]));
  const distIndex = new Map(input.districts.map((d, j) => [d, j]));
  const tables = trendTables(input, months);
  const sensitiveRows = input.categories.map((c) => c.sensitive);
  const { plans } = input;
  if (plans && plans.length !== months.length) throw new Error('buildTrends: one plan per month');
  const suppressed: { needs: SuppressedTable; unmet: SuppressedTable }[] | null = !input.suppress
    ? null
    : tables.map((t, k) =>
        plans
          ? { needs: publishedBy(t.needs, plans[k].needs), unmet: publishedBy(t.unmet, plans[k].unmet) }
          : {
              needs: suppressTable(t.needs, { minCell: input.minCellSetting, sensitiveRows }),
              unmet: suppressTable(t.unmet, { minCell: input.minCellSetting, sensitiveRows }),
            },
      );
  // a hidden 0 (the plans may hide zeros): then a "." may stand for 0, and the answer says so
  const zeroHidden = (table: readonly (readonly number[])[], t: SuppressedTable): boolean => {
    const rowSums = table.map((row) => row.reduce((x, y) => x + y, 0));
    const colSums = t.columnTotals.map((_, j) => table.reduce((x, row) => x + row[j], 0));
    return (
      t.cells.some((row, i) => row.some((c, j) => c.suppressed && table[i][j] === 0)) ||
      t.rowTotals.some((c, i) => c.suppressed && rowSums[i] === 0) ||
      t.columnTotals.some((c, j) => c.suppressed && colSums[j] === 0) ||
      (t.total.suppressed && rowSums.every((v) => v === 0))
    );
  };
  const zerosMayBeSuppressed = (suppressed ?? []).some(
    (m, k) => zeroHidden(tables[k].needs, m.needs) || zeroHidden(tables[k].unmet, m.unmet),
  );
  const lookup: Lookup = (k, measure, district, category) => {
    const i = category === null ? null : (catIndex.get(category) ?? -1);
    const j = district === null ? null : (distIndex.get(district) ?? -1);
    if (i === -1 || j === -1) return 0;
    if (suppressed) {
      const s = suppressed[k][measure];
      const p =
        i === null ? (j === null ? s.total : s.columnTotals[j]) : j === null ? s.rowTotals[i] : s.cells[i][j];
      return p.value;
    }
    const t = tables[k][measure];
    const rowSum = (row: number) => (j === null ? t[row].reduce((a, b) => a + b, 0) : t[row][j]);
    return i === null ? t.reduce((a, _, row) => a + rowSum(row), 0) : rowSum(i);
  };
  return { lookup, zerosMayBeSuppressed };
}

/** A sum of published values, or `null` when any of them is suppressed. */
const sumPublished = (values: readonly TrendValue[]): TrendValue =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v as number), 0);

/** The trends answer from counts. Pure. */
export function buildTrends(input: TrendsInput): TrendsAnswer {
  const months = monthsBetween(input.from, input.to);
  const { lookup, zerosMayBeSuppressed } = monthLookup(input, months);
  const { latest, previous } = comparedQuarters(input.to);
  const quarterIndexes = (quarter: string) =>
    monthsOfQuarter(quarter)
      .map((m) => months.indexOf(m))
      .filter((k) => k >= 0);
  const latestMonths = quarterIndexes(latest);
  const previousMonths = quarterIndexes(previous);
  const district = input.district ?? null;
  const category = input.category ?? null;

  const series = (d: string | null, c: string | null): TrendSeries => {
    const points = months.map((month, k) => ({
      month,
      needs: lookup(k, 'needs', d, c),
      unmet: lookup(k, 'unmet', d, c),
    }));
    // a quarter outside the months (never with 24 months) is not published
    const quarter = (period: string, ks: number[]): QuarterFigures => ({
      period,
      needs: ks.length === 3 ? sumPublished(ks.map((k) => points[k].needs)) : null,
      unmet: ks.length === 3 ? sumPublished(ks.map((k) => points[k].unmet)) : null,
    });
    const a = quarter(latest, latestMonths);
    const b = quarter(previous, previousMonths);
    return {
      districtId: d,
      categoryKey: c,
      points,
      latest: a,
      previous: b,
      needsChange: changePercent(a.needs, b.needs),
      unmetChange: changePercent(a.unmet, b.unmet),
      level: trendLevel(a.unmet, b.unmet),
    };
  };

  return {
    scope: input.officeId === null ? 'city' : 'office',
    officeId: input.officeId,
    from: input.from,
    to: input.to,
    months,
    latestQuarter: latest,
    previousQuarter: previous,
    suppressed: input.suppress,
    zerosMayBeSuppressed,
    minCell: effectiveMinCell(input.minCellSetting),
    district,
    category,
    selection: series(district, category),
    byDistrict: input.districts.map((d) => series(d, category)),
    byCategory: input.categories.map((c) => series(district, c.key)),
  };
}
