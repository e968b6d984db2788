import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Snapshots frozen by the quarterly job carry `created_by_system` (and no user); there is at most
 * one per kind, period and office (the city: office NULL), so a job run twice freezes once.
 * Snapshots made by people stay unlimited: a team lead may freeze a quarter again.
 */
export class SnapshotUnique1767225600007 implements MigrationInterface {
  name = 'SnapshotUnique1767225600007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report_snapshots
        ADD COLUMN created_by_system boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT report_snapshots_system_no_user CHECK (NOT created_by_system OR created_by_id IS NULL)`);
    await q.query(`
      CREATE UNIQUE INDEX report_snapshots_system_key ON report_snapshots
        (kind, period, coalesce(office_id, '00000000-0000-0000-0000-000000000000'::uuid))
        WHERE created_by_system`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX report_snapshots_system_key`);
    await q.query(`
      ALTER TABLE report_snapshots
        DROP CONSTRAINT report_snapshots_system_no_user,
        DROP COLUMN created_by_system`);
  }
}
