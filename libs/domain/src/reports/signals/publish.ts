import { effectiveMinCell } from '../suppression';

/**
 * What a signal may publish (issue 20.5, docs/signals.md): a count only when it passes
 * suppression (the configured minimum cell; at least 5 for sensitive categories), else "< 5".
 * The rates, the ratio and the p-value are computed from the recent and the baseline count, so
 * each of them would give a suppressed count back: a figure derived from a small count (1 to
 * min − 1) is withheld too (`null`). Zero is never a small cell.
 */
export interface SignalFigures {
  recentCount: number;
  baselineCount: number;
  recentRate: number;
  baselineRate: number;
  ratio: number;
  pValue: number;
}

export interface PublishedSignalFigures {
  recentCount: number | string;
  recentRate: number | null;
  baselineRate: number | null;
  ratio: number | null;
  pValue: number | null;
}

/** The recent count as published: the number when it passes suppression, else "< min". */
export function publishedSignalCount(
  count: number,
  minCellSetting: number,
  sensitive: boolean,
): number | string {
  const min = effectiveMinCell(minCellSetting, sensitive);
  return count === 0 || count >= min ? count : `< ${min}`;
}

export function publishSignalFigures(
  f: SignalFigures,
  minCellSetting: number,
  sensitive: boolean,
): PublishedSignalFigures {
  const min = effectiveMinCell(minCellSetting, sensitive);
  const small = (n: number) => n > 0 && n < min;
  const recentSmall = small(f.recentCount);
  const baselineSmall = small(f.baselineCount);
  return {
    recentCount: publishedSignalCount(f.recentCount, minCellSetting, sensitive),
    recentRate: recentSmall ? null : f.recentRate,
    baselineRate: baselineSmall ? null : f.baselineRate,
    ratio: recentSmall || baselineSmall ? null : f.ratio,
    pValue: recentSmall || baselineSmall ? null : f.pValue,
  };
}
