/**
 * A search key that makes the usual Latin spellings of one name equal (issue 25.13): the German
 * transliteration of Cyrillic ("Schewtschuk"), the English one ("Shevchuk"), the scholarly one
 * with háček ("Ševčuk"), Polish and Turkish spellings of the same sounds, and names written with
 * or without spaces, hyphens and apostrophes ("Al Masri", "Al-Masri", "almasri").
 *
 * The key is lower case a–z only. It is a match key, not a spelling: it merges sounds that the
 * spellings cannot tell apart (s/z, sch/sh/zh, w/v, j/y, ch/kh) — a search lists a few more
 * candidates, never fewer. The family search compares the key of the query with the stored keys
 * of family and member names (docs/decisions.md, "Search").
 */

/** Letters with their own Latin spelling, before accents are stripped. */
const LETTERS: Record<string, string> = {
  š: 'sh',
  ş: 'sh',
  ś: 's',
  č: 'ch',
  ç: 'ch',
  ć: 'ch',
  ž: 'zh',
  ź: 'z',
  ż: 'zh',
  ř: 'rzh',
  đ: 'dj',
  ł: 'l',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
};

/**
 * Spellings of one sound, in this order (an earlier rule may create the input of a later one):
 * German "tsch" and "sch", Polish "cz" and "sz", English "kh", "zh", "ts".
 */
const RULES: [RegExp, string][] = [
  [/kh/g, 'ch'], // Mikhail → Michail (German "ch" for х)
  [/tsch/g, 'ch'], // Schewtschuk → Schewchuk
  [/sch/g, 'sh'], // → Shewchuk; Schukow (Жуков)
  [/cz/g, 'ch'], // Polish
  [/sz/g, 'sh'], // Polish
  [/zh/g, 'sh'], // Zhukov, Žukov → Shukov
  [/ts|tz|z/g, 's'], // Kuznetsov, Kusnezow → Kusnesov
  [/w/g, 'v'], // Schewtschuk → Shevchuk
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/j/g, 'y'], // Jurij → Yuriy
];

/** The transliteration key of a name or a search text: equal keys for the spellings above. */
export function transliterationKey(text: string | null | undefined): string {
  if (!text) return '';
  let key = text
    .toLowerCase()
    .replace(/[šşśčçćžźżřđłıßæøœ]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // spaces, hyphens, apostrophes, digits: a name is one run of letters
    .replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  // doubled letters: "Massri", "Schewtschuck"
  return key.replace(/(.)\1+/g, '$1');
}

/** The shortest key the search compares (shorter ones match too much and use no index). */
export const TRANSLITERATION_KEY_MIN = 3;

/** The stored key of several names (a member's first and last name): each name's key, space-separated. */
export function transliterationKeys(names: readonly (string | null | undefined)[]): string {
  return names
    .map(transliterationKey)
    .filter((key) => key !== '')
    .join(' ');
}

/**
 * The stored key of a family member: first name, last name and both together, so that
 * "Olena Schewtschuk" finds the member as well as "Shevchuk" does.
 */
export function personNameKey(
  firstName: string | null | undefined,
  lastName: string | null | undefined,
): string {
  const keys = [transliterationKey(firstName), transliterationKey(lastName)].filter((k) => k !== '');
  if (keys.length === 2) keys.push(keys.join(''));
  return keys.join(' ');
}

/** The key a search text is compared with (empty: too short to compare, see TRANSLITERATION_KEY_MIN). */
export function searchKey(query: string): string {
  const key = transliterationKey(query);
  return key.length >= TRANSLITERATION_KEY_MIN ? key : '';
}
