/**
 * Suppression across the tables of one report (here since issue 16: the outcomes report, the
 * time axis and the portal use it too). `suppressTable` protects each table with its own margins; but a report publishes several tables that share numbers (the needs of
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
  /** Never hidden further (another report publishes it by a plan of its own). */
  locked?: boolean;
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
  const equationsOf: number[][] = entries.map(() => []);
  equations.forEach((eq, k) => {
    for (const [e] of eq) equationsOf[e].push(k);
  });
  const order = (a: number, b: number) => {
    const x = entries[a];
    const y = entries[b];
    return x.cost - y.cost || Number(x.value === 0) - Number(y.value === 0) || x.value - y.value || a - b;
  };
  /** The hidden entries linked with `start` through equations, and those equations. */
  const componentOf = (start: number): { unknowns: number[]; eqs: number[] } => {
    const unknowns = new Set([start]);
    const eqs = new Set<number>();
    const queue = [start];
    while (queue.length > 0) {
      const e = queue.pop() as number;
      for (const k of equationsOf[e]) {
        if (eqs.has(k)) continue;
        eqs.add(k);
        for (const [other] of equations[k]) {
          if (hidden[other] && !unknowns.has(other)) {
            unknowns.add(other);
            queue.push(other);
          }
        }
      }
    }
    return { unknowns: [...unknowns], eqs: [...eqs] };
  };
  /** Whether `target` is recoverable, looking at its own component only. */
  const stillRecoverable = (target: number): boolean =>
    recoverableEntries(
      hidden,
      componentOf(target).eqs.map((k) => equations[k]),
      unpublished,
    ).includes(target);

  const settled = new Set<number>();
  for (;;) {
    const target = recoverableEntries(hidden, equations, unpublished).find((e) => !settled.has(e));
    if (target === undefined) break;
    const { unknowns, eqs } = componentOf(target);
    const inComponent = new Set(eqs);
    const candidates = new Set<number>();
    for (const k of eqs)
      for (const [e] of equations[k]) if (!hidden[e] && !entries[e].locked) candidates.add(e);
    const sorted = [...candidates].sort(order);
    if (sorted.length === 0) {
      // nothing left to hide: the entry equals a sum of known constants (e.g. a total another
      // report publishes); it is no secret here, and the others are still protected
      settled.add(target);
      continue;
    }

    const test = derivationTest(unknowns, eqs, equations, target);
    /** The column of a candidate over the component's equations, or null if it reaches beyond. */
    const columnOf = (c: number): Float64Array | null => {
      if (equationsOf[c].some((k) => !inComponent.has(k))) return null;
      const column = new Float64Array(eqs.length);
      eqs.forEach((k, i) => {
        for (const [e, coefficient] of equations[k]) if (e === c) column[i] += coefficient;
      });
      return column;
    };
    const bruteForce = (set: number[]) => {
      for (const c of set) hidden[c] = true;
      const still = stillRecoverable(target);
      for (const c of set) hidden[c] = false;
      return !still;
    };
    const fixedBy = (set: number[]): boolean => {
      const columns = set.map(columnOf);
      if (columns.some((c) => c === null)) return bruteForce(set);
      return test(columns as Float64Array[]);
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

/**
 * For a recoverable `target` in a component (matrix A: equations × unknowns), a test whether
 * hiding entries with the given columns (over the same equations) stops its recovery. The
 * target is recovered by every y with yᵀA = e_t, i.e. y = y₀ + z with z in the left null space
 * L; it stays recoverable after adding columns a₁…a_k iff some such y has y·a_i = 0 for all i,
 * i.e. iff the system (z·a_i = −y₀·a_i)_i has a solution z ∈ L. Gauss–Jordan with the transform
 * gives y₀ (the transform's row at the target's pivot) and a basis of L (its rows past the rank).
 */
function derivationTest(
  unknowns: readonly number[],
  eqs: readonly number[],
  equations: readonly Equation[],
  target: number,
): (columns: Float64Array[]) => boolean {
  const n = unknowns.length;
  const m = eqs.length;
  const column = new Map(unknowns.map((e, k) => [e, k]));
  const rows = eqs.map((k, i) => {
    const row = new Float64Array(n + m);
    for (const [e, c] of equations[k]) {
      const j = column.get(e);
      if (j !== undefined) row[j] += c;
    }
    row[n + i] = 1;
    return row;
  });
  let r = 0;
  let targetRow = -1;
  for (let col = 0; col < n && r < m; col++) {
    let best = r;
    for (let i = r + 1; i < m; i++) if (Math.abs(rows[i][col]) > Math.abs(rows[best][col])) best = i;
    if (Math.abs(rows[best][col]) < EPS) continue;
    [rows[r], rows[best]] = [rows[best], rows[r]];
    const p = rows[r][col];
    for (let k = 0; k < n + m; k++) rows[r][k] /= p;
    for (let i = 0; i < m; i++) {
      if (i === r) continue;
      const f = rows[i][col];
      if (Math.abs(f) < EPS) continue;
      for (let k = 0; k < n + m; k++) rows[i][k] -= f * rows[r][k];
    }
    if (unknowns[col] === target) targetRow = r;
    r++;
  }
  const rank = r;
  const dot = (row: Float64Array, a: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += row[n + i] * a[i];
    return sum;
  };
  if (targetRow < 0) return () => true; // not recoverable after all
  const y0 = rows[targetRow];
  const nullBasis = rows.slice(rank);
  return (columns) => {
    // the system over z ∈ L: for each column a_i, (Z a_i)·w = −y₀·a_i; inconsistent ⇒ fixed
    const system = columns.map((a) => {
      const eq = nullBasis.map((z) => dot(z, a));
      eq.push(-dot(y0, a));
      return eq;
    });
    const d = nullBasis.length;
    let pr = 0;
    for (let col = 0; col < d && pr < system.length; col++) {
      let best = pr;
      for (let i = pr + 1; i < system.length; i++)
        if (Math.abs(system[i][col]) > Math.abs(system[best][col])) best = i;
      if (Math.abs(system[best][col]) < EPS) continue;
      [system[pr], system[best]] = [system[best], system[pr]];
      const p = system[pr][col];
      for (let k = col; k <= d; k++) system[pr][k] /= p;
      for (let i = 0; i < system.length; i++) {
        if (i === pr) continue;
        const f = system[i][col];
        if (Math.abs(f) < EPS) continue;
        for (let k = col; k <= d; k++) system[i][k] -= f * system[pr][k];
      }
      pr++;
    }
    // inconsistent: a row 0 = non-zero
    return system.slice(pr).some((row) => Math.abs(row[d]) > 1e-7);
  };
}
