import type { JobName, JobPayloads } from '../job-types';

/** What a handler learns about the run: the ids it may dedupe on, and the fault-injection pause. */
export interface JobRun {
  /** The outbox row behind the job (null for a scheduled run). */
  outboxId: string | null;
  /** BullMQ's job id, or the outbox id when the relay runs the handler in-process. */
  jobId: string;
  /** Call inside the handler's transaction: waits JOB_PAUSE_MS (tests kill the worker there). */
  pause(): Promise<void>;
}

/** A summary of what the run did, for the log and for the job's return value. */
export type JobResult = Record<string, number | string | null>;

/**
 * One job's work. Every handler is idempotent: it reloads what it works on from the database,
 * does nothing for work already done or for a record that is gone, and commits its effect in
 * one transaction — so a retried or doubled job changes nothing twice.
 */
export interface JobHandler<J extends JobName = JobName> {
  readonly job: J;
  handle(payload: JobPayloads[J], run: JobRun): Promise<JobResult>;
}
