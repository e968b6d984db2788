import { Body, Controller, Delete, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { CreateProviderDto, UpdateProviderDto } from './dto/provider.dto';
import { Provider } from './provider.entity';
import { PROVIDER_LIST, ProvidersService } from './providers.service';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('providers')
@Controller('providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @Get()
  @Authenticated({ action: 'provider.read' })
  @ApiListQuery(PROVIDER_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(PROVIDER_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Provider[]> {
    return sendPage(res, 'providers', query, await this.providers.list(ctx, query));
  }

  @Get(':id')
  @Authenticated({ action: 'provider.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Provider> {
    return this.providers.get(ctx, id);
  }

  @Post()
  @Authenticated({ action: 'provider.write' })
  create(@Body() dto: CreateProviderDto): Promise<Provider> {
    return this.providers.create(dto);
  }

  @Put(':id')
  @Authenticated({ action: 'provider.write' })
  @WholeRecordPut({ reader: ProvidersService, read: (s, ctx, id) => s.get(ctx, id) })
  update(@Param('id') id: string, @Body() dto: UpdateProviderDto): Promise<Provider> {
    return this.providers.update(id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'provider.write' })
  remove(): never {
    throw AppException.methodNotAllowed('Providers are deactivated, never deleted: referrals refer to them');
  }
}
