import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows the public answers (Familienportal, HSDS) are made of. */
export const DIRECTORY_TABLES = [
  'offers',
  'providers',
  'services',
  'need_categories',
  'districts',
  'translations',
  'portal_offer_docs',
];

/**
 * The directory's version (issues 17 point 10, 18 point 6; docs/portal.md "Answers kept in
 * memory"): one counter, raised by every statement that writes one of the directory's tables
 * (insert, update, delete, truncate), in the writing transaction. A reader that sees version n
 * sees every change committed before n was, so an answer the API keeps under n is never older
 * than n; a change becomes visible to the next request at once, on every API process.
 *
 * BEFORE STATEMENT: the counter's row lock is taken before the statement locks any directory
 * row, so two writers queue on the counter instead of deadlocking on each other's rows. Writes to
 * the directory are rare (staff and providers editing offers); families' data never touch it.
 */
export class DirectoryVersion1767225600480 implements MigrationInterface {
  name = 'DirectoryVersion1767225600480';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE directory_version (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        version bigint NOT NULL DEFAULT 0,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO directory_version DEFAULT VALUES`);
    await q.query(`
      CREATE FUNCTION lotsen_directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE directory_version SET version = version + 1, changed_at = clock_timestamp() WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of DIRECTORY_TABLES) {
      await q.query(`
        CREATE TRIGGER ${table}_directory_version
          BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION lotsen_directory_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of DIRECTORY_TABLES)
      await q.query(`DROP TRIGGER ${table}_directory_version ON ${table}`);
    await q.query(`DROP FUNCTION lotsen_directory_changed()`);
    await q.query(`DROP TABLE directory_version`);
  }
}
