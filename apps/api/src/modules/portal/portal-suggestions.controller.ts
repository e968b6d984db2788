import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth/authenticated.decorator';
import { PortalSuggestionsQueryDto } from './dto/portal-suggestions-query.dto';
import { PORTAL_CACHE_CONTROL } from './portal.controller';
import { PortalSuggestionsService } from './portal-suggestions.service';

/** Suggestions for the portal's search field (public, not counted, no cookie; docs/portal.md). */
@ApiTags('portal')
@Controller('portal/suggestions')
@Public()
export class PortalSuggestionsController {
  constructor(private readonly suggestions: PortalSuggestionsService) {}

  @Get()
  @ApiOkResponse({
    description: "{lang, items: [{kind: 'life_situation'|'service'|'offer', key?, id?, leikaKey?, title}]}",
  })
  async suggest(
    @Query() query: PortalSuggestionsQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): ReturnType<PortalSuggestionsService['suggest']> {
    const body = await this.suggestions.suggest(query.q, query.lang ?? 'de');
    res.setHeader('Cache-Control', PORTAL_CACHE_CONTROL);
    return body;
  }
}
