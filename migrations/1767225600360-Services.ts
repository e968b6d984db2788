import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verwaltungsleistungen (issue 17 point 4; docs/portal.md): the city's administrative services
 * for families, shown in the Familienportal. The responsible body is a provider (a city
 * department, or a federal agency such as the Familienkasse). `leika_key` is the LeiKa key where
 * a source confirms one (null otherwise), unique when set. `checklist`: what to bring;
 * `category_keys`: need categories (which life situations it belongs to);
 * `life_situation_keys`: life situations named beyond those; `last_checked_at`: the day the
 * office last checked the text (the "Stand"). `providers.opening_hours`: the opening hours of a
 * provider as a body (Sprechzeiten), which the portal shows beside the responsible body's address.
 */
export class Services1767225600360 implements MigrationInterface {
  name = 'Services1767225600360';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE services (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        leika_key text CHECK (leika_key ~ '^99[0-9]{12}$'),
        title_de text NOT NULL CHECK (length(title_de) BETWEEN 1 AND 200),
        description_de text,
        responsible_provider_id uuid NOT NULL REFERENCES providers (id),
        online_url text,
        checklist text[] NOT NULL DEFAULT '{}',
        category_keys text[] NOT NULL DEFAULT '{}',
        life_situation_keys text[] NOT NULL DEFAULT '{}',
        last_checked_at date,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX services_leika_key_key ON services (leika_key) WHERE leika_key IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX services_title_de_key ON services (lower(title_de))`);
    await q.query(`CREATE INDEX services_provider_idx ON services (responsible_provider_id)`);
    // the responsible body's opening hours (Sprechzeiten), shown with its services in the portal
    await q.query(`ALTER TABLE providers ADD COLUMN opening_hours text CHECK (length(opening_hours) <= 500)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE providers DROP COLUMN opening_hours`);
    await q.query(`DROP TABLE services`);
  }
}
