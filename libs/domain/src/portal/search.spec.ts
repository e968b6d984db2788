import { compactSearchText, foldSearchText, portalSearch } from './search';
import { editDistance } from '../taxonomy/category-ranking';

describe('portal search normalisation', () => {
  it('folds case, umlauts and ß whether typed or not', () => {
    expect(foldSearchText('Mütter')).toBe(foldSearchText('Muetter'));
    expect(foldSearchText('MÜTTER')).toBe('muetter');
    expect(foldSearchText('Straße')).toBe(foldSearchText('strasse'));
    expect(foldSearchText('STRASSE')).toBe('strasse');
    expect(foldSearchText('Frühförderung')).toBe('fruehfoerderung');
    expect(foldSearchText('Ärztin')).toBe('aerztin');
  });

  it('drops other accents and decomposed umlauts alike', () => {
    expect(foldSearchText('Café Crème')).toBe('cafe creme');
    expect(foldSearchText('Mu\u0308tter')).toBe('muetter'); // ü typed as u + combining diaeresis
    expect(foldSearchText('Çocuk bakımı')).toBe('cocuk bakımı');
  });

  it('treats hyphens, punctuation and runs of spaces as one space', () => {
    expect(foldSearchText('  Kita-Gutschein,  Antrag / Platz ')).toBe('kita gutschein antrag platz');
    expect(foldSearchText('Eltern–Kind–Gruppe „neu“')).toBe('eltern kind gruppe neu');
    expect(compactSearchText('Kita-Gutschein')).toBe('kitagutschein');
    expect(compactSearchText('kita gutschein')).toBe('kitagutschein');
  });

  it('keeps letters of other scripts, lower-cased', () => {
    expect(foldSearchText('Дитячий САДОК')).toBe(foldSearchText('дитячий садок'));
    expect(foldSearchText('САДОК')).toBe('садок');
    expect(foldSearchText('Дитячий')).toBe(foldSearchText('Дитячии')); // й and и alike, as ü and u
    expect(foldSearchText('رعاية  الأطفال').split(' ')).toEqual(['رعاية', 'الأطفال'.normalize('NFKD')]);
  });

  it('counts typos, swapped neighbours as one', () => {
    expect(editDistance('kitagutschien', 'kitagutschein')).toBe(1);
    expect(editDistance('kitagutshein', 'kitagutschein')).toBe(1);
    expect(editDistance('wohngeld', 'kindergeld')).toBeGreaterThan(2);
  });

  it.each(['Kita-Gutschein', 'kita gutschein', 'kitagutschien', 'Betreuungsgutschein', 'Betreungsgutschein'])(
    '"%s" searches for the Kita-Gutschein under all its names',
    (query) => {
      const { terms } = portalSearch(query);
      expect(terms).toEqual(expect.arrayContaining(['kitagutschein', 'betreuungsgutschein', 'kitaplatz']));
    },
  );

  it('a word of a longer query brings in its synonyms too', () => {
    expect(portalSearch('Antrag Wohngeld').terms).toEqual(
      expect.arrayContaining(['antragwohngeld', 'wohngeld', 'mietzuschuss']),
    );
  });

  it('an unrelated or short query brings in no synonym', () => {
    expect(portalSearch('Ferien').terms).toEqual(['ferien']);
    expect(portalSearch('Kita').terms).toEqual(['kita']);
    expect(portalSearch('Wohnung').terms).toEqual(['wohnung']);
  });

  it('a query of separators only searches for nothing', () => {
    expect(portalSearch(' - / ')).toEqual({ folded: '', words: [], terms: [] });
  });
});
