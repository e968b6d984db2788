import { familyNameKey, koelnerPhonetik, koelnerPhonetikWord } from './koelner-phonetik';

describe('Kölner Phonetik', () => {
  it.each([
    ['Wikipedia', '3412'],
    ['Müller-Lüdenscheidt', '65752682'],
    ['Breschnew', '17863'],
    ['Meier', '67'],
    ['Mayer', '67'],
    ['Maier', '67'],
    ['Schmidt', '862'],
    ['Schmitt', '862'],
    ['Christoph', '47823'],
  ])('%s → %s', (word, code) => {
    expect(koelnerPhonetikWord(word.replace('-', ''))).toBe(code);
  });

  it('gives similar-sounding names the same code', () => {
    expect(koelnerPhonetik('Yılmaz')).toBe(koelnerPhonetik('Yilmaz'));
    expect(koelnerPhonetik('Schulze')).toBe(koelnerPhonetik('Schultze'));
    expect(koelnerPhonetik('Meyer')).toBe(koelnerPhonetik('Maier'));
    expect(koelnerPhonetik('Schmidt')).not.toBe(koelnerPhonetik('Schneider'));
  });

  it('codes every word of a name and ignores punctuation and empty input', () => {
    expect(koelnerPhonetik('Müller-Lüdenscheidt')).toBe('657 52682');
    expect(koelnerPhonetik('  ')).toBe('');
    expect(koelnerPhonetik('123')).toBe('');
  });
});

describe('familyNameKey', () => {
  it('ignores a leading "Familie" or "Fam."', () => {
    expect(familyNameKey('Familie Meyer')).toBe('67');
    expect(familyNameKey('Fam. Maier')).toBe('67');
    expect(familyNameKey('Meier')).toBe('67');
  });
});
