import type { Provider } from '@nestjs/common';
import type { LpSolver } from '@lotsen/domain';
import loadHighs from 'highs';

/** The LP solver of the suppression audit (HiGHS compiled to WebAssembly), loaded once. */
export const LP_SOLVER = Symbol('LP_SOLVER');

/** Loads the solver (asynchronous: the WebAssembly module is compiled once, at start-up). */
export async function loadLpSolver(): Promise<LpSolver> {
  return loadHighs();
}

export const lpSolverProvider: Provider = { provide: LP_SOLVER, useFactory: loadLpSolver };
