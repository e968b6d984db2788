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
import { CreateNeedDto, UpdateNeedDto } from './dto/need.dto';
import { Need } from './need.entity';
import { NEED_LIST, NeedsService, type CategoryUsageRow } from './needs.service';
import { withoutCancelled } from '../../common/list-query/list-query';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('needs')
@Controller('needs')
export class NeedsController {
  constructor(private readonly needs: NeedsService) {}

  @Get()
  @AuditRead('need', 'list')
  @Authenticated({ action: 'need.read' })
  @ApiListQuery(NEED_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(NEED_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Need[]> {
    return sendPage(res, 'needs', query, await this.needs.records.list(ctx, withoutCancelled(query)));
  }

  /**
   * How often the caller's office recorded each category in the last 90 days (not cancelled):
   * the quick contact offers the most used first (issue 25.2). Counts only, no record.
   */
  @Get('category-usage')
  @Authenticated({ action: 'need.read' })
  categoryUsage(@Ctx() ctx: RequestContext): Promise<CategoryUsageRow[]> {
    return this.needs.categoryUsage(ctx);
  }

  @Get(':id')
  @AuditRead('need', 'read')
  @Authenticated({ action: 'need.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Need> {
    return this.needs.records.get(ctx, id);
  }

  @Post()
  @Authenticated({ action: 'need.write' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateNeedDto): Promise<Need> {
    return this.needs.create(ctx, dto);
  }

  @Put(':id')
  @Authenticated({ action: 'need.write' })
  @WholeRecordPut({ reader: NeedsService, read: (s, ctx, id) => s.records.peek(ctx, id) })
  update(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() dto: UpdateNeedDto): Promise<Need> {
    return this.needs.update(ctx, id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'need.write' })
  remove(): never {
    throw AppException.methodNotAllowed(
      'Needs are withdrawn (status withdrawn), never deleted: they count in the statistics',
    );
  }
}
