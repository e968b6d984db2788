import { Body, Controller, Delete, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { AuditRead } from '../audit/audit-read.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { Consent } from './consent.entity';
import { CONSENT_LIST, ConsentsService } from './consents.service';
import { CreateConsentDto, UpdateConsentDto } from './dto/consent.dto';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('consents')
@Controller('consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  @AuditRead('consent', 'list')
  @Authenticated({ action: 'family.read' })
  @ApiListQuery(CONSENT_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(CONSENT_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Consent[]> {
    return sendPage(res, 'consents', query, await this.consents.records.list(ctx, query));
  }

  @Get(':id')
  @AuditRead('consent', 'read')
  @Authenticated({ action: 'family.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Consent> {
    return this.consents.records.get(ctx, id);
  }

  @Post()
  @Authenticated({ action: 'family.write' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateConsentDto): Promise<Consent> {
    return this.consents.create(ctx, dto);
  }

  @Put(':id')
  @Authenticated({ action: 'family.write' })
  @WholeRecordPut({ reader: ConsentsService, read: (s, ctx, id) => s.records.peek(ctx, id) })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: UpdateConsentDto,
  ): Promise<Consent> {
    return this.consents.update(ctx, id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'family.write' })
  remove(): never {
    throw AppException.methodNotAllowed('Consents are withdrawn (withdrawnAt), never deleted');
  }
}
