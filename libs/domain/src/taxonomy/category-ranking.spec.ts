import { editDistance, matchTier, nearestCategories, rankCategories } from './category-ranking';

// in the taxonomy's order (need-categories.ts)
const CATEGORIES = [
  { key: 'elterngeld', label: 'Elterngeld / Elternzeit' },
  { key: 'kindergeld', label: 'Kindergeld' },
  { key: 'grundsicherung', label: 'Bürgergeld / Sozialhilfe' },
  { key: 'kita_gutschein', label: 'Kita-Platz / Kita-Gutschein' },
  { key: 'kindertagespflege', label: 'Kindertagespflege' },
  { key: 'elternbeitraege', label: 'Elternbeiträge / Beitragsbefreiung' },
  { key: 'hilfen_erziehung', label: 'Hilfen zur Erziehung (Vermittlung an den ASD)' },
  { key: 'wohnen', label: 'Wohnen / Wohnungssuche / WBS' },
  { key: 'schule', label: 'Schule / Einschulung / Lernförderung' },
];
const keys = (list: { key: string }[]) => list.map((c) => c.key);

describe('rankCategories (quick contact, issue 25.2)', () => {
  it('puts labels with a word starting with the text before labels that only contain it', () => {
    expect(keys(rankCategories(CATEGORIES, 'schul'))).toEqual(['schule']);
    // "ein": starts "Einschulung", inside "Kita-Gutschein"
    expect(keys(rankCategories(CATEGORIES, 'ein'))).toEqual(['schule', 'kita_gutschein']);
    expect(keys(rankCategories(CATEGORIES, 'erz'))).toEqual(['hilfen_erziehung']);
  });

  it("puts the office's most used categories first among equal matches", () => {
    expect(keys(rankCategories(CATEGORIES, 'kind'))).toEqual(['kindergeld', 'kindertagespflege']);
    expect(keys(rankCategories(CATEGORIES, 'kind', { kindertagespflege: 12, kindergeld: 3 }))).toEqual([
      'kindertagespflege',
      'kindergeld',
    ]);
    // usage never lifts a mere substring above a word start
    expect(keys(rankCategories(CATEGORIES, 'hilfe', { grundsicherung: 50 }))).toEqual([
      'hilfen_erziehung',
      'grundsicherung',
    ]);
    // "geld" starts no word: all three contain it, the most used first
    expect(keys(rankCategories(CATEGORIES, 'geld', { kindergeld: 50 }))).toEqual([
      'kindergeld',
      'elterngeld',
      'grundsicherung',
    ]);
  });

  it('ignores case, accents and umlauts, and matches several typed words', () => {
    expect(keys(rankCategories(CATEGORIES, 'BURGER'))).toEqual(['grundsicherung']);
    expect(keys(rankCategories(CATEGORIES, 'förder'))).toEqual(['schule']);
    expect(keys(rankCategories(CATEGORIES, 'kita gut'))).toEqual(['kita_gutschein']);
  });

  it('keeps every category, most used first, for empty text', () => {
    expect(rankCategories(CATEGORIES, '')).toHaveLength(CATEGORIES.length);
    expect(keys(rankCategories(CATEGORIES, '', { wohnen: 4 }))[0]).toBe('wohnen');
  });

  it('matches nothing for text no label holds', () => {
    expect(rankCategories(CATEGORIES, 'kitta')).toEqual([]);
    expect(matchTier('kitta', 'Kita-Platz / Kita-Gutschein')).toBeNull();
  });
});

describe('nearestCategories', () => {
  it('offers the categories a typo away from text that matched none', () => {
    expect(keys(nearestCategories(CATEGORIES, 'kitta'))[0]).toBe('kita_gutschein');
    expect(keys(nearestCategories(CATEGORIES, 'Wohnug'))).toEqual(['wohnen']);
    expect(keys(nearestCategories(CATEGORIES, 'Kindergelt'))).toEqual(['kindergeld']);
  });

  it("falls back to the office's most used categories when nothing is near", () => {
    expect(keys(nearestCategories(CATEGORIES, 'xyzxyz', { wohnen: 9, schule: 2 }))).toEqual([
      'wohnen',
      'schule',
    ]);
    expect(nearestCategories(CATEGORIES, 'xyzxyz')).toEqual([]);
  });

  it('offers at most three', () => {
    expect(nearestCategories(CATEGORIES, 'kinder', {}).length).toBeLessThanOrEqual(3);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one each', () => {
    expect(editDistance('kitta', 'kita')).toBe(1);
    expect(editDistance('kita', 'ktia')).toBe(1);
    expect(editDistance('wohngled', 'wohngeld')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
