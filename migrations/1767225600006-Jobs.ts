import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background work without loss (architecture.md, "Jobs without loss"):
 * - `outbox`: work that a write needs later, inserted in the write's own transaction; the
 *   worker's relay moves due rows to BullMQ (job id = row id) and marks them sent; `dedupe_key`
 *   lets several in-process schedulers enqueue one run of a schedule only once;
 * - `notifications.dedupe_key`: makes every notification job idempotent (a retried job or a
 *   second worker inserts nothing);
 * - `follow_ups.overdue_notified_at`: the overdue sweep notifies each follow-up once;
 * - `retention_runs`: what each nightly retention run did (shown on the admin's Datenschutz page).
 */
export class Jobs1767225600006 implements MigrationInterface {
  name = 'Jobs1767225600006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        job text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        dedupe_key text,
        available_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_due_idx ON outbox (available_at) WHERE sent_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX outbox_dedupe_key ON outbox (dedupe_key)`);
    await q.query(`CREATE INDEX outbox_sent_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL`);

    await q.query(`ALTER TABLE notifications ADD COLUMN dedupe_key text`);
    await q.query(`CREATE UNIQUE INDEX notifications_dedupe_key ON notifications (dedupe_key)`);

    await q.query(`ALTER TABLE follow_ups ADD COLUMN overdue_notified_at timestamptz`);
    await q.query(
      `CREATE INDEX follow_ups_overdue_sweep_idx ON follow_ups (due_at) WHERE status = 'open' AND overdue_notified_at IS NULL`,
    );
    await q.query(`CREATE INDEX referrals_unanswered_idx ON referrals (sent_at) WHERE status = 'sent'`);

    await q.query(`
      CREATE TABLE retention_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        retention_months integer NOT NULL,
        cutoff timestamptz NOT NULL,
        anonymized integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        trigger text NOT NULL CHECK (trigger IN ('schedule', 'manual'))
      )`);
    await q.query(`CREATE INDEX retention_runs_started_idx ON retention_runs (started_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE retention_runs`);
    await q.query(`DROP INDEX referrals_unanswered_idx`);
    await q.query(`DROP INDEX follow_ups_overdue_sweep_idx`);
    await q.query(`ALTER TABLE follow_ups DROP COLUMN overdue_notified_at`);
    await q.query(`DROP INDEX notifications_dedupe_key`);
    await q.query(`ALTER TABLE notifications DROP COLUMN dedupe_key`);
    await q.query(`DROP TABLE outbox`);
  }
}
