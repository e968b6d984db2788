import {
  checklistItems,
  languageOfAcceptHeader,
  lifeSituationIntro,
  portalLangOfCode,
  translationLang,
  TRANSLATION_LANGS,
  translationProblem,
  withFallback,
} from './translation';

describe('translation language codes', () => {
  it('store Leichte Sprache as de-x-ls and every other language by its code', () => {
    expect(translationLang('ls')).toBe('de-x-ls');
    expect(translationLang('uk')).toBe('uk');
    expect(TRANSLATION_LANGS).toEqual(['de', 'de-x-ls', 'en', 'uk', 'ar', 'tr']);
  });

  it('read portal codes, stored tags and regional tags', () => {
    expect(portalLangOfCode('ls')).toBe('ls');
    expect(portalLangOfCode('de-x-ls')).toBe('ls');
    expect(portalLangOfCode('DE-X-LS')).toBe('ls');
    expect(portalLangOfCode('de-AT')).toBe('de');
    expect(portalLangOfCode('uk-UA')).toBe('uk');
    expect(portalLangOfCode('ar-SY')).toBe('ar');
    expect(portalLangOfCode('ru')).toBeNull();
    expect(portalLangOfCode('ls-x')).toBeNull();
  });
});

describe('Accept-Language', () => {
  it('takes the best weighted language the portal has', () => {
    expect(languageOfAcceptHeader('uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.5')).toBe('uk');
    expect(languageOfAcceptHeader('ru,en;q=0.3,tr;q=0.7')).toBe('tr');
    expect(languageOfAcceptHeader('en;q=0.2, ar;q=0.9')).toBe('ar');
    expect(languageOfAcceptHeader('de-x-ls')).toBe('ls');
  });

  it('keeps the header order among equal weights and skips refused and wildcard entries', () => {
    expect(languageOfAcceptHeader('tr, en')).toBe('tr');
    expect(languageOfAcceptHeader('uk;q=0, en;q=0.1')).toBe('en');
    expect(languageOfAcceptHeader('*, uk;q=0.5')).toBe('uk');
  });

  it('gives null when nothing fits', () => {
    expect(languageOfAcceptHeader(undefined)).toBeNull();
    expect(languageOfAcceptHeader('')).toBeNull();
    expect(languageOfAcceptHeader('ru, fr;q=0.8, *;q=0.1')).toBeNull();
    expect(languageOfAcceptHeader('en;q=nonsense')).toBeNull();
  });
});

describe('field fallback', () => {
  const german = { title: 'Kita-Gutschein', description: 'Antrag und Platzsuche.' };

  it('takes each translated field and falls back to German field by field', () => {
    expect(withFallback('uk', german, { title: 'Ваучер на дитсадок' }, 'title')).toEqual({
      texts: { title: 'Ваучер на дитсадок', description: 'Antrag und Platzsuche.' },
      textLang: 'uk',
    });
  });

  it('says the text is German when the title is not translated, even if the description is', () => {
    expect(withFallback('en', german, { description: 'Application.' }, 'title')).toEqual({
      texts: { title: 'Kita-Gutschein', description: 'Application.' },
      textLang: 'de',
    });
  });

  it('treats a blank translation as none and German as German', () => {
    expect(withFallback('tr', german, { title: '  ' }, 'title').textLang).toBe('de');
    expect(withFallback('de', german, { title: 'ignored' }, 'title')).toEqual({
      texts: german,
      textLang: 'de',
    });
  });

  it("gives a life situation's intro in the language, else German, else null", () => {
    expect(lifeSituationIntro('ar', { de: 'Hallo', ar: 'مرحبا' })).toEqual({
      intro: 'مرحبا',
      textLang: 'ar',
    });
    expect(lifeSituationIntro('ar', { de: 'Hallo' })).toEqual({ intro: 'Hallo', textLang: 'de' });
    expect(lifeSituationIntro('ar', {})).toEqual({ intro: null, textLang: 'ar' });
  });
});

describe('translationProblem', () => {
  const ok = { entity: 'offer', field: 'title', lang: 'uk', text: 'Назва' } as const;

  it('accepts fitting translations', () => {
    expect(translationProblem(ok)).toBeNull();
    expect(translationProblem({ ...ok, entity: 'life_situation', field: 'intro', lang: 'de' })).toBeNull();
    expect(
      translationProblem({ ...ok, entity: 'service', field: 'checklist', text: 'Pass\n\nFoto' }),
    ).toBeNull();
  });

  it('refuses fields the entity lacks, German for records with German columns, and long texts', () => {
    expect(translationProblem({ ...ok, field: 'intro' })?.field).toBe('field');
    expect(translationProblem({ ...ok, field: 'checklist' })?.field).toBe('field');
    expect(translationProblem({ ...ok, entity: 'life_situation' })?.field).toBe('field');
    expect(translationProblem({ ...ok, lang: 'de' })?.field).toBe('lang');
    expect(translationProblem({ ...ok, text: 'x'.repeat(201) })?.field).toBe('text');
    expect(translationProblem({ ...ok, field: 'description', text: 'x'.repeat(4000) })).toBeNull();
    expect(translationProblem({ ...ok, field: 'description', text: 'x'.repeat(4001) })?.field).toBe('text');
  });

  it('checks a checklist item by item', () => {
    const list = { ...ok, entity: 'service', field: 'checklist' } as const;
    expect(translationProblem({ ...list, text: '\n \n' })?.field).toBe('text');
    expect(translationProblem({ ...list, text: `a\n${'b'.repeat(201)}` })?.field).toBe('text');
    expect(
      translationProblem({ ...list, text: Array.from({ length: 31 }, (_, i) => `i${i}`).join('\n') })?.field,
    ).toBe('text');
    expect(checklistItems(' Pass \r\n\r\nFoto\n')).toEqual(['Pass', 'Foto']);
  });
});
