import {
  effectiveMinCell,
  type AuditEntry,
  type DemandCounts,
  type DemandEntries,
  type Equation,
  type LinearSystem,
} from '@lotsen/domain';
import type { AnswerAuditor, AuditedAnswer } from './answer-audit';

/** A month of a quarter's or year's answer as `byMonth` publishes it (by the month's own plan). */
export interface PublishedMonth {
  contacts: { value: number; hidden: boolean };
  needs: { value: number; hidden: boolean };
}

/**
 * The interval audit of one analyst's demand answer (issue 24, point 1): every number the answer
 * publishes — the period's tables with their margins and group sums, and for a quarter or a year
 * its months' totals in `byMonth` (sums of the period's totals) — with the flags of the year's
 * plan. Sensitive categories (and groups holding one) keep their higher threshold. Numbers other
 * answers publish by plans of their own are never hidden further here: the referral totals (the
 * outcomes report's too) and the months' totals of `byMonth` (their month's answer hides them,
 * and the year's plan follows, audited-plan.ts). Returns the flags of the period's own system.
 */
export function auditDemandAnswer(
  audit: AnswerAuditor,
  c: DemandCounts,
  mine: { sys: LinearSystem; ids: DemandEntries },
  hidden: readonly boolean[],
  months: readonly PublishedMonth[],
  minCellSetting: number,
): AuditedAnswer {
  const { sys, ids } = mine;
  const minCell = effectiveMinCell(minCellSetting);
  const sensitiveMin = effectiveMinCell(minCellSetting, true);
  const entries: AuditEntry[] = sys.entries.map((e, i) => ({ ...e, hidden: hidden[i] }));
  const equations: Equation[] = [...sys.equations];
  const threshold = (e: number, value: number) => (entries[e].minCell = value);
  c.categories.forEach((k, i) => {
    if (!k.sensitive) return;
    for (const e of [...ids.cells[i], ids.rowTotals[i], ids.unmet[i], ids.referred[i]])
      threshold(e, sensitiveMin);
  });
  for (const g of ids.groups)
    if (c.categories.some((k) => k.group === g.group && k.sensitive))
      for (const e of [g.needs, g.unmet, g.referred]) threshold(e, sensitiveMin);
  for (const e of [ids.referrals, ids.referralsCompleted]) entries[e].locked = true;
  if (months.length > 1) {
    const add = (field: 'contacts' | 'needs', total: number) => {
      const parts = months.map((m) => {
        entries.push({ value: m[field].value, hidden: m[field].hidden, cost: 3, locked: true });
        return entries.length - 1;
      });
      equations.push([...parts.map((e): [number, number] => [e, 1]), [total, -1]]);
    };
    add('contacts', ids.contactsTotal);
    add('needs', ids.needsTotal);
  }
  const result = audit.answer(entries, equations, minCell);
  return { ...result, hidden: result.hidden.slice(0, sys.entries.length) };
}
