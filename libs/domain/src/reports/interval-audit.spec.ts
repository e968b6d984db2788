import loadHighs from 'highs';
import { auditIntervals, protectIntervals } from './interval-audit';
import type { AuditEntry, LpSolver } from './interval-audit-types';
import { protectLinear, recoverableEntries, type Equation } from './linear-protection';
import { protectPlanIntervals, periodsOfPlan } from './nested-audit';
import { planHierarchicalSuppression } from './nested-suppression';
import { suppressTable } from './suppression';

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadHighs();
});

/** A table with its margins as entries and equations, suppressed by `suppressTable` (minCell 5). */
function tableSystem(table: number[][]): { entries: AuditEntry[]; equations: Equation[] } {
  const t = suppressTable(table);
  const m = table.length;
  const n = table[0].length;
  const entries: AuditEntry[] = [];
  const add = (value: number, hidden: boolean, cost = 0) => entries.push({ value, hidden, cost }) - 1;
  const cells = table.map((row, i) => row.map((v, j) => add(v, t.cells[i][j].suppressed)));
  const rowTotals = table.map((row, i) =>
    add(
      row.reduce((a, b) => a + b, 0),
      t.rowTotals[i].suppressed,
      3,
    ),
  );
  const colTotals = table[0].map((_, j) =>
    add(
      table.reduce((a, row) => a + row[j], 0),
      t.columnTotals[j].suppressed,
      3,
    ),
  );
  const grand = add(
    table.flat().reduce((a, b) => a + b, 0),
    t.total.suppressed,
    3,
  );
  const sum = (parts: number[], total: number): Equation => [
    ...parts.map((e): [number, number] => [e, 1]),
    [total, -1],
  ];
  const equations: Equation[] = [
    ...cells.map((row, i) => sum(row, rowTotals[i])),
    ...Array.from({ length: n }, (_, j) =>
      sum(
        cells.map((row) => row[j]),
        colTotals[j],
      ),
    ),
    sum(rowTotals, grand),
    sum(colTotals, grand),
  ];
  expect(m).toBeGreaterThan(0);
  return { entries, equations };
}

/** A deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('interval audit (issue 24, point 1)', () => {
  // one row of five 1s: its total 5 is published, so each hidden cell is 1 (zeros are published)
  const crafted = [
    [1, 1, 1, 1, 1],
    [7, 8, 9, 6, 12],
    [11, 6, 8, 9, 7],
  ];

  it('the attacker is real: five hidden cells summing to 5 are pinned at 1, though none is linearly recoverable', () => {
    const { entries, equations } = tableSystem(crafted);
    const hidden = protectLinear(entries, equations);
    expect(recoverableEntries(hidden, equations)).toEqual([]);
    const audit = auditIntervals(
      solver,
      entries.map((e, i) => ({ ...e, hidden: hidden[i] })),
      equations,
      { minCell: 5, exact: true },
    );
    expect(audit.zerosMayBeSuppressed).toBe(false);
    const pinned = audit.pinned.map((p) => [p.entry, p.lower, p.upper]);
    expect(pinned).toEqual([0, 1, 2, 3, 4].map((e) => [e, 1, 1]));
  });

  it('protectIntervals hides further cells until every small cell reaches minCell and is minCell − 1 wide', () => {
    const { entries, equations } = tableSystem(crafted);
    const linear = protectLinear(entries, equations);
    const { hidden, audit } = protectIntervals(
      solver,
      entries.map((e, i) => ({ ...e, hidden: linear[i] })),
      equations,
      { minCell: 5 },
    );
    expect(audit.pinned).toEqual([]);
    const exact = auditIntervals(
      solver,
      entries.map((e, i) => ({ ...e, hidden: hidden[i] })),
      equations,
      { minCell: 5, exact: true },
    );
    expect(exact.pinned).toEqual([]);
    for (const e of [0, 1, 2, 3, 4]) {
      const interval = exact.intervals.find((i) => i.entry === e);
      expect(interval?.upper).toBeGreaterThanOrEqual(5);
      expect((interval?.upper ?? 0) - (interval?.lower ?? 0)).toBeGreaterThanOrEqual(4);
    }
    // more is hidden than before, and the published figures still are the true ones
    expect(hidden.filter(Boolean).length).toBeGreaterThan(linear.filter(Boolean).length);
    expect(recoverableEntries(hidden, equations)).toEqual([]);
  });

  it('a hidden zero lowers every bound to 0 and the answer says zerosMayBeSuppressed', () => {
    const entries: AuditEntry[] = [
      { value: 2, hidden: true, cost: 0 },
      { value: 0, hidden: true, cost: 0 },
      { value: 2, hidden: false, cost: 3 },
    ];
    const equations: Equation[] = [
      [
        [0, 1],
        [1, 1],
        [2, -1],
      ],
    ];
    const audit = auditIntervals(solver, entries, equations, { minCell: 3, exact: true });
    expect(audit.zerosMayBeSuppressed).toBe(true);
    expect(audit.intervals.map((i) => [i.lower, i.upper])).toEqual([
      [0, 2],
      [0, 2],
    ]);
    // the total 2 pins the small 2 below minCell 3: only hiding the total helps
    const fixed = protectIntervals(solver, entries, equations, { minCell: 3 });
    expect(fixed.hidden).toEqual([true, true, true]);
    expect(fixed.audit.pinned).toEqual([]);
  });

  it('property: random tables, suppressed and audited, leave no small cell pinned', () => {
    const next = random(24);
    let pinnedBefore = 0;
    for (let round = 0; round < 60; round++) {
      const m = 2 + Math.floor(next() * 4);
      const n = 2 + Math.floor(next() * 5);
      const table = Array.from({ length: m }, () =>
        Array.from({ length: n }, () => {
          const r = next();
          return r < 0.2 ? 0 : r < 0.6 ? 1 + Math.floor(next() * 4) : 5 + Math.floor(next() * 20);
        }),
      );
      const { entries, equations } = tableSystem(table);
      const linear = protectLinear(entries, equations);
      const start = entries.map((e, i) => ({ ...e, hidden: linear[i] }));
      pinnedBefore += auditIntervals(solver, start, equations, { minCell: 5, exact: true }).pinned.length;
      const { hidden } = protectIntervals(solver, start, equations, { minCell: 5 });
      const after = auditIntervals(
        solver,
        entries.map((e, i) => ({ ...e, hidden: hidden[i] })),
        equations,
        { minCell: 5, exact: true },
      );
      expect({ round, table, pinned: after.pinned }).toEqual({ round, table, pinned: [] });
      expect(recoverableEntries(hidden, equations)).toEqual([]);
    }
    // the property is not empty: the linear protection alone leaves pinned cells in these tables
    expect(pinnedBefore).toBeGreaterThan(0);
  });

  it('a calendar plan is audited as one system: months, quarters and the year with their sums', () => {
    // one position a month: a small count in one month of each quarter
    const monthValues = [3, 20, 30, 25, 2, 40, 22, 18, 4, 50, 60, 1];
    const quarterValues = [0, 1, 2, 3].map((q) =>
      monthValues.slice(q * 3, q * 3 + 3).reduce((a, b) => a + b, 0),
    );
    const small = (v: number) => [v >= 1 && v < 5];
    const plan = planHierarchicalSuppression(
      [{ cost: 0 }],
      [],
      {
        own: small(quarterValues.reduce((a, b) => a + b, 0)),
        children: quarterValues.map((v, q) => ({
          own: small(v),
          children: monthValues.slice(q * 3, q * 3 + 3).map((m) => ({ own: small(m) })),
        })),
      },
      [0],
    );
    const values = {
      values: [quarterValues.reduce((a, b) => a + b, 0)],
      children: quarterValues.map((v, q) => ({
        values: [v],
        children: monthValues.slice(q * 3, q * 3 + 3).map((m) => ({ values: [m] })),
      })),
    };
    const { plan: audited, audit } = protectPlanIntervals(solver, [{ cost: 0 }], [], plan, values, {
      minCell: 5,
    });
    expect(audit.pinned).toEqual([]);
    const hiddenMonths = periodsOfPlan(audited).filter((p) => p.children.length === 0 && p.hidden[0]).length;
    expect(hiddenMonths).toBeGreaterThanOrEqual(8); // every small month has company in its quarter
  });
});
