import { COMMON_LANGUAGES, languageChoices, languageLabel, sharedLanguages } from './languages';

describe('languages', () => {
  it('names a language code in the UI language, and leaves anything else as it is', () => {
    expect(languageLabel('ar')).toBe('Arabisch');
    expect(languageLabel('uk', 'de')).toBe('Ukrainisch');
    expect(languageLabel('ar', 'en')).toBe('Arabic');
    expect(languageLabel('Deutsch')).toBe('Deutsch');
    expect(languageLabel('')).toBe('');
  });

  it('finds the languages two lists share, in the order of the first', () => {
    expect(sharedLanguages(['fa', 'de'], ['de', 'en', 'fa'])).toEqual(['fa', 'de']);
    expect(sharedLanguages(['ar'], ['de'])).toEqual([]);
    expect(sharedLanguages(null, ['de'])).toEqual([]);
    expect(sharedLanguages(['de', 'de'], ['de'])).toEqual(['de']);
  });

  it('offers the common languages and any already chosen, sorted by name', () => {
    const choices = languageChoices('de', ['xh']);
    expect(choices.map((choice) => choice.id)).toEqual(expect.arrayContaining([...COMMON_LANGUAGES, 'xh']));
    expect(choices).toHaveLength(COMMON_LANGUAGES.length + 1);
    const names = choices.map((choice) => choice.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de-DE')));
  });
});
