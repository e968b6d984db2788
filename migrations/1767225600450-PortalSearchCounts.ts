import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suchstatistik of the Familienportal (issue 17 point 8; docs/portal.md "Search counts"): how
 * many portal searches a day brought, per Sozialraum (NULL: no Sozialraum chosen, the whole
 * city), interface language and matched key (`lebenslage:<key>`, `bedarf:<category>` or
 * `ohne_treffer`). Nothing else: no time of day, no query text, no address — a row is a number.
 * A deleted district keeps its counts under "whole city".
 */
export class PortalSearchCounts1767225600450 implements MigrationInterface {
  name = 'PortalSearchCounts1767225600450';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE portal_search_counts (
        day date NOT NULL,
        district_id uuid NULL REFERENCES districts(id) ON DELETE SET NULL,
        lang text NOT NULL CHECK (lang IN ('de', 'ls', 'en', 'uk', 'ar', 'tr')),
        key text NOT NULL CHECK (key ~ '^(lebenslage:[a-z_]+|bedarf:[a-z0-9_]+|ohne_treffer)$'),
        count integer NOT NULL CHECK (count > 0),
        CONSTRAINT portal_search_counts_key UNIQUE NULLS NOT DISTINCT (day, district_id, lang, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE portal_search_counts`);
  }
}
