import { protectLinear, type Equation } from './linear-protection';

/**
 * Suppression over the time axis (issue 16, point 4). The analyst may read a calendar year, its
 * quarters and its months; each is the same report (the same numbers and sums, the *structure*)
 * over other counts, and every number of a quarter is the sum of its three months, of the year
 * the sum of its quarters. One plan covers the whole year, the periods as a tree, every period's
 * hidden positions protected within the structure (`protectLinear`), and two rules between them:
 *
 * 1. a part hides at least what its whole hides (a quarter what the year hides, a month what its
 *    quarter hides);
 * 2. every part has a sibling that hides at least all it hides (the most hidden quarter shares
 *    its pattern with the next one, and the other quarters' patterns lie within theirs; the same
 *    for the three months of each quarter).
 *
 * Why no combination of published months, quarters and the year then recovers a hidden number:
 * for a hidden position x of a period p there is a change of hidden numbers only that keeps
 * every published number and every sum, and moves x in p. Take u, a change of p's hidden
 * positions that keeps the structure's sums and moves x (it exists: p's pattern is protected).
 * For the year, put u in the year, u/4 in each quarter, u/12 in each month (rule 1 keeps it on
 * hidden numbers). For a quarter or a month, put u in it and −u in its sibling of rule 2, and
 * spread each over its months (u/3 each; rule 1). Every sum within a period and along time still
 * holds. Pure; the work is a few protection runs per period (17 periods), never exponential.
 *
 * The audit is `protectLinear`'s (exact linear recovery). A stronger audit (interval bounds,
 * issue 24) can replace `protect` here without changing the plan's shape.
 */

/** One number of the report's structure, the same in every period. */
export interface NestedPosition {
  /** Lower costs are hidden first when more must be hidden (see `LinearEntry.cost`). */
  cost: number;
  /** A number the report never publishes (unknown to a reader; needs no protection). */
  unpublished?: boolean;
}

/** A period of the hierarchy: what it hides on its own (small counts, tables' own suppression). */
export interface PeriodNode {
  own: readonly boolean[];
  /** The periods it is the sum of (a year's quarters, a quarter's months): none, or at least two. */
  children?: readonly PeriodNode[];
}

/** The plan of a period: its hidden positions, and its children's plans. */
export interface PlannedPeriod {
  hidden: boolean[];
  children: PlannedPeriod[];
}

/**
 * The hidden positions of every period of the hierarchy (the year, its quarters, their months).
 * Deterministic: the same counts give the same plan, whichever period is asked for. `values`
 * only order the candidates for further hiding (e.g. the year's counts).
 */
export function planHierarchicalSuppression(
  positions: readonly NestedPosition[],
  equations: readonly Equation[],
  root: PeriodNode,
  values: readonly number[],
): PlannedPeriod {
  const protect = (start: readonly boolean[]) =>
    protectLinear(
      positions.map((p, i) => ({
        value: values[i] ?? 0,
        hidden: start[i],
        cost: p.cost,
        unpublished: p.unpublished,
      })),
      equations,
    );
  const union = (a: readonly boolean[], b: readonly boolean[]) => a.map((x, i) => x || b[i]);
  const within = (a: readonly boolean[], b: readonly boolean[]) => a.every((x, i) => !x || b[i]);
  const count = (a: readonly boolean[]) => a.filter(Boolean).length;

  /** `hidden`: the period's pattern, protected and within its whole's already. */
  const plan = (node: PeriodNode, hidden: boolean[]): PlannedPeriod => {
    const children = node.children ?? [];
    if (children.length === 1) throw new Error('planHierarchicalSuppression: a period of one part');
    // each part on its own, never below the whole's pattern
    const sets = children.map((child) => protect(union(child.own, hidden)));
    if (sets.length > 0) {
      // the most hidden part shares its pattern with the next one, and every other part's
      // pattern lies within theirs: each part has a sibling that hides all it hides
      const order = sets.map((_, k) => k).sort((a, b) => count(sets[b]) - count(sets[a]) || a - b);
      let top = within(sets[order[1]], sets[order[0]])
        ? sets[order[0]]
        : protect(union(sets[order[0]], sets[order[1]]));
      for (const k of order.slice(2)) if (!within(sets[k], top)) top = protect(union(top, sets[k]));
      sets[order[0]] = top;
      sets[order[1]] = top;
    }
    return { hidden, children: children.map((child, k) => plan(child, sets[k])) };
  };
  return plan(root, protect(root.own));
}

/**
 * The plan of one number that takes part in no sum of the report (e.g. the referrals sent in
 * the period: the demand report and the outcomes report both publish it). It depends on that
 * number's own small counts only, so that every report that shows it shows it alike.
 */
export function planIsolated(root: PeriodNode): PlannedPeriod {
  return planHierarchicalSuppression([{ cost: 0 }], [], root, [0]);
}
