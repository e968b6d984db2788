import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen reports: a snapshot never changes after it was made (a trigger refuses it). */
export class ReportSnapshots1767225600004 implements MigrationInterface {
  name = 'ReportSnapshots1767225600004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_snapshots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('demand')),
        period text NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        office_id uuid REFERENCES offices (id),
        min_cell integer NOT NULL,
        data jsonb NOT NULL,
        created_by_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX report_snapshots_created_idx ON report_snapshots (created_at DESC)`);
    await q.query(`
      CREATE FUNCTION lotsen_snapshot_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'report_snapshots are frozen: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER report_snapshots_frozen BEFORE UPDATE OR DELETE ON report_snapshots
      FOR EACH ROW EXECUTE FUNCTION lotsen_snapshot_frozen()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_snapshots`);
    await q.query(`DROP FUNCTION lotsen_snapshot_frozen()`);
  }
}
