import { type Equation } from './linear-protection';
import { planHierarchicalSuppression, type NestedPosition } from './nested-suppression';
import { effectiveMinCell, suppressTable } from './suppression';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Exact fractions: the attacker must not share the float arithmetic of the code it checks. */
type Q = [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
};
const norm = ([n, d]: Q): Q => {
  if (n === 0n) return [0n, 1n];
  const g = gcd(n, d) * (d < 0n ? -1n : 1n);
  return [n / g, d / g];
};
const sub = (a: Q, b: Q): Q => norm([a[0] * b[1] - b[0] * a[1], a[1] * b[1]]);
const mul = (a: Q, b: Q): Q => norm([a[0] * b[0], a[1] * b[1]]);
const div = (a: Q, b: Q): Q => norm([a[0] * b[1], a[1] * b[0]]);

/**
 * The attacker over many published tables: `equations` are sums over named numbers (`+1`/`−1`),
 * `published` says which names it reads. Returns the hidden names it can compute back.
 */
function attackNamed(equations: [string, number][][], published: (name: string) => boolean): string[] {
  const unknowns = new Map<string, number>();
  const rows: Map<number, number>[] = [];
  for (const eq of equations) {
    const row = new Map<number, number>();
    for (const [name, c] of eq) {
      if (published(name)) continue;
      if (!unknowns.has(name)) unknowns.set(name, unknowns.size);
      const k = unknowns.get(name) as number;
      row.set(k, (row.get(k) ?? 0) + c);
    }
    if (row.size > 0) rows.push(row);
  }
  const n = unknowns.size;
  const m: Q[][] = rows.map((row) => {
    const out: Q[] = Array.from({ length: n }, () => [0n, 1n] as Q);
    for (const [k, c] of row) out[k] = [BigInt(c), 1n];
    return out;
  });
  const pivots: [number, number][] = [];
  let pr = 0;
  for (let col = 0; col < n && pr < m.length; col++) {
    const at = m.findIndex((row, i) => i >= pr && row[col][0] !== 0n);
    if (at < 0) continue;
    [m[pr], m[at]] = [m[at], m[pr]];
    const p = m[pr][col];
    m[pr] = m[pr].map((v) => div(v, p));
    for (let i = 0; i < m.length; i++) {
      if (i === pr || m[i][col][0] === 0n) continue;
      const f = m[i][col];
      m[i] = m[i].map((v, k) => sub(v, mul(f, m[pr][k])));
    }
    pivots.push([pr, col]);
    pr++;
  }
  const names = [...unknowns.keys()];
  return pivots
    .filter(([row, col]) => m[row].every((v, k) => k === col || v[0] === 0n))
    .map(([, col]) => names[col]);
}

/** A table rows × cols with its margins as positions: cells, row totals, column totals, total. */
function tableStructure(rows: number, cols: number) {
  const cell = (i: number, j: number) => i * cols + j;
  const rowTotal = (i: number) => rows * cols + i;
  const colTotal = (j: number) => rows * cols + rows + j;
  const total = rows * cols + rows + cols;
  const equations: Equation[] = [];
  for (let i = 0; i < rows; i++)
    equations.push([
      ...Array.from({ length: cols }, (_, j): [number, number] => [cell(i, j), 1]),
      [rowTotal(i), -1],
    ]);
  for (let j = 0; j < cols; j++)
    equations.push([
      ...Array.from({ length: rows }, (_, i): [number, number] => [cell(i, j), 1]),
      [colTotal(j), -1],
    ]);
  equations.push([
    ...Array.from({ length: rows }, (_, i): [number, number] => [rowTotal(i), 1]),
    [total, -1],
  ]);
  equations.push([
    ...Array.from({ length: cols }, (_, j): [number, number] => [colTotal(j), 1]),
    [total, -1],
  ]);
  const positions: NestedPosition[] = Array.from({ length: total + 1 }, (_, k) => ({
    cost: k === total ? 3 : k >= rows * cols ? 1 : 0,
  }));
  /** The augmented values of a table. */
  const values = (t: number[][]) => {
    const out = t.flat();
    for (let i = 0; i < rows; i++) out.push(t[i].reduce((a, b) => a + b, 0));
    for (let j = 0; j < cols; j++) out.push(t.reduce((a, r) => a + r[j], 0));
    out.push(t.flat().reduce((a, b) => a + b, 0));
    return out;
  };
  /** What a period hides on its own: the table's own suppression. */
  const ownHidden = (t: number[][]) => {
    const s = suppressTable(t, { minCell: 5 });
    return [
      ...s.cells.flat().map((c) => c.suppressed),
      ...s.rowTotals.map((c) => c.suppressed),
      ...s.columnTotals.map((c) => c.suppressed),
      s.total.suppressed,
    ];
  };
  return { positions, equations, values, ownHidden, size: total + 1 };
}

const sumTables = (tables: number[][][]) =>
  tables[0].map((row, i) => row.map((_, j) => tables.reduce((a, t) => a + t[i][j], 0)));

/** Plans a year of monthly tables; returns the year's, the quarters' and the months' hidden flags. */
function planYear(months: number[][][], s: ReturnType<typeof tableStructure>) {
  const quarters = [0, 1, 2, 3].map((q) => sumTables(months.slice(q * 3, q * 3 + 3)));
  const year = sumTables(months);
  const plan = planHierarchicalSuppression(
    s.positions,
    s.equations,
    {
      own: s.ownHidden(year),
      children: quarters.map((t, q) => ({
        own: s.ownHidden(t),
        children: months.slice(q * 3, q * 3 + 3).map((m) => ({ own: s.ownHidden(m) })),
      })),
    },
    s.values(year),
  );
  return {
    year,
    quarters,
    y: plan.hidden,
    q: plan.children.map((c) => c.hidden),
    m: plan.children.flatMap((c) => c.children.map((x) => x.hidden)),
  };
}

/** Every equation a reader of all 17 published tables of a year can write. */
function yearEquations(s: ReturnType<typeof tableStructure>): [string, number][][] {
  const periods = ['Y', 'Q1', 'Q2', 'Q3', 'Q4', ...Array.from({ length: 12 }, (_, k) => `M${k + 1}`)];
  const out: [string, number][][] = [];
  for (const p of periods)
    for (const eq of s.equations) out.push(eq.map(([e, c]): [string, number] => [`${p}:${e}`, c]));
  for (let e = 0; e < s.size; e++) {
    out.push([...[1, 2, 3, 4].map((q): [string, number] => [`Q${q}:${e}`, 1]), [`Y:${e}`, -1]]);
    for (let q = 1; q <= 4; q++)
      out.push([
        ...[1, 2, 3].map((k): [string, number] => [`M${(q - 1) * 3 + k}:${e}`, 1]),
        [`Q${q}:${e}`, -1],
      ]);
  }
  return out;
}

describe('planNestedSuppression (months, quarters and the year as one system)', () => {
  it('the attacker is real: per-period suppression alone leaks by differencing', () => {
    // a cell small in one month only: each month and the year on their own are safe, together not
    const s = tableStructure(2, 2);
    const months = Array.from({ length: 12 }, () => [
      [20, 20],
      [20, 20],
    ]);
    months[4] = [
      [2, 20],
      [20, 20],
    ];
    const own = (p: string, t: number[][]) => s.ownHidden(t).flatMap((h, e) => (h ? [`${p}:${e}`] : []));
    const quarters = [0, 1, 2, 3].map((q) => sumTables(months.slice(q * 3, q * 3 + 3)));
    const hiddenNames = new Set([
      ...own('Y', sumTables(months)),
      ...quarters.flatMap((t, q) => own(`Q${q + 1}`, t)),
      ...months.flatMap((t, k) => own(`M${k + 1}`, t)),
    ]);
    expect(hiddenNames.has('M5:0')).toBe(true);
    expect(attackNamed(yearEquations(s), (n) => !hiddenNames.has(n))).toContain('M5:0');
  });

  it('nests (a part hides what its whole hides), gives every part a sibling hiding all it hides, hides every small count', () => {
    const s = tableStructure(3, 3);
    const random = lcg(7);
    const months = Array.from({ length: 12 }, () =>
      Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => Math.floor(random() * 12))),
    );
    const { y, q, m } = planYear(months, s);
    const within = (a: boolean[], b: boolean[]) => a.every((x, e) => !x || b[e]);
    for (let k = 0; k < 4; k++) {
      expect(within(y, q[k])).toBe(true);
      expect(q.some((other, j) => j !== k && within(q[k], other))).toBe(true);
      for (let i = 0; i < 3; i++) {
        const month = m[k * 3 + i];
        expect(within(q[k], month)).toBe(true);
        expect([0, 1, 2].some((j) => j !== i && within(month, m[k * 3 + j]))).toBe(true);
      }
    }
    // every small count is hidden where it is small
    months.forEach((t, k) =>
      s.values(t).forEach((v, e) => {
        if (v >= 1 && v < effectiveMinCell(5)) expect(m[k][e]).toBe(true);
      }),
    );
  });

  it('a busy quarter keeps its own light pattern when quiet quarters hide more', () => {
    const s = tableStructure(2, 3);
    const busy = [
      [30, 40, 50],
      [60, 70, 80],
    ];
    const quiet = [
      [1, 0, 2],
      [0, 3, 1],
    ];
    const months = Array.from({ length: 12 }, (_, k) => (k >= 6 && k < 9 ? busy : quiet));
    const { q } = planYear(months, s);
    expect(q[2].filter(Boolean)).toHaveLength(0); // Q3 publishes everything
    expect(q[0].filter(Boolean).length).toBeGreaterThan(0);
  });

  it('property: over random years no hidden number of any month, quarter or the year can be computed back', () => {
    const random = lcg(2026);
    let hiddenSeen = 0;
    for (let run = 0; run < 24; run++) {
      const rows = 2 + Math.floor(random() * 3);
      const cols = 2 + Math.floor(random() * 3);
      const s = tableStructure(rows, cols);
      const scale = [2, 6, 15][run % 3];
      const months = Array.from({ length: 12 }, () =>
        Array.from({ length: rows }, () =>
          Array.from({ length: cols }, () => (random() < 0.2 ? 0 : Math.floor(random() * scale))),
        ),
      );
      const { y, q, m } = planYear(months, s);
      const hidden = (name: string) => {
        const [p, e] = name.split(':');
        const flags =
          p === 'Y' ? y : p.startsWith('Q') ? q[Number(p.slice(1)) - 1] : m[Number(p.slice(1)) - 1];
        return flags[Number(e)];
      };
      hiddenSeen += [y, ...q, ...m].flat().filter(Boolean).length;
      expect([run, attackNamed(yearEquations(s), (n) => !hidden(n))]).toEqual([run, []]);
    }
    expect(hiddenSeen).toBeGreaterThan(100); // the runs hide something to attack
  });
});
