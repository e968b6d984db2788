import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { CreateOfferDto, UpdateOfferDto } from './dto/offer.dto';
import { Offer } from './offer.entity';
import { OFFER_LIST, OffersService } from './offers.service';
import { WholeRecordPut } from '../../common/crud/whole-record';

/** The header naming the pending change request a provider's PUT proposed. */
export const CHANGE_REQUEST_HEADER = 'Offer-Change-Request';

@ApiTags('offers')
@Controller('offers')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Get()
  @Authenticated({ action: 'offer.read' })
  @ApiListQuery(OFFER_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(OFFER_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Offer[]> {
    return sendPage(res, 'offers', query, await this.offers.list(ctx, query));
  }

  @Get(':id')
  @Authenticated({ action: 'offer.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Offer> {
    return this.offers.get(ctx, id);
  }

  @Post()
  @Authenticated({ action: 'offer.write' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateOfferDto): Promise<Offer> {
    return this.offers.create(ctx, dto);
  }

  /**
   * Office staff: the change, at once. A provider's user: the capacity at once; changed texts go
   * to the office's review queue (`Offer-Change-Request` header: the pending request's id).
   */
  @Put(':id')
  @Authenticated({ action: 'offer.write' })
  @WholeRecordPut({
    reader: OffersService,
    read: (s, ctx, id) => s.get(ctx, id),
    maintained: ['confirmedAt'],
  })
  async update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: UpdateOfferDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Offer> {
    const { offer, changeRequestId } = await this.offers.update(ctx, id, dto);
    if (changeRequestId) {
      res.setHeader(CHANGE_REQUEST_HEADER, changeRequestId);
      res.setHeader('Access-Control-Expose-Headers', CHANGE_REQUEST_HEADER);
    }
    return offer;
  }

  /** "Angaben sind aktuell": the provider's user confirms the offer as published (its "Stand"). */
  @Post(':id/confirm')
  @HttpCode(200)
  @Authenticated({ action: 'offerChange.propose' })
  confirm(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Offer> {
    return this.offers.confirm(ctx, id);
  }

  @Delete(':id')
  @Authenticated({ action: 'offer.write' })
  remove(): never {
    throw AppException.methodNotAllowed('Offers are deactivated, never deleted: referrals refer to them');
  }
}
