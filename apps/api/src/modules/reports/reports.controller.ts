import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { AuditRead } from '../audit/audit-read.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import { isIsoDate } from '../../common/list-query/list-query';
import { DemandQueryDto, PeriodQueryDto } from './dto/period.dto';
import { DemandReportService, type DemandReport } from './demand-report.service';
import { ReferralOutcomesService, type ReferralOutcomes } from './referral-outcomes.service';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly outcomes: ReferralOutcomesService,
    private readonly demand: DemandReportService,
  ) {}

  @Get('demand')
  @AuditRead('report', 'report', { action: 'demand_report.read' })
  @Authenticated({ action: 'report.read' })
  demandReport(@Ctx() ctx: RequestContext, @Query() query: DemandQueryDto): Promise<DemandReport> {
    checkPeriod(query);
    // team leads see their office; analysts the city or one office
    const officeId = ctx.user.role === 'team_lead' ? ctx.user.officeId : (query.officeId ?? null);
    return this.demand.report(query.from, query.to, officeId);
  }

  @Get('referral-outcomes')
  @AuditRead('report', 'report', { action: 'referral_outcomes.read' })
  @Authenticated({ action: 'report.read' })
  referralOutcomes(@Ctx() ctx: RequestContext, @Query() period: PeriodQueryDto): Promise<ReferralOutcomes> {
    checkPeriod(period);
    return this.outcomes.report(ctx, period.from, period.to);
  }
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
