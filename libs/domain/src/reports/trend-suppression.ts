import { recoverableEntries, type Equation } from './linear-protection';
import type { AuditEntry } from './interval-audit-types';
import { effectiveMinCell, suppressTable } from './suppression';

/**
 * The analyst's trends planned with the demand report (issue 20, point 4; docs/privacy.md,
 * "Trends for the city"). A month of the trends publishes the category × Sozialraum table of
 * needs — which the analyst's demand report of that month publishes too — and one of unmet
 * needs, whose row totals (unmet per category) and total that report publishes as well. So:
 *
 * - the needs follow the month answer of the demand report's audited year plan exactly (the
 *   trends publish a part of what that answer publishes, nothing else);
 * - the unmet table is a system of its own (cells, per category, per Sozialraum, total) with the
 *   month answer's flags for the per-category totals and the total fixed (`locked` where
 *   published: another answer publishes them), protected as a two-way table (`protectUnmet`,
 *   `suppressTable` with those totals hidden or locked) and by the interval audit.
 *
 * Pure: the protection and the audit are the caller's (the API's auditor holds the solver).
 */

/** Which entries of a month's table (with its margins) are hidden. */
export interface TableFlags {
  cells: boolean[][];
  rows: boolean[];
  cols: boolean[];
  total: boolean;
}

/** The flags of one month: needs and unmet needs. */
export interface MonthPlan {
  needs: TableFlags;
  unmet: TableFlags;
}

/** A month's unmet table as numbers and sums, for `protectLinear` and the interval audit. */
export interface UnmetSystem {
  entries: (AuditEntry & { locked?: boolean })[];
  equations: Equation[];
  /** Entry ids: cells[i][j], rows[i], cols[j], total. */
  ids: { cells: number[][]; rows: number[]; cols: number[]; total: number };
}

/**
 * The unmet table of a month as a system: small cells and small Sozialraum totals hidden (the
 * sensitive categories' cells at their threshold), the per-category totals and the total as
 * `fixed` says (hidden there, else published and locked).
 */
export function unmetSystem(
  table: readonly (readonly number[])[],
  sensitive: readonly boolean[],
  minCellSetting: number,
  fixed: { rows: readonly boolean[]; total: boolean },
): UnmetSystem {
  const min = effectiveMinCell(minCellSetting);
  const sensitiveMin = effectiveMinCell(minCellSetting, true);
  const small = (v: number, threshold: number) => v >= 1 && v < threshold;
  const entries: UnmetSystem['entries'] = [];
  const add = (entry: UnmetSystem['entries'][number]) => entries.push(entry) - 1;
  const n = table[0]?.length ?? 0;
  const cells = table.map((row, i) =>
    row.map((value) => {
      const threshold = sensitive[i] ? sensitiveMin : min;
      return add({ value, hidden: small(value, threshold), cost: 0, minCell: threshold });
    }),
  );
  const rowSums = table.map((row) => row.reduce((a, b) => a + b, 0));
  const rows = rowSums.map((value, i) =>
    add({
      value,
      hidden: fixed.rows[i],
      locked: !fixed.rows[i],
      cost: 2,
      minCell: sensitive[i] ? sensitiveMin : min,
    }),
  );
  const cols = Array.from({ length: n }, (_, j) => {
    const value = table.reduce((a, row) => a + row[j], 0);
    return add({ value, hidden: small(value, min), cost: 1, minCell: min });
  });
  const grand = rowSums.reduce((a, b) => a + b, 0);
  const total = add({ value: grand, hidden: fixed.total, locked: !fixed.total, cost: 2, minCell: min });
  const equations: Equation[] = [
    ...cells.map((row, i): Equation => [...row.map((e): [number, number] => [e, 1]), [rows[i], -1]]),
    ...cols.map((c, j): Equation => [...cells.map((row): [number, number] => [row[j], 1]), [c, -1]]),
    [...rows.map((e): [number, number] => [e, 1]), [total, -1]],
  ];
  return { entries, equations, ids: { cells, rows, cols, total } };
}

/**
 * The flags of a protected unmet system. Where a locked (published elsewhere) total left a hidden
 * number computable, every cell and Sozialraum total of the month is hidden instead: the
 * per-category totals then say nothing about any one Sozialraum.
 */
export function unmetFlags(system: UnmetSystem, hidden: readonly boolean[]): TableFlags {
  const { ids } = system;
  const recoverable = recoverableEntries(hidden, system.equations);
  const all = recoverable.length > 0;
  return {
    cells: ids.cells.map((row) => row.map((e) => all || hidden[e])),
    rows: ids.rows.map((e) => hidden[e]),
    cols: ids.cols.map((e) => all || hidden[e]),
    total: hidden[ids.total],
  };
}

/**
 * The hidden flags of `unmetSystem(table, sensitive, minCellSetting, fixed)`'s entries after the
 * table's own protection: `suppressTable` with the per-category totals and the total hidden or
 * locked as `fixed` says (fast; `protectLinear` took seconds per month on the demo data). What
 * it cannot protect (a locked total left alone) `unmetFlags` catches.
 */
export function protectUnmet(
  system: UnmetSystem,
  table: readonly (readonly number[])[],
  sensitive: readonly boolean[],
  minCellSetting: number,
  fixed: { rows: readonly boolean[]; total: boolean },
): boolean[] {
  const m = table.length;
  const n = table[0]?.length ?? 0;
  const fixedHidden = (i: number) => (i < m ? fixed.rows[i] : fixed.total);
  const result = suppressTable(table, {
    minCell: minCellSetting,
    sensitiveRows: sensitive,
    hidden: (i, j) => j === n && fixedHidden(i),
    locked: (i, j) => j === n && !fixedHidden(i),
  });
  const hidden = system.entries.map((e) => e.hidden);
  const { ids } = system;
  ids.cells.forEach((row, i) => row.forEach((e, j) => (hidden[e] = result.cells[i][j].suppressed)));
  ids.rows.forEach((e, i) => (hidden[e] = result.rowTotals[i].suppressed));
  ids.cols.forEach((e, j) => (hidden[e] = result.columnTotals[j].suppressed));
  hidden[ids.total] = result.total.suppressed;
  return hidden;
}
