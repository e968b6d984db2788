import { protectIntervals } from './interval-audit';
import type { AuditEntry, IntervalAudit, LpSolver } from './interval-audit-types';
import type { Equation } from './linear-protection';
import type { NestedPosition, PlannedPeriod } from './nested-suppression';

/**
 * The interval audit of a calendar year's plan (issue 24, point 1). The analyst may read the
 * year, its quarters and its months; together they publish one system: every period's numbers
 * and sums (the structure, 17 times), and along time every number of a quarter as the sum of its
 * months and of the year as the sum of its quarters. `protectPlanIntervals` audits that whole
 * system and hides further numbers (`protectIntervals`) until no small hidden number of any
 * period is pinned; hiding more never makes a number computable again, so the plan's linear
 * protection (nested-suppression.ts) still holds. Deterministic: the same counts give the same
 * plan whichever period is asked for. Pure; the solver is the caller's.
 */

/** A position of the structure, as the audit sees it. */
export interface AuditedPosition extends NestedPosition {
  /** The threshold of its small counts (`AuditEntry.minCell`). */
  minCell?: number;
  /** Never hidden further (another report publishes it by a plan of its own). */
  locked?: boolean;
}

/** The counts of every position in a period, and its parts' counts (as `PeriodNode`). */
export interface PeriodValues {
  values: readonly number[];
  children?: readonly PeriodValues[];
}

export interface AuditedPlan {
  plan: PlannedPeriod;
  audit: IntervalAudit;
}

/** Audits the plan of a hierarchy of periods and hides further numbers until none is pinned. */
export function protectPlanIntervals(
  solver: LpSolver,
  positions: readonly AuditedPosition[],
  equations: readonly Equation[],
  plan: PlannedPeriod,
  values: PeriodValues,
  options: { minCell: number; zerosMayBeSuppressed?: boolean },
): AuditedPlan {
  const n = positions.length;
  const entries: AuditEntry[] = [];
  const stacked: Equation[] = [];
  /** Adds a period's copy of the structure; returns its offset. */
  const add = (p: PlannedPeriod, v: PeriodValues): number => {
    if (p.children.length !== (v.children?.length ?? 0))
      throw new Error('protectPlanIntervals: the plan and the values differ in shape');
    const offset = entries.length;
    positions.forEach((pos, e) =>
      entries.push({
        value: v.values[e] ?? 0,
        hidden: p.hidden[e],
        unpublished: pos.unpublished,
        cost: pos.cost,
        minCell: pos.minCell,
        locked: pos.locked,
      }),
    );
    for (const eq of equations) stacked.push(eq.map(([e, c]): [number, number] => [offset + e, c]));
    const parts = p.children.map((child, k) => add(child, (v.children as PeriodValues[])[k]));
    if (parts.length > 0)
      for (let e = 0; e < n; e++)
        stacked.push([[offset + e, -1], ...parts.map((o): [number, number] => [o + e, 1])]);
    return offset;
  };
  add(plan, values);
  const { hidden, audit } = protectIntervals(solver, entries, stacked, options);
  let next = 0;
  const read = (p: PlannedPeriod): PlannedPeriod => {
    const offset = next;
    next += n;
    return { hidden: hidden.slice(offset, offset + n), children: p.children.map(read) };
  };
  return { plan: read(plan), audit };
}

/** The periods of a plan in the order `protectPlanIntervals` stacks them (the year, Q1, its months, Q2 …). */
export function periodsOfPlan(plan: PlannedPeriod): PlannedPeriod[] {
  return [plan, ...plan.children.flatMap(periodsOfPlan)];
}
