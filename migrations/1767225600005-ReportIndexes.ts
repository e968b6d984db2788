import type { MigrationInterface, QueryRunner } from 'typeorm';

/** City-wide reports filter by time alone: contacts, needs and referrals get a time index each. */
export class ReportIndexes1767225600005 implements MigrationInterface {
  name = 'ReportIndexes1767225600005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX contacts_occurred_idx ON contacts (occurred_at)`);
    await q.query(`CREATE INDEX needs_identified_idx ON needs (identified_at)`);
    await q.query(`CREATE INDEX referrals_sent_idx ON referrals (sent_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX referrals_sent_idx`);
    await q.query(`DROP INDEX needs_identified_idx`);
    await q.query(`DROP INDEX contacts_occurred_idx`);
  }
}
