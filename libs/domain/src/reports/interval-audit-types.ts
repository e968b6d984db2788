/** The types of the interval audit (interval-audit.ts): the solver it is given, its entries and its answer. */

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
