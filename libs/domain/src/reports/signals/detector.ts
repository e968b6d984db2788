import { benjaminiHochbergCutoff, rateRiseTest } from './exact-test';

/**
 * The early-warning detector (issue 20.5; method, thresholds and measured rates in
 * docs/signals.md). Per Sozialraum × need category it compares the unmet needs of the recent
 * weeks with the weeks before them by an exact conditional Poisson test, seasonally adjusted when
 * a year of history exists, and controls the false discovery rate over every cell tested in a
 * week (Benjamini–Hochberg) beneath a per-cell ceiling. Pure: weekly counts in, decisions out.
 */
export interface SignalMethod {
  /** Weeks of the recent window, ending with the week tested. */
  recentWeeks: number;
  /** Weeks of the baseline, just before the recent window (fewer when the history is shorter). */
  baselineWeeks: number;
  /** A cell is tested only with at least this many baseline weeks of history. */
  minBaselineWeeks: number;
  /** Per-cell ceiling on the p-value for a signal to open (also with a single cell). */
  alpha: number;
  /** Benjamini–Hochberg false discovery rate over the cells tested in the same week. */
  fdr: number;
  /** A signal opens only when the recent rate is at least this multiple of the expected one. */
  minRatio: number;
  /** … and the recent window holds at least this many unmet needs. */
  minRecentCount: number;
  /** An open signal stays open while its (unadjusted) p-value is at most this. */
  closeP: number;
  /** Pseudo-count that shrinks the seasonal factor towards 1 (small counts a year ago). */
  seasonalPseudoCount: number;
  /** The seasonal factor is clamped to [1, seasonalClamp]. */
  seasonalClamp: number;
}

export const SIGNAL_METHOD: SignalMethod = {
  recentWeeks: 6,
  baselineWeeks: 26,
  minBaselineWeeks: 12,
  alpha: 0.0003,
  fdr: 0.05,
  minRatio: 1.5,
  minRecentCount: 5,
  closeP: 0.05,
  seasonalPseudoCount: 5,
  seasonalClamp: 2,
};

/** The outcome of one cell's test in one week. */
export interface CellTest {
  recentCount: number;
  /** Unmet needs per week in the recent window. */
  recentRate: number;
  baselineCount: number;
  baselineWeeks: number;
  /** Unmet needs per week in the baseline, times the seasonal factor. */
  baselineRate: number;
  /** 1 without a year of history. */
  seasonalFactor: number;
  /** recentRate / baselineRate (the baseline rate taken as at least half a need per baseline). */
  ratio: number;
  /** One-sided exact p-value (unadjusted). */
  pValue: number;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
const sum = (xs: readonly number[], from: number, to: number) => {
  let s = 0;
  for (let i = Math.max(0, from); i < to; i++) s += xs[i] ?? 0;
  return s;
};

/**
 * Tests one cell. `series` holds weekly counts from the first week of the history (index 0) to
 * the week tested (last); null when the history is too short or the cell never had a need.
 */
export function testCell(series: readonly number[], method: SignalMethod = SIGNAL_METHOD): CellTest | null {
  const end = series.length; // exclusive
  const W = method.recentWeeks;
  const recentFrom = end - W;
  const baselineFrom = Math.max(0, recentFrom - method.baselineWeeks);
  const baselineWeeks = recentFrom - baselineFrom;
  if (baselineWeeks < method.minBaselineWeeks) return null;
  const recentCount = sum(series, recentFrom, end);
  const baselineCount = sum(series, baselineFrom, recentFrom);
  if (recentCount + baselineCount === 0) return null;

  // season: the same recent weeks a year earlier against the baseline weeks a year earlier
  let seasonalFactor = 1;
  const lastYearBaselineFrom = baselineFrom - 52;
  if (lastYearBaselineFrom >= 0) {
    const a = sum(series, recentFrom - 52, end - 52);
    const b = sum(series, lastYearBaselineFrom, recentFrom - 52);
    const c = method.seasonalPseudoCount;
    const raw = (a + c) / ((b * W) / baselineWeeks + c);
    // a season may explain a rise away, never create one: the factor is at least 1
    seasonalFactor = Math.min(method.seasonalClamp, Math.max(1, raw));
  }
  const recentRate = recentCount / W;
  const baselineRate = (baselineCount / baselineWeeks) * seasonalFactor;
  const floorRate = (0.5 / baselineWeeks) * seasonalFactor;
  const pValue = rateRiseTest(recentCount, W * seasonalFactor, baselineCount, baselineWeeks);
  return {
    recentCount,
    recentRate: round(recentRate, 3),
    baselineCount,
    baselineWeeks,
    baselineRate: round(baselineRate, 3),
    seasonalFactor: round(seasonalFactor, 3),
    ratio: round(recentRate / Math.max(baselineRate, floorRate), 2),
    pValue,
  };
}

export interface CellSeries {
  /** Any stable key of the cell (e.g. `districtId|categoryKey`). */
  key: string;
  series: readonly number[];
}

export interface CellDecision {
  key: string;
  test: CellTest;
  /** The signal is open after this week. */
  open: boolean;
  opened: boolean;
  closed: boolean;
}

/**
 * One week's decisions over every cell: which signals open, stay open and close. `openKeys` are
 * the cells with an open signal before this week; an open cell missing from `cells` (or no longer
 * testable) closes. Untestable cells without a signal are left out of the answer.
 */
export function decideWeek(
  cells: readonly CellSeries[],
  openKeys: ReadonlySet<string>,
  method: SignalMethod = SIGNAL_METHOD,
): { decisions: CellDecision[]; closedUntested: string[]; cutoff: number } {
  const tested = cells
    .map((c) => ({ key: c.key, test: testCell(c.series, method) }))
    .filter((c): c is { key: string; test: CellTest } => c.test !== null);
  const bh = benjaminiHochbergCutoff(
    tested.map((c) => c.test.pValue),
    method.fdr,
  );
  const cutoff = Math.min(method.alpha, bh);
  const decisions = tested.map(({ key, test }): CellDecision => {
    const wasOpen = openKeys.has(key);
    const open = wasOpen
      ? test.pValue <= method.closeP && test.ratio > 1
      : test.pValue <= cutoff && test.ratio >= method.minRatio && test.recentCount >= method.minRecentCount;
    return { key, test, open, opened: open && !wasOpen, closed: wasOpen && !open };
  });
  const seen = new Set(tested.map((t) => t.key));
  const closedUntested = [...openKeys].filter((k) => !seen.has(k));
  return { decisions: decisions.filter((d) => d.open || d.closed || d.opened), closedUntested, cutoff };
}
