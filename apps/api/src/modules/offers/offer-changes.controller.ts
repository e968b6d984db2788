import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { AcceptOfferChangeDto, OfferChangeView, RejectOfferChangeDto } from './dto/offer-change.dto';
import { OFFER_CHANGE_LIST, OfferChangesService } from './offer-changes.service';

/** "Änderungen prüfen": providers' proposed offer changes (issue 21.3, docs/provider-network.md). */
@ApiTags('offers')
@Controller('offer-change-requests')
export class OfferChangesController {
  constructor(private readonly changes: OfferChangesService) {}

  @Get()
  @Authenticated({ action: 'offerChange.read' })
  @ApiListQuery(OFFER_CHANGE_LIST)
  @ApiOkResponse({ type: OfferChangeView, isArray: true })
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(OFFER_CHANGE_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OfferChangeView[]> {
    return sendPage(res, 'offer-change-requests', query, await this.changes.list(ctx, query));
  }

  @Get(':id')
  @Authenticated({ action: 'offerChange.read' })
  @ApiOkResponse({ type: OfferChangeView })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<OfferChangeView> {
    return this.changes.get(ctx, id);
  }

  /** The offer takes the proposed values (public at once) and counts as confirmed today. */
  @Post(':id/accept')
  @HttpCode(200)
  @Authenticated({ action: 'offerChange.review' })
  @ApiConflictResponse({ description: 'OFFER_CHANGE_DECIDED; STALE_VERSION: the provider amended it since' })
  accept(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: AcceptOfferChangeDto,
  ): Promise<OfferChangeView> {
    return this.changes.accept(ctx, id, dto);
  }

  /** The offer stays as it is; the provider reads the reason. */
  @Post(':id/reject')
  @HttpCode(200)
  @Authenticated({ action: 'offerChange.review' })
  @ApiConflictResponse({ description: 'OFFER_CHANGE_DECIDED; STALE_VERSION: the provider amended it since' })
  reject(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: RejectOfferChangeDto,
  ): Promise<OfferChangeView> {
    return this.changes.reject(ctx, id, dto);
  }
}
