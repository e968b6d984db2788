import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offline outreach (issue 22): a contact recorded on a device without network carries the id the
 * device gave it. The same sender sending the same id again finds the row it made: the batch
 * stores each entry exactly once (docs/offline-outreach.md). Scoped to the sender, so that an id
 * chosen by one device never tells anything about another's.
 */
export class ContactClientId1767225600500 implements MigrationInterface {
  name = 'ContactClientId1767225600500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contacts ADD COLUMN client_id uuid`);
    await q.query(
      `CREATE UNIQUE INDEX contacts_client_id_key ON contacts (counsellor_id, client_id) WHERE client_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contacts_client_id_key`);
    await q.query(`ALTER TABLE contacts DROP COLUMN client_id`);
  }
}
