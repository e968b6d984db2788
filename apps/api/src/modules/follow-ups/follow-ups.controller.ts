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
import { CreateFollowUpDto, UpdateFollowUpDto } from './dto/follow-up.dto';
import { FOLLOW_UP_LIST, FollowUpsService, type FollowUpView } from './follow-ups.service';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('follow-ups')
@Controller('follow-ups')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get()
  @AuditRead('follow_up', 'list')
  @Authenticated({ action: 'followUp.read' })
  @ApiListQuery(FOLLOW_UP_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(FOLLOW_UP_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FollowUpView[]> {
    return sendPage(res, 'follow-ups', query, await this.followUps.list(ctx, query));
  }

  @Get(':id')
  @AuditRead('follow_up', 'read')
  @Authenticated({ action: 'followUp.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<FollowUpView> {
    return this.followUps.get(ctx, id);
  }

  @Post()
  @Authenticated({ action: 'followUp.write' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateFollowUpDto): Promise<FollowUpView> {
    return this.followUps.create(ctx, dto);
  }

  @Put(':id')
  @Authenticated({ action: 'followUp.write' })
  @WholeRecordPut({
    reader: FollowUpsService,
    read: (s, ctx, id) => s.peek(ctx, id),
    maintained: ['overdue'],
  })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: UpdateFollowUpDto,
  ): Promise<FollowUpView> {
    return this.followUps.update(ctx, id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'followUp.write' })
  remove(): never {
    throw AppException.methodNotAllowed('Follow-ups are cancelled (status cancelled), never deleted');
  }
}
