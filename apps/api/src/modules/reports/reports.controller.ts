import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import { isIsoDate } from '../../common/list-query/list-query';
import { PeriodQueryDto } from './dto/period.dto';
import { ReferralOutcomesService, type ReferralOutcomes } from './referral-outcomes.service';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly outcomes: ReferralOutcomesService) {}

  @Get('referral-outcomes')
  @Authenticated({ action: 'report.read' })
  referralOutcomes(@Ctx() ctx: RequestContext, @Query() period: PeriodQueryDto): Promise<ReferralOutcomes> {
    if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to) {
      throw new AppException(400, 'VALIDATION_FAILED', 'from and to must be real days with from <= to', [
        { field: 'to', messages: ['must not lie before from'] },
      ]);
    }
    return this.outcomes.report(ctx, period.from, period.to);
  }
}
