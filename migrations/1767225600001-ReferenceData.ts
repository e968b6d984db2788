import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DISTRICTS, NEED_CATEGORIES } from '@lotsen/domain';

/**
 * Districts (Sozialräume) and need categories: reference data every installation needs,
 * production included, so they come with the schema rather than with the demo data.
 */
export class ReferenceData1767225600001 implements MigrationInterface {
  name = 'ReferenceData1767225600001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE districts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        sozialraum text CHECK (sozialraum IN ('I', 'II', 'III', 'IV', 'V', 'VI')),
        stadtteile text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX districts_code_key ON districts (lower(code))`);
    await q.query(`
      CREATE TABLE need_categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{1,39}$'),
        label_de text NOT NULL,
        label_en text NOT NULL,
        group_name text NOT NULL,
        sensitive boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX need_categories_key_key ON need_categories (key)`);

    let order = 0;
    for (const d of DISTRICTS) {
      order += 10;
      await q.query(
        `INSERT INTO districts (code, name, sozialraum, stadtteile, sort_order) VALUES ($1, $2, $3, $4, $5)`,
        [d.code, d.name, d.sozialraum, [...d.stadtteile], order],
      );
    }
    order = 0;
    for (const c of NEED_CATEGORIES) {
      order += 10;
      await q.query(
        `INSERT INTO need_categories (key, label_de, label_en, group_name, sensitive, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [c.key, c.labelDe, c.labelEn, c.group, c.sensitive, order],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE need_categories`);
    await q.query(`DROP TABLE districts`);
  }
}
