import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { PortalServicesController } from './portal-services.controller';
import { PortalServicesService } from './portal-services.service';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';
import { portalLanguageMiddleware } from './portal-translations';

/** The Familienportal's public, read-only API (issue 17; docs/portal.md). */
@Module({
  controllers: [PortalController, PortalServicesController],
  providers: [PortalService, PortalServicesService],
})
export class PortalModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // the answer's language from Accept-Language when no ?lang= is given
    consumer.apply(portalLanguageMiddleware).forRoutes(PortalController, PortalServicesController);
  }
}
