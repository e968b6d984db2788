import { familySearch } from '@lotsen/domain';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RunRows } from '../../common/database/pool-query';

/**
 * The family search (filter.q of the family list; issue 19 point 1; docs/family-search.md) in two
 * steps. First the typed words are looked up in the search dictionary (migration
 * FamilySearchTerms1767225600490: the distinct terms of all families behind a trigram index) —
 * one round trip, a few hundred thousand short strings instead of every family's whole search
 * text. Then the family list keeps the families of the office that hold the terms found:
 * {@link FAMILY_SEARCH_WHERE}, with the parameters {@link applyFamilySearch} sets.
 */
export interface FamilySearchTerms {
  /** How many words the search has: a family must match each. */
  words: number;
  /** Per term found: the word it matches (1…words; 0 = the whole text or its key, enough alone). */
  n: number[];
  kinds: string[];
  terms: string[];
  /** The whole text's Kölner Phonetik ('' = none): a family with that name sound matches too. */
  phonetic: string;
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Step one: the dictionary's terms for each word — a name or number that contains the word
 * (accents and case folded) or is close to it by trigrams (pg_trgm word similarity ≥ 0.5, the API
 * connections' threshold, data-source-options.ts), a double name close to the word as a whole
 * (similarity ≥ 0.5: "Mensah-Kcoh"), or a transliteration key that contains the word's key; for a
 * text of several words also the keys that contain the whole text's key ("Al Masri" → almasri).
 */
export async function findFamilySearchTerms(run: RunRows, q: string): Promise<FamilySearchTerms | null> {
  const search = familySearch(q);
  if (search.words.length === 0) return null;
  const params: string[] = [];
  const p = (value: string): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const parts: string[] = [];
  search.words.forEach((word, i) => {
    const like = `'%' || lotsen_fold(${p(escapeLike(word.text))}) || '%'`;
    const folded = `lotsen_fold(${p(word.text)})`;
    parts.push(
      `SELECT ${i + 1} AS n, kind, term FROM family_search_dictionary
        WHERE kind = '${word.kind}' AND (term LIKE ${like} OR ${folded} <% term)`,
    );
    // a double name whole: close to the typed word as a whole (its parts are terms of their own)
    if (word.kind === 'w')
      parts.push(
        `SELECT ${i + 1}, kind, term FROM family_search_dictionary
          WHERE kind = 'c' AND (${folded} % term${word.text.includes('-') ? ` OR term LIKE ${like}` : ''})`,
      );
    if (word.key !== '')
      parts.push(
        `SELECT ${i + 1}, kind, term FROM family_search_dictionary
          WHERE kind = 'k' AND term LIKE '%' || ${p(escapeLike(word.key))} || '%'`,
      );
  });
  if (search.key !== '' && search.words.length > 1)
    parts.push(
      `SELECT 0, kind, term FROM family_search_dictionary
        WHERE kind = 'k' AND term LIKE '%' || ${p(escapeLike(search.key))} || '%'`,
    );
  const rows = (await run(parts.join(' UNION ALL '), params)) as {
    n: number;
    kind: string;
    term: string;
  }[];
  return {
    words: search.words.length,
    n: rows.map((r) => r.n),
    kinds: rows.map((r) => r.kind),
    terms: rows.map((r) => r.term),
    phonetic: search.phonetic,
  };
}

/**
 * The families found (ids), with the parameters named by `p`: those of the office that hold a term
 * for every word (or the whole text's key), or whose name sounds like the whole text. For one word
 * every family holding any term found matches (each term is the word's or the whole text's): no
 * count per family, only their distinct ids (`oneWord`, a third less work for "Leila").
 */
const familySearchHits = (p: (name: keyof typeof HIT_PARAMS) => string, oneWord = false): string => `
    SELECT t.family_id AS id
      FROM unnest(CAST(${p('qTermWords')} AS int[]), CAST(${p('qTermKinds')} AS "char"[]), CAST(${p('qTerms')} AS text[])) AS m(n, kind, term)
      JOIN family_search_terms t ON t.kind = m.kind AND t.term = m.term AND t.office_id = ${p('qOffice')}
    ${
      oneWord
        ? `WHERE ${p('qWords')} = 1` // always true here; keeps the parameter (and its type) in the statement
        : `GROUP BY t.family_id
    HAVING count(DISTINCT m.n) FILTER (WHERE m.n > 0) = ${p('qWords')} OR bool_or(m.n = 0)`
    }
    UNION
    SELECT fp.id FROM families fp
     WHERE fp.office_id = ${p('qOffice')} AND ${p('qPhonetic')} <> '' AND fp.name_phonetic = ${p('qPhonetic')}`;

/** The numbered parameters ($1 …) of the search's own page statement. */
const HIT_PARAMS = { qOffice: 1, qTermWords: 2, qTermKinds: 3, qTerms: 4, qWords: 5, qPhonetic: 6 } as const;

/**
 * Step two, as a condition on the family list (alias `f`): any sort, any other filter. The list
 * counts in the page's statement (`findPage`'s `countWithPage`), so the families are found once.
 */
export const FAMILY_SEARCH_WHERE = `f.id IN (${familySearchHits((name) => `:${name}`)})`;

/**
 * Step two for the list as it opens (the office's families by last activity, newest first, no
 * other filter): the page and the exact total in one statement that reads far less. The families
 * found are collected once (`hits`, ids only, from the terms' primary key and the name-sound
 * index); their number is the total. The page then comes one of two ways, whichever reads less —
 * the statement decides by the number found (a one-time filter: the other branch never runs):
 *
 * - **many found** (found² > (offset + limit) × the office's families / 20: "Schmitd" finds 1,476
 *   of 53,518): walk the office's activity index (index only) and keep the ids found until the page
 *   is full — ~36 entries per row of the page for 1,476 hits, a few index pages;
 * - **few found**: look each one up by id and sort them (the one way before).
 *
 * Then only the page's families are read. At scale 10, "Schmitd": ~200 buffers instead of ~13,500
 * for the page and the count before. Same rows, same order, same total as
 * {@link FAMILY_SEARCH_WHERE} with the list's sort (`last_activity_at DESC NULLS LAST, id`).
 * The columns are `select` (the family's, alias `f`) and `lotsen_total`; a page past the end is one
 * row with the total and no family (`f` columns null).
 */
export function familySearchPageQuery(
  found: FamilySearchTerms,
  officeId: string,
  offset: number,
  limit: number,
  select: string,
): [string, unknown[]] {
  const p = (name: keyof typeof HIT_PARAMS): string => `$${HIT_PARAMS[name]}`;
  const sql = `
    WITH hits AS MATERIALIZED (${familySearchHits(p, found.words === 1)}),
    found AS MATERIALIZED (
      SELECT count(*) AS total,
             count(*) * count(*) > (CAST($7 AS bigint) + CAST($8 AS bigint))
               * coalesce((SELECT c.families FROM family_counts c WHERE c.office_id = $1), 0) / 20 AS walk
        FROM hits),
    page AS (
      (SELECT o.id FROM families o
        WHERE (SELECT walk FROM found) AND o.office_id = $1
          AND (o.id IN (SELECT id FROM hits) OR false) -- "OR false": a hashed filter on the walk, not a join
        ORDER BY o.last_activity_at DESC NULLS LAST, o.id LIMIT CAST($7 AS int) OFFSET CAST($8 AS int))
      UNION ALL
      (SELECT o.id FROM families o
        WHERE NOT (SELECT walk FROM found) AND o.office_id = $1 AND o.id IN (SELECT id FROM hits)
        ORDER BY o.last_activity_at DESC NULLS LAST, o.id LIMIT CAST($7 AS int) OFFSET CAST($8 AS int)))
    SELECT found.total AS lotsen_total, ${select}
      FROM found LEFT JOIN (page JOIN families f ON f.id = page.id) ON true
     ORDER BY f.last_activity_at DESC NULLS LAST, f.id`;
  return [sql, [officeId, found.n, found.kinds, found.terms, found.words, found.phonetic, limit, offset]];
}

/** The parameters of {@link FAMILY_SEARCH_WHERE}: the terms found, and the caller's office. */
export function applyFamilySearch<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  found: FamilySearchTerms,
  officeId: string | null,
): void {
  qb.setParameters({
    qTermWords: found.n,
    qTermKinds: found.kinds,
    qTerms: found.terms,
    qWords: found.words,
    qOffice: officeId,
    qPhonetic: found.phonetic,
  });
}

/**
 * Drops terms no family holds any more from the dictionary (an erased family's names and phone
 * numbers): those given, or all. In a transaction of its own, after the change has committed.
 */
export async function pruneFamilySearchDictionary(
  db: DataSource,
  terms?: { kind: string; term: string }[],
): Promise<number> {
  const [row]: { dropped: string }[] = await db.query(
    `SELECT lotsen_prune_family_search_dictionary($1::"char"[], $2::text[]) AS dropped`,
    terms ? [terms.map((t) => t.kind), terms.map((t) => t.term)] : [null, null],
  );
  return Number(row.dropped);
}
