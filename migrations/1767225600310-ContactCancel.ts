import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contact recorded by mistake is cancelled, not deleted (issue 25.1): it keeps who cancelled
 * it, when and why, and leaves lists and reports. Its needs are cancelled with it; a need taken
 * off a contact when its needs are corrected is cancelled alone. The time indexes of the reports
 * cover the records that count: cancelled ones are left out of them.
 */
export class ContactCancel1767225600310 implements MigrationInterface {
  name = 'ContactCancel1767225600310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contacts
        ADD COLUMN cancelled_at timestamptz,
        ADD COLUMN cancelled_by_id uuid REFERENCES users (id),
        ADD COLUMN cancel_reason text CHECK (cancel_reason IN ('duplicate', 'wrong_entry', 'undone', 'other')),
        ADD COLUMN cancel_note text CHECK (length(cancel_note) <= 200),
        ADD CONSTRAINT contacts_cancel_complete CHECK (
          (cancelled_at IS NULL AND cancelled_by_id IS NULL AND cancel_reason IS NULL AND cancel_note IS NULL)
          OR (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL))`);
    await q.query(`ALTER TABLE needs ADD COLUMN cancelled_at timestamptz`);
    await q.query(`DROP INDEX contacts_occurred_idx`);
    await q.query(
      `CREATE INDEX contacts_occurred_idx ON contacts (occurred_at) INCLUDE (id, office_id, family_id, channel, district_id)
       WHERE cancelled_at IS NULL`,
    );
    await q.query(`DROP INDEX needs_identified_idx`);
    await q.query(
      `CREATE INDEX needs_identified_idx ON needs (identified_at) INCLUDE (id, office_id, category_key, status, contact_id, family_id)
       WHERE cancelled_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX needs_identified_idx`);
    await q.query(
      `CREATE INDEX needs_identified_idx ON needs (identified_at) INCLUDE (id, office_id, category_key, status, contact_id, family_id)`,
    );
    await q.query(`DROP INDEX contacts_occurred_idx`);
    await q.query(
      `CREATE INDEX contacts_occurred_idx ON contacts (occurred_at) INCLUDE (id, office_id, family_id, channel, district_id)`,
    );
    await q.query(`ALTER TABLE needs DROP COLUMN cancelled_at`);
    await q.query(`ALTER TABLE contacts DROP CONSTRAINT contacts_cancel_complete`);
    await q.query(
      `ALTER TABLE contacts DROP COLUMN cancel_note, DROP COLUMN cancel_reason, DROP COLUMN cancelled_by_id, DROP COLUMN cancelled_at`,
    );
  }
}
