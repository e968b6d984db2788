import { findLifeSituation } from './life-situations';
import type { PortalLang } from './languages';

/**
 * Suchstatistik (issue 17 point 8): each portal search adds 1 to (day, Sozialraum or whole city,
 * language, matched key) — nothing else is kept. The key says what the search was about:
 *
 * - `lebenslage:<key>` when the family chose a life situation,
 * - `bedarf:<category>` the need category of the best hit of a free-text search,
 * - `ohne_treffer` when a free-text search found nothing (demand the directory does not meet).
 */
export const SEARCH_COUNT_NO_MATCH = 'ohne_treffer';

export type SearchCountKind = 'life_situation' | 'category' | 'no_match';

export interface SearchCountInput {
  /** The search text (only whether there is one matters; it is never kept). */
  q?: string;
  lifeSituation?: string;
  /** The first result page? Paging on is the same search, not a new one. */
  offset?: number;
  /** The need categories of the best hit, in their order on the offer. */
  bestHitCategoryKeys?: readonly string[];
}

/** The key a search counts under, or null when the request is no search (no text, no life situation, a later page). */
export function searchCountKey(input: SearchCountInput): string | null {
  if ((input.offset ?? 0) > 0) return null;
  if (input.lifeSituation) return `lebenslage:${input.lifeSituation}`;
  if (!input.q || input.q.trim() === '') return null;
  const category = input.bestHitCategoryKeys?.[0];
  return category ? `bedarf:${category}` : SEARCH_COUNT_NO_MATCH;
}

/** What a stored key means, for the report. */
export function parseSearchCountKey(key: string): { kind: SearchCountKind; ref: string | null } {
  if (key.startsWith('lebenslage:')) return { kind: 'life_situation', ref: key.slice('lebenslage:'.length) };
  if (key.startsWith('bedarf:')) return { kind: 'category', ref: key.slice('bedarf:'.length) };
  return { kind: 'no_match', ref: null };
}

/** The German label of a key; `categoryLabel` looks up a need category's label (null: unknown). */
export function searchCountLabel(key: string, categoryLabel: (key: string) => string | null): string {
  const { kind, ref } = parseSearchCountKey(key);
  if (kind === 'no_match' || ref === null) return 'Suche ohne Treffer';
  if (kind === 'life_situation') return `Lebenslage: ${findLifeSituation(ref)?.labels.de ?? ref}`;
  return `Bedarf: ${categoryLabel(ref) ?? ref}`;
}

/** Europe/Berlin's calendar day of `at` (YYYY-MM-DD): the day a search is counted on. */
export function berlinDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** One row of the counter: the increments gathered in memory, written together. */
export interface SearchCountCell {
  day: string;
  districtId: string | null;
  lang: PortalLang;
  key: string;
}
