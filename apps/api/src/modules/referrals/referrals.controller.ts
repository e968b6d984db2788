import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { AuditRead } from '../audit/audit-read.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { CreateReferralDto, TransitionReferralDto } from './dto/referral.dto';
import { ReferralMovesService } from './referral-moves.service';
import { REFERRAL_LIST, type ReferralView, type StaffReferralView } from './referral-views';
import { ReferralsService } from './referrals.service';

@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly moves: ReferralMovesService,
  ) {}

  @Get()
  @AuditRead('referral', 'list')
  @Authenticated({ action: 'referral.read' })
  @ApiListQuery(REFERRAL_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(REFERRAL_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReferralView[]> {
    return sendPage(res, 'referrals', query, await this.referrals.list(ctx, query));
  }

  @Get(':id')
  @AuditRead('referral', 'read')
  @Authenticated({ action: 'referral.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<ReferralView> {
    return this.referrals.get(ctx, id);
  }

  @Post()
  @Authenticated({ action: 'referral.write' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateReferralDto): Promise<StaffReferralView> {
    return this.referrals.create(ctx, dto);
  }

  @Post(':id/transition')
  @HttpCode(200)
  @Authenticated({ action: 'referral.respond' })
  transition(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: TransitionReferralDto,
  ): Promise<ReferralView> {
    return this.moves.transition(ctx, id, dto);
  }

  @Post(':id/undo')
  @HttpCode(200)
  @Authenticated({ action: 'referral.respond' })
  @ApiConflictResponse({
    description: 'UNDO_NOT_POSSIBLE: not the last move, not the caller’s, or older than 10 minutes',
  })
  undo(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<ReferralView> {
    return this.moves.undo(ctx, id);
  }

  @Delete(':id')
  @Authenticated({ action: 'referral.write' })
  remove(): never {
    throw AppException.methodNotAllowed('Referrals are cancelled (transition to cancelled), never deleted');
  }
}
