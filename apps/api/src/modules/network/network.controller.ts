import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { OFFER_LIST } from '../offers/offers.service';
import {
  NetworkContactDto,
  NetworkOfferView,
  OutcomesQueryDto,
  ProviderOutcomesView,
} from './dto/network.dto';
import { NetworkService } from './network.service';
import { ProviderOutcomesService } from './provider-outcomes.service';

/** Directory for the network (issue 21.5): the other providers' public offers and contact lines. */
@ApiTags('providers')
@Controller()
export class NetworkController {
  constructor(
    private readonly network: NetworkService,
    private readonly outcomes: ProviderOutcomesService,
  ) {}

  /** The provider's own figures per quarter beside the network's medians (issue 21.4). */
  @Get('providers/:id/outcomes')
  @Authenticated({ action: 'provider.outcomes' })
  @ApiOkResponse({ type: ProviderOutcomesView })
  providerOutcomes(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query() query: OutcomesQueryDto,
  ): Promise<ProviderOutcomesView> {
    return this.outcomes.outcomes(ctx, id, query.year);
  }

  @Get('network/offers')
  @Authenticated({ action: 'network.read' })
  @ApiListQuery(OFFER_LIST)
  @ApiOkResponse({ type: NetworkOfferView, isArray: true })
  async offers(
    @Ctx() ctx: RequestContext,
    @ListParams(OFFER_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<NetworkOfferView[]> {
    return sendPage(res, 'network/offers', query, await this.network.offersOfOthers(ctx, query));
  }

  @Put('providers/:id/network-contact')
  @Authenticated({ action: 'provider.networkContact' })
  setContact(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: NetworkContactDto,
  ): Promise<{ id: string; networkContact: string | null }> {
    return this.network.setContact(ctx, id, dto);
  }
}
