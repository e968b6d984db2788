import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { calendarPeriodOf, periodsOfYear, type CalendarPeriod } from '@lotsen/domain';
import { buildDemandReport } from './demand-report.build';
import { buildCityDemandReport } from './demand-report.city';
import { ReferralOutcomesService } from './referral-outcomes.service';
import { CATEGORIES_SQL, DISTRICTS_SQL, demandQuery, type DemandQueryName } from './demand-report.queries';
import { ANSWER_AUDITOR } from './lp-solver.provider';
import type { AnswerAuditor } from './answer-audit';
import { requireKnownOffice } from './report-scope';
import { portalDemand, type PortalDemand } from './portal-demand';

export { buildDemandReport, groupsOf } from './demand-report.build';

/** A row of the report: its counts, and which of them are suppressed (`null` in the counts). */
type Row<K extends string, C extends string> = Record<K, string> &
  Record<C, number | null> & { suppressed?: true; suppressedFields?: C[] };

export interface DemandReport {
  from: string;
  to: string;
  officeId: string | null;
  minCell: number;
  /**
   * Issue 24, point 1: a hidden number may be 0 (zeros are hidden too where suppression needed
   * them), so a hidden count is ≥ 0, not ≥ 1. Snapshots made before this field existed lack it.
   */
  zerosMayBeSuppressed: boolean;
  totals: Row<
    never,
    | 'contacts'
    | 'anonymousContacts'
    | 'families'
    | 'needs'
    | 'unmetNeeds'
    | 'referrals'
    | 'referralsCompleted'
  >;
  byChannel: Row<'channel', 'contacts'>[];
  byCategory: Row<'categoryKey', 'needs' | 'unmet' | 'referred'>[];
  byDistrict: Row<'districtId', 'contacts' | 'families' | 'needs'>[];
  byCategoryAndDistrict: Row<'categoryKey' | 'districtId', 'needs'>[];
  byMonth: Row<'month', 'contacts' | 'needs'>[];
  /**
   * Beyond api.md: needs by category group (the group's German name, `need_categories.group_name`),
   * summed from the exact counts and suppressed together with the other tables. Snapshots made
   * before this field existed lack it.
   */
  byCategoryGroup: Row<'group', 'needs' | 'unmet' | 'referred'>[];
  /**
   * Issue 17 point 8: the Familienportal's searches of the period (the whole city's, beside the
   * office's contacts), suppressed by the same rules (portal-demand.ts). Snapshots made before the
   * portal counted searches lack it.
   */
  portalDemand?: PortalDemand;
}

/** The raw counts before suppression; exported for the tests that recompute them independently. */
export interface DemandCounts {
  categories: { key: string; sensitive: boolean; group: string }[];
  districts: string[];
  months: string[];
  contacts: number;
  anonymousContacts: number;
  families: number;
  referrals: number;
  referralsCompleted: number;
  channel: Map<string, number>;
  districtContacts: Map<string, number>;
  districtFamilies: Map<string, number>;
  monthContacts: Map<string, number>;
  monthNeeds: Map<string, number>;
  needs: Map<string, Map<string, number>>; // category → district → needs
  unmet: Map<string, number>;
  referred: Map<string, number>;
}

/** The months `YYYY-MM` from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const [ty, tm] = to.slice(0, 7).split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

/**
 * The quarterly demand report (api.md, "Reports"): contacts by `occurredAt`, needs by
 * `identifiedAt`, referrals by `sentAt`, in Europe/Berlin days with both ends included; families
 * counted distinct. A need's district is its contact's, else its family's, else "ohne Angabe".
 */
@Injectable()
export class DemandReportService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ANSWER_AUDITOR) private readonly audit: AnswerAuditor,
    private readonly outcomes: ReferralOutcomesService,
  ) {}

  async counts(from: string, to: string, officeId: string | null): Promise<DemandCounts> {
    const [categories, districts] = await Promise.all([
      this.dataSource.query(CATEGORIES_SQL) as Promise<{ key: string; sensitive: boolean; group: string }[]>,
      this.dataSource.query(DISTRICTS_SQL) as Promise<{ id: string; code: string }[]>,
    ]);
    const unknown = districts.find((d) => d.code === 'unknown')?.id ?? districts[0]?.id ?? null;
    const q = <T>(name: DemandQueryName): Promise<T[]> => {
      const { sql, params } = demandQuery(name, from, to, officeId, unknown);
      return this.dataSource.query(sql, params);
    };
    const [totals, byChannel, byDistrict, byMonthContacts, needRows, byMonthNeeds, referrals] =
      await Promise.all([
        q<{ contacts: number; anonymous: number; families: number }>('contactTotals'),
        q<{ channel: string; n: number }>('contactsByChannel'),
        q<{ d: string; n: number; families: number }>('contactsByDistrict'),
        q<{ m: string; n: number }>('contactsByMonth'),
        q<{ category_key: string; d: string; n: number; unmet: number; referred: number }>(
          'needsByCategoryAndDistrict',
        ),
        q<{ m: string; n: number }>('needsByMonth'),
        q<{ sent: number; completed: number }>('referralTotals'),
      ]);
    const needs = new Map<string, Map<string, number>>();
    const unmet = new Map<string, number>();
    const referred = new Map<string, number>();
    for (const r of needRows) {
      const row = needs.get(r.category_key) ?? new Map<string, number>();
      row.set(r.d, (row.get(r.d) ?? 0) + r.n);
      needs.set(r.category_key, row);
      unmet.set(r.category_key, (unmet.get(r.category_key) ?? 0) + r.unmet);
      referred.set(r.category_key, (referred.get(r.category_key) ?? 0) + r.referred);
    }
    return {
      categories,
      districts: districts.map((d) => d.id),
      months: monthsBetween(from, to),
      contacts: totals[0].contacts,
      anonymousContacts: totals[0].anonymous,
      families: totals[0].families,
      referrals: referrals[0].sent,
      referralsCompleted: referrals[0].completed,
      channel: new Map(byChannel.map((r) => [r.channel, r.n])),
      districtContacts: new Map(byDistrict.map((r) => [r.d, r.n])),
      districtFamilies: new Map(byDistrict.map((r) => [r.d, r.families])),
      monthContacts: new Map(byMonthContacts.map((r) => [r.m, r.n])),
      monthNeeds: new Map(byMonthNeeds.map((r) => [r.m, r.n])),
      needs,
      unmet,
      referred,
    };
  }

  /** A team lead's report of a free range (suppressed within the period only). */
  async report(from: string, to: string, officeId: string | null): Promise<DemandReport> {
    await requireKnownOffice(this.dataSource, officeId);
    const [counts, portal] = await Promise.all([
      this.counts(from, to, officeId),
      portalDemand(this.dataSource, from, to, this.config.reportMinCell),
    ]);
    return {
      ...buildDemandReport(counts, from, to, officeId, this.config.reportMinCell),
      portalDemand: portal,
    };
  }

  /**
   * The analyst's report of a calendar month, quarter or year, suppressed with the plan of its
   * whole calendar year (demand-report.city.ts): the period's counts (families are distinct) and
   * the twelve months' counts.
   */
  async cityReport(period: CalendarPeriod, officeId: string | null): Promise<DemandReport> {
    await requireKnownOffice(this.dataSource, officeId);
    const { months } = periodsOfYear(period.year);
    // the city's referral totals are the outcomes report's too: published as it publishes them
    const [shared, [own, ...monthCounts], portal] = await Promise.all([
      officeId === null ? this.outcomes.sharedTotalFlags(period.year) : Promise.resolve(undefined),
      Promise.all([period, ...months].map((p) => this.counts(p.from, p.to, officeId))),
      portalDemand(this.dataSource, period.from, period.to, this.config.reportMinCell),
    ]);
    const report = buildCityDemandReport(
      period,
      own,
      monthCounts,
      officeId,
      this.config.reportMinCell,
      this.audit,
      shared,
    );
    return { ...report, portalDemand: portal };
  }

  /** What snapshots freeze: the analyst's report of a calendar period (snapshots are read by analysts). */
  async reportOfPeriod(from: string, to: string, officeId: string | null): Promise<DemandReport> {
    const period = calendarPeriodOf(from, to);
    if (!period) throw new Error(`not a calendar period: ${from}..${to}`);
    return this.cityReport(period, officeId);
  }
}
