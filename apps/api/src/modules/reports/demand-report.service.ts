import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import {
  buildDemandReport,
  calendarPeriodOf,
  demandCountsOf,
  periodsOfYear,
  type CalendarPeriod,
  type DemandCounts,
  type DemandReport,
} from '@lotsen/domain';
import { auditedDemandYear, buildCityDemandReport, type AuditedDemandYear } from './demand-report.city';
import { ReferralOutcomesService } from './referral-outcomes.service';
import { readDemandRows } from './demand-report.queries';
import { ANSWER_AUDITOR } from './lp-solver.provider';
import type { AnswerAuditor } from './answer-audit';
import { requireKnownOffice } from './report-scope';
import { portalDemand } from './portal-demand';
import { RollupsService } from './rollups/rollups.service';
import { RollupAnswers } from './rollups/rollup-answers';

// the assembly (counts → rows, suppression) is libs/domain's (demand-assembly.ts); re-exported
// for the module's other files and the tests
export {
  buildDemandReport,
  groupsOf,
  monthsBetween,
  type DemandCounts,
  type DemandReport,
} from '@lotsen/domain';

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
    private readonly rollups: RollupsService,
    private readonly answers: RollupAnswers,
  ) {}

  /** The counts of a period, read from the daily rollups (docs/rollups.md). */
  async counts(from: string, to: string, officeId: string | null): Promise<DemandCounts> {
    await this.rollups.catchUp();
    return this.readCounts(from, to, officeId);
  }

  /** The counts as the rollups hold them now (the caller has caught them up). */
  private async readCounts(from: string, to: string, officeId: string | null): Promise<DemandCounts> {
    const rows = await readDemandRows(
      (sql, params) => this.dataSource.query(sql, params),
      from,
      to,
      officeId,
    );
    return demandCountsOf(from, to, rows);
  }

  /** A team lead's report of a free range (suppressed within the period only). */
  async report(from: string, to: string, officeId: string | null): Promise<DemandReport> {
    await requireKnownOffice(this.dataSource, officeId);
    await this.rollups.catchUp();
    const [counts, portal] = await Promise.all([
      this.readCounts(from, to, officeId),
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
    await this.rollups.catchUp();
    const minCell = this.config.reportMinCell;
    // the year's plan is computed once per state of the figures (RollupAnswers, docs/rollups.md)
    const [report, portal] = await Promise.all([
      this.answers.answer(`demand:${period.name}:${officeId ?? 'city'}:${minCell}`, async () => {
        const { months } = periodsOfYear(period.year);
        // the city's referral totals are the outcomes report's too: published as it publishes them
        const [shared, [own, ...monthCounts]] = await Promise.all([
          officeId === null ? this.outcomes.sharedTotalFlags(period.year) : Promise.resolve(undefined),
          Promise.all([period, ...months].map((p) => this.readCounts(p.from, p.to, officeId))),
        ]);
        return buildCityDemandReport(period, own, monthCounts, officeId, minCell, this.audit, shared);
      }),
      portalDemand(this.dataSource, period.from, period.to, minCell),
    ]);
    return { ...report, portalDemand: portal };
  }

  /**
   * Every audited answer of a calendar year for the analyst (the city or one office), as
   * `cityReport` plans them: the trends (issue 20.4) publish their months' needs by these flags.
   */
  async auditedYear(year: number, officeId: string | null): Promise<AuditedDemandYear> {
    const { months } = periodsOfYear(year);
    const [shared, monthCounts] = await Promise.all([
      officeId === null ? this.outcomes.sharedTotalFlags(year) : Promise.resolve(undefined),
      Promise.all(months.map((p) => this.counts(p.from, p.to, officeId))),
    ]);
    return auditedDemandYear(monthCounts, this.config.reportMinCell, this.audit, shared);
  }

  /** What snapshots freeze: the analyst's report of a calendar period (snapshots are read by analysts). */
  async reportOfPeriod(from: string, to: string, officeId: string | null): Promise<DemandReport> {
    const period = calendarPeriodOf(from, to);
    if (!period) throw new Error(`not a calendar period: ${from}..${to}`);
    return this.cityReport(period, officeId);
  }
}
