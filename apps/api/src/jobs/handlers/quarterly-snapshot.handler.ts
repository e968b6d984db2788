import { Injectable } from '@nestjs/common';
import { previousQuarter } from '@lotsen/domain';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../../modules/notifications/notifications.service';
import { ReportSnapshotsService } from '../../modules/reports/report-snapshots.service';
import { JobName, type QuarterlySnapshotPayload } from '../job-types';
import { berlinDate } from '../schedules';
import type { JobHandler, JobResult, JobRun } from './job-handler';

/**
 * First day of a quarter, 02:00 Europe/Berlin: the past quarter's demand report is frozen for
 * each office and for the city, and team leads and analysts are told. Freezing is idempotent per
 * period and office, and the notifications dedupe per snapshot and user.
 */
@Injectable()
export class QuarterlySnapshotHandler implements JobHandler<JobName.QuarterlySnapshot> {
  readonly job = JobName.QuarterlySnapshot;

  constructor(
    private readonly dataSource: DataSource,
    private readonly snapshots: ReportSnapshotsService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle(payload: QuarterlySnapshotPayload, run: JobRun): Promise<JobResult> {
    const period = payload.period ?? previousQuarter(berlinDate());
    const frozen = await this.snapshots.freezeQuarterForAll(period);
    return this.dataSource.transaction(async (em) => {
      const notified = await this.notifications.deliver(
        em,
        frozen.notify.map((n) => ({
          userId: n.userId,
          type: 'report_snapshot',
          title: `Bericht ${period} eingefroren${n.officeName ? ` (${n.officeName})` : ' (Stadt)'}`,
          link: `#/reports`,
          dedupeKey: `report_snapshot:${n.snapshotId}:${n.userId}`,
        })),
      );
      await run.pause();
      return { period, snapshots: frozen.snapshotIds.length, notified };
    });
  }
}
