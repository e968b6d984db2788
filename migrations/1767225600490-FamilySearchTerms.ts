import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The family search at city scale (issue 19 point 1; docs/family-search.md). The search compared
 * the typed text with the whole search text of every family of the office (trigram similarity
 * over 53,518 families for a count: 0.8 s at scale 10). Now it looks the typed words up in a small
 * dictionary of the distinct words first, then the families that hold them:
 *
 * - `family_search_terms` (kind, term, office, family): every word of a family's search text
 *   (names of the family and its members: kind `w`; phone numbers as digits: `p`) — a double
 *   name whole (kind `c`) and in its parts (`w`) —, and the transliteration keys of the family
 *   and its members (`k`). Kept by triggers
 *   from `families.search_text` and `name_key` (which triggers on persons keep); follows a family
 *   to another office.
 * - `family_search_dictionary` (kind, term): the distinct terms, behind a pg_trgm GIN index, for
 *   "contains" (LIKE) and "close to" (word similarity) on a few hundred thousand short strings
 *   instead of whole search texts.
 *
 * A term no family holds any more is dropped from the dictionary by
 * `lotsen_prune_family_search_dictionary` (after an erasure for its terms, and in every retention
 * run for all): it takes a SHARE ROW EXCLUSIVE lock, so it waits for every transaction that is
 * adding terms, and none adds one while it decides.
 */
export class FamilySearchTerms1767225600490 implements MigrationInterface {
  name = 'FamilySearchTerms1767225600490';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE family_search_terms (
        kind "char" NOT NULL CHECK (kind IN ('w', 'c', 'p', 'k')),
        term text NOT NULL,
        office_id uuid NOT NULL,
        family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        PRIMARY KEY (kind, term, office_id, family_id)
      )`);
    await q.query(`CREATE INDEX family_search_terms_family_idx ON family_search_terms (family_id)`);
    await q.query(`
      CREATE TABLE family_search_dictionary (
        kind "char" NOT NULL CHECK (kind IN ('w', 'c', 'p', 'k')),
        term text NOT NULL,
        PRIMARY KEY (kind, term)
      )`);
    await q.query(`
      CREATE INDEX family_search_dictionary_trgm ON family_search_dictionary USING gin (term gin_trgm_ops)`);

    // the terms of a family: the words of its search text (a double name whole and in its parts)
    // and the transliteration keys of the family and its members
    await q.query(`
      CREATE FUNCTION lotsen_family_terms(fid uuid, search_text text, name_key text)
      RETURNS TABLE (kind "char", term text) LANGUAGE sql STABLE AS $$
        SELECT DISTINCT (CASE WHEN w ~ '^[0-9]+$' THEN 'p' WHEN w LIKE '%-%' THEN 'c' ELSE 'w' END)::"char", w
          FROM (SELECT regexp_split_to_table(search_text, '[[:space:]]+')
                UNION SELECT regexp_split_to_table(search_text, '[[:space:]-]+')) AS words (w)
         WHERE w <> ''
        UNION
        SELECT 'k'::"char", name_key WHERE name_key <> ''
        UNION
        SELECT 'k'::"char", p.name_key FROM persons p WHERE p.family_id = fid AND p.name_key <> ''
      $$`);
    await q.query(`
      CREATE FUNCTION lotsen_sync_family_terms(fid uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM family_search_terms t
         WHERE t.family_id = fid
           AND NOT EXISTS (SELECT 1 FROM families f, lotsen_family_terms(f.id, f.search_text, f.name_key) n
                            WHERE f.id = fid AND n.kind = t.kind AND n.term = t.term);
        INSERT INTO family_search_terms (kind, term, office_id, family_id)
          SELECT n.kind, n.term, f.office_id, f.id
            FROM families f, lotsen_family_terms(f.id, f.search_text, f.name_key) n
           WHERE f.id = fid
          ON CONFLICT DO NOTHING;
        INSERT INTO family_search_dictionary (kind, term)
          SELECT t.kind, t.term FROM family_search_terms t WHERE t.family_id = fid ORDER BY 1, 2
          ON CONFLICT DO NOTHING;
      END $$`);
    await q.query(`
      CREATE FUNCTION lotsen_family_terms_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.office_id IS DISTINCT FROM OLD.office_id THEN
          UPDATE family_search_terms SET office_id = NEW.office_id WHERE family_id = NEW.id;
        END IF;
        IF TG_OP = 'INSERT' OR NEW.search_text IS DISTINCT FROM OLD.search_text
           OR NEW.name_key IS DISTINCT FROM OLD.name_key OR pg_trigger_depth() > 1 THEN
          -- pg_trigger_depth() > 1: the members' trigger refreshed the search text (a member's
          -- key may have changed while the text stayed the same)
          PERFORM lotsen_sync_family_terms(NEW.id);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER families_search_terms AFTER INSERT OR UPDATE OF search_text, name_key, office_id ON families
        FOR EACH ROW EXECUTE FUNCTION lotsen_family_terms_trigger()`);
    await q.query(`
      CREATE FUNCTION lotsen_prune_family_search_dictionary(kinds "char"[] DEFAULT NULL, terms text[] DEFAULT NULL)
      RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE
        dropped bigint;
      BEGIN
        LOCK TABLE family_search_dictionary IN SHARE ROW EXCLUSIVE MODE;
        DELETE FROM family_search_dictionary d
         WHERE (kinds IS NULL OR (d.kind, d.term) IN (SELECT * FROM unnest(kinds, terms)))
           AND NOT EXISTS (SELECT 1 FROM family_search_terms t WHERE t.kind = d.kind AND t.term = d.term);
        GET DIAGNOSTICS dropped = ROW_COUNT;
        RETURN dropped;
      END $$`);
    // every family's terms at once (this migration, and the bench's data generator)
    await q.query(`
      CREATE FUNCTION lotsen_rebuild_family_search_terms() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE family_search_terms, family_search_dictionary;
        INSERT INTO family_search_terms (kind, term, office_id, family_id)
          SELECT n.kind, n.term, f.office_id, f.id
            FROM families f, lotsen_family_terms(f.id, f.search_text, f.name_key) n;
        INSERT INTO family_search_dictionary (kind, term) SELECT DISTINCT kind, term FROM family_search_terms;
      END $$`);
    await q.query(`SELECT lotsen_rebuild_family_search_terms()`);
    await q.query(`ANALYZE family_search_terms`);
    await q.query(`ANALYZE family_search_dictionary`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER families_search_terms ON families`);
    await q.query(`DROP FUNCTION lotsen_family_terms_trigger()`);
    await q.query(`DROP FUNCTION lotsen_rebuild_family_search_terms()`);
    await q.query(`DROP FUNCTION lotsen_prune_family_search_dictionary("char"[], text[])`);
    await q.query(`DROP FUNCTION lotsen_sync_family_terms(uuid)`);
    await q.query(`DROP FUNCTION lotsen_family_terms(uuid, text, text)`);
    await q.query(`DROP TABLE family_search_dictionary`);
    await q.query(`DROP TABLE family_search_terms`);
  }
}
