// `npm run bench:recall [-- --database lotsen_bench] [--sample 1000] [--json file]`
//
// The typo recall check of the family search (issue 19 point 1): a sample of surnames of one
// office's families (the bench counsellor's, deterministic), each misspelt the way a counsellor
// mishears or mistypes it, searched two ways on the same data:
// - LEGACY: the search before the dictionary (kept here, word for word, as the reference);
// - CURRENT: the API's own code from dist/ (the dictionary step, then FAMILY_SEARCH_WHERE).
// A typo counts as found when its family is among the hits of the office (any page).
import pg from 'pg';
import { databaseUrl, parseArgs, require } from './lib.mjs';

export const {
  findFamilySearchTerms,
  FAMILY_SEARCH_WHERE,
  familySearchPageQuery,
} = require('../dist/api/apps/api/src/modules/families/family-search.js');
const { familyNameKey, searchKey, normaliseFamilySearch } = require('../dist/api/libs/domain/src/index.js');

/** The options of the API's connections (data-source-options.ts), for the floor and this check. */
export const API_PG_OPTIONS =
  require('../dist/api/apps/api/src/common/database/data-source-options.js').dataSourceOptions(
    'postgres://localhost/x',
  ).extra.options;

/** The family search's condition until issue 19 ($2 the text, $3 its Kölner Phonetik, $4 its key). */
const LEGACY_WHERE = `(f.search_text LIKE '%' || lotsen_fold($2) || '%' OR lotsen_fold($2) <% f.search_text
  OR (f.name_phonetic <> '' AND f.name_phonetic = $3)
  OR ($4 <> '' AND (f.name_key LIKE '%' || $4 || '%'
                    OR f.id IN (SELECT p.family_id FROM persons p WHERE p.name_key LIKE '%' || $4 || '%'))))`;

/** FAMILY_SEARCH_WHERE with numbered parameters ($1 the office, then the terms found). */
export const NUMBERED_SEARCH_WHERE = [
  'qOffice',
  'qTermWords',
  'qTermKinds',
  'qTerms',
  'qWords',
  'qPhonetic',
].reduce((sql, name, i) => sql.replace(new RegExp(`:${name}\\b`, 'g'), `$${i + 1}`), FAMILY_SEARCH_WHERE);

const VOWELS = 'aeiou';
const UMLAUTS = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** The k-th kind of typo of `name`, at a position chosen by k: deterministic. */
export function typo(name, k) {
  const letters = [...name];
  const at = 1 + (Math.floor(k / 6) % Math.max(1, letters.length - 2));
  switch (k % 6) {
    case 0: // two neighbouring letters swapped
      [letters[at], letters[at + 1]] = [letters[at + 1] ?? '', letters[at]];
      return letters.join('');
    case 1: // a letter left out
      letters.splice(at, 1);
      return letters.join('');
    case 2: {
      // a vowel heard as another one
      const i = letters.findIndex((c, j) => j >= at && VOWELS.includes(c));
      if (i < 0) return letters.join('') + 'e';
      letters[i] = VOWELS[(VOWELS.indexOf(letters[i]) + 1) % VOWELS.length];
      return letters.join('');
    }
    case 3: // a letter doubled
      letters.splice(at, 0, letters[at]);
      return letters.join('');
    case 4: // umlauts and ß written out, or the name in lower case
      return /[äöüßÄÖÜ]/.test(name) ? name.replace(/[äöüßÄÖÜ]/g, (c) => UMLAUTS[c]) : name.toLowerCase();
    default: // a letter typed as its neighbour on the keyboard row
      letters[at] =
        { a: 's', e: 'r', i: 'o', o: 'p', n: 'm', m: 'n', r: 't', t: 'z', s: 'd', d: 'f' }[letters[at]] ??
        'x';
      return letters.join('');
  }
}

/**
 * Recall of both searches over `sample` typos in the office: `legacy` a pool with PostgreSQL's
 * defaults (the threshold 0.6 of the search before), `current` one with the API's options.
 */
export async function typoRecall(legacy, current, officeId, sample = 1000) {
  const rowsOnly = { query: async (sql, params) => (await current.query(sql, params)).rows };
  const { rows: families } = await legacy.query(
    `SELECT id, name FROM families WHERE office_id = $1 AND status <> 'anonymized'
      ORDER BY md5(id::text) LIMIT $2`,
    [officeId, sample],
  );
  let before = 0;
  let after = 0;
  const onlyLegacy = [];
  const onlyCurrent = [];
  for (const [k, family] of families.entries()) {
    const surname = family.name.replace(/^\s*(familie|fam\.)\s+/i, '');
    const q = typo(surname, k);
    const text = normaliseFamilySearch(q);
    const old = await legacy.query(
      `SELECT EXISTS (SELECT 1 FROM families f WHERE f.id = $5 AND f.office_id = $1 AND ${LEGACY_WHERE}) AS hit`,
      [officeId, text, familyNameKey(text), searchKey(text), family.id],
    );
    const found = await findFamilySearchTerms(rowsOnly.query, q);
    const fresh = found
      ? await current.query(
          `SELECT EXISTS (SELECT 1 FROM families f WHERE f.id = $7 AND f.office_id = $1 AND ${NUMBERED_SEARCH_WHERE}) AS hit`,
          [officeId, found.n, found.kinds, found.terms, found.words, found.phonetic, family.id],
        )
      : { rows: [{ hit: false }] };
    const [a, b] = [old.rows[0].hit, fresh.rows[0].hit];
    if (a) before++;
    if (b) after++;
    if (a && !b) onlyLegacy.push(`${family.name} ← "${q}"`);
    if (b && !a) onlyCurrent.push(`${family.name} ← "${q}"`);
  }
  return { sample: families.length, legacy: before, current: after, onlyLegacy, onlyCurrent };
}

/** One line per figure, for the console. */
export function describeRecall(r) {
  return [
    `typo recall over ${r.sample} misspelt surnames of one office: before ${r.legacy}, now ${r.current}` +
      ` (${r.current >= r.legacy ? 'same or better' : `WORSE by ${r.legacy - r.current}`})`,
    `  found only before (${r.onlyLegacy.length}): ${r.onlyLegacy.slice(0, 8).join('; ') || '–'}`,
    `  found only now (${r.onlyCurrent.length}): ${r.onlyCurrent.slice(0, 8).join('; ') || '–'}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2), { database: 'lotsen_bench', sample: 1000, json: '' });
  const url = databaseUrl(args.database);
  const legacy = new pg.Pool({ connectionString: url, max: 1, options: '-c jit=off' });
  const current = new pg.Pool({ connectionString: url, max: 1, options: API_PG_OPTIONS });
  const { rows } = await legacy.query(`SELECT office_id FROM users WHERE email LIKE 'beratung0-0@%'`);
  if (rows.length === 0) throw new Error('no bench users in this database: run npm run bench:data first');
  const result = await typoRecall(legacy, current, rows[0].office_id, args.sample);
  console.log(describeRecall(result));
  if (args.json) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(args.json, JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2));
  }
  await legacy.end();
  await current.end();
  if (result.current < result.legacy) process.exitCode = 1;
}
