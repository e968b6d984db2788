import { protectLinear, recoverableEntries } from './linear-protection';
import { suppressTable } from './suppression';
import { protectUnmet, unmetFlags, unmetSystem, type MonthPlan, type TableFlags } from './trend-suppression';
import { buildTrends, trendMonths, type TrendCount } from './trends';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('the unmet table with totals another answer publishes', () => {
  it('never hides a locked total, hides small cells, leaves nothing computable', () => {
    let fallbacks = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const random = lcg(seed);
      const table = Array.from({ length: 4 }, () =>
        Array.from({ length: 5 }, () => Math.floor(random() * random() * 12)),
      );
      const sensitive = [false, false, false, true];
      const rowSums = table.map((r) => r.reduce((a, b) => a + b, 0));
      // the demand report's month answer: the per-category totals protected with their total
      const column = suppressTable(
        rowSums.map((v) => [v]),
        { minCell: 3, sensitiveRows: sensitive },
      );
      const fixed = { rows: column.cells.map((c) => c[0].suppressed), total: column.total.suppressed };
      const system = unmetSystem(table, sensitive, 3, fixed);
      const hidden =
        seed % 2 === 0
          ? protectLinear(system.entries, system.equations)
          : protectUnmet(system, table, sensitive, 3, fixed);
      const flags = unmetFlags(system, hidden);
      expect(flags.rows).toEqual(fixed.rows);
      expect(flags.total).toBe(fixed.total);
      table.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v >= 1 && v < (i === 3 ? 5 : 3)) expect(flags.cells[i][j]).toBe(true);
        }),
      );
      const final = system.entries.map((_, e) => {
        const { ids } = system;
        const i = ids.cells.findIndex((row) => row.includes(e));
        if (i >= 0) return flags.cells[i][ids.cells[i].indexOf(e)];
        if (ids.rows.includes(e)) return flags.rows[ids.rows.indexOf(e)];
        if (ids.cols.includes(e)) return flags.cols[ids.cols.indexOf(e)];
        return flags.total;
      });
      expect(recoverableEntries(final, system.equations)).toEqual([]);
      if (flags.cells.every((row) => row.every(Boolean))) fallbacks++;
    }
    // hiding the whole month is the exception, not the rule
    expect(fallbacks).toBeLessThan(3);
  });

  it('hides every cell and Sozialraum total when a published total would give one away', () => {
    // one category, one Sozialraum: the published category total is the cell
    const system = unmetSystem([[3]], [false], 5, { rows: [false], total: false });
    const flags = unmetFlags(system, protectLinear(system.entries, system.equations));
    expect(flags).toEqual({ cells: [[true]], rows: [false], cols: [true], total: false });
    expect(
      unmetFlags(system, protectUnmet(system, [[3]], [false], 5, { rows: [false], total: false })),
    ).toEqual(flags);
  });
});

describe('buildTrends with the analyst’s plan', () => {
  const districts = ['d1', 'd2'];
  const categories = [
    { key: 'a', sensitive: false },
    { key: 'b', sensitive: false },
  ];
  const months = trendMonths('2026-11');
  const counts: TrendCount[] = months.flatMap((month) =>
    districts.flatMap((districtId) =>
      categories.map((c) => ({ month, districtId, categoryKey: c.key, needs: 9, unmet: 6 })),
    ),
  );
  const open: TableFlags = {
    cells: [
      [false, false],
      [false, false],
    ],
    rows: [false, false],
    cols: [false, false],
    total: false,
  };
  const hideA1: TableFlags = {
    cells: [
      [true, true],
      [true, true],
    ],
    rows: [false, false],
    cols: [true, true],
    total: false,
  };
  const plans: MonthPlan[] = months.map((_, k) => ({ needs: k === 20 ? hideA1 : open, unmet: open }));

  it('publishes the needs exactly as the plan says, whatever suppressTable would do', () => {
    const answer = buildTrends({
      counts,
      categories,
      districts,
      from: months[0],
      to: months[23],
      officeId: null,
      suppress: true,
      minCellSetting: 5,
      plans,
    });
    expect(answer.byDistrict[0].points[20].needs).toBeNull();
    expect(answer.byCategory[0].points[20].needs).toBe(18);
    expect(answer.selection.points[20].needs).toBe(36);
    expect(answer.byDistrict[0].points[19].needs).toBe(18);
    expect(answer.byDistrict[0].points[20].unmet).toBe(12);
    expect(answer.zerosMayBeSuppressed).toBe(false);
  });

  it('says when a hidden value may be 0', () => {
    const zeros = counts.map((c) => (c.month === months[20] ? { ...c, needs: 0, unmet: 0 } : c));
    const answer = buildTrends({
      counts: zeros,
      categories,
      districts,
      from: months[0],
      to: months[23],
      officeId: null,
      suppress: true,
      minCellSetting: 5,
      plans,
    });
    expect(answer.zerosMayBeSuppressed).toBe(true);
  });

  it('wants one plan per month', () => {
    expect(() =>
      buildTrends({
        counts,
        categories,
        districts,
        from: months[0],
        to: months[23],
        officeId: null,
        suppress: true,
        minCellSetting: 5,
        plans: plans.slice(1),
      }),
    ).toThrow(/one plan per month/);
  });
});
