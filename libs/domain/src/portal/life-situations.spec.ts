import { NEED_CATEGORIES } from '../taxonomy/need-categories';
import { PORTAL_LANGS, PORTAL_LANGUAGES, isPortalLang, portalLangOfTag } from './languages';
import { LIFE_SITUATIONS, lifeSituationsOf } from './life-situations';

describe('portal languages', () => {
  it('are the six of the issue; Leichte Sprache is German on the page and de-x-ls in translations', () => {
    expect(PORTAL_LANGS).toEqual(['de', 'ls', 'en', 'uk', 'ar', 'tr']);
    expect(PORTAL_LANGUAGES.ls).toMatchObject({ bcp47: 'de-x-ls', htmlLang: 'de' });
    expect(portalLangOfTag('de-x-ls')).toBe('ls');
    expect(portalLangOfTag('fr')).toBeNull();
    expect(isPortalLang('ls')).toBe(true);
    expect(isPortalLang('de-x-ls')).toBe(false);
  });

  it('only Arabic is written right to left', () => {
    expect(PORTAL_LANGS.filter((l) => PORTAL_LANGUAGES[l].dir === 'rtl')).toEqual(['ar']);
  });
});

describe('life situations', () => {
  it('are the ten of the issue, with unique keys', () => {
    expect(LIFE_SITUATIONS.map((s) => s.labelDe)).toEqual([
      'Schwangerschaft und Geburt',
      'Kinderbetreuung',
      'Geld und Leistungen',
      'Alleinerziehend',
      'Beratung in Krisen',
      'Gesundheit',
      'Freizeit und Ferien',
      'Neu in Potsdam',
      'Behinderung und Inklusion',
      'Schule',
    ]);
    expect(new Set(LIFE_SITUATIONS.map((s) => s.key)).size).toBe(LIFE_SITUATIONS.length);
  });

  it('map only to categories of the taxonomy, and every category but "sonstiges" has a life situation', () => {
    const known = NEED_CATEGORIES.map((c) => c.key);
    for (const s of LIFE_SITUATIONS) {
      expect(s.categoryKeys.length).toBeGreaterThan(0);
      for (const c of s.categoryKeys)
        expect([s.key, known.includes(c) ? 'known' : c]).toEqual([s.key, 'known']);
    }
    const covered = new Set(LIFE_SITUATIONS.flatMap((s) => s.categoryKeys));
    expect(known.filter((k) => !covered.has(k))).toEqual(['sonstiges']);
  });

  it('have a label in every portal language, different scripts where the language has one', () => {
    for (const s of LIFE_SITUATIONS) {
      for (const lang of PORTAL_LANGS) expect(s.labels[lang].trim().length).toBeGreaterThan(2);
      expect(s.labels.de).toBe(s.labelDe);
      expect(s.labels.uk).toMatch(/[\u0400-\u04ff]/);
      expect(s.labels.ar).toMatch(/[\u0600-\u06ff]/);
      expect(s.labels.en).not.toBe(s.labels.de);
    }
  });

  it('Leichte Sprache labels are short: at most six words', () => {
    for (const s of LIFE_SITUATIONS) expect(s.labels.ls.split(' ').length).toBeLessThanOrEqual(6);
  });

  it('an offer belongs to every life situation one of its categories maps to', () => {
    expect(lifeSituationsOf(['kita_gutschein'])).toEqual(['kinderbetreuung']);
    expect(lifeSituationsOf(['hort'])).toEqual(['kinderbetreuung', 'schule']);
    expect(lifeSituationsOf(['sonstiges'])).toEqual([]);
  });
});
