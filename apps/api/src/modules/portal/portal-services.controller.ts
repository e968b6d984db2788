import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth/authenticated.decorator';
import { DirectoryCache, answerKey } from '../../common/cache/directory-cache';
import { PortalLangQueryDto } from './dto/portal-query.dto';
import { PortalServiceParamDto, PortalServicesQueryDto } from './dto/portal-services-query.dto';
import { PortalServicesService } from './portal-services.service';
import { sendPortalAnswer } from './portal.controller';

/**
 * The Familienportal's Verwaltungsleistungen (issue 17 point 4; docs/portal.md): public like
 * the rest of /api/portal — no session, no cookie, no audit row, no request log; only active
 * services; every answer through the allow-list. A successful answer may be cached.
 */
@ApiTags('portal')
@Controller('portal/services')
@Public()
export class PortalServicesController {
  constructor(
    private readonly portal: PortalServicesService,
    private readonly cache: DirectoryCache,
  ) {}

  @Get()
  @ApiOkResponse({ description: '{lang, total, items: [service]} — active services only, best match first' })
  async services(
    @Query() query: PortalServicesQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const kept = await this.cache.answer(answerKey('portal.services', query), async () => ({
      body: await this.portal.services(query),
    }));
    return sendPortalAnswer(res, kept);
  }

  @Get(':leikaKeyOrId')
  @ApiOkResponse({ description: 'The service with its responsible body, checklist and online application' })
  @ApiNotFoundResponse({ description: 'code NOT_FOUND: no active service with this LeiKa key or id' })
  async service(
    @Param() params: PortalServiceParamDto,
    @Query() query: PortalLangQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const lang = query.lang ?? 'de';
    const kept = await this.cache.answer(
      answerKey('portal.service', { key: params.leikaKeyOrId, lang }),
      async () => ({ body: await this.portal.service(params.leikaKeyOrId, lang) }),
    );
    return sendPortalAnswer(res, kept);
  }
}
