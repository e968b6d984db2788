import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { PublicRecord } from '@lotsen/domain';
import { Public } from '../../common/auth/authenticated.decorator';
import { PortalLangQueryDto } from './dto/portal-query.dto';
import { PortalServiceParamDto, PortalServicesQueryDto } from './dto/portal-services-query.dto';
import { PortalServicesService } from './portal-services.service';
import { PORTAL_CACHE_CONTROL } from './portal.controller';
import type { PortalList } from './portal.service';

/**
 * The Familienportal's Verwaltungsleistungen (issue 17 point 4; docs/portal.md): public like
 * the rest of /api/portal — no session, no cookie, no audit row, no request log; only active
 * services; every answer through the allow-list. A successful answer may be cached.
 */
@ApiTags('portal')
@Controller('portal/services')
@Public()
export class PortalServicesController {
  constructor(private readonly portal: PortalServicesService) {}

  @Get()
  @ApiOkResponse({ description: '{lang, total, items: [service]} — active services only, best match first' })
  async services(
    @Query() query: PortalServicesQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PortalList> {
    const body = await this.portal.services(query);
    res.setHeader('Cache-Control', PORTAL_CACHE_CONTROL);
    return body;
  }

  @Get(':leikaKeyOrId')
  @ApiOkResponse({ description: 'The service with its responsible body, checklist and online application' })
  @ApiNotFoundResponse({ description: 'code NOT_FOUND: no active service with this LeiKa key or id' })
  async service(
    @Param() params: PortalServiceParamDto,
    @Query() query: PortalLangQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PublicRecord> {
    const body = await this.portal.service(params.leikaKeyOrId, query.lang ?? 'de');
    res.setHeader('Cache-Control', PORTAL_CACHE_CONTROL);
    return body;
  }
}
