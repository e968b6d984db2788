import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/authenticated.decorator';
import {
  HsdsFullServiceDto,
  HsdsIdParamDto,
  HsdsNoQueryDto,
  HsdsOrganizationsQueryDto,
  HsdsPageQueryDto,
  HsdsServiceFilterDto,
  HsdsServicesQueryDto,
  HsdsTermsQueryDto,
} from './dto/hsds-query.dto';
import { DirectoryCache, answerKey } from '../../common/cache/directory-cache';
import { cacheable, sendKept, sendList } from './hsds-send';
import { HsdsService, type Dated } from './hsds.service';

/** The HSDS version this API implements, and its profile (none: the base specification). */
export const HSDS_VERSION = '3.0';
export const HSDS_PROFILE = 'https://github.com/openreferral/specification/tree/3.0';
export { HSDS_CACHE_CONTROL } from './hsds-send';

type Obj = Record<string, unknown>;

const BAD = 'code VALIDATION_FAILED: an unknown parameter, a bad value, a per_page over 1000, a malformed id';
const NDJSON_NOTE = '; with format=ndjson every result unpaged, one record per line (application/x-ndjson)';
const PAGE =
  'An HSDS Page: total_items, total_pages, page_number, size, first_page, last_page, empty, contents';

/**
 * The Open Referral HSDS 3.0 API (issue 18, first slice; docs/hsds.md): public, read-only, no
 * session, no cookie, no audit row, no request log — like the Familienportal's routes.
 */
@ApiTags('hsds')
@Controller('hsds')
@Public()
export class HsdsController {
  constructor(
    private readonly hsds: HsdsService,
    private readonly cache: DirectoryCache,
  ) {}

  /** A one-record answer, kept while the directory does not change (DirectoryCache). */
  private async one(res: Response, route: string, params: object, compute: () => Promise<Dated<object>>) {
    return sendKept(res, await this.cache.answer(answerKey(route, params), compute));
  }

  @Get()
  @ApiOkResponse({ description: '{version: "3.0", profile, openapi_url}' })
  async meta(
    @Query() _query: HsdsNoQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Obj> {
    const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    return cacheable(res, {
      body: { version: HSDS_VERSION, profile: HSDS_PROFILE, openapi_url: `${base}/api/docs-json` },
      modified: await this.hsds.directoryModified(),
    });
  }

  @Get('services')
  @ApiOkResponse({
    description: `${PAGE}; contents: services with their one-to-one fields and organization${NDJSON_NOTE}`,
  })
  @ApiBadRequestResponse({ description: BAD })
  async services(
    @Query() query: HsdsServicesQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await sendList(
      req,
      res,
      query,
      (q) => this.hsds.services(q),
      () => this.hsds.directoryModified(),
      { cache: this.cache, route: 'hsds.services' },
    );
  }

  @Get('services/:id')
  @ApiOkResponse({ description: 'The fully nested service' })
  @ApiNotFoundResponse({ description: 'code NOT_FOUND: no active offer with this id' })
  async service(
    @Param() params: HsdsIdParamDto,
    @Query() query: HsdsNoQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.one(res, 'hsds.service', { ...params, ...query }, () =>
      this.hsds.service(params.id, query.lang),
    );
  }

  @Get('organizations')
  @ApiOkResponse({
    description: `${PAGE}; contents: organizations with their one-to-one fields${NDJSON_NOTE}`,
  })
  @ApiBadRequestResponse({ description: BAD })
  async organizations(
    @Query() query: HsdsOrganizationsQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await sendList(
      req,
      res,
      query,
      (q) => this.hsds.organizations(q),
      () => this.hsds.directoryModified(),
      { cache: this.cache, route: 'hsds.organizations' },
    );
  }

  @Get('organizations/:id')
  @ApiOkResponse({ description: 'The organization with its phones and its services (one-to-one fields)' })
  @ApiNotFoundResponse({ description: 'code NOT_FOUND: no active provider with this id' })
  async organization(
    @Param() params: HsdsIdParamDto,
    @Query() query: HsdsFullServiceDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.one(res, 'hsds.organization', { ...params, ...query }, () =>
      this.hsds.organization(params.id, query.full_service === 'true', query.lang),
    );
  }

  @Get('service_at_locations')
  @ApiOkResponse({
    description: `${PAGE}; contents: service_at_location with location and service${NDJSON_NOTE}`,
  })
  @ApiBadRequestResponse({ description: BAD })
  async serviceAtLocations(
    @Query() query: HsdsServiceFilterDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await sendList(
      req,
      res,
      query,
      (q) => this.hsds.serviceAtLocations(q),
      () => this.hsds.directoryModified(),
      { cache: this.cache, route: 'hsds.serviceAtLocations' },
    );
  }

  @Get('service_at_locations/:id')
  @ApiOkResponse({ description: 'The service_at_location with its location and address' })
  @ApiNotFoundResponse({ description: 'code NOT_FOUND' })
  async serviceAtLocation(
    @Param() params: HsdsIdParamDto,
    @Query() query: HsdsNoQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.one(res, 'hsds.serviceAtLocation', { ...params, ...query }, () =>
      this.hsds.serviceAtLocation(params.id, query.lang),
    );
  }

  @Get('taxonomies')
  @ApiOkResponse({ description: `${PAGE}; contents: taxonomies${NDJSON_NOTE}` })
  @ApiBadRequestResponse({ description: BAD })
  async taxonomies(
    @Query() query: HsdsPageQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await sendList(
      req,
      res,
      query,
      (q) => this.hsds.taxonomies(q),
      () => this.hsds.directoryModified(),
      { cache: this.cache, route: 'hsds.taxonomies' },
    );
  }

  @Get('taxonomies/:id')
  @ApiOkResponse({ description: 'The taxonomy' })
  @ApiNotFoundResponse({ description: 'code NOT_FOUND' })
  async taxonomy(
    @Param() params: HsdsIdParamDto,
    // a taxonomy's name and description are the same in every language (its terms are translated)
    @Query() _query: HsdsNoQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.one(res, 'hsds.taxonomy', params, () => this.hsds.taxonomy(params.id));
  }

  @Get('taxonomy_terms')
  @ApiOkResponse({ description: `${PAGE}; contents: taxonomy terms${NDJSON_NOTE}` })
  @ApiBadRequestResponse({ description: BAD })
  async taxonomyTerms(
    @Query() query: HsdsTermsQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await sendList(
      req,
      res,
      query,
      (q) => this.hsds.taxonomyTerms(q),
      () => this.hsds.directoryModified(),
      { cache: this.cache, route: 'hsds.taxonomyTerms' },
    );
  }

  @Get('taxonomy_terms/:id')
  @ApiOkResponse({ description: 'The taxonomy term with its taxonomy' })
  @ApiNotFoundResponse({ description: 'code NOT_FOUND' })
  async taxonomyTerm(
    @Param() params: HsdsIdParamDto,
    @Query() query: HsdsNoQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.one(res, 'hsds.taxonomyTerm', { ...params, ...query }, () =>
      this.hsds.taxonomyTerm(params.id, query.lang),
    );
  }
}
