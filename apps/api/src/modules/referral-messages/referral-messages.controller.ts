import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { AuditRead } from '../audit/audit-read.decorator';
import { CreateReferralMessageDto, ReferralMessageView } from './dto/referral-message.dto';
import { ReferralMessagesService } from './referral-messages.service';

/** The header that tells whether the thread takes new messages (`open`) or is read-only (`closed`). */
export const THREAD_STATE_HEADER = 'Thread-State';

@ApiTags('referrals')
@Controller('referrals/:id/messages')
export class ReferralMessagesController {
  constructor(private readonly messages: ReferralMessagesService) {}

  /**
   * The thread, oldest first (one array: the web reads it with its own fetch, no paging). The
   * header `Thread-State` says `open` or `closed` (consent withdrawn: the office keeps reading).
   */
  @Get()
  @AuditRead('referral', 'read', { action: 'referral_messages.read' })
  @Authenticated({ action: 'referral.read', refuseAs: 'not_found', what: 'Referral' })
  @ApiOkResponse({
    type: ReferralMessageView,
    isArray: true,
    headers: {
      [THREAD_STATE_HEADER]: {
        description: 'open: takes new messages; closed: read-only',
        schema: { type: 'string', enum: ['open', 'closed'] },
      },
    },
  })
  @ApiConflictResponse({ description: 'NO_MESSAGE_THREAD: an info referral has no thread' })
  async list(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReferralMessageView[]> {
    const thread = await this.messages.list(ctx, id);
    res.setHeader(THREAD_STATE_HEADER, thread.open ? 'open' : 'closed');
    res.setHeader('Access-Control-Expose-Headers', THREAD_STATE_HEADER);
    return thread.messages;
  }

  @Post()
  @Authenticated({ action: 'referral.respond', refuseAs: 'not_found', what: 'Referral' })
  @ApiConflictResponse({
    description:
      'NO_MESSAGE_THREAD: an info referral; THREAD_CLOSED: not sent, cancelled unanswered, or consent no longer valid',
  })
  create(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: CreateReferralMessageDto,
  ): Promise<ReferralMessageView> {
    return this.messages.create(ctx, id, dto);
  }
}
