import type { Equation } from './linear-protection';
import type { AuditEntry, AuditOptions, CellInterval, IntervalAudit } from './interval-audit-types';

/**
 * The working state of the interval audit (interval-audit.ts): which numbers are hidden, the
 * equations around each, the groups they link, and whether a number's interval protects it.
 */

export const TOLERANCE = 1e-6;

export interface State {
  entries: readonly AuditEntry[];
  equations: readonly Equation[];
  equationsOf: number[][];
  hidden: boolean[];
  zeros: boolean;
  options: AuditOptions;
  lpSolved: number;
}

export const thresholdOf = (s: State, e: number) => s.entries[e].minCell || s.options.minCell;
export const isSmall = (s: State, e: number) =>
  s.hidden[e] &&
  !s.entries[e].unpublished &&
  s.entries[e].value >= 1 &&
  s.entries[e].value < thresholdOf(s, e);
export const wideEnough = (s: State, e: number, lower: number, upper: number) => {
  const min = thresholdOf(s, e);
  return upper >= min - TOLERANCE && upper - lower >= min - 1 - TOLERANCE;
};

export function stateOf(
  entries: readonly AuditEntry[],
  equations: readonly Equation[],
  options: AuditOptions,
): State {
  const equationsOf: number[][] = entries.map(() => []);
  equations.forEach((eq, k) => {
    for (const [e] of eq) if (!equationsOf[e].includes(k)) equationsOf[e].push(k);
  });
  const hidden = entries.map((e) => e.hidden || !!e.unpublished);
  return { entries, equations, equationsOf, hidden, zeros: false, options, lpSolved: 0 };
}

export const hidesZero = (s: State) =>
  !!s.options.zerosMayBeSuppressed ||
  s.entries.some((e, i) => s.hidden[i] && !e.unpublished && e.value === 0);

/** The hidden entries linked with `start` through equations, and those equations. */
export function componentOf(s: State, start: number): { unknowns: number[]; eqs: number[] } {
  const unknowns = new Set([start]);
  const eqs = new Set<number>();
  const queue = [start];
  while (queue.length > 0) {
    const e = queue.pop() as number;
    for (const k of s.equationsOf[e]) {
      if (eqs.has(k)) continue;
      eqs.add(k);
      for (const [other] of s.equations[k]) {
        if (s.hidden[other] && !unknowns.has(other)) {
          unknowns.add(other);
          queue.push(other);
        }
      }
    }
  }
  return { unknowns: [...unknowns].sort((a, b) => a - b), eqs: [...eqs].sort((a, b) => a - b) };
}

export const resultOf = (s: State, intervals: CellInterval[]): IntervalAudit => ({
  zerosMayBeSuppressed: s.zeros,
  intervals,
  pinned: intervals.filter((i) => !i.protected),
  lpSolved: s.lpSolved,
});
