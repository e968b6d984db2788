import {
  effectiveMinCell,
  protectUnmet,
  trendTables,
  unmetFlags,
  unmetSystem,
  type MonthPlan,
  type TableFlags,
  type TrendCount,
} from '@lotsen/domain';
import type { AnswerAuditor } from './answer-audit';
import { planIndex } from './audited-plan';
import type { AuditedDemandYear } from './demand-report.city';

/**
 * The analyst's plan of the trends' months (libs/domain trend-suppression.ts): the needs flags
 * of each month's answer of the demand report's audited year plan, and the unmet tables
 * protected with that answer's per-category totals fixed (`protectUnmet`) and by the interval
 * audit.
 * `yearOf` gives the audited year of the scope (DemandReportService.auditedYear).
 */
export async function trendPlans(
  months: readonly string[],
  input: {
    counts: readonly TrendCount[];
    categories: readonly { key: string; sensitive: boolean }[];
    districts: readonly string[];
    minCellSetting: number;
  },
  yearOf: (year: number) => Promise<AuditedDemandYear>,
  audit: AnswerAuditor,
): Promise<MonthPlan[]> {
  const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
  const audited = new Map(await Promise.all(years.map(async (y) => [y, await yearOf(y)] as const)));
  const tables = trendTables(input, months);
  const sensitive = input.categories.map((c) => c.sensitive);
  return months.map((month, k) => {
    const year = audited.get(Number(month.slice(0, 4))) as AuditedDemandYear;
    const p = planIndex.month(Number(month.slice(5, 7)) - 1);
    const { ids } = year.systems[p];
    const hidden = year.answers[p].hidden;
    const counts = year.counts[p];
    // the demand report's positions of the trends' categories and Sozialräume (hidden if unknown)
    const cat = input.categories.map((c) => counts.categories.findIndex((x) => x.key === c.key));
    const dis = input.districts.map((d) => counts.districts.indexOf(d));
    const at = (e: number | undefined) => e === undefined || hidden[e];
    const needs: TableFlags = {
      cells: cat.map((i) => dis.map((j) => i < 0 || j < 0 || at(ids.cells[i]?.[j]))),
      rows: cat.map((i) => i < 0 || at(ids.rowTotals[i])),
      cols: dis.map((j) => j < 0 || at(ids.colTotals[j])),
      total: at(ids.needsTotal),
    };
    const fixed = { rows: cat.map((i) => i < 0 || at(ids.unmet[i])), total: at(ids.unmetTotal) };
    const system = unmetSystem(tables[k].unmet, sensitive, input.minCellSetting, fixed);
    const table = protectUnmet(system, tables[k].unmet, sensitive, input.minCellSetting, fixed);
    const answer = audit.answer(
      system.entries.map((e, i) => ({ ...e, hidden: table[i] })),
      system.equations,
      effectiveMinCell(input.minCellSetting),
    );
    return { needs, unmet: unmetFlags(system, answer.hidden) };
  });
}
