import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Translations of the Familienportal's content (issue 17 point 5; docs/portal.md "Übersetzungen"):
 * one text per (entity, entity_id, field, lang). `entity_id` is the offer's or service's id, or a
 * life situation's key (libs/domain life-situations.ts). `lang` is the stored tag of a portal
 * language (`de-x-ls` = Leichte Sprache); German (`de`) only for life situations, whose German
 * intro has no other home (offers and services keep theirs in their own columns). A checklist is
 * stored one item per line. `reviewed_at` null = not reviewed yet. `search_text`: the text folded
 * for the portal's search (computed by the database). Deleting an offer or a service
 * deletes its translations (triggers below), whoever deletes it.
 */
export class Translations1767225600430 implements MigrationInterface {
  name = 'Translations1767225600430';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE translations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entity text NOT NULL CHECK (entity IN ('offer', 'service', 'life_situation')),
        entity_id text NOT NULL CHECK (length(entity_id) BETWEEN 1 AND 60),
        field text NOT NULL CHECK (
          (entity = 'offer' AND field IN ('title', 'description'))
          OR (entity = 'service' AND field IN ('title', 'description', 'checklist'))
          OR (entity = 'life_situation' AND field = 'intro')),
        lang text NOT NULL CHECK (lang IN ('de-x-ls', 'en', 'uk', 'ar', 'tr')
          OR (lang = 'de' AND entity = 'life_situation')),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000 AND (field <> 'title' OR length(text) <= 200)),
        -- the text folded as the portal's search folds (migration 340), kept so a search does not fold it again
        search_text text GENERATED ALWAYS AS (lotsen_portal_fold(text)) STORED,
        reviewed_at timestamptz,
        reviewed_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT translations_entity_field_lang_key UNIQUE (entity, entity_id, field, lang)
      )`);
    await q.query(`CREATE INDEX translations_lang_idx ON translations (lang, entity)`);
    await q.query(`
      CREATE FUNCTION lotsen_delete_translations() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM translations WHERE entity = TG_ARGV[0] AND entity_id = OLD.id::text;
        RETURN OLD;
      END $fn$`);
    await q.query(`CREATE TRIGGER offers_delete_translations AFTER DELETE ON offers
      FOR EACH ROW EXECUTE FUNCTION lotsen_delete_translations('offer')`);
    await q.query(`CREATE TRIGGER services_delete_translations AFTER DELETE ON services
      FOR EACH ROW EXECUTE FUNCTION lotsen_delete_translations('service')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER services_delete_translations ON services`);
    await q.query(`DROP TRIGGER offers_delete_translations ON offers`);
    await q.query(`DROP FUNCTION lotsen_delete_translations()`);
    await q.query(`DROP TABLE translations`);
  }
}
