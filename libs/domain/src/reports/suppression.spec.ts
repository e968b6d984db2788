import {
  DEFAULT_MIN_CELL,
  effectiveMinCell,
  MIN_CELL_FLOOR,
  suppressTable,
  type PublishedCount,
  type SuppressedTable,
} from './suppression';

/** The augmented table (interior, row totals, column totals, grand total) as published. */
function augmented(t: SuppressedTable): PublishedCount[][] {
  return [...t.cells.map((row, i) => [...row, t.rowTotals[i]]), [...t.columnTotals, t.total]];
}

/**
 * The attacker: every published margin gives a linear equation; a suppressed entry is recovered
 * when it is a linear combination of them (its unit vector lies in the row space of the system).
 * Returns the suppressed entries that can be computed back.
 */
function recoverable(t: SuppressedTable): [number, number][] {
  const aug = augmented(t);
  const rows = aug.length;
  const cols = aug[0].length;
  const m = rows - 1;
  const n = cols - 1;
  const sign = (i: number, j: number) => (i < m && j < n ? 1 : i < m || j < n ? -1 : 1);
  const unknowns: [number, number][] = [];
  aug.forEach((row, i) => row.forEach((c, j) => c.suppressed && unknowns.push([i, j])));
  const index = new Map(unknowns.map(([i, j], k) => [`${i},${j}`, k]));
  const equations: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const eq = Array<number>(unknowns.length).fill(0);
    for (let j = 0; j < cols; j++)
      if (aug[i][j].suppressed) eq[index.get(`${i},${j}`) as number] = sign(i, j);
    equations.push(eq);
  }
  for (let j = 0; j < cols; j++) {
    const eq = Array<number>(unknowns.length).fill(0);
    for (let i = 0; i < rows; i++)
      if (aug[i][j].suppressed) eq[index.get(`${i},${j}`) as number] = sign(i, j);
    equations.push(eq);
  }
  // reduced row echelon form
  const rref: { pivot: number; row: number[] }[] = [];
  for (const eq of equations) {
    const v = [...eq];
    for (const { pivot, row } of rref) {
      const f = v[pivot];
      if (Math.abs(f) > 1e-9) for (let k = 0; k < v.length; k++) v[k] -= f * row[k];
    }
    const pivot = v.findIndex((x) => Math.abs(x) > 1e-9);
    if (pivot < 0) continue;
    const p = v[pivot];
    for (let k = 0; k < v.length; k++) v[k] /= p;
    for (const other of rref) {
      const f = other.row[pivot];
      if (Math.abs(f) > 1e-9) for (let k = 0; k < v.length; k++) other.row[k] -= f * v[k];
    }
    rref.push({ pivot, row: v });
  }
  return unknowns.filter((_, k) => {
    const v = Array<number>(unknowns.length).fill(0);
    v[k] = 1;
    for (const { pivot, row } of rref) {
      const f = v[pivot];
      if (Math.abs(f) > 1e-9) for (let x = 0; x < v.length; x++) v[x] -= f * row[x];
    }
    return v.every((x) => Math.abs(x) < 1e-9);
  });
}

/** A small seeded generator, so that the property test is the same on every run. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('effectiveMinCell', () => {
  it('defaults to 5, never goes below 3, and is at least 5 for sensitive categories', () => {
    expect(effectiveMinCell()).toBe(DEFAULT_MIN_CELL);
    expect(effectiveMinCell(1)).toBe(MIN_CELL_FLOOR);
    expect(effectiveMinCell(3)).toBe(3);
    expect(effectiveMinCell(3, true)).toBe(5);
    expect(effectiveMinCell(8, true)).toBe(8);
  });
});

describe('suppressTable', () => {
  it('publishes a table without small cells as it is', () => {
    const t = suppressTable([
      [10, 0],
      [7, 12],
    ]);
    expect(t.cells.flat().map((c) => c.value)).toEqual([10, 0, 7, 12]);
    expect(t.rowTotals.map((c) => c.value)).toEqual([10, 19]);
    expect(t.columnTotals.map((c) => c.value)).toEqual([17, 12]);
    expect(t.total).toEqual({ value: 29, suppressed: false });
  });

  it('suppresses small cells and enough others that none can be worked out; zero stays 0', () => {
    const t = suppressTable([
      [2, 20, 30],
      [15, 25, 0],
      [40, 9, 11],
    ]);
    expect(t.cells[0][0]).toEqual({ value: null, suppressed: true });
    expect(t.cells[1][2]).toEqual({ value: 0, suppressed: false });
    // the row and the column of the small cell each hide a second cell (the smallest one)
    expect(t.cells[0].filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(t.cells.map((r) => r[0]).filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(recoverable(t)).toEqual([]);
  });

  it('suppresses a total that is small itself', () => {
    const t = suppressTable([
      [1, 1],
      [20, 30],
    ]);
    expect(t.rowTotals[0].suppressed).toBe(true);
    expect(recoverable(t)).toEqual([]);
  });

  it('uses at least 5 for sensitive rows even when minCell is 3', () => {
    const t = suppressTable(
      [
        [4, 30],
        [4, 30],
      ],
      { minCell: 3, sensitiveRows: [true, false] },
    );
    expect(t.cells[0][0].suppressed).toBe(true);
    expect(t.cells[1][0].suppressed).toBe(true); // secondary: the column would give it away
    expect(recoverable(t)).toEqual([]);
  });

  it('protects a cell that single lines would leave open but a combination of lines reveals', () => {
    // two 2×2 blocks of small cells joined by one cell: the joint is a bridge
    const t = suppressTable([
      [1, 1, 50, 50],
      [1, 1, 2, 50],
      [50, 50, 1, 1],
      [50, 50, 1, 1],
    ]);
    expect(recoverable(t)).toEqual([]);
  });

  it('the attacker is real: it recovers a cell hidden alone, and the bridge cell of two hidden blocks', () => {
    const pub = (v: number | null): PublishedCount => ({ value: v, suppressed: v === null });
    const alone: SuppressedTable = {
      cells: [
        [pub(null), pub(20)],
        [pub(7), pub(12)],
      ],
      rowTotals: [pub(22), pub(19)],
      columnTotals: [pub(9), pub(32)],
      total: pub(41),
    };
    expect(recoverable(alone)).toEqual([[0, 0]]);
    // two hidden 2×2 blocks joined by one hidden cell (1,2): every line holds two hidden cells,
    // yet the joint follows from the totals
    const h = null;
    const bridged: SuppressedTable = {
      cells: [
        [pub(h), pub(h), pub(50), pub(50)],
        [pub(h), pub(h), pub(h), pub(50)],
        [pub(50), pub(50), pub(h), pub(h)],
        [pub(50), pub(50), pub(h), pub(h)],
      ],
      rowTotals: [pub(102), pub(54), pub(102), pub(102)],
      columnTotals: [pub(102), pub(102), pub(54), pub(102)],
      total: pub(360),
    };
    expect(recoverable(bridged)).toEqual([[1, 2]]);
  });

  it('refuses negative or fractional counts and ragged tables', () => {
    expect(() => suppressTable([[-1]])).toThrow();
    expect(() => suppressTable([[1.5]])).toThrow();
    expect(() => suppressTable([[1, 2], [3]])).toThrow();
  });

  it('property: over 400 random tables no suppressed count can be computed back from the published ones', () => {
    const random = lcg(20261127);
    let suppressedSeen = 0;
    for (let run = 0; run < 400; run++) {
      const m = 2 + Math.floor(random() * 5);
      const n = 2 + Math.floor(random() * 5);
      const table = Array.from({ length: m }, () =>
        Array.from({ length: n }, () => {
          const r = random();
          return r < 0.2 ? 0 : r < 0.5 ? 1 + Math.floor(random() * 4) : Math.floor(random() * 60);
        }),
      );
      const minCell = 3 + Math.floor(random() * 4);
      const sensitiveRows = Array.from({ length: m }, () => random() < 0.2);
      const t = suppressTable(table, { minCell, sensitiveRows });
      const aug = augmented(t);
      const truth = [...table.map((row) => [...row, row.reduce((a, b) => a + b, 0)])];
      truth.push([
        ...table[0].map((_, j) => table.reduce((a, row) => a + row[j], 0)),
        table.flat().reduce((a, b) => a + b, 0),
      ]);
      aug.forEach((row, i) =>
        row.forEach((c, j) => {
          const v = truth[i][j];
          if (c.suppressed) {
            suppressedSeen++;
            expect(c.value).toBeNull();
          } else {
            expect(c.value).toBe(v); // published numbers are the true numbers
            const limit = i < m && sensitiveRows[i] ? Math.max(minCell, 5) : minCell;
            if (v > 0) expect(v >= limit).toBe(true); // no small count is published
          }
        }),
      );
      expect({ run, recovered: recoverable(t) }).toEqual({ run, recovered: [] });
    }
    expect(suppressedSeen).toBeGreaterThan(1000); // the test did meet suppressed cells
  });
});
