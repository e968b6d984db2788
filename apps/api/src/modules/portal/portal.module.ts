import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { DirectoryCacheModule } from '../../common/cache/directory-cache';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { CallbackRateLimitGuard, CallbackRateLimiter } from './callback-rate-limit';
import { PortalCallbacksController } from './portal-callbacks.controller';
import { PortalCallbacksService } from './portal-callbacks.service';
import { PortalServicesController } from './portal-services.controller';
import { PortalServicesService } from './portal-services.service';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';
import { PortalSuggestionsController } from './portal-suggestions.controller';
import { PortalSuggestionsService } from './portal-suggestions.service';
import { SearchCounterService } from './search-counter.service';
import { portalLanguageMiddleware } from './portal-translations';

/**
 * The Familienportal's public API (issue 17; docs/portal.md): read-only, but for the
 * Rückrufbitten a family sends.
 */
@Module({
  imports: [DirectoryCacheModule],
  controllers: [
    PortalController,
    PortalServicesController,
    PortalSuggestionsController,
    PortalCallbacksController,
  ],
  providers: [
    PortalService,
    PortalServicesService,
    PortalSuggestionsService,
    SearchCounterService,
    PortalCallbacksService,
    CallbackRateLimitGuard,
    {
      provide: CallbackRateLimiter,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new CallbackRateLimiter(config.callbackRateLimit),
    },
  ],
})
export class PortalModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // the answer's language from Accept-Language when no ?lang= is given
    consumer
      .apply(portalLanguageMiddleware)
      .forRoutes(PortalController, PortalServicesController, PortalSuggestionsController);
  }
}
