import { editDistance } from '../taxonomy/category-ranking';

/**
 * The portal's search normalisation (issue 17 point 3, "search that forgives"): what a family
 * types and what an offer says are folded the same way, so that case, umlauts and ß typed or
 * not ("Muetter" = "Mütter", "strasse" = "straße"), accents, hyphens and spaces ("Kita-Gutschein"
 * = "kita gutschein" = "kitagutschein") do not matter, and a synonym list joins the words of
 * families and of the administration ("Betreuungsgutschein" finds the Kita-Gutschein).
 *
 * The API folds the offers' texts with the SQL function `lotsen_portal_fold` (migration
 * 1767225600340), which does exactly what `foldSearchText` does; an e2e test compares the two.
 */

/** Characters that separate words (hyphens, dashes, punctuation, quotes). The SQL function lists the same. */
export const SEARCH_SEPARATORS = `-‐‑‒–—―_/\\.,;:!?()[]{}'"„“”‚‘’«»+&*#|<>=~^\`@$%`;

const SEPARATOR_RUN = new RegExp(`[\\s${SEARCH_SEPARATORS.replace(/[\\\]^-]/g, (c) => `\\${c}`)}]+`, 'gu');

/** Lower case; ä ö ü → ae oe ue, ß → ss; other accents dropped; separators → one space. */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(SEPARATOR_RUN, ' ')
    .trim();
}

/** The folded text without any space: "Kita-Gutschein", "kita gutschein" → "kitagutschein". */
export function compactSearchText(text: string): string {
  return foldSearchText(text).replace(/ /g, '');
}

/**
 * Words that mean the same to a family looking for help. A query that is (nearly) one of them
 * searches for all of them. German only for now; translated synonyms come with the translations.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['Kita-Gutschein', 'Betreuungsgutschein', 'Kitagutschein', 'Kita-Platz', 'Betreuungsplatz', 'Krippenplatz'],
  ['Kindertagespflege', 'Tagesmutter', 'Tagesvater', 'Tagespflege'],
  ['Hort', 'Ganztag', 'Schulhort', 'Nachmittagsbetreuung'],
  ['Elterngeld', 'ElterngeldPlus', 'Elternzeit'],
  ['Kindergeld', 'Familienkasse'],
  ['Unterhaltsvorschuss', 'UVG', 'Unterhaltsvorschusskasse'],
  ['Wohngeld', 'Mietzuschuss'],
  ['Bildung und Teilhabe', 'BuT', 'Bildungspaket', 'Teilhabepaket'],
  ['Bürgergeld', 'Hartz IV', 'Grundsicherung', 'Jobcenter', 'Sozialhilfe'],
  ['Hebamme', 'Geburtshelferin', 'Nachsorgehebamme'],
  ['Schwangerschaftsberatung', 'Schwangerenberatung', 'Schwangerschaftskonfliktberatung'],
  ['Erziehungsberatung', 'Familienberatung', 'Elternberatung'],
  ['Schuldnerberatung', 'Schulden', 'Energieschulden'],
  ['Frühförderung', 'Entwicklungsförderung'],
  ['Deutschkurs', 'Integrationskurs', 'Sprachkurs'],
];

/** Typos forgiven when a query is compared with a synonym: none below 5 letters, 1 below 9, else 2. */
export function allowedTypos(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

export interface PortalSearch {
  /** The query folded (words separated by one space). */
  folded: string;
  /** Its words. */
  words: string[];
  /** Compact forms to look for in an offer's compact text: the query's own and its synonyms'. */
  terms: string[];
}

/**
 * What a portal query looks for. A query (or one of its words) within the allowed typos of a
 * synonym brings in its whole group, in compact form. Empty when the query holds no letter.
 */
export function portalSearch(query: string): PortalSearch {
  const folded = foldSearchText(query);
  const words = folded === '' ? [] : folded.split(' ');
  const compact = folded.replace(/ /g, '');
  const terms = new Set<string>(compact === '' ? [] : [compact]);
  const candidates = [compact, ...words].filter((w) => w.length >= 3);
  for (const group of SEARCH_SYNONYMS) {
    const forms = group.map(compactSearchText);
    const hit = candidates.some((c) =>
      forms.some((f) => Math.abs(c.length - f.length) <= 2 && editDistance(c, f) <= allowedTypos(f.length)),
    );
    if (hit) forms.forEach((f) => terms.add(f));
  }
  return { folded, words, terms: [...terms] };
}
