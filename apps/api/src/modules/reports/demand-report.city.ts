import {
  effectiveMinCell,
  periodsOfYear,
  planHierarchicalSuppression,
  planIsolated,
  type CalendarPeriod,
  type PublishedCount,
} from '@lotsen/domain';
import { demandSystem, renderDemandReport } from './demand-report.build';
import type { DemandCounts, DemandReport } from './demand-report.service';

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
 * The analyst's demand report of a calendar month, quarter or year (issue 16, point 4): the
 * suppression is planned once for the whole calendar year — the year, its quarters and months
 * as a tree over the same structure (`planHierarchicalSuppression`, libs/domain) — and the
 * requested period's slice of the plan is published. Any two requests about the same year and
 * the same data agree, and no combination of them recovers a hidden number. The months listed in
 * `byMonth` are the months' own totals and follow the months' plans. Pure.
 */
export function buildCityDemandReport(
  period: CalendarPeriod,
  periodCounts: DemandCounts,
  monthCounts: readonly DemandCounts[],
  officeId: string | null,
  minCellSetting: number,
): DemandReport {
  if (monthCounts.length !== 12) throw new Error('buildCityDemandReport: twelve months expected');
  const year = periodsOfYear(period.year);
  const quarterCounts = year.quarters.map((_, q) => sumCounts(monthCounts.slice(q * 3, q * 3 + 3)));
  const yearSystem = demandSystem(sumCounts(monthCounts), minCellSetting, false);
  const own = (c: DemandCounts) => demandSystem(c, minCellSetting, false).sys.entries.map((e) => e.hidden);
  const monthSystems = monthCounts.map((c) => demandSystem(c, minCellSetting, false));
  const plan = planHierarchicalSuppression(
    yearSystem.sys.entries,
    yearSystem.sys.equations,
    {
      own: yearSystem.sys.entries.map((e) => e.hidden),
      children: quarterCounts.map((c, q) => ({
        own: own(c),
        children: monthSystems
          .slice(q * 3, q * 3 + 3)
          .map((m) => ({ own: m.sys.entries.map((e) => e.hidden) })),
      })),
    },
    yearSystem.sys.entries.map((e) => e.value),
  );
  const monthHidden = plan.children.flatMap((q) => q.children.map((m) => m.hidden));
  const index = Number(period.months[0].slice(5, 7)) - 1;
  const hidden =
    period.kind === 'year'
      ? plan.hidden
      : period.kind === 'quarter'
        ? plan.children[Math.floor(index / 3)].hidden
        : monthHidden[index];
  // the referral totals are the outcomes report's too: both publish them by their own counts only
  for (const e of [yearSystem.ids.referrals, yearSystem.ids.referralsCompleted]) {
    const flag = (sys: { sys: { entries: { hidden: boolean }[] } }) => [sys.sys.entries[e].hidden];
    const quarterSystems = quarterCounts.map((c) => demandSystem(c, minCellSetting, false));
    const isolated = planIsolated({
      own: flag(yearSystem),
      children: quarterSystems.map((q, k) => ({
        own: flag(q),
        children: monthSystems.slice(k * 3, k * 3 + 3).map((m) => ({ own: flag(m) })),
      })),
    });
    const q = isolated.children[Math.floor(index / 3)];
    hidden[e] =
      period.kind === 'year'
        ? isolated.hidden[0]
        : period.kind === 'quarter'
          ? q.hidden[0]
          : q.children[index % 3].hidden[0];
  }
  const mine = demandSystem(periodCounts, minCellSetting, false);
  const months = (k: number, field: 'contacts' | 'needs'): PublishedCount => {
    const m = Number(periodCounts.months[k].slice(5, 7)) - 1;
    const { sys, ids } = monthSystems[m];
    const e = field === 'contacts' ? ids.contactsTotal : ids.needsTotal;
    return monthHidden[m][e]
      ? { value: null, suppressed: true }
      : { value: sys.entries[e].value, suppressed: false };
  };
  return renderDemandReport(
    periodCounts,
    mine.ids,
    mine.sys.entries.map((e) => e.value),
    hidden,
    months,
    { from: period.from, to: period.to, officeId, minCell: effectiveMinCell(minCellSetting) },
  );
}
