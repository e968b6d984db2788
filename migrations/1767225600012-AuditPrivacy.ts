import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data protection, round two (issue 16, docs/privacy.md):
 * - Audit rows never hold a filter value that is free text: the search terms (`q`, `filter`)
 *   that family lists stored until now are removed from existing rows.
 * - Audit rows are kept for AUDIT_RETENTION_MONTHS and then deleted by the retention run. The
 *   append-only trigger lets a DELETE through only inside a transaction that names the purge's
 *   cutoff (`SET LOCAL lotsen.audit_purge_before`), only for rows older than that cutoff, and never
 *   with a cutoff less than one month ago. UPDATE and TRUNCATE stay refused.
 * - `retention_runs` records how many audit rows a run deleted.
 */
export class AuditPrivacy1767225600012 implements MigrationInterface {
  name = 'AuditPrivacy1767225600012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
    await q.query(`
      UPDATE audit_events SET details = nullif(details - 'q' - 'filter', '{}'::jsonb)
      WHERE details ?| array['q', 'filter']`);
    await q.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
    await q.query(`
      CREATE OR REPLACE FUNCTION lotsen_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        purge_before timestamptz := nullif(current_setting('lotsen.audit_purge_before', true), '')::timestamptz;
      BEGIN
        IF TG_OP = 'DELETE' AND purge_before IS NOT NULL AND purge_before <= now() - interval '1 month'
           AND OLD.at < purge_before THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE INDEX audit_events_at_idx ON audit_events (at)`);
    await q.query(`
      ALTER TABLE retention_runs
        ADD COLUMN audit_retention_months integer,
        ADD COLUMN audit_events_deleted integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE retention_runs DROP COLUMN audit_events_deleted, DROP COLUMN audit_retention_months`,
    );
    await q.query(`DROP INDEX audit_events_at_idx`);
    await q.query(`
      CREATE OR REPLACE FUNCTION lotsen_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }
}
