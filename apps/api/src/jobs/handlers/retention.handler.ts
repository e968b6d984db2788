import { Injectable } from '@nestjs/common';
import { RetentionService } from '../../modules/retention/retention.service';
import { JobName } from '../job-types';
import type { JobHandler, JobResult } from './job-handler';

/** Nightly: the retention run (idempotent: anonymized families are not due any more). */
@Injectable()
export class RetentionHandler implements JobHandler<JobName.Retention> {
  readonly job = JobName.Retention;

  constructor(private readonly retention: RetentionService) {}

  async handle(): Promise<JobResult> {
    const run = await this.retention.run('schedule');
    return {
      runId: run.id,
      anonymized: run.anonymized,
      failed: run.failed,
      auditEventsDeleted: run.auditEventsDeleted,
      callbackRequestsDeleted: run.callbackRequestsDeleted,
    };
  }
}
