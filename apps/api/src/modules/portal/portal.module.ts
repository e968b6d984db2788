import { Module } from '@nestjs/common';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';

/** The Familienportal's public, read-only API (issue 17, first slice; docs/portal.md). */
@Module({ controllers: [PortalController], providers: [PortalService] })
export class PortalModule {}
