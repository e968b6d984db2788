import { Module } from '@nestjs/common';
import { PortalServicesController } from './portal-services.controller';
import { PortalServicesService } from './portal-services.service';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';

/** The Familienportal's public, read-only API (issue 17; docs/portal.md). */
@Module({
  controllers: [PortalController, PortalServicesController],
  providers: [PortalService, PortalServicesService],
})
export class PortalModule {}
