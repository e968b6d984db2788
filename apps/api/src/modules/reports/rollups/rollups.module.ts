import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../notifications/notifications.module';
import { RollupAnswers } from './rollup-answers';
import { RollupsService } from './rollups.service';

/** The daily rollups (issue 20.1): read by the reports, the trends and the early warning. */
@Module({
  imports: [NotificationsModule],
  providers: [RollupsService, RollupAnswers],
  exports: [RollupsService, RollupAnswers],
})
export class RollupsModule {}
