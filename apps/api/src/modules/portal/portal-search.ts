import { findLifeSituation, portalSearch } from '@lotsen/domain';
import type { DataSource } from 'typeorm';
import { WORD_SIMILARITY_THRESHOLD } from '../../common/database/data-source-options';
import type { PortalOffersQueryDto } from './dto/portal-query.dto';

/**
 * The SQL of the portal's offer search (docs/portal.md, "Search"). An offer's search text is its
 * title, description, provider's name, its categories' labels, its translated titles and
 * descriptions in every language and — unless hidden — its address,
 * folded by `lotsen_portal_fold` as libs/domain folds the query, kept per offer in
 * `portal_offer_docs` (migration 1767225600470: titles, doc, compact; triggers keep it current;
 * pg_trgm GIN indexes on doc and compact). A query matches when
 * 1. its compact form or a synonym's (libs/domain SEARCH_SYNONYMS) is in the compact text, or
 * 2. every word of it is in the text, or
 * 3. it is close to a stretch of the text by trigrams (pg_trgm word_similarity ≥ TYPO_SIMILARITY).
 * Best first: a match in the title, then in the text, then the closest by trigrams.
 * Only active offers of active providers; hidden addresses are never searched (no oracle).
 */
export const TYPO_SIMILARITY = WORD_SIMILARITY_THRESHOLD;

/**
 * SQL: the translations of a record's fields in every language, already folded (the stored
 * `translations.search_text`), as one text or null: a Ukrainian query finds an offer by its
 * Ukrainian title whatever language the answer is in.
 */
export function translatedText(entity: 'offer' | 'service', idColumn: string, fields: string[]): string {
  const names = fields.map((f) => `'${f}'`).join(', ');
  return `(SELECT string_agg(t.search_text, ' ') FROM translations t
    WHERE t.entity = '${entity}' AND t.entity_id = ${idColumn}::text AND t.field IN (${names}))`;
}

const like = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface SearchSql {
  sql: string;
  params: unknown[];
}

/**
 * The score and the match condition of a portal search over candidates with `titles` (the
 * folded titles in every language), `doc` (the folded search text) and `compact` (doc without
 * spaces), by the rules above; `p` adds a parameter and returns its placeholder. The match is
 * written so that pg_trgm GIN indexes on doc and compact can serve it: one LIKE per term and per
 * word, and `<%` for the typo rule (needs the threshold of {@link runPortalSearch}).
 * No query: every candidate matches, score 0.
 */
export function searchRanking(
  q: string | undefined,
  p: (value: unknown) => string,
): { score: string; match: string } {
  const search = portalSearch(q ?? '');
  if (search.terms.length === 0) return { score: '0', match: 'true' };
  const terms = p(search.terms.map(like));
  const words = p(search.words.map(like));
  const folded = p(search.folded);
  const anyTerm = search.terms.map((t) => `compact LIKE ${p(like(t))}`).join(' OR ');
  const allWords = search.words.map((w) => `doc LIKE ${p(like(w))}`).join(' AND ');
  // a match in the title first, then in the whole text, then by closeness; ties by the title's closeness
  return {
    score:
      `CASE WHEN replace(titles, ' ', '') LIKE ANY (${terms}::text[]) THEN 3` +
      ` WHEN compact LIKE ANY (${terms}::text[]) THEN 2` +
      ` WHEN doc LIKE ALL (${words}::text[]) THEN 1 ELSE 0 END` +
      ` + word_similarity(${folded}, titles) + word_similarity(${folded}, doc)`,
    match: `(${anyTerm}) OR (${allWords || 'true'}) OR ${folded}::text <% doc`,
  };
}

/**
 * Runs a search of {@link searchRanking}. Its typo rule (`<%`) uses pg_trgm's word-similarity
 * threshold {@link TYPO_SIMILARITY}, which every API connection sets when it opens
 * (data-source-options.ts): one statement, no transaction around it.
 */
export function runPortalSearch<T>(db: DataSource, { sql, params }: SearchSql): Promise<T[]> {
  return db.query(sql, params) as Promise<T[]>;
}

/** One page of matching offer ids, best first, each row with the total count. */
export function offerSearchSql(query: PortalOffersQueryDto): SearchSql {
  const params: unknown[] = [];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['o.active', 'p.active'];
  if (query.lifeSituation) {
    where.push(`o.category_keys && ${p(findLifeSituation(query.lifeSituation)?.categoryKeys ?? [])}::text[]`);
  }
  if (query.districtId) {
    where.push(`(o.district_ids = '{}' OR o.district_ids @> ARRAY[${p(query.districtId)}::uuid])`);
  }
  if (query.language) where.push(`o.languages @> ARRAY[${p(query.language)}::text]`);
  if (query.age !== undefined) {
    const age = p(query.age);
    where.push(
      `(o.age_from IS NULL OR o.age_from <= ${age}::int) AND (o.age_to IS NULL OR o.age_to >= ${age}::int)`,
    );
  }
  if (query.free === 'true') where.push('o.cost_free IS TRUE');

  const { score, match } = searchRanking(query.q, p);
  const limit = p(query.limit ?? 20);
  const offset = p(query.offset ?? 0);
  const sql = `
    WITH candidates AS (
      SELECT o.id, o.title, d.titles, d.doc, d.compact
        FROM offers o JOIN providers p ON p.id = o.provider_id
        JOIN portal_offer_docs d ON d.offer_id = o.id
       WHERE ${where.join(' AND ')}
    )
    SELECT id, count(*) OVER () AS total
      FROM (SELECT id, title, ${score} AS score FROM candidates WHERE ${match}) hits
     ORDER BY score DESC, title, id
     LIMIT ${limit} OFFSET ${offset}`;
  return { sql, params };
}
