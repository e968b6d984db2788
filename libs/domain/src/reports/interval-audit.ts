import { protectLinear, type Equation } from './linear-protection';
import { componentOf, hidesZero, isSmall, resultOf, stateOf, type State } from './interval-audit-state';
import type { AuditEntry, AuditOptions, IntervalAudit, LpSolver } from './interval-audit-types';
import { auditAll, auditComponent } from './interval-bounds';

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

/** How many candidates are tried one by one before the cheapest is hidden and the search goes on. */
const TRIALS = 6;

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
