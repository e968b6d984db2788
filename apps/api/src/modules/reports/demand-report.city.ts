import {
  effectiveMinCell,
  planHierarchicalSuppression,
  planIsolated,
  demandSystem,
  renderDemandReport,
  type CalendarPeriod,
  type DemandCounts,
  type DemandReport,
  type PeriodNode,
  type PublishedCount,
} from '@lotsen/domain';
import type { AnswerAuditor, AuditedAnswer } from './answer-audit';
import { auditedYearPlan, periodTree, planFlags, planIndex } from './audited-plan';
import { auditDemandAnswer } from './demand-report.audit';

const addMaps = (maps: Map<string, number>[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const m of maps) for (const [k, v] of m) out.set(k, (out.get(k) ?? 0) + v);
  return out;
};

/**
 * The additive counts of several months summed (a quarter, the year). Families are counted
 * distinct and cannot be summed: they stay 0 here and are never planned over time.
 */
export function sumCounts(list: readonly DemandCounts[]): DemandCounts {
  const first = list[0];
  const total = (pick: (c: DemandCounts) => number) => list.reduce((a, c) => a + pick(c), 0);
  const needs = new Map<string, Map<string, number>>();
  for (const key of new Set(list.flatMap((c) => [...c.needs.keys()])))
    needs.set(key, addMaps(list.map((c) => c.needs.get(key) ?? new Map<string, number>())));
  return {
    categories: first.categories,
    districts: first.districts,
    months: list.flatMap((c) => c.months),
    contacts: total((c) => c.contacts),
    anonymousContacts: total((c) => c.anonymousContacts),
    families: 0,
    referrals: total((c) => c.referrals),
    referralsCompleted: total((c) => c.referralsCompleted),
    channel: addMaps(list.map((c) => c.channel)),
    districtContacts: addMaps(list.map((c) => c.districtContacts)),
    districtFamilies: new Map(),
    monthContacts: addMaps(list.map((c) => c.monthContacts)),
    monthNeeds: addMaps(list.map((c) => c.monthNeeds)),
    needs,
    unmet: addMaps(list.map((c) => c.unmet)),
    referred: addMaps(list.map((c) => c.referred)),
  };
}

/**
 * The flags of the referral totals in every period (plan order) when another report publishes
 * them too: the city's outcomes report (`ReferralOutcomesService.sharedTotalFlags`).
 */
export interface SharedTotals {
  referrals: readonly boolean[];
  referralsCompleted: readonly boolean[];
}

/** Every answer of a calendar year: each period's counts, system and audited flags (plan order). */
export interface AuditedDemandYear {
  counts: DemandCounts[];
  systems: ReturnType<typeof demandSystem>[];
  answers: AuditedAnswer[];
}

/**
 * The suppression of all 17 answers of a calendar year (issue 16, point 4; issue 24, point 1):
 * the plan of the whole year — the year, its quarters and months as a tree over the same
 * structure (`planHierarchicalSuppression`) — with every answer audited by linear programming
 * and planned again until no audit hides more (`auditedYearPlan`). The referral totals of the
 * city are the outcomes report's too and follow its flags (`shared`); an office's are planned by
 * their own counts only (`planIsolated`). Pure but for the auditor's memory.
 */
export function auditedDemandYear(
  monthCounts: readonly DemandCounts[],
  minCellSetting: number,
  audit: AnswerAuditor,
  shared?: SharedTotals,
): AuditedDemandYear {
  if (monthCounts.length !== 12) throw new Error('auditedDemandYear: twelve months expected');
  const counts = [
    sumCounts(monthCounts),
    ...[0, 1, 2, 3].flatMap((q) => {
      const months = monthCounts.slice(q * 3, q * 3 + 3);
      return [sumCounts(months), ...months];
    }),
  ];
  const systems = counts.map((c) => demandSystem(c, minCellSetting, false));
  const [year] = systems;
  const values = year.sys.entries.map((e) => e.value);
  const own = systems.map((s) => s.sys.entries.map((e) => e.hidden));
  const isolated = (e: number) => planFlags(planIsolated(periodTree((k) => [own[k][e]]))).map((f) => f[0]);
  const totals = [
    { e: year.ids.referrals, flags: shared?.referrals ?? isolated(year.ids.referrals) },
    {
      e: year.ids.referralsCompleted,
      flags: shared?.referralsCompleted ?? isolated(year.ids.referralsCompleted),
    },
  ];
  const plan = (tree: PeriodNode) => {
    const flags = planFlags(planHierarchicalSuppression(year.sys.entries, year.sys.equations, tree, values));
    for (const t of totals) flags.forEach((f, k) => (f[t.e] = t.flags[k]));
    return flags;
  };
  const monthsOf = (k: number): number[] =>
    k === 0 ? [...Array(12).keys()] : (k - 1) % 4 === 0 ? [0, 1, 2].map((i) => ((k - 1) / 4) * 3 + i) : [];
  const key = [
    'demand',
    minCellSetting,
    counts[0].categories,
    counts[0].districts,
    systems.map((s) => s.sys.entries.map((e) => e.value)),
    own,
    shared,
  ];
  const answers = audit.year(key, () =>
    auditedYearPlan(own, plan, (k, flags) =>
      auditDemandAnswer(
        audit,
        counts[k],
        systems[k],
        flags[k],
        monthsOf(k).map((m) => {
          const { sys, ids } = systems[planIndex.month(m)];
          const at = (e: number) => ({ value: sys.entries[e].value, hidden: flags[planIndex.month(m)][e] });
          return { contacts: at(ids.contactsTotal), needs: at(ids.needsTotal) };
        }),
        minCellSetting,
      ),
    ),
  );
  return { counts, systems, answers };
}

/**
 * The analyst's demand report of a calendar month, quarter or year: the requested period's
 * answer of the audited year (`auditedDemandYear`), with the period's own counts (families are
 * counted distinct for the period and hide small counts only). The months listed in `byMonth`
 * are the months' own totals, as their months' answers publish them.
 */
export function buildCityDemandReport(
  period: CalendarPeriod,
  periodCounts: DemandCounts,
  monthCounts: readonly DemandCounts[],
  officeId: string | null,
  minCellSetting: number,
  audit: AnswerAuditor,
  shared?: SharedTotals,
): DemandReport {
  const { systems, answers } = auditedDemandYear(monthCounts, minCellSetting, audit, shared);
  const first = Number(period.months[0].slice(5, 7)) - 1;
  const k =
    period.kind === 'year'
      ? planIndex.year
      : period.kind === 'quarter'
        ? planIndex.quarter(Math.floor(first / 3))
        : planIndex.month(first);
  const months = (i: number, field: 'contacts' | 'needs'): PublishedCount => {
    const m = planIndex.month(Number(periodCounts.months[i].slice(5, 7)) - 1);
    const { sys, ids } = systems[m];
    const e = field === 'contacts' ? ids.contactsTotal : ids.needsTotal;
    return answers[m].hidden[e]
      ? { value: null, suppressed: true }
      : { value: sys.entries[e].value, suppressed: false };
  };
  const mine = demandSystem(periodCounts, minCellSetting, false);
  return renderDemandReport(
    periodCounts,
    mine.ids,
    mine.sys.entries.map((e) => e.value),
    answers[k].hidden,
    months,
    {
      from: period.from,
      to: period.to,
      officeId,
      minCell: effectiveMinCell(minCellSetting),
      zerosMayBeSuppressed: answers[k].zerosMayBeSuppressed,
    },
  );
}
