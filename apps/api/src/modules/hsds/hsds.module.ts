import { Module } from '@nestjs/common';
import { HsdsController } from './hsds.controller';
import { HsdsService } from './hsds.service';

/** The Open Referral HSDS 3.0 API (issue 18, first slice; docs/hsds.md). */
@Module({ controllers: [HsdsController], providers: [HsdsService] })
export class HsdsModule {}
