import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { UpdateNotificationDto } from './dto/notification.dto';
import { Notification } from './notification.entity';
import { NOTIFICATION_LIST, NotificationsService } from './notifications.service';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Authenticated({ action: 'notification.read' })
  @ApiListQuery(NOTIFICATION_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(NOTIFICATION_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Notification[]> {
    return sendPage(res, 'notifications', query, await this.notifications.list(ctx, query));
  }

  @Post('read-all')
  @HttpCode(200)
  @Authenticated({ action: 'notification.update' })
  readAll(@Ctx() ctx: RequestContext): Promise<{ updated: number }> {
    return this.notifications.readAll(ctx);
  }

  @Get(':id')
  @Authenticated({ action: 'notification.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Notification> {
    return this.notifications.get(ctx, id);
  }

  @Put(':id')
  @Authenticated({ action: 'notification.update' })
  @WholeRecordPut({ reader: NotificationsService, read: (s, ctx, id) => s.get(ctx, id) })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: UpdateNotificationDto,
  ): Promise<Notification> {
    return this.notifications.update(ctx, id, dto);
  }
}
