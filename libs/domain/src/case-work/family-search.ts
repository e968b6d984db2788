import { familyNameKey } from './koelner-phonetik';
import { searchKey } from './transliteration';

/**
 * The words of a family search (issue 19 point 1; docs/family-search.md): split at spaces (a
 * double name stays one word: the dictionary holds it whole and in its parts), a word of digits
 * is a phone number's (kind `p`), every other a name's (kind `w`). Each word carries its
 * transliteration key ('' when too short to compare). A family is found when every word is in
 * one of its terms, or close to one, or its key in one of the family's keys — or when the whole
 * search text's key or Kölner Phonetik matches the family's (as before the dictionary).
 */
export interface FamilySearchWord {
  text: string;
  kind: 'w' | 'p';
  key: string;
}

/** More words than this are not a name: the rest is ignored. */
export const FAMILY_SEARCH_MAX_WORDS = 8;

export interface FamilySearch {
  words: FamilySearchWord[];
  /** The transliteration key of the whole text ("Al Masri" → almasri), '' when too short. */
  key: string;
  /** The Kölner Phonetik of the whole text as a family name ("Familie" left out). */
  phonetic: string;
}

/** A search text as the family's `search_text` holds it: phone numbers as bare digits. */
export function normaliseFamilySearch(q: string): string {
  const trimmed = q.trim();
  return /^[\d\s/()+-]+$/.test(trimmed) ? trimmed.replace(/\D/g, '') : trimmed;
}

export function familySearch(q: string): FamilySearch {
  const text = normaliseFamilySearch(q);
  const words = text
    .split(/\s+/)
    .filter((w) => w !== '')
    .slice(0, FAMILY_SEARCH_MAX_WORDS)
    .map((w): FamilySearchWord => ({ text: w, kind: /^[0-9]+$/.test(w) ? 'p' : 'w', key: searchKey(w) }));
  return { words, key: searchKey(text), phonetic: familyNameKey(text) };
}
