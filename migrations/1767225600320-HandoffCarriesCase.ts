import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 25.3: a handover carries the case. A handoff records how many open follow-ups of the old
 * owner went with it; the new owner's notification points at the handoff, so that its note is
 * read from the handoff when the inbox is shown (never copied into a job payload or the title)
 * and disappears with it when the family is anonymized.
 */
export class HandoffCarriesCase1767225600320 implements MigrationInterface {
  name = 'HandoffCarriesCase1767225600320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE handoffs ADD COLUMN follow_ups_moved integer NOT NULL DEFAULT 0`);
    await q.query(
      `ALTER TABLE notifications ADD COLUMN handoff_id uuid REFERENCES handoffs (id) ON DELETE SET NULL`,
    );
    await q.query(
      `CREATE INDEX notifications_handoff_idx ON notifications (handoff_id) WHERE handoff_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN handoff_id`);
    await q.query(`ALTER TABLE handoffs DROP COLUMN follow_ups_moved`);
  }
}
