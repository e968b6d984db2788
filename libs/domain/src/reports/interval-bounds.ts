import type { CellInterval, LpModel, LpSolver } from './interval-audit-types';
import {
  TOLERANCE,
  componentOf,
  hidesZero,
  isSmall,
  thresholdOf,
  wideEnough,
  type State,
} from './interval-audit-state';

/**
 * The attacker's bounds of hidden numbers (interval-audit.ts): points found without an LP, then
 * one HiGHS model per connected group of hidden numbers, solved only where the known points do
 * not decide.
 */

/** HiGHS model status codes the audit reads. */
const OPTIMAL = 7;
const UNBOUNDED = 10;
const UNBOUNDED_OR_INFEASIBLE = 9;
/** From this many small numbers of a group on, their lowest point is first sought together. */
const BATCH = 3;

/**
 * Points without an LP: hidden numbers that take part in exactly the same equations with the
 * same coefficients (the providers' rows of one measure, the unmet needs of one group) can pass
 * any amount between them — moving it from one to another changes no published sum. So one of
 * them can hold all that the others have above their lowest value (its highest known point), and
 * each can give all it has above its lowest to another (its lowest). Updates `low`/`high`.
 */
function parallelPoints(
  s: State,
  unknowns: readonly number[],
  eqs: readonly number[],
  lowerOf: (e: number) => number,
  low: number[],
  high: number[],
): void {
  const column = new Map(unknowns.map((e, k) => [e, k]));
  const signature = unknowns.map(() => new Map<number, number>());
  for (const k of eqs)
    for (const [e, c] of s.equations[k]) {
      const j = column.get(e);
      if (j !== undefined) signature[j].set(k, (signature[j].get(k) ?? 0) + c);
    }
  const groups = new Map<string, number[]>();
  signature.forEach((sig, j) => {
    const key = [...sig]
      .filter(([, c]) => c !== 0)
      .sort(([a], [b]) => a - b)
      .join(';');
    groups.set(key, [...(groups.get(key) ?? []), j]);
  });
  for (const [key, members] of groups) {
    if (members.length < 2 || key === '') continue;
    const slack = members.reduce((sum, j) => sum + s.entries[unknowns[j]].value - lowerOf(unknowns[j]), 0);
    for (const j of members) {
      const lowest = lowerOf(unknowns[j]);
      if (lowest < low[j]) low[j] = lowest;
      if (lowest + slack > high[j]) high[j] = lowest + slack;
    }
  }
}

/** The intervals of `targets` (hidden entries of one component) by linear programming. */
export function auditComponent(
  solver: LpSolver,
  s: State,
  component: { unknowns: number[]; eqs: number[] },
  targets: number[],
): CellInterval[] {
  const { unknowns, eqs } = component;
  const column = new Map(unknowns.map((e, k) => [e, k]));
  const lowerOf = (e: number) => (s.entries[e].unpublished || s.zeros ? 0 : 1);
  // points the attacker cannot rule out: the true values first, then every optimum found
  const low = unknowns.map((e) => s.entries[e].value);
  const high = [...low];
  parallelPoints(s, unknowns, eqs, lowerOf, low, high);
  const out: CellInterval[] = [];
  let model: LpModel | null = null;
  const build = (): LpModel => {
    const m = solver.createModel();
    m.options.set({ output_flag: false });
    m.addVars(
      unknowns.map(lowerOf),
      unknowns.map(() => solver.infinity),
    );
    for (const k of eqs) {
      const coefficients = new Map<number, number>();
      let constant = 0;
      for (const [e, c] of s.equations[k]) {
        const j = column.get(e);
        if (j === undefined) constant += c * s.entries[e].value;
        else coefficients.set(j, (coefficients.get(j) ?? 0) + c);
      }
      const indices = [...coefficients.keys()].filter((j) => coefficients.get(j) !== 0);
      if (indices.length === 0) continue;
      const values = indices.map((j) => coefficients.get(j) as number);
      m.addRow(-constant, -constant, { indices, values });
    }
    return m;
  };
  /** min (sign 1) or max (sign −1) of the target's column. */
  const optimum = (m: LpModel, j: number, sign: 1 | -1): number => {
    m.changeColCost(j, sign);
    m.run();
    s.lpSolved++;
    // read before the cost is reset: a change of the model clears its status
    const status = m.getModelStatus();
    const objective = m.getObjectiveValue();
    const point = status === OPTIMAL ? m.getSolution().colValue : null;
    m.changeColCost(j, 0);
    if (status === UNBOUNDED || status === UNBOUNDED_OR_INFEASIBLE) return sign === 1 ? -Infinity : Infinity;
    if (!point) throw new Error(`interval audit: the solver ended with status ${status}`);
    for (let k = 0; k < unknowns.length; k++) {
      if (point[k] < low[k]) low[k] = point[k];
      if (point[k] > high[k]) high[k] = point[k];
    }
    return sign * objective;
  };
  /**
   * The lowest point of many small numbers at once (one LP, all pushed down together): each
   * optimum is a point the attacker cannot rule out, and a number whose known lowest value is low
   * enough needs only the LP of its highest.
   */
  const jointlyDown = (m: LpModel, columns: number[]): void => {
    for (const j of columns) m.changeColCost(j, 1);
    m.run();
    s.lpSolved++;
    const point = m.getModelStatus() === OPTIMAL ? m.getSolution().colValue : null;
    for (const j of columns) m.changeColCost(j, 0);
    if (point)
      for (let k = 0; k < unknowns.length; k++) {
        if (point[k] < low[k]) low[k] = point[k];
        if (point[k] > high[k]) high[k] = point[k];
      }
  };
  try {
    const open = targets
      .map((e) => column.get(e) as number)
      .filter((j) => isSmall(s, unknowns[j]) && !wideEnough(s, unknowns[j], low[j], high[j]));
    if (!s.options.exact && open.length >= BATCH) {
      model = build();
      jointlyDown(model, open);
    }
    for (const e of targets) {
      const j = column.get(e) as number;
      const small = isSmall(s, e);
      if (!s.options.exact && (!small || wideEnough(s, e, low[j], high[j]))) {
        out.push({ entry: e, lower: low[j], upper: high[j], exact: false, small, protected: true });
        continue;
      }
      model ??= build();
      if (s.options.exact) {
        const lower = optimum(model, j, 1);
        const upper = optimum(model, j, -1);
        out.push({
          entry: e,
          lower,
          upper,
          exact: true,
          small,
          protected: !small || wideEnough(s, e, lower, upper),
        });
        continue;
      }
      // the highest value first: below the threshold the number is pinned whatever its lowest;
      // else a known point low enough decides without the second LP (the attacker's lowest is
      // at most that point's value)
      const upper = optimum(model, j, -1);
      const decided = upper < thresholdOf(s, e) - TOLERANCE || wideEnough(s, e, low[j], upper);
      const lower = decided ? low[j] : optimum(model, j, 1);
      out.push({ entry: e, lower, upper, exact: false, small, protected: wideEnough(s, e, lower, upper) });
    }
  } finally {
    model?.dispose();
  }
  return out;
}

/** The intervals of every hidden published entry in the current state. */
export function auditAll(solver: LpSolver, s: State): CellInterval[] {
  s.zeros = hidesZero(s);
  const done = new Set<number>();
  const out: CellInterval[] = [];
  for (let e = 0; e < s.entries.length; e++) {
    if (!s.hidden[e] || done.has(e)) continue;
    const component = componentOf(s, e);
    for (const u of component.unknowns) done.add(u);
    const targets = component.unknowns.filter((u) => !s.entries[u].unpublished);
    if (!s.options.exact && !targets.some((u) => isSmall(s, u))) {
      // nothing small to protect here: the bounds of the true values suffice
      for (const u of targets)
        out.push({
          entry: u,
          lower: s.entries[u].value,
          upper: s.entries[u].value,
          exact: false,
          small: false,
          protected: true,
        });
      continue;
    }
    out.push(...auditComponent(solver, s, component, targets));
  }
  return out.sort((a, b) => a.entry - b.entry);
}
