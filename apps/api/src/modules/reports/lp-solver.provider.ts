import type { Provider } from '@nestjs/common';
import type { LpSolver } from '@lotsen/domain';
import loadHighs from 'highs';
import { answerAuditor } from './answer-audit';

/** The interval audit of the analyst's answers, with its LP solver (HiGHS compiled to WebAssembly). */
export const ANSWER_AUDITOR = Symbol('ANSWER_AUDITOR');

/** Loads the solver (asynchronous: the WebAssembly module is compiled once, at start-up). */
export async function loadLpSolver(): Promise<LpSolver> {
  return loadHighs();
}

export const answerAuditorProvider: Provider = {
  provide: ANSWER_AUDITOR,
  useFactory: async () => answerAuditor(await loadLpSolver()),
};
