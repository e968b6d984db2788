import { Module } from '@nestjs/common';
import { ReferralOutcomesService } from './referral-outcomes.service';
import { ReportsController } from './reports.controller';

@Module({ controllers: [ReportsController], providers: [ReferralOutcomesService] })
export class ReportsModule {}
