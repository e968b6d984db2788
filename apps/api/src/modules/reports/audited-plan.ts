import type { PeriodNode, PlannedPeriod } from '@lotsen/domain';
import type { AuditedAnswer } from './answer-audit';

/** The periods of a year in the order of `periodsOfPlan`: the year, Q1, its three months, Q2 … */
export const PLAN_PERIODS = 17;

/** Where a period sits in that order. */
export const planIndex = {
  year: 0,
  quarter: (q: number) => 1 + 4 * q,
  month: (m: number) => 2 + 4 * Math.floor(m / 3) + (m % 3),
};

/** The year's tree of periods from the flags of each period (in plan order). */
export function periodTree(own: (k: number) => readonly boolean[]): PeriodNode {
  return {
    own: own(0),
    children: [0, 1, 2, 3].map((q) => ({
      own: own(planIndex.quarter(q)),
      children: [0, 1, 2].map((i) => ({ own: own(planIndex.month(q * 3 + i)) })),
    })),
  };
}

/** A plan's flags of each period, in plan order (copies: siblings of a plan may share one array). */
export function planFlags(plan: PlannedPeriod): boolean[][] {
  return [plan.hidden, ...plan.children.flatMap((q) => [q.hidden, ...q.children.map((m) => m.hidden)])].map(
    (flags) => [...flags],
  );
}

/**
 * The year's plan with every answer audited (issue 24, point 1). The linear plan over the year
 * (`plan`, from each period's own flags) makes sure no hidden number is computable from all the
 * year's answers together; the interval audit of each answer (`audit`) may hide further numbers;
 * those become that period's own flags and the year is planned again, so that a number hidden
 * by the audit is not published by another answer's sums either (a month's total in its
 * quarter's `byMonth`, a quarter's cell as the sum of its months). Repeats until no audit hides
 * more: flags only grow, so it ends. Deterministic: every answer of the year comes from the
 * same fixed point, whichever is asked for. Returns each period's audited answer (plan order).
 */
export function auditedYearPlan(
  own: readonly (readonly boolean[])[],
  plan: (tree: PeriodNode) => boolean[][],
  audit: (k: number, flags: boolean[][]) => AuditedAnswer,
): AuditedAnswer[] {
  const extra = own.map((flags) => [...flags]);
  for (;;) {
    const flags = plan(periodTree((k) => extra[k]));
    const answers = flags.map((_, k) => audit(k, flags));
    let changed = false;
    answers.forEach((a, k) =>
      flags[k].forEach((planned, e) => {
        if (a.hidden[e] && !planned) extra[k][e] = changed = true;
      }),
    );
    if (!changed) return answers;
  }
}
