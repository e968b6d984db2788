import { Controller, Get, Param, Res } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { AuditRead } from '../audit/audit-read.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { requireInScope, whereInScope } from '../../common/auth/scope';
import { sendPage } from '../../common/crud/entity-crud';
import { findPage } from '../../common/list-query/find-page';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { Handoff } from './handoff.entity';

export const HANDOFF_LIST: ListSpec = {
  entity: Handoff,
  alias: 'h',
  sortable: { createdAt: 'h.createdAt' },
  filterable: { familyId: { type: 'uuid' }, toUserId: { type: 'uuid' }, fromUserId: { type: 'uuid' } },
  defaultSort: { field: 'createdAt', order: 'DESC' },
};

/** Handoffs are written by `POST /api/families/{id}/handoff`; here they are only read. */
@ApiTags('handoffs')
@Controller('handoffs')
export class HandoffsController {
  constructor(@InjectRepository(Handoff) private readonly handoffs: Repository<Handoff>) {}

  @Get()
  @AuditRead('handoff', 'list')
  @Authenticated({ action: 'handoff.read' })
  @ApiListQuery(HANDOFF_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(HANDOFF_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Handoff[]> {
    const qb = whereInScope(this.handoffs.createQueryBuilder('h'), ctx.user, 'handoff.read', {
      officeId: 'h.officeId',
    });
    return sendPage(res, 'handoffs', query, await findPage(qb, query, HANDOFF_LIST));
  }

  @Get(':id')
  @AuditRead('handoff', 'read')
  @Authenticated({ action: 'handoff.read' })
  async get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Handoff> {
    const handoff = isUuid(id) ? await this.handoffs.findOneBy({ id }) : null;
    requireInScope(ctx.user, 'handoff.read', handoff, 'Handoff');
    return handoff as Handoff;
  }
}
