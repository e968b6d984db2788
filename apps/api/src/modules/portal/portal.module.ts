import { Module } from '@nestjs/common';
import { PortalServicesController } from './portal-services.controller';
import { PortalServicesService } from './portal-services.service';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';
import { PortalSuggestionsController } from './portal-suggestions.controller';
import { PortalSuggestionsService } from './portal-suggestions.service';
import { SearchCounterService } from './search-counter.service';

/** The Familienportal's public, read-only API (issue 17; docs/portal.md). */
@Module({
  controllers: [PortalController, PortalServicesController, PortalSuggestionsController],
  providers: [PortalService, PortalServicesService, PortalSuggestionsService, SearchCounterService],
})
export class PortalModule {}
