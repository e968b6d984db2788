import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * City scale (issue 9, docs/benchmarks.md): indexes that match the queries of the lists and the
 * reports at ten times a city, and an exact per-office family count for the family list.
 *
 * - The family list sorts `last_activity_at DESC NULLS LAST, id`: the office index now has
 *   exactly that order, so page 1 and page 400 are read from the index without a sort.
 * - `family_counts` holds the number of families of each office, kept by a trigger in the
 *   same transaction as the insert, delete or move of a family: the unfiltered family list
 *   (Content-Range) no longer counts tens of thousands of index entries per request.
 * - The reports read contacts, needs and referrals of a period from covering indexes
 *   (index-only scans), and whether a need was referred from a partial index of sent referrals.
 */
export class ScaleIndexes1767225600008 implements MigrationInterface {
  name = 'ScaleIndexes1767225600008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX families_office_activity_idx`);
    await q.query(
      `CREATE INDEX families_office_activity_idx ON families (office_id, last_activity_at DESC NULLS LAST, id)`,
    );

    await q.query(`
      CREATE TABLE family_counts (
        office_id uuid PRIMARY KEY REFERENCES offices (id) ON DELETE CASCADE,
        families bigint NOT NULL DEFAULT 0 CHECK (families >= 0)
      )`);
    await q.query(`
      CREATE FUNCTION lotsen_family_counts_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          UPDATE family_counts SET families = families - 1 WHERE office_id = OLD.office_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO family_counts (office_id, families) VALUES (NEW.office_id, 1)
          ON CONFLICT (office_id) DO UPDATE SET families = family_counts.families + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER families_count AFTER INSERT OR DELETE ON families
      FOR EACH ROW EXECUTE FUNCTION lotsen_family_counts_trigger()`);
    await q.query(`
      CREATE TRIGGER families_count_move AFTER UPDATE OF office_id ON families
      FOR EACH ROW WHEN (OLD.office_id IS DISTINCT FROM NEW.office_id)
      EXECUTE FUNCTION lotsen_family_counts_trigger()`);
    await q.query(`LOCK TABLE families IN SHARE MODE`);
    await q.query(
      `INSERT INTO family_counts (office_id, families) SELECT office_id, count(*) FROM families GROUP BY office_id`,
    );

    await q.query(`DROP INDEX contacts_occurred_idx`);
    await q.query(
      `CREATE INDEX contacts_occurred_idx ON contacts (occurred_at) INCLUDE (id, office_id, family_id, channel, district_id)`,
    );
    await q.query(`DROP INDEX needs_identified_idx`);
    await q.query(
      `CREATE INDEX needs_identified_idx ON needs (identified_at) INCLUDE (id, office_id, category_key, status, contact_id, family_id)`,
    );
    await q.query(`CREATE INDEX referrals_sent_need_idx ON referrals (need_id) WHERE sent_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX referrals_sent_need_idx`);
    await q.query(`DROP INDEX needs_identified_idx`);
    await q.query(`CREATE INDEX needs_identified_idx ON needs (identified_at)`);
    await q.query(`DROP INDEX contacts_occurred_idx`);
    await q.query(`CREATE INDEX contacts_occurred_idx ON contacts (occurred_at)`);
    await q.query(`DROP TRIGGER families_count_move ON families`);
    await q.query(`DROP TRIGGER families_count ON families`);
    await q.query(`DROP FUNCTION lotsen_family_counts_trigger()`);
    await q.query(`DROP TABLE family_counts`);
    await q.query(`DROP INDEX families_office_activity_idx`);
    await q.query(`CREATE INDEX families_office_activity_idx ON families (office_id, last_activity_at DESC)`);
  }
}
