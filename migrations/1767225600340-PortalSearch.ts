import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Familienportal's public search (issue 17, first slice): `lotsen_portal_fold` folds a text
 * exactly as libs/domain `foldSearchText` folds a family's query — lower case, ä ö ü → ae oe ue,
 * ß → ss, other accents dropped, separators (the characters of SEARCH_SEPARATORS) → one space —
 * so that "Muetter" finds "Mütter" and "strasse" "Straße". test/api/portal.e2e-spec.ts compares
 * the two on the demo data. `offers.cost_free`: whether an offer costs the family nothing (null:
 * not stated); the portal's "kostenlos" filter finds only offers that say so.
 */
export class PortalSearch1767225600340 implements MigrationInterface {
  name = 'PortalSearch1767225600340';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION lotsen_portal_fold(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $fold$ SELECT btrim(regexp_replace(regexp_replace(normalize(
        replace(replace(replace(replace(lower(normalize(value, NFC)), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'),
        NFKD), '[\\u0300-\\u036f]', '', 'g'),
        '[[:space:]\\-‐‑‒–—―_/\\\\.,;:!?()\\[\\]{}''"„“”‚‘’«»+&*#|<>=~^\`@$%]+', ' ', 'g')) $fold$`);
    await q.query(`ALTER TABLE offers ADD COLUMN cost_free boolean`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offers DROP COLUMN cost_free`);
    await q.query(`DROP FUNCTION lotsen_portal_fold(text)`);
  }
}
