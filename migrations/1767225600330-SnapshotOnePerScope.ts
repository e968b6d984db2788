import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One snapshot per kind, period and scope (office, or the city: office NULL), whether a person
 * or the quarterly job froze it (issue 25, point 10): a second one is refused with 409
 * SNAPSHOT_EXISTS. Before, people could freeze a quarter again; those earlier copies stay (a
 * snapshot never changes or goes) and are numbered by `copy_no` (1, 2, … in the order they were
 * made, the job's snapshot or else the first one keeping 0), so that the unique index covers
 * every row. New snapshots always get 0.
 */
export class SnapshotOnePerScope1767225600330 implements MigrationInterface {
  name = 'SnapshotOnePerScope1767225600330';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_snapshots ADD COLUMN copy_no integer NOT NULL DEFAULT 0`);
    // the numbering only touches the new column; the frozen data stays as it was
    await q.query(`ALTER TABLE report_snapshots DISABLE TRIGGER report_snapshots_frozen`);
    await q.query(`
      UPDATE report_snapshots s SET copy_no = ranked.n - 1
      FROM (
        SELECT id, row_number() OVER (
          PARTITION BY kind, period, coalesce(office_id, '00000000-0000-0000-0000-000000000000'::uuid)
          ORDER BY created_by_system DESC, created_at, id) AS n
        FROM report_snapshots) ranked
      WHERE s.id = ranked.id AND ranked.n > 1`);
    await q.query(`ALTER TABLE report_snapshots ENABLE TRIGGER report_snapshots_frozen`);
    await q.query(`DROP INDEX report_snapshots_system_key`);
    await q.query(`
      CREATE UNIQUE INDEX report_snapshots_scope_key ON report_snapshots
        (kind, period, coalesce(office_id, '00000000-0000-0000-0000-000000000000'::uuid), copy_no)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX report_snapshots_scope_key`);
    await q.query(`ALTER TABLE report_snapshots DROP COLUMN copy_no`);
    await q.query(`
      CREATE UNIQUE INDEX report_snapshots_system_key ON report_snapshots
        (kind, period, coalesce(office_id, '00000000-0000-0000-0000-000000000000'::uuid))
        WHERE created_by_system`);
  }
}
