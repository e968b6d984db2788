import { Body, Controller, Get, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { PublicRecord } from '@lotsen/domain';
import { Public } from '../../common/auth/authenticated.decorator';
import { CallbackRateLimitGuard } from './callback-rate-limit';
import { PortalLangQueryDto } from './dto/portal-query.dto';
import { PortalCallbackDto } from './dto/portal-callback.dto';
import { PortalCallbacksService } from './portal-callbacks.service';

/**
 * "Rückruf erbitten" (issue 17 point 7; docs/portal.md): public like the rest of /api/portal —
 * no session, no cookie, no audit row, no request log (no IP address, no text). The form is not
 * cached: its token carries the time it was issued.
 */
@ApiTags('portal')
@Controller('portal')
@Public()
export class PortalCallbacksController {
  constructor(private readonly callbacks: PortalCallbacksService) {}

  @Get('callback-form')
  @ApiOkResponse({
    description:
      '{lang, token, consentVersion, consentText, offices: [{id, name}], topics: [{value, label}]}',
  })
  form(@Query() query: PortalLangQueryDto): Promise<PublicRecord> {
    return this.callbacks.form(query.lang ?? 'de');
  }

  @Post('callbacks')
  @UseGuards(CallbackRateLimitGuard)
  @ApiCreatedResponse({ description: '{ok: true} — also for a filled honeypot, which stores nothing' })
  @ApiBadRequestResponse({
    description:
      'CALLBACK_FORM_EXPIRED, CALLBACK_TOO_FAST, CALLBACK_CONSENT_MISSING, CALLBACK_CONTACT_MISSING, VALIDATION_FAILED',
  })
  @ApiTooManyRequestsResponse({ description: 'CALLBACK_RATE_LIMITED' })
  request(@Body() dto: PortalCallbackDto): Promise<{ ok: true }> {
    return this.callbacks.request(dto);
  }
}
