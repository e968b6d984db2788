/**
 * Small-cell suppression for the city's reports (domain.md, "Reports for the city"; api.md):
 * statistics never identify. A count from 1 to `minCell − 1` is not published; further cells
 * (and totals) are suppressed until no suppressed count can be worked out from what is published.
 *
 * The table is seen with its margins as one augmented (m+1)×(n+1) table in which every row and
 * column sums to zero (interior cells, the negated row and column totals, and the grand total).
 * A suppressed entry can be computed from the published ones exactly when it is a *bridge* in the
 * bipartite graph whose nodes are the augmented rows and columns and whose edges are the
 * suppressed entries; so suppression goes on until no line holds a single suppressed entry and no
 * suppressed entry is a bridge. Zeros are published as 0 (they are never small cells) and are used
 * for secondary suppression only when nothing else can close a gap.
 */

export const DEFAULT_MIN_CELL = 5;
/** The floor: a configuration can never publish cells below 3. */
export const MIN_CELL_FLOOR = 3;
/** Sensitive categories (DSGVO Art. 9) use at least this threshold. */
export const SENSITIVE_MIN_CELL = 5;

/** The threshold in force: never below the floor, never below 5 for sensitive categories. */
export function effectiveMinCell(minCell: number = DEFAULT_MIN_CELL, sensitive = false): number {
  const base = Number.isFinite(minCell) ? Math.floor(minCell) : DEFAULT_MIN_CELL;
  return Math.max(MIN_CELL_FLOOR, sensitive ? Math.max(base, SENSITIVE_MIN_CELL) : base);
}

export interface PublishedCount {
  /** `null` when suppressed. */
  value: number | null;
  suppressed: boolean;
}

export interface SuppressedTable {
  cells: PublishedCount[][];
  rowTotals: PublishedCount[];
  columnTotals: PublishedCount[];
  total: PublishedCount;
}

export interface SuppressionOptions {
  minCell?: number;
  /** Rows (e.g. categories) whose cells use the sensitive threshold. */
  sensitiveRows?: readonly boolean[];
  /**
   * Entries of the augmented table (row m: the column totals, column n: the row totals, (m, n):
   * the grand total) hidden from the start, e.g. because another answer hides them.
   */
  hidden?: (row: number, col: number) => boolean;
  /** Entries never hidden (another answer publishes them): secondary suppression goes elsewhere. */
  locked?: (row: number, col: number) => boolean;
}

type Entry = [row: number, col: number];

/** Suppresses a table of counts with its row, column and grand totals. Pure. */
export function suppressTable(
  table: readonly (readonly number[])[],
  options: SuppressionOptions = {},
): SuppressedTable {
  const m = table.length;
  const n = m > 0 ? table[0].length : 0;
  for (const row of table) {
    if (row.length !== n) throw new Error('suppressTable: rows of different length');
    for (const v of row)
      if (!Number.isInteger(v) || v < 0) throw new Error('suppressTable: counts are whole numbers ≥ 0');
  }
  const rowTotals = table.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = Array.from({ length: n }, (_, j) => table.reduce((a, row) => a + row[j], 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  const min = effectiveMinCell(options.minCell);
  const sensitiveMin = effectiveMinCell(options.minCell, true);

  // The augmented table: interior, row totals in column n, column totals in row m, grand at (m, n).
  const value = (i: number, j: number): number =>
    i < m && j < n ? table[i][j] : i < m ? rowTotals[i] : j < n ? colTotals[j] : grand;
  // a sensitive row's cells and its total use the sensitive threshold
  const threshold = (i: number): number => (i < m && options.sensitiveRows?.[i] ? sensitiveMin : min);
  const rows = m + 1;
  const cols = n + 1;
  const suppressed: boolean[][] = Array.from({ length: rows }, () => Array<boolean>(cols).fill(false));

  // 1. primary suppression: small counts, and totals that are small themselves
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = value(i, j);
      if (options.locked?.(i, j)) continue;
      if ((v >= 1 && v < threshold(i)) || options.hidden?.(i, j)) suppressed[i][j] = true;
    }
  }

  const lineEntries = (kind: 'row' | 'col', k: number): Entry[] =>
    kind === 'row'
      ? Array.from({ length: cols }, (_, j) => [k, j] as Entry)
      : Array.from({ length: rows }, (_, i) => [i, k] as Entry);

  /** The smallest unsuppressed entry among `candidates`, preferring non-zero ones. */
  const smallest = (candidates: Entry[]): Entry | null => {
    const open = candidates.filter(([i, j]) => !suppressed[i][j] && !options.locked?.(i, j));
    const pick = (list: Entry[]) =>
      list.reduce<Entry | null>(
        (best, e) => (best === null || value(e[0], e[1]) < value(best[0], best[1]) ? e : best),
        null,
      );
    return pick(open.filter(([i, j]) => value(i, j) > 0)) ?? pick(open);
  };

  let changed = true;
  while (changed) {
    changed = false;
    // 2. no line may hold exactly one suppressed entry (it would be its line's difference)
    for (const kind of ['row', 'col'] as const) {
      for (let k = 0; k < (kind === 'row' ? rows : cols); k++) {
        const line = lineEntries(kind, k);
        if (line.filter(([i, j]) => suppressed[i][j]).length === 1) {
          const extra = smallest(line);
          if (extra) {
            suppressed[extra[0]][extra[1]] = true;
            changed = true;
          }
        }
      }
    }
    if (changed) continue;
    // 3. no suppressed entry may be a bridge (computable from a combination of lines)
    const bridge = findBridge(suppressed, rows, cols);
    if (bridge) {
      // close a cycle through the bridge: an entry between the two sides it separates
      const [aRows, aCols] = componentWithout(suppressed, rows, cols, bridge, 'row');
      const [bRows, bCols] = componentWithout(suppressed, rows, cols, bridge, 'col');
      const across: Entry[] = [];
      const loose: Entry[] = [];
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          if ((aRows.has(i) && bCols.has(j)) || (bRows.has(i) && aCols.has(j))) across.push([i, j]);
          else if (aRows.has(i) !== aCols.has(j)) loose.push([i, j]);
        }
      }
      const extra = smallest(across) ?? smallest(loose);
      if (!extra) break; // a table too small to protect: everything is suppressed already
      suppressed[extra[0]][extra[1]] = true;
      changed = true;
    }
  }

  const publish = (i: number, j: number): PublishedCount =>
    suppressed[i][j] ? { value: null, suppressed: true } : { value: value(i, j), suppressed: false };
  return {
    cells: Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => publish(i, j))),
    rowTotals: Array.from({ length: m }, (_, i) => publish(i, n)),
    columnTotals: Array.from({ length: n }, (_, j) => publish(m, j)),
    total: publish(m, n),
  };
}

/** Nodes 0..rows-1 are rows, rows..rows+cols-1 columns; edges are the suppressed entries. */
function edgesOf(suppressed: boolean[][], rows: number, cols: number): Entry[] {
  const edges: Entry[] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) if (suppressed[i][j]) edges.push([i, j]);
  return edges;
}

/** A suppressed entry whose removal disconnects its row from its column, or null. */
function findBridge(suppressed: boolean[][], rows: number, cols: number): Entry | null {
  for (const edge of edgesOf(suppressed, rows, cols)) {
    const [sideRows, sideCols] = componentWithout(suppressed, rows, cols, edge);
    if (!sideCols.has(edge[1]) || !sideRows.has(edge[0])) return edge;
  }
  return null;
}

/** Rows and columns reachable from `edge`'s row (or column) when `edge` itself is left out. */
function componentWithout(
  suppressed: boolean[][],
  rows: number,
  cols: number,
  edge: Entry,
  from: 'row' | 'col' = 'row',
): [Set<number>, Set<number>] {
  const seenRows = new Set<number>(from === 'row' ? [edge[0]] : []);
  const seenCols = new Set<number>(from === 'col' ? [edge[1]] : []);
  const queue: ['r' | 'c', number][] = [from === 'row' ? ['r', edge[0]] : ['c', edge[1]]];
  while (queue.length > 0) {
    const [kind, k] = queue.shift() as ['r' | 'c', number];
    if (kind === 'r') {
      for (let j = 0; j < cols; j++) {
        if (suppressed[k][j] && !(k === edge[0] && j === edge[1]) && !seenCols.has(j)) {
          seenCols.add(j);
          queue.push(['c', j]);
        }
      }
    } else {
      for (let i = 0; i < rows; i++) {
        if (suppressed[i][k] && !(i === edge[0] && k === edge[1]) && !seenRows.has(i)) {
          seenRows.add(i);
          queue.push(['r', i]);
        }
      }
    }
  }
  return [seenRows, seenCols];
}
