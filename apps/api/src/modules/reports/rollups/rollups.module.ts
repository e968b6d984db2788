import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../notifications/notifications.module';
import { RollupsService } from './rollups.service';

/** The daily rollups (issue 20.1): read by the reports, the trends and the early warning. */
@Module({
  imports: [NotificationsModule],
  providers: [RollupsService],
  exports: [RollupsService],
})
export class RollupsModule {}
