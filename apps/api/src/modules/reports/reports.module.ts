import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SignalsModule } from '../signals/signals.module';
import { ReportSnapshot } from './report-snapshot.entity';
import { ReportSnapshotsController } from './report-snapshots.controller';
import { ReportSnapshotsService } from './report-snapshots.service';
import { DemandReportService } from './demand-report.service';
import { ReferralOutcomesService } from './referral-outcomes.service';
import { ReportsController } from './reports.controller';
import { answerAuditorProvider } from './lp-solver.provider';
import { RollupsModule } from './rollups/rollups.module';
import { TrendsService } from './trends.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReportSnapshot]), RollupsModule, SignalsModule],
  controllers: [ReportsController, ReportSnapshotsController],
  providers: [
    answerAuditorProvider,
    ReferralOutcomesService,
    DemandReportService,
    ReportSnapshotsService,
    TrendsService,
  ],
  exports: [ReportSnapshotsService, RollupsModule],
})
export class ReportsModule {}
