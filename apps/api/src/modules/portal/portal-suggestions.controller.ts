import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth/authenticated.decorator';
import { DirectoryCache, answerKey } from '../../common/cache/directory-cache';
import { PortalSuggestionsQueryDto } from './dto/portal-suggestions-query.dto';
import { sendPortalAnswer } from './portal.controller';
import { PortalSuggestionsService } from './portal-suggestions.service';

/** Suggestions for the portal's search field (public, not counted, no cookie; docs/portal.md). */
@ApiTags('portal')
@Controller('portal/suggestions')
@Public()
export class PortalSuggestionsController {
  constructor(
    private readonly suggestions: PortalSuggestionsService,
    private readonly cache: DirectoryCache,
  ) {}

  @Get()
  @ApiOkResponse({
    description: "{lang, items: [{kind: 'life_situation'|'service'|'offer', key?, id?, leikaKey?, title}]}",
  })
  async suggest(
    @Query() query: PortalSuggestionsQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const lang = query.lang ?? 'de';
    const kept = await this.cache.answer(answerKey('portal.suggestions', { q: query.q, lang }), async () => ({
      body: await this.suggestions.suggest(query.q, lang),
    }));
    return sendPortalAnswer(res, kept);
  }
}
