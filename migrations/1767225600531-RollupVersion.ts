import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rollups' version (docs/rollups.md, "Answers kept in memory"): one counter, raised in the
 * transaction of every recount of the daily rollups. The city's reports keep their computed
 * answers (with the year's suppression plan) while it stands; a recount drops them on every API
 * process at the next request.
 */
export class RollupVersion1767225600531 implements MigrationInterface {
  name = 'RollupVersion1767225600531';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rollup_version (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        version bigint NOT NULL DEFAULT 0,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO rollup_version DEFAULT VALUES`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rollup_version`);
  }
}
