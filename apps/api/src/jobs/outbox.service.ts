import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JOB_QUEUE, type JobName, type JobPayloads } from './job-types';

export interface EnqueueOptions {
  /** Not before this instant (default: now). */
  availableAt?: Date;
  /** A second row with the same key is not inserted (e.g. one run of a schedule). */
  dedupeKey?: string;
}

/**
 * The write side of the transactional outbox: a service that needs later work calls
 * `enqueue` with its own EntityManager, so the work is recorded if and only if the write
 * commits. The worker's relay (outbox-relay.ts) takes it from there.
 */
@Injectable()
export class OutboxService {
  /** Returns the new row's id, or null when a row with the same dedupe key exists. */
  async enqueue<J extends JobName>(
    em: EntityManager,
    job: J,
    payload: JobPayloads[J],
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO outbox (queue, job, payload, available_at, dedupe_key)
       VALUES ($1, $2, $3::jsonb, coalesce($4::timestamptz, now()), $5)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [JOB_QUEUE[job], job, JSON.stringify(payload), options.availableAt ?? null, options.dedupeKey ?? null],
    );
    return rows[0]?.id ?? null;
  }
}
