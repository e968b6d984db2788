import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import {
  ALLOWED_PERIODS_MESSAGE,
  calendarPeriodOf,
  lastCompleteMonth,
  type CalendarPeriod,
  type TrendsAnswer,
} from '@lotsen/domain';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { AuditRead } from '../audit/audit-read.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import { isIsoDate } from '../../common/list-query/list-query';
import { DemandExportQueryDto, DemandQueryDto, PeriodQueryDto, TrendsQueryDto } from './dto/period.dto';
import { sendExport } from './exports/send';
import { withSignals } from './exports/signals-section';
import { demandReportTables } from './exports/tables';
import { SignalsService } from '../signals/signals.service';
import { currentLabels } from './report-labels';
import { DemandReportService, type DemandReport } from './demand-report.service';
import type { CityOutcomes } from './referral-outcomes.city';
import { ReferralOutcomesService, type ReferralOutcomes } from './referral-outcomes.service';
import { TrendsService } from './trends.service';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly outcomes: ReferralOutcomesService,
    private readonly demand: DemandReportService,
    private readonly dataSource: DataSource,
    private readonly signals: SignalsService,
    private readonly trendsService: TrendsService,
  ) {}

  @Get('demand')
  @AuditRead('report', 'report', { action: 'demand_report.read' })
  @Authenticated({ action: 'report.read' })
  @ApiBadRequestResponse({ description: `INVALID_PERIOD (analysts): ${ALLOWED_PERIODS_MESSAGE}` })
  demandReport(@Ctx() ctx: RequestContext, @Query() query: DemandQueryDto): Promise<DemandReport> {
    return this.liveDemand(ctx, query);
  }

  /**
   * The live demand report as a download (issue 25, point 10): exactly what GET /reports/demand
   * answers the caller (an analyst's suppressed, a team lead's own office), as CSV, XLSX or PDF,
   * marked "vorläufig" because its numbers may still change (a snapshot's are frozen).
   */
  @Get('demand/export')
  @AuditRead('report', 'report', { action: 'demand_report.export' })
  @Authenticated({ action: 'report.read' })
  @ApiBadRequestResponse({ description: `INVALID_PERIOD (analysts): ${ALLOWED_PERIODS_MESSAGE}` })
  @ApiProduces(
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/pdf',
  )
  async demandExport(
    @Ctx() ctx: RequestContext,
    @Query() query: DemandExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.liveDemand(ctx, query);
    const labels = await currentLabels(this.dataSource, report.officeId);
    const doc = withSignals(
      demandReportTables({ report, labels }, true),
      await this.signals.openSignals(),
      new Date(),
    );
    const name = `bedarfsbericht-vorlaeufig-${query.from}-bis-${query.to}`;
    await sendExport(res, doc, query.format, name, new Date());
  }

  /** Team leads see their office for any range; analysts the city or one office, calendar periods. */
  private liveDemand(ctx: RequestContext, query: DemandQueryDto): Promise<DemandReport> {
    checkPeriod(query);
    if (ctx.user.role === 'team_lead') return this.demand.report(query.from, query.to, ctx.user.officeId);
    return this.demand.cityReport(analystPeriod(query), query.officeId ?? null);
  }

  /**
   * Trends of needs over two years (issue 20, point 4): team leads their own office
   * unsuppressed, the analyst the city suppressed (docs/api-reports.md).
   */
  @Get('trends')
  @AuditRead('report', 'report', { action: 'trends_report.read' })
  @Authenticated({ action: 'report.read' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a bad month, Sozialraum or category' })
  trends(@Ctx() ctx: RequestContext, @Query() query: TrendsQueryDto): Promise<TrendsAnswer> {
    const last = lastCompleteMonth(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' }));
    const to = query.to ?? last;
    if (to > last || to < '2000-01')
      throw new AppException(400, 'VALIDATION_FAILED', 'to must be a complete month from 2000-01', [
        { field: 'to', messages: [`must not lie after the last complete month ${last}`] },
      ]);
    const lead = ctx.user.role === 'team_lead';
    return this.trendsService.trends({
      to,
      officeId: lead ? ctx.user.officeId : null,
      suppress: !lead,
      district: query.district ?? null,
      category: query.category ?? null,
    });
  }

  @Get('referral-outcomes')
  @AuditRead('report', 'report', { action: 'referral_outcomes.read' })
  @Authenticated({ action: 'report.read' })
  @ApiBadRequestResponse({ description: `INVALID_PERIOD (analysts): ${ALLOWED_PERIODS_MESSAGE}` })
  referralOutcomes(
    @Ctx() ctx: RequestContext,
    @Query() period: PeriodQueryDto,
  ): Promise<ReferralOutcomes | CityOutcomes> {
    checkPeriod(period);
    if (ctx.user.role === 'team_lead') return this.outcomes.report(ctx, period.from, period.to);
    return this.outcomes.cityReport(analystPeriod(period));
  }
}

/** The analyst's periods: calendar months, quarters and years only (issue 16, point 4). */
function analystPeriod(period: PeriodQueryDto): CalendarPeriod {
  const calendar = calendarPeriodOf(period.from, period.to);
  if (!calendar)
    throw new AppException(400, 'INVALID_PERIOD', ALLOWED_PERIODS_MESSAGE, [
      { field: 'from', messages: ['must be the first day of a calendar month, quarter or year'] },
      { field: 'to', messages: ['must be the last day of the same month, quarter or year'] },
    ]);
  return calendar;
}

function checkPeriod(period: PeriodQueryDto): void {
  if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to) {
    throw new AppException(
      400,
      'VALIDATION_FAILED',
      'from and to must be real days from 1900 to 2100 with from <= to',
      [{ field: 'to', messages: ['must not lie before from'] }],
    );
  }
}
