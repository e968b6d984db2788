import { berlinDay, parseSearchCountKey, searchCountKey, searchCountLabel } from './search-count';

describe('searchCountKey: what a portal search counts under', () => {
  it('counts a chosen life situation under it, before the text', () => {
    expect(
      searchCountKey({ lifeSituation: 'kinderbetreuung', q: 'kita', bestHitCategoryKeys: ['hort'] }),
    ).toBe('lebenslage:kinderbetreuung');
  });

  it("counts a text search under its best hit's first category, or as one without a hit", () => {
    expect(searchCountKey({ q: 'kitagutschien', bestHitCategoryKeys: ['kita_gutschein', 'hort'] })).toBe(
      'bedarf:kita_gutschein',
    );
    expect(searchCountKey({ q: 'Alphabetisierung', bestHitCategoryKeys: [] })).toBe('ohne_treffer');
    expect(searchCountKey({ q: 'xyz' })).toBe('ohne_treffer');
  });

  it('does not count a list without text or life situation, nor the next page of a search', () => {
    expect(searchCountKey({})).toBeNull();
    expect(searchCountKey({ q: '   ' })).toBeNull();
    expect(searchCountKey({ q: 'kita', offset: 20, bestHitCategoryKeys: ['hort'] })).toBeNull();
    expect(searchCountKey({ lifeSituation: 'schule', offset: 20 })).toBeNull();
  });
});

describe('the keys in the report', () => {
  it('tells life situations, categories and searches without a hit apart (a key may be both: schule)', () => {
    expect(parseSearchCountKey('lebenslage:schule')).toEqual({ kind: 'life_situation', ref: 'schule' });
    expect(parseSearchCountKey('bedarf:schule')).toEqual({ kind: 'category', ref: 'schule' });
    expect(parseSearchCountKey('ohne_treffer')).toEqual({ kind: 'no_match', ref: null });
  });

  it('labels them in German', () => {
    const label = (k: string) => (k === 'kita_gutschein' ? 'Kita-Platz / Kita-Gutschein' : null);
    expect(searchCountLabel('lebenslage:schwangerschaft_geburt', label)).toBe(
      'Lebenslage: Schwangerschaft und Geburt',
    );
    expect(searchCountLabel('bedarf:kita_gutschein', label)).toBe('Bedarf: Kita-Platz / Kita-Gutschein');
    expect(searchCountLabel('bedarf:weg', label)).toBe('Bedarf: weg');
    expect(searchCountLabel('ohne_treffer', label)).toBe('Suche ohne Treffer');
  });
});

describe('berlinDay', () => {
  it('counts a search at 23:30 UTC in winter on the next Berlin day, and in summer at 22:30 UTC', () => {
    expect(berlinDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(berlinDay(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(berlinDay(new Date('2026-07-01T21:30:00Z'))).toBe('2026-07-01');
  });
});
