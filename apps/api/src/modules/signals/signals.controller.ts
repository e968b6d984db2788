import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { sendPage } from '../../common/crud/entity-crud';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { SIGNAL_LIST, SignalsService, type SignalView } from './signals.service';

/**
 * Early warning signals (issue 20.5) for team leads and the analyst: aggregated counts and rates
 * of a Sozialraum × need category, the recent count suppressed — nothing personal, so reads are
 * not audited (as the city's reports).
 */
@ApiTags('signals')
@Controller('signals')
export class SignalsController {
  constructor(private readonly signals: SignalsService) {}

  @Get()
  @Authenticated({ action: 'signal.read' })
  @ApiListQuery(SIGNAL_LIST)
  async list(
    @ListParams(SIGNAL_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignalView[]> {
    return sendPage(res, 'signals', query, await this.signals.list(query));
  }

  @Get(':id')
  @Authenticated({ action: 'signal.read' })
  get(@Param('id') id: string): Promise<SignalView> {
    return this.signals.get(id);
  }
}
