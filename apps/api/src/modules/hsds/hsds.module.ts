import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { isPortalLang, translationLang } from '@lotsen/domain';
import { portalLanguageMiddleware } from '../portal/portal-translations';
import { DirectoryCacheModule } from '../../common/cache/directory-cache';
import { HsdsController } from './hsds.controller';
import { HsdsService } from './hsds.service';

/**
 * The language of an answer (issue 18 point 3): `?lang=`, else `Accept-Language` (the portal's
 * middleware), else German — named in `Content-Language` (`de-x-ls` for Leichte Sprache).
 */
function contentLanguage(req: Request, res: Response, next: NextFunction): void {
  const lang = (req.query as Record<string, unknown>).lang;
  res.setHeader(
    'Content-Language',
    translationLang(typeof lang === 'string' && isPortalLang(lang) ? lang : 'de'),
  );
  next();
}

/** The Open Referral HSDS 3.0 API (issue 18; docs/hsds.md). */
@Module({ imports: [DirectoryCacheModule], controllers: [HsdsController], providers: [HsdsService] })
export class HsdsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(portalLanguageMiddleware, contentLanguage).forRoutes(HsdsController);
  }
}
