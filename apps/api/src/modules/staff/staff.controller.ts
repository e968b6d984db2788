import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { STAFF_LIST, StaffService, type CaseloadRow, type StaffMember } from './staff.service';

@ApiTags('staff')
@Controller()
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get('staff')
  @Authenticated({ action: 'staff.list' })
  @ApiListQuery(STAFF_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(STAFF_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StaffMember[]> {
    return sendPage(res, 'staff', query, await this.staff.list(ctx, query));
  }

  @Get('staff/:id')
  @Authenticated({ action: 'staff.list' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<StaffMember> {
    return this.staff.get(ctx, id);
  }

  @Get('team/overview')
  @Authenticated({ action: 'team.overview' })
  overview(@Ctx() ctx: RequestContext): Promise<CaseloadRow[]> {
    return this.staff.overview(ctx);
  }
}
