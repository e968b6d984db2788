import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth/authenticated.decorator';
import { DirectoryCache, answerKey, type KeptAnswer } from '../../common/cache/directory-cache';
import { PortalIdParamDto, PortalLangQueryDto, PortalOffersQueryDto } from './dto/portal-query.dto';
import { PortalService, type PortalList } from './portal.service';
import { SearchCounterService } from './search-counter.service';

/** A city CDN may keep a portal answer for five minutes (issue 17 point 10); Express adds the ETag. */
export const PORTAL_CACHE_CONTROL = 'public, max-age=300';

/** A successful answer may be cached; an error keeps the API's `no-store`. */
function cacheable<T>(res: Response, body: T): T {
  res.setHeader('Cache-Control', PORTAL_CACHE_CONTROL);
  return body;
}

/** A kept answer (DirectoryCache) as the route's JSON body, cacheable as above. */
export function sendPortalAnswer(res: Response, kept: KeptAnswer): string {
  res.type('application/json');
  return cacheable(res, kept.json);
}

/**
 * The Familienportal's public API (issue 17; docs/portal.md): no sign-in, no session, no cookie,
 * no audit row, no request log. Read-only; only active offers; every answer built through the
 * allow-list of libs/domain `public-fields.ts`.
 */
@ApiTags('portal')
@Controller('portal')
@Public()
export class PortalController {
  constructor(
    private readonly portal: PortalService,
    private readonly counter: SearchCounterService,
    private readonly cache: DirectoryCache,
  ) {}

  @Get('life-situations')
  @ApiOkResponse({ description: '{lang, items: [{key, label, categoryKeys}]}' })
  lifeSituations(
    @Query() query: PortalLangQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): ReturnType<PortalService['lifeSituations']> {
    return cacheable(res, this.portal.lifeSituations(query.lang ?? 'de'));
  }

  @Get('offers')
  @ApiOkResponse({
    description:
      '{lang, total, items: [offer]} — active offers only, best match first; the first page of a search counts in the Suchstatistik',
  })
  async offers(
    @Query() query: PortalOffersQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const kept = await this.cache.answer(
      answerKey('portal.offers', query),
      async () => ({ body: await this.portal.offers(query) }),
      (body: PortalList) => body.items[0]?.categoryKeys as string[] | undefined,
    );
    // Suchstatistik: a search (not a later page) counts once, under what it found — kept or not
    this.counter.record(query, kept.meta);
    return sendPortalAnswer(res, kept);
  }

  @Get('offers/:id')
  @ApiOkResponse({ description: 'The offer with its provider, districts and categories' })
  @ApiNotFoundResponse({ description: 'code NOT_FOUND: no active offer with this id' })
  async offer(
    @Param() params: PortalIdParamDto,
    @Query() query: PortalLangQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const lang = query.lang ?? 'de';
    const kept = await this.cache.answer(answerKey('portal.offer', { id: params.id, lang }), async () => ({
      body: await this.portal.offer(params.id, lang),
    }));
    return sendPortalAnswer(res, kept);
  }
}
