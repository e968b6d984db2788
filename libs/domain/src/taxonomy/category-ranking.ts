/**
 * Ranking of need categories in the quick contact (issue 25.2): what a counsellor types is
 * matched against the category labels. Categories with a word that starts with the text come
 * first, then those that merely contain it; within each, the office's most used categories
 * first, then the taxonomy's order. Text that matches no label is never dropped: the caller
 * says so and offers the nearest categories (`nearestCategories`).
 */

export interface RankableCategory {
  key: string;
  label: string;
}

/** How often the office used each category lately (key → count); missing keys count 0. */
export type CategoryUsage = Readonly<Record<string, number>>;

/** Lower case, no accents, umlauts as their base letter ("Bürgergeld" → "burgergeld"). */
export function foldForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const words = (label: string): string[] =>
  foldForMatch(label)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** 0: a word of the label starts with the text; 1: the label contains it; null: no match. */
export function matchTier(query: string, label: string): 0 | 1 | null {
  const q = foldForMatch(query).trim();
  if (q === '') return 0;
  const folded = foldForMatch(label);
  if (words(label).some((w) => w.startsWith(q)) || folded.startsWith(q)) return 0;
  // several words typed ("kita gut"): each starts a word of the label
  const parts = q.split(/[^a-z0-9]+/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => words(label).some((w) => w.startsWith(p)))) return 0;
  return folded.includes(q) ? 1 : null;
}

/** The categories matching `query`, best first (see above). `options` are in the taxonomy's order. */
export function rankCategories<T extends RankableCategory>(
  options: readonly T[],
  query: string,
  usage: CategoryUsage = {},
): T[] {
  return options
    .map((option, index) => ({ option, index, tier: matchTier(query, option.label) }))
    .filter((x): x is { option: T; index: number; tier: 0 | 1 } => x.tier !== null)
    .sort(
      (a, b) =>
        a.tier - b.tier || (usage[b.option.key] ?? 0) - (usage[a.option.key] ?? 0) || a.index - b.index,
    )
    .map((x) => x.option);
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** How far the typed text is from a label: the closest word, or start of a word, of the label. */
export function labelDistance(query: string, label: string): number {
  const q = foldForMatch(query).replace(/[^a-z0-9]/g, '');
  if (q === '') return Infinity;
  let best = Infinity;
  for (const word of words(label)) {
    best = Math.min(best, editDistance(q, word), editDistance(q, word.slice(0, q.length)));
  }
  return best;
}

/**
 * Up to `count` categories nearest to text that matched none: those within a typo or two
 * (a third of the text's length, at least 1), closest first, then the office's most used. When
 * nothing is that near, the office's most used categories.
 */
export function nearestCategories<T extends RankableCategory>(
  options: readonly T[],
  query: string,
  usage: CategoryUsage = {},
  count = 3,
): T[] {
  const q = foldForMatch(query).replace(/[^a-z0-9]/g, '');
  const limit = Math.max(1, Math.floor(q.length / 3));
  const byUsage = (a: { option: T; index: number }, b: { option: T; index: number }) =>
    (usage[b.option.key] ?? 0) - (usage[a.option.key] ?? 0) || a.index - b.index;
  const scored = options.map((option, index) => ({
    option,
    index,
    distance: labelDistance(query, option.label),
  }));
  const near = scored
    .filter((x) => x.distance <= limit)
    .sort((a, b) => a.distance - b.distance || byUsage(a, b));
  const chosen = near.length > 0 ? near : scored.filter((x) => (usage[x.option.key] ?? 0) > 0).sort(byUsage);
  return chosen.slice(0, count).map((x) => x.option);
}
