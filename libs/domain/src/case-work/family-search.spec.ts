import { FAMILY_SEARCH_MAX_WORDS, familySearch, normaliseFamilySearch } from './family-search';

describe('familySearch', () => {
  it('turns a phone number into the bare digits the search text holds', () => {
    expect(normaliseFamilySearch(' 0331 / 289-1234 ')).toBe('03312891234');
    expect(normaliseFamilySearch('+49 (331) 2004711')).toBe('493312004711');
    expect(familySearch('+49 176 650').words).toEqual([{ text: '49176650', kind: 'p', key: '' }]);
  });

  it('leaves names alone, trimmed', () => {
    expect(normaliseFamilySearch('  Çelik-Schultz ')).toBe('Çelik-Schultz');
    expect(normaliseFamilySearch('Haus 7')).toBe('Haus 7');
  });

  it('splits at spaces; a double name stays one word', () => {
    const search = familySearch('Müller-Lüdenscheidt  Anna');
    expect(search.words.map((w) => w.text)).toEqual(['Müller-Lüdenscheidt', 'Anna']);
  });

  it('a word with letters is a name, one of digits a phone fragment', () => {
    expect(familySearch('Anna 0176').words.map((w) => w.kind)).toEqual(['w', 'p']);
    expect(familySearch('Zimmer 3a').words.map((w) => w.kind)).toEqual(['w', 'w']);
  });

  it('keys each word and the whole text; short words have no key', () => {
    const search = familySearch('Al Masri');
    expect(search.words.map((w) => w.key)).toEqual(['', 'masri']);
    expect(search.key).toBe('almasri');
    expect(familySearch('Schmitd').phonetic).toBe(familySearch('Schmidt').phonetic);
    expect(familySearch('Familie Meyer').phonetic).toBe('67');
  });

  it('keeps at most the first words', () => {
    const many = Array.from({ length: 20 }, (_, i) => `wort${i}`).join(' ');
    expect(familySearch(many).words).toHaveLength(FAMILY_SEARCH_MAX_WORDS);
  });

  it('an empty or blank search has no words', () => {
    expect(familySearch('   ').words).toEqual([]);
  });
});
