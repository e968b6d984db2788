/**
 * Suppression across the tables of one report. `suppressTable` (libs/domain) protects each table
 * with its own margins; but a report publishes several tables that share numbers (the needs of
 * the period are the total of the category × Sozialraum table, of the months and of the category
 * groups), and group totals are sums of category rows — a structure that is not a two-way table.
 * Here every number of the report is an entry, every published sum an equation, and suppression
 * goes on until no suppressed entry is a linear combination of published ones (its unit vector
 * is not in the row space of the equations restricted to the suppressed entries).
 */

export interface LinearEntry {
  /** The exact count. */
  value: number;
  /** Suppressed already (by the tables' own suppression or as a small count). */
  hidden: boolean;
  /** Not published at all (a total the report does not show): unknown, but need not be protected. */
  unpublished?: boolean;
  /** When a further entry must be hidden, lower costs go first, then the smallest non-zero value. */
  cost: number;
}

/** `Σ coefficient · entry = 0`. */
export type Equation = [entry: number, coefficient: number][];

const EPS = 1e-9;
/** How many of the cheapest candidates of each cost are paired when no single one helps. */
const PAIR_POOL = 8;

/**
 * The hidden entries (unpublished ones excepted) that can be computed from the published ones.
 * Gauss–Jordan with partial pivoting per connected group of unknowns; coefficients are small
 * integers, so a tolerance of 1e-9 separates zero from non-zero safely.
 */
export function recoverableEntries(
  hidden: readonly boolean[],
  equations: readonly Equation[],
  unpublished: readonly boolean[] = [],
): number[] {
  // connected groups of unknowns (union–find over the equations)
  const parent = hidden.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const relevant = equations
    .map((eq) => eq.filter(([e, c]) => hidden[e] && c !== 0))
    .filter((eq) => eq.length > 0);
  for (const eq of relevant) for (const [e] of eq.slice(1)) parent[find(e)] = find(eq[0][0]);
  const groups = new Map<number, { unknowns: number[]; equations: Equation[] }>();
  for (let i = 0; i < hidden.length; i++) {
    if (!hidden[i]) continue;
    const root = find(i);
    const group = groups.get(root) ?? { unknowns: [], equations: [] };
    group.unknowns.push(i);
    groups.set(root, group);
  }
  for (const eq of relevant) groups.get(find(eq[0][0]))?.equations.push(eq);

  const out: number[] = [];
  for (const { unknowns, equations: eqs } of groups.values()) {
    if (eqs.length === 0) continue;
    const column = new Map(unknowns.map((e, k) => [e, k]));
    const n = unknowns.length;
    const rows = eqs.map((eq) => {
      const row = new Float64Array(n);
      for (const [e, c] of eq) row[column.get(e) as number] += c;
      return row;
    });
    let r = 0;
    const pivots: [row: number, col: number][] = [];
    for (let col = 0; col < n && r < rows.length; col++) {
      let best = r;
      for (let i = r + 1; i < rows.length; i++)
        if (Math.abs(rows[i][col]) > Math.abs(rows[best][col])) best = i;
      if (Math.abs(rows[best][col]) < EPS) continue;
      [rows[r], rows[best]] = [rows[best], rows[r]];
      const p = rows[r][col];
      for (let k = col; k < n; k++) rows[r][k] /= p;
      for (let i = 0; i < rows.length; i++) {
        if (i === r) continue;
        const f = rows[i][col];
        if (Math.abs(f) < EPS) continue;
        for (let k = col; k < n; k++) rows[i][k] -= f * rows[r][k];
      }
      pivots.push([r, col]);
      r++;
    }
    // in reduced row echelon form, e_k is in the row space exactly when a row is e_k
    for (const [row, col] of pivots) {
      let others = 0;
      for (let k = 0; k < n; k++) if (k !== col && Math.abs(rows[row][k]) > EPS) others++;
      if (others === 0 && !unpublished[unknowns[col]]) out.push(unknowns[col]);
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * Hides further entries until no hidden entry can be computed back. For a recoverable entry the
 * candidates are the published entries of the equations around its group of unknowns, cheapest
 * first (cost, then the smallest non-zero value, zeros last); the first candidate whose hiding
 * makes the entry unrecoverable is hidden, else the cheapest one, and the search goes on. Pure.
 * Returns the hidden flags (unpublished entries count as hidden).
 */
export function protectLinear(entries: readonly LinearEntry[], equations: readonly Equation[]): boolean[] {
  const hidden = entries.map((e) => e.hidden || !!e.unpublished);
  const unpublished = entries.map((e) => !!e.unpublished);
  const order = (a: number, b: number) => {
    const x = entries[a];
    const y = entries[b];
    return x.cost - y.cost || Number(x.value === 0) - Number(y.value === 0) || x.value - y.value || a - b;
  };
  for (;;) {
    const recoverable = recoverableEntries(hidden, equations, unpublished);
    if (recoverable.length === 0) break;
    const target = recoverable[0];
    // the unknowns linked with the target, and the published entries of their equations
    const linked = new Set([target]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const eq of equations) {
        if (!eq.some(([e]) => linked.has(e))) continue;
        for (const [e] of eq) {
          if (hidden[e] && !linked.has(e)) {
            linked.add(e);
            grew = true;
          }
        }
      }
    }
    const candidates = new Set<number>();
    for (const eq of equations)
      if (eq.some(([e]) => linked.has(e))) for (const [e] of eq) if (!hidden[e]) candidates.add(e);
    const sorted = [...candidates].sort(order);
    if (sorted.length === 0) break; // nothing left to hide: cannot happen while an equation links it
    const fixedBy = (set: number[]) => {
      for (const c of set) hidden[c] = true;
      const still = recoverableEntries(hidden, equations, unpublished).includes(target);
      for (const c of set) hidden[c] = false;
      return !still;
    };
    const single = sorted.find((c) => fixedBy([c]));
    if (single !== undefined) {
      hidden[single] = true;
      continue;
    }
    // no single entry does it (say, a hidden category whose group total and the grand total give
    // it away): try pairs among the cheapest few of each cost, cheapest pair first
    const pool = [...new Set(sorted.map((c) => entries[c].cost))].flatMap((cost) =>
      sorted.filter((c) => entries[c].cost === cost).slice(0, PAIR_POOL),
    );
    const pairs: [number, number][] = [];
    for (let a = 0; a < pool.length; a++)
      for (let b = a + 1; b < pool.length; b++) pairs.push([pool[a], pool[b]]);
    const pairCost = ([a, b]: [number, number]) => entries[a].cost + entries[b].cost;
    pairs.sort((x, y) => pairCost(x) - pairCost(y) || order(x[0], y[0]) || order(x[1], y[1]));
    const pair = pairs.find((set) => fixedBy(set));
    for (const c of pair ?? [sorted[0]]) hidden[c] = true;
  }
  return hidden;
}
