import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Familienportal's offer search without folding per query (issue 17 point 10; docs/portal.md
 * "Search that forgives"). `portal_offer_docs` keeps per offer what the search used to compute on
 * every query for every row: `titles` (the folded German title and the stored folded translated
 * titles), `doc` (the folded title, description, provider's name, address unless hidden and the
 * categories' labels, then the folded translated titles and descriptions) and `compact` (doc
 * without spaces). `lotsen_refresh_portal_offer_docs(ids)` computes them exactly as
 * apps/api/src/modules/portal/portal-search.ts did before; triggers keep them current on every
 * change of what they read: an offer (also its provider, address, hiding of the address), a
 * provider's name, a need category, an offer's translated title or description. Whether an offer
 * or its provider is active is not in the document: the search filters on offers/providers.
 * pg_trgm GIN indexes on doc and compact let the search's LIKEs and `<%` narrow the candidates.
 */
/** The functions of pg_trgm's `<%` and `%>` (the search's typo rule). */
const WORD_SIMILARITY_OPERATORS = [
  'word_similarity_op(text, text)',
  'word_similarity_commutator_op(text, text)',
];

export class PortalOfferDocs1767225600470 implements MigrationInterface {
  name = 'PortalOfferDocs1767225600470';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE portal_offer_docs (
        offer_id uuid PRIMARY KEY REFERENCES offers (id) ON DELETE CASCADE,
        titles text NOT NULL,
        doc text NOT NULL,
        compact text NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION lotsen_refresh_portal_offer_docs(offer_ids uuid[]) RETURNS void
      LANGUAGE sql VOLATILE
      AS $fn$
        INSERT INTO portal_offer_docs (offer_id, titles, doc, compact)
        SELECT o.id, d.titles, d.doc, replace(d.doc, ' ', '')
          FROM offers o JOIN providers p ON p.id = o.provider_id
         CROSS JOIN LATERAL (SELECT
           concat_ws(' ', lotsen_portal_fold(o.title),
             (SELECT string_agg(t.search_text, ' ') FROM translations t
               WHERE t.entity = 'offer' AND t.entity_id = o.id::text AND t.field = 'title')) AS titles,
           concat_ws(' ', lotsen_portal_fold(concat_ws(' ', o.title, o.description, p.name,
             CASE WHEN o.address_hidden THEN NULL ELSE o.address END,
             (SELECT string_agg(c.label_de || ' ' || c.label_en, ' ')
                FROM need_categories c WHERE c.key = ANY (o.category_keys)))),
             (SELECT string_agg(t.search_text, ' ') FROM translations t
               WHERE t.entity = 'offer' AND t.entity_id = o.id::text AND t.field IN ('title', 'description'))) AS doc
         ) d
         WHERE o.id = ANY (offer_ids)
        ON CONFLICT (offer_id) DO UPDATE
          SET titles = EXCLUDED.titles, doc = EXCLUDED.doc, compact = EXCLUDED.compact
      $fn$`);
    await q.query(`
      CREATE FUNCTION lotsen_portal_offer_docs_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_TABLE_NAME = 'offers' THEN
          PERFORM lotsen_refresh_portal_offer_docs(ARRAY[NEW.id]);
        ELSIF TG_TABLE_NAME = 'providers' THEN
          PERFORM lotsen_refresh_portal_offer_docs(ARRAY(SELECT id FROM offers WHERE provider_id = NEW.id));
        ELSIF TG_TABLE_NAME = 'need_categories' THEN
          PERFORM lotsen_refresh_portal_offer_docs(ARRAY(SELECT id FROM offers
            WHERE category_keys && ARRAY[CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.key END,
                                         CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.key END]));
        ELSIF TG_TABLE_NAME = 'translations' THEN
          -- an offer's translations name it by its id as text; anything else is no offer's
          PERFORM lotsen_refresh_portal_offer_docs(ARRAY(SELECT e.id::uuid FROM (VALUES
              (CASE WHEN TG_OP <> 'INSERT' AND OLD.entity = 'offer' THEN OLD.entity_id END),
              (CASE WHEN TG_OP <> 'DELETE' AND NEW.entity = 'offer' THEN NEW.entity_id END)) e (id)
            WHERE e.id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'));
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(`CREATE TRIGGER offers_portal_doc AFTER INSERT OR UPDATE OF
      title, description, provider_id, address, address_hidden, category_keys, active ON offers
      FOR EACH ROW EXECUTE FUNCTION lotsen_portal_offer_docs_trigger()`);
    await q.query(`CREATE TRIGGER providers_portal_doc AFTER UPDATE OF name, active ON providers
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
      EXECUTE FUNCTION lotsen_portal_offer_docs_trigger()`);
    await q.query(`CREATE TRIGGER need_categories_portal_doc AFTER INSERT OR DELETE OR UPDATE OF
      key, label_de, label_en ON need_categories
      FOR EACH ROW EXECUTE FUNCTION lotsen_portal_offer_docs_trigger()`);
    await q.query(`CREATE TRIGGER translations_portal_doc AFTER INSERT OR DELETE OR UPDATE ON translations
      FOR EACH ROW EXECUTE FUNCTION lotsen_portal_offer_docs_trigger()`);
    await q.query(`SELECT lotsen_refresh_portal_offer_docs(ARRAY(SELECT id FROM offers))`);
    await q.query(
      `CREATE INDEX portal_offer_docs_doc_trgm ON portal_offer_docs USING gin (doc gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX portal_offer_docs_compact_trgm ON portal_offer_docs USING gin (compact gin_trgm_ops)`,
    );
    // pg_trgm declares its word-similarity operators as cheap as a comparison (cost 1): the planner
    // then reads all ~1,000 documents and computes the similarity for each (~20 ms) rather than let
    // the trigram index narrow them (~2 ms). Their real cost is that of a text search.
    for (const fn of WORD_SIMILARITY_OPERATORS) await q.query(`ALTER FUNCTION ${fn} COST 1000`);
    await q.query(`ANALYZE portal_offer_docs`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of WORD_SIMILARITY_OPERATORS) await q.query(`ALTER FUNCTION ${fn} COST 1`);
    await q.query(`DROP TRIGGER translations_portal_doc ON translations`);
    await q.query(`DROP TRIGGER need_categories_portal_doc ON need_categories`);
    await q.query(`DROP TRIGGER providers_portal_doc ON providers`);
    await q.query(`DROP TRIGGER offers_portal_doc ON offers`);
    await q.query(`DROP FUNCTION lotsen_portal_offer_docs_trigger()`);
    await q.query(`DROP FUNCTION lotsen_refresh_portal_offer_docs(uuid[])`);
    await q.query(`DROP TABLE portal_offer_docs`);
  }
}
