import type { MigrationInterface, QueryRunner } from 'typeorm';
import { personNameKey, transliterationKey } from '@lotsen/domain';

const BATCH = 2000;

/**
 * The family search finds transliterations (issue 25.13): "Schewtschuk" finds Shevchuk and
 * Ševčuk, "almasri" finds Al Masri. Family names and members' names keep a transliteration key
 * (libs/domain `transliterationKey`, written by the API with every name), searched by substring
 * with a trigram index. Existing rows get their keys here, computed by the same function.
 */
export class TransliterationSearch1767225600311 implements MigrationInterface {
  name = 'TransliterationSearch1767225600311';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE families ADD COLUMN name_key text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE persons ADD COLUMN name_key text NOT NULL DEFAULT ''`);
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const rows: { id: string; name: string; status: string }[] = await q.query(
        `SELECT id, name, status FROM families WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      await q.query(
        `UPDATE families f SET name_key = k.key FROM unnest($1::uuid[], $2::text[]) AS k(id, key) WHERE f.id = k.id`,
        [
          rows.map((r) => r.id),
          rows.map((r) => (r.status === 'anonymized' ? '' : transliterationKey(r.name))),
        ],
      );
      after = rows[rows.length - 1].id;
    }
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const rows: { id: string; first_name: string | null; last_name: string | null }[] = await q.query(
        `SELECT id, first_name, last_name FROM persons WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      await q.query(
        `UPDATE persons p SET name_key = k.key FROM unnest($1::uuid[], $2::text[]) AS k(id, key) WHERE p.id = k.id`,
        [rows.map((r) => r.id), rows.map((r) => personNameKey(r.first_name, r.last_name))],
      );
      after = rows[rows.length - 1].id;
    }
    await q.query(`CREATE INDEX families_name_key_trgm_idx ON families USING gin (name_key gin_trgm_ops)`);
    await q.query(`CREATE INDEX persons_name_key_trgm_idx ON persons USING gin (name_key gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX persons_name_key_trgm_idx`);
    await q.query(`DROP INDEX families_name_key_trgm_idx`);
    await q.query(`ALTER TABLE persons DROP COLUMN name_key`);
    await q.query(`ALTER TABLE families DROP COLUMN name_key`);
  }
}
