import { Module } from '@nestjs/common';
import { DemandReportService } from './demand-report.service';
import { ReferralOutcomesService } from './referral-outcomes.service';
import { ReportsController } from './reports.controller';

@Module({ controllers: [ReportsController], providers: [ReferralOutcomesService, DemandReportService] })
export class ReportsModule {}
