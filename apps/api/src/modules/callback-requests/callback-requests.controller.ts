import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { AuditRead } from '../audit/audit-read.decorator';
import {
  CALLBACK_REQUEST_LIST,
  CallbackRequestsService,
  type CallbackRequestView,
} from './callback-requests.service';
import { CallbackCloseDto, CallbackDoneDto, CallbackMoveDto } from './dto/callback-request.dto';

const STATE_CONFLICT = 'CALLBACK_STATE_CONFLICT: the request is not in a state this move starts from';

/** Rückrufbitten from the Familienportal, for the chosen office's counsellors and team leads. */
@ApiTags('callback-requests')
@Controller('callback-requests')
export class CallbackRequestsController {
  constructor(private readonly callbacks: CallbackRequestsService) {}

  @Get()
  @AuditRead('callback_request', 'list')
  @Authenticated({ action: 'callbackRequest.read' })
  @ApiListQuery(CALLBACK_REQUEST_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(CALLBACK_REQUEST_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CallbackRequestView[]> {
    return sendPage(res, 'callback-requests', query, await this.callbacks.list(ctx, query));
  }

  /** How many requests of the caller's office are open (the menu's badge). A count, no record: not audited. */
  @Get('open-count')
  @Authenticated({ action: 'callbackRequest.read' })
  openCount(@Ctx() ctx: RequestContext): Promise<{ open: number }> {
    return this.callbacks.openCount(ctx);
  }

  @Get(':id')
  @AuditRead('callback_request', 'read')
  @Authenticated({ action: 'callbackRequest.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<CallbackRequestView> {
    return this.callbacks.get(ctx, id);
  }

  @Post(':id/take')
  @HttpCode(200)
  @Authenticated({ action: 'callbackRequest.write' })
  @ApiConflictResponse({ description: `${STATE_CONFLICT} (open only)` })
  take(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: CallbackMoveDto,
  ): Promise<CallbackRequestView> {
    return this.callbacks.take(ctx, id, dto);
  }

  @Post(':id/done')
  @HttpCode(200)
  @Authenticated({ action: 'callbackRequest.write' })
  @ApiConflictResponse({ description: `${STATE_CONFLICT} (taken only)` })
  done(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: CallbackDoneDto,
  ): Promise<CallbackRequestView> {
    return this.callbacks.done(ctx, id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Authenticated({ action: 'callbackRequest.write' })
  @ApiConflictResponse({ description: `${STATE_CONFLICT} (open or taken only)` })
  close(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: CallbackCloseDto,
  ): Promise<CallbackRequestView> {
    return this.callbacks.close(ctx, id, dto);
  }

  @Post(':id/contact')
  @HttpCode(200)
  @Authenticated({ action: 'callbackRequest.write' })
  @ApiConflictResponse({ description: `${STATE_CONFLICT} (closed, or already a contact)` })
  contact(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: CallbackMoveDto,
  ): Promise<CallbackRequestView> {
    return this.callbacks.contact(ctx, id, dto);
  }

  /** Erased at once, when the family withdraws its consent (else the retention job erases it). */
  @Delete(':id')
  @Authenticated({ action: 'callbackRequest.write' })
  remove(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<{ id: string }> {
    return this.callbacks.erase(ctx, id);
  }
}
