import { Controller, Get, Param, Res } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { requireInScope, whereInScope } from '../../common/auth/scope';
import { sendPage } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { findPage } from '../../common/list-query/find-page';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { AuditEvent } from './audit-event.entity';

export const AUDIT_LIST: ListSpec = {
  entity: AuditEvent,
  alias: 'a',
  sortable: { at: 'a.at', action: 'a.action', entity: 'a.entity', ip: 'a.ip' },
  filterable: {
    userId: { type: 'uuid' },
    entity: { type: 'string', max: 40 },
    entityId: { type: 'uuid' },
    action: { type: 'string', max: 60 },
  },
  defaultSort: { field: 'at', order: 'DESC' },
};

/** Read only: team leads see their office's events, admins all. Nobody changes them. */
@ApiTags('audit-events')
@Controller('audit-events')
export class AuditEventsController {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  @Get()
  @Authenticated({ action: 'auditEvent.read' })
  @ApiListQuery(AUDIT_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(AUDIT_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuditEvent[]> {
    const qb = whereInScope(this.events.createQueryBuilder('a'), ctx.user, 'auditEvent.read', {
      officeId: 'a.officeId',
    });
    return sendPage(res, 'audit-events', query, await findPage(qb, query, AUDIT_LIST));
  }

  @Get(':id')
  @Authenticated({ action: 'auditEvent.read' })
  async get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<AuditEvent> {
    const event = isUuid(id) ? await this.events.findOneBy({ id }) : null;
    requireInScope(ctx.user, 'auditEvent.read', event, 'Audit event');
    if (!event) throw AppException.notFound('Audit event');
    return event;
  }
}
