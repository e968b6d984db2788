import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { effectiveMinCell, periodsOfYear, type CalendarPeriod } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { AnswerAuditor } from './answer-audit';
import { BY_CATEGORY, BY_PROVIDER, outcomesSql, type OutcomesBy } from './referral-outcomes.queries';
import { RollupsService } from './rollups/rollups.service';
import { RollupAnswers } from './rollups/rollup-answers';
import { ANSWER_AUDITOR } from './lp-solver.provider';
import {
  OTHER_PROVIDERS_KEY,
  auditedOutcomesYear,
  buildCityOutcomes,
  type CityOutcomesYear,
  type CityOutcomes,
  type OutcomeGroupCounts,
  type OutcomeValues,
} from './referral-outcomes.city';

export interface OutcomeCounts {
  sent: number;
  accepted: number;
  declined: number;
  completed: number;
  notTakenUp: number;
  medianDaysToResponse: number | null;
  /** Referrals the provider answered (the median's group). */
  responded: number;
  /** Of those, answers staff recorded on the provider's behalf (issue 25.8). */
  respondedOnBehalf: number;
}

export interface ReferralOutcomes {
  from: string;
  to: string;
  byProvider: (OutcomeCounts & { providerId: string; name: string })[];
  byCategory: (OutcomeCounts & { categoryKey: string })[];
}

export interface Row {
  key: string;
  name: string | null;
  month?: string;
  sent: number;
  accepted: number;
  declined: number;
  completed: number;
  not_taken_up: number;
  responded: number;
  responded_on_behalf: number;
  median_days: number | null;
}

const median = (r: Row) => (r.median_days === null ? null : Math.round(Number(r.median_days) * 10) / 10);
const values = (r: Row): OutcomeValues => ({
  sent: r.sent,
  accepted: r.accepted,
  declined: r.declined,
  completed: r.completed,
  notTakenUp: r.not_taken_up,
});
const ZERO: OutcomeValues = { sent: 0, accepted: 0, declined: 0, completed: 0, notTakenUp: 0 };
const toCounts = (r: Row): OutcomeCounts => ({
  ...values(r),
  medianDaysToResponse: median(r),
  responded: r.responded,
  respondedOnBehalf: r.responded_on_behalf,
});

/**
 * Referral outcomes: per provider and per category, how many referrals were sent in the period,
 * how they were answered and ended, and the median days from sending to the provider's answer.
 * Team leads review their own office unsuppressed, for any range; the city's analyst reads
 * calendar periods, suppressed (referral-outcomes.city.ts).
 */
@Injectable()
export class ReferralOutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ANSWER_AUDITOR) private readonly audit: AnswerAuditor,
    private readonly rollups: RollupsService,
    private readonly answers: RollupAnswers,
  ) {}

  /** The counts from the daily rollups (docs/rollups.md); public methods catch the rollups up first. */
  private rows(
    by: OutcomesBy,
    from: string,
    to: string,
    officeId: string | null,
    byMonth = false,
  ): Promise<Row[]> {
    return this.dataSource.query(outcomesSql(by, byMonth, 'rollup'), [from, to, officeId]);
  }

  /** A team lead's own office, unsuppressed. */
  async report(ctx: RequestContext, from: string, to: string): Promise<ReferralOutcomes> {
    const officeId = ctx.user.officeId;
    await this.rollups.catchUp();
    const [byProvider, byCategory] = await Promise.all([
      this.rows(BY_PROVIDER, from, to, officeId),
      this.rows(BY_CATEGORY, from, to, officeId),
    ]);
    return {
      from,
      to,
      byProvider: byProvider.map((r) => ({ providerId: r.key, name: r.name ?? '', ...toCounts(r) })),
      byCategory: byCategory.map((r) => ({ categoryKey: r.key, ...toCounts(r) })),
    };
  }

  /**
   * The city's analyst: a calendar month, quarter or year of all offices. Providers with fewer
   * than the minimum cell of referrals in the calendar year are merged into "weitere Träger";
   * the year's months are counted to plan the suppression over the whole year.
   */
  async cityReport(period: CalendarPeriod): Promise<CityOutcomes> {
    await this.rollups.catchUp();
    // planned over the year once per state of the figures (RollupAnswers, docs/rollups.md)
    return this.answers.answer(`outcomes:${period.name}`, () => this.computeCityReport(period));
  }

  private async computeCityReport(period: CalendarPeriod): Promise<CityOutcomes> {
    const [year, providerRows, categoryRows] = await Promise.all([
      this.yearOf(period.year),
      this.rows(BY_PROVIDER, period.from, period.to, null),
      this.rows(BY_CATEGORY, period.from, period.to, null),
    ]);
    const named = new Set(year.providers.map((p) => p.key));
    const periodGroups = (rows: Row[]) =>
      new Map<string, OutcomeGroupCounts>(
        rows.map((r) => [r.key, { ...values(r), responded: r.responded, medianDays: median(r) }]),
      );
    // the merged providers' median is over their referrals together: counted for the period
    const otherRows: Row[] = providerRows.some((r) => !named.has(r.key))
      ? await this.dataSource.query(outcomesSql({ key: `'${OTHER_PROVIDERS_KEY}'` }, false, 'rollup', true), [
          period.from,
          period.to,
          null,
          [...named],
        ])
      : [];
    const providerPeriod = periodGroups(providerRows.filter((r) => named.has(r.key)));
    for (const [key, v] of periodGroups(otherRows)) providerPeriod.set(key, v);
    return buildCityOutcomes({
      ...year,
      period,
      providerPeriod,
      categoryPeriod: periodGroups(categoryRows),
    });
  }

  /**
   * The flags of the referral totals (`sent`, `completed`) in every period of a calendar year, in
   * plan order (audited-plan.ts): the city's demand report publishes them as this report does.
   */
  async sharedTotalFlags(year: number): Promise<{ referrals: boolean[]; referralsCompleted: boolean[] }> {
    await this.rollups.catchUp();
    return this.answers.answer(
      `outcomes-shared:${year}`,
      async () => auditedOutcomesYear(await this.yearOf(year)).shared,
    );
  }

  /**
   * The year's counts per month (providers with fewer than the minimum cell of referrals in the
   * calendar year merged into "weitere Träger"; named ones ordered by the year's count, then name).
   */
  async yearOf(yearNumber: number): Promise<CityOutcomesYear> {
    await this.rollups.catchUp();
    const year = periodsOfYear(yearNumber).year;
    const minCell = effectiveMinCell(this.config.reportMinCell);
    const [providerMonthRows, categoryMonthRows, categories] = await Promise.all([
      this.rows(BY_PROVIDER, year.from, year.to, null, true),
      this.rows(BY_CATEGORY, year.from, year.to, null, true),
      this.dataSource.query(`SELECT key, sensitive FROM need_categories ORDER BY sort_order, key`) as Promise<
        { key: string; sensitive: boolean }[]
      >,
    ]);
    const yearSent = new Map<string, { name: string; sent: number }>();
    for (const r of providerMonthRows) {
      const before = yearSent.get(r.key) ?? { name: r.name ?? '', sent: 0 };
      yearSent.set(r.key, { name: before.name, sent: before.sent + r.sent });
    }
    const providers = [...yearSent]
      .filter(([, p]) => p.sent >= minCell)
      .sort(([, a], [, b]) => b.sent - a.sent || a.name.localeCompare(b.name, 'de'))
      .map(([key, p]) => ({ key, name: p.name }));
    const named = new Set(providers.map((p) => p.key));
    const providerKey = (key: string) => (named.has(key) ? key : OTHER_PROVIDERS_KEY);
    const byMonth = (rows: Row[], keyOf: (key: string) => string) => {
      const out = new Map<string, Map<string, OutcomeValues>>();
      for (const r of rows) {
        const month = out.get(r.month as string) ?? new Map<string, OutcomeValues>();
        const key = keyOf(r.key);
        const before = month.get(key) ?? ZERO;
        const v = values(r);
        month.set(key, {
          sent: before.sent + v.sent,
          accepted: before.accepted + v.accepted,
          declined: before.declined + v.declined,
          completed: before.completed + v.completed,
          notTakenUp: before.notTakenUp + v.notTakenUp,
        });
        out.set(r.month as string, month);
      }
      return out;
    };
    return {
      year: yearNumber,
      minCell: this.config.reportMinCell,
      providers,
      categories: categories.filter((c) => categoryMonthRows.some((r) => r.key === c.key)),
      providerMonths: byMonth(providerMonthRows, providerKey),
      categoryMonths: byMonth(categoryMonthRows, (key) => key),
      audit: this.audit,
    };
  }
}
