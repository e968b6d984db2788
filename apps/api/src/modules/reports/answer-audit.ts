import { createHash } from 'node:crypto';
import { protectIntervals, type AuditEntry, type Equation, type LpSolver } from '@lotsen/domain';

/** The suppression of one answer after its interval audit (issue 24, point 1). */
export interface AuditedAnswer {
  /** Per entry: hidden in the answer (the plan's flags and the audit's further ones). */
  hidden: boolean[];
  /** A hidden number may be 0 (then an attacker's lower bound of every hidden number is 0). */
  zerosMayBeSuppressed: boolean;
}

/** The interval audit of the analyst's answers, with a memory of recent work. */
export interface AnswerAuditor {
  /**
   * Audits everything one answer publishes — its entries with the plan's flags and the sums
   * between them — and hides further numbers until no small hidden number is pinned
   * (`protectIntervals`, libs/domain). Deterministic: the same answer gets the same flags.
   */
  answer(entries: readonly AuditEntry[], equations: readonly Equation[], minCell: number): AuditedAnswer;
  /**
   * A whole year's audited plan, remembered by its input (`key`: every count and flag it depends
   * on): the months, quarters and the year of one scope are read one after another, and all come
   * from the same plan.
   */
  year<T>(key: unknown, compute: () => T): T;
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64');

/** A small memory: the most recently used `size` results by the hash of their input. */
function memory<T>(size: number) {
  const kept = new Map<string, T>();
  return (input: unknown, compute: () => T): T => {
    const key = hashOf(input);
    const known = kept.get(key);
    const result = known ?? compute();
    kept.delete(key);
    kept.set(key, result);
    if (kept.size > size) kept.delete(kept.keys().next().value as string);
    return result;
  };
}

/**
 * The auditor with the loaded solver. The key of what it remembers is the whole input (counts,
 * flags, sums), so a changed count is a new audit; nothing personal is kept, only counts.
 */
export function answerAuditor(solver: LpSolver): AnswerAuditor {
  const answers = memory<AuditedAnswer>(400);
  const years = memory<unknown>(24);
  return {
    answer: (entries, equations, minCell) => {
      const result = answers([minCell, entries, equations], () => {
        const { hidden, audit } = protectIntervals(solver, entries, equations, { minCell });
        return { hidden, zerosMayBeSuppressed: audit.zerosMayBeSuppressed };
      });
      return { hidden: [...result.hidden], zerosMayBeSuppressed: result.zerosMayBeSuppressed };
    },
    year: <T>(key: unknown, compute: () => T) => years(key, compute) as T,
  };
}
