import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an outbox row's job has run (`done_at`), beside when it was handed on (`sent_at`).
 *
 * With Redis the relay hands a row to BullMQ and marks it sent; the job runs later, behind the
 * others of its queue (the reports queue runs one job at a time, the nightly rollup check among
 * them). A report's catch-up (`RollupsService.catchUp`) recounted only the rollup days not yet
 * sent, so a report read between the hand-over and the worker's recount missed those days: not
 * "never behind" (docs/rollups.md). Now the catch-up takes every `rollup-days` row whose job has
 * not run, whoever holds it:
 *
 * - in-process (no Redis) the relay runs the job itself and marks the row sent and done at once;
 * - on BullMQ the worker marks the row done after the job ran;
 * - a catch-up marks the rows it recounted done (and sent, so the relay leaves them); the worker
 *   then finds its row done and recounts nothing.
 *
 * Rows sent before this migration count as done (their jobs ran or run on their own).
 */
export class OutboxDone1767225600570 implements MigrationInterface {
  name = 'OutboxDone1767225600570';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN done_at timestamptz`);
    await q.query(`UPDATE outbox SET done_at = sent_at WHERE sent_at IS NOT NULL`);
    await q.query(
      `CREATE INDEX outbox_rollups_waiting_idx ON outbox (available_at) WHERE job = 'rollup-days' AND done_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_rollups_waiting_idx`);
    await q.query(`ALTER TABLE outbox DROP COLUMN done_at`);
  }
}
