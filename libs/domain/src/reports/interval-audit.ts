import { protectLinear, type Equation } from './linear-protection';

/**
 * The interval audit of suppressed figures (issue 24, point 1), as statistical offices do it
 * (sdcTable's `attack()`, τ-ARGUS's protection intervals). An attacker knows everything an answer
 * publishes — every table, total and margin, as the equations between its numbers — and that
 * every count is ≥ 0, and a suppressed one ≥ 1 (zeros are published as 0) unless the answer says
 * `zerosMayBeSuppressed`. By linear programming they get for each suppressed number the interval
 * [min, max] of the values consistent with all that. A number hidden for being small (1 to
 * `minCell − 1`) is protected when its interval reaches `minCell` and is at least `minCell − 1`
 * wide; secondary suppression goes on until every one is (`protectIntervals`).
 *
 * Pure: the solver (HiGHS compiled to WebAssembly, the npm package `highs`) is loaded by the
 * caller and passed in; only the few methods below are used. The work is capped: one model per
 * connected group of suppressed numbers, two objectives per small number, and none where the
 * points the solver has already found show the interval is wide enough (each optimum is a
 * point the attacker cannot rule out, so it widens the known part of every interval).
 */

/** What the audit uses of a loaded HiGHS instance (`await require('highs')()`). */
export interface LpSolver {
  readonly infinity: number;
  createModel(): LpModel;
}

/** What the audit uses of a persistent HiGHS model. */
export interface LpModel {
  readonly options: { set(options: { output_flag: boolean }): unknown };
  addVars(lower: readonly number[], upper: readonly number[]): unknown;
  addRow(lower: number, upper: number, entries: { indices: number[]; values: number[] }): unknown;
  changeColCost(index: number, cost: number): unknown;
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  getSolution(): { readonly colValue: ArrayLike<number> };
  dispose(): void;
}

/** HiGHS model status codes the audit reads. */
const OPTIMAL = 7;
const UNBOUNDED = 10;
const UNBOUNDED_OR_INFEASIBLE = 9;
const TOLERANCE = 1e-6;
/** How many candidates are tried one by one before the cheapest is hidden and the search goes on. */
const TRIALS = 6;
/** From this many small numbers of a group on, their lowest point is first sought together. */
const BATCH = 3;

/** One number of an answer. */
export interface AuditEntry {
  /** The exact count (≥ 0). */
  value: number;
  /** Suppressed in the answer. */
  hidden: boolean;
  /** Never published (a total the answer does not show): unknown, ≥ 0, needs no protection. */
  unpublished?: boolean;
  /** Lower costs are hidden first when more must be hidden (then the smallest non-zero value). */
  cost: number;
  /** The threshold of its small counts (1 to `minCell − 1`); 0 or absent: the audit's default. */
  minCell?: number;
  /** Never hidden further (another answer publishes it by a plan of its own). */
  locked?: boolean;
}

export interface AuditOptions {
  /** The threshold of entries without one of their own. */
  minCell: number;
  /**
   * The answer says that zeros may be hidden too: then the attacker's lower bound of a hidden
   * number is 0, not 1. The audit says so as well whenever a zero is hidden.
   */
  zerosMayBeSuppressed?: boolean;
  /** Solve both objectives for every hidden number (tests, benchmarks), not only where needed. */
  exact?: boolean;
}

/** The attacker's interval of one hidden number. */
export interface CellInterval {
  entry: number;
  /** With `exact`, the attacker's bounds; else bounds at least as wide as needed to decide. */
  lower: number;
  upper: number;
  exact: boolean;
  /** Hidden for being small (the interval must protect it). */
  small: boolean;
  /** The interval reaches `minCell` and is `minCell − 1` wide (always true for other numbers). */
  protected: boolean;
}

export interface IntervalAudit {
  zerosMayBeSuppressed: boolean;
  /** Every hidden published number's interval (small ones always; others with `exact`). */
  intervals: CellInterval[];
  /** The small numbers whose interval is too narrow. */
  pinned: CellInterval[];
  /** How many linear programs were solved. */
  lpSolved: number;
}

interface State {
  entries: readonly AuditEntry[];
  equations: readonly Equation[];
  equationsOf: number[][];
  hidden: boolean[];
  zeros: boolean;
  options: AuditOptions;
  lpSolved: number;
}

const thresholdOf = (s: State, e: number) => s.entries[e].minCell || s.options.minCell;
const isSmall = (s: State, e: number) =>
  s.hidden[e] &&
  !s.entries[e].unpublished &&
  s.entries[e].value >= 1 &&
  s.entries[e].value < thresholdOf(s, e);
const wideEnough = (s: State, e: number, lower: number, upper: number) => {
  const min = thresholdOf(s, e);
  return upper >= min - TOLERANCE && upper - lower >= min - 1 - TOLERANCE;
};

function stateOf(
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

const hidesZero = (s: State) =>
  !!s.options.zerosMayBeSuppressed ||
  s.entries.some((e, i) => s.hidden[i] && !e.unpublished && e.value === 0);

/** The hidden entries linked with `start` through equations, and those equations. */
function componentOf(s: State, start: number): { unknowns: number[]; eqs: number[] } {
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
function auditComponent(
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
function auditAll(solver: LpSolver, s: State): CellInterval[] {
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

const resultOf = (s: State, intervals: CellInterval[]): IntervalAudit => ({
  zerosMayBeSuppressed: s.zeros,
  intervals,
  pinned: intervals.filter((i) => !i.protected),
  lpSolved: s.lpSolved,
});

/** The attacker's intervals of an answer's hidden numbers, and the small ones left pinned. Pure. */
export function auditIntervals(
  solver: LpSolver,
  entries: readonly AuditEntry[],
  equations: readonly Equation[],
  options: AuditOptions,
): IntervalAudit {
  const s = stateOf(entries, equations, options);
  return resultOf(s, auditAll(solver, s));
}

/**
 * Hides further numbers until no small hidden number is pinned (its interval too narrow). For a
 * pinned number the candidates are the published, unlocked numbers of the equations around its
 * group of hidden numbers, those in its own equations first, then by cost, then the smallest
 * non-zero value, zeros last (hiding a zero lowers every hidden number's bound to 0, and the
 * answer says so). The first of the cheapest few that protects it is hidden, else the cheapest,
 * and the search goes on: hiding more never narrows an interval, so numbers protected stay so.
 * Returns the hidden flags (unpublished entries count as hidden) and the final audit.
 */
export function protectIntervals(
  solver: LpSolver,
  entries: readonly AuditEntry[],
  equations: readonly Equation[],
  options: AuditOptions,
): { hidden: boolean[]; audit: IntervalAudit } {
  const s = stateOf(entries, equations, { ...options, exact: false });
  const order = (a: number, b: number) => {
    const x = entries[a];
    const y = entries[b];
    return x.cost - y.cost || Number(x.value === 0) - Number(y.value === 0) || x.value - y.value || a - b;
  };
  const pending = auditAll(solver, s)
    .filter((i) => !i.protected)
    .map((i) => i.entry);
  const initially = [...s.hidden];
  for (;;) {
    fixPending(solver, s, pending, order);
    // a number hidden here may be computable from its published neighbours (a total of published
    // parts): the linear protection hides more where so (only around what this audit hid: the
    // rest was protected linearly before), and the audit looks again
    const mine = s.hidden.flatMap((h, i) => (h && !initially[i] ? [i] : []));
    if (mine.length === 0) break;
    const eqs = new Set<number>();
    for (const i of mine) for (const k of componentOf(s, i).eqs) eqs.add(k);
    const around = [...eqs].map((k) => equations[k]);
    const linear = protectLinear(
      entries.map((e, i) => ({ ...e, hidden: s.hidden[i] && !e.unpublished })),
      around,
    );
    const added = linear.flatMap((h, i) => (h && !s.hidden[i] ? [i] : []));
    if (added.length === 0) break;
    for (const i of added) s.hidden[i] = true;
    const seen = new Set<number>();
    for (const i of added) {
      const { unknowns } = componentOf(s, i);
      if (seen.has(unknowns[0])) continue;
      seen.add(unknowns[0]);
      pending.push(...unknowns.filter((u) => isSmall(s, u)));
    }
  }
  const intervals = auditAll(solver, s);
  return { hidden: s.hidden, audit: resultOf(s, intervals) };
}

/** Hides further numbers until none of `pending` is pinned (see `protectIntervals`). */
function fixPending(
  solver: LpSolver,
  s: State,
  pending: number[],
  order: (a: number, b: number) => number,
): void {
  const { entries, equations } = s;
  const check = (target: number): boolean => {
    s.zeros = hidesZero(s);
    const component = componentOf(s, target);
    return auditComponent(solver, s, component, [target])[0].protected;
  };
  while (pending.length > 0) {
    const target = pending[0];
    if (check(target)) {
      pending.shift();
      continue;
    }
    const { eqs } = componentOf(s, target);
    const own = new Set(s.equationsOf[target]);
    const candidates = new Set<number>();
    for (const k of eqs)
      for (const [e] of equations[k]) if (!s.hidden[e] && !entries[e].locked) candidates.add(e);
    const sorted = [...candidates].sort((a, b) => {
      const near = (e: number) => (s.equationsOf[e].some((k) => own.has(k)) ? 0 : 1);
      return near(a) - near(b) || order(a, b);
    });
    if (sorted.length === 0) {
      // nothing left to hide around it (it equals a sum of numbers another plan publishes):
      // the final audit reports it as pinned
      pending.shift();
      continue;
    }
    let fixed = false;
    for (const c of sorted.slice(0, TRIALS)) {
      s.hidden[c] = true;
      if (check(target)) {
        fixed = true;
        break;
      }
      s.hidden[c] = false;
    }
    if (fixed) pending.shift();
    else s.hidden[sorted[0]] = true;
  }
}
