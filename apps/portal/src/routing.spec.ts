import { hreflangOf, parsePath, pathOf, switchLang } from './routing';

const BASE = '/familienportal';

describe('portal routing', () => {
  it('reads the routes of design portal.md', () => {
    expect(parsePath('/familienportal', BASE)).toEqual({ kind: 'root' });
    expect(parsePath('/familienportal/', BASE)).toEqual({ kind: 'root' });
    expect(parsePath('/familienportal/uk', BASE)).toEqual({ kind: 'redirect', to: '/familienportal/uk/' });
    expect(parsePath('/familienportal/de/', BASE)).toEqual({
      kind: 'page',
      lang: 'de',
      route: { name: 'start' },
    });
    expect(parsePath('/familienportal/ar/suche', BASE)).toEqual({
      kind: 'page',
      lang: 'ar',
      route: { name: 'search' },
    });
    expect(parsePath('/familienportal/ls/lebenslagen/kinderbetreuung', BASE)).toEqual({
      kind: 'page',
      lang: 'ls',
      route: { name: 'lifeSituation', key: 'kinderbetreuung' },
    });
    expect(parsePath('/familienportal/tr/angebote/0b7c', BASE)).toEqual({
      kind: 'page',
      lang: 'tr',
      route: { name: 'offer', id: '0b7c' },
    });
    expect(parsePath('/familienportal/en/leistungen/99041006017000', BASE)).toEqual({
      kind: 'page',
      lang: 'en',
      route: { name: 'service', key: '99041006017000' },
    });
    for (const [segment, name] of [
      ['rueckruf', 'callback'],
      ['rueckruf/danke', 'callbackThanks'],
      ['barrierefreiheit', 'accessibility'],
      ['leichte-sprache', 'easyLanguage'],
      ['gebaerdensprache', 'signLanguage'],
      ['impressum', 'imprint'],
      ['datenschutz', 'privacy'],
    ]) {
      expect(parsePath(`/familienportal/de/${segment}`, BASE)).toEqual({
        kind: 'page',
        lang: 'de',
        route: { name },
      });
    }
    expect(parsePath('/familienportal/assets/portal-1.css', BASE)).toEqual({
      kind: 'asset',
      file: 'portal-1.css',
    });
  });

  it('answers 404 in the page language for unknown pages, German for unknown languages', () => {
    expect(parsePath('/familienportal/uk/gibtsnicht', BASE)).toEqual({ kind: 'notFound', lang: 'uk' });
    expect(parsePath('/familienportal/uk/angebote/a/b', BASE)).toEqual({ kind: 'notFound', lang: 'uk' });
    expect(parsePath('/familienportal/fr/', BASE)).toEqual({ kind: 'notFound', lang: 'de' });
    expect(parsePath('/api/portal/offers', BASE)).toEqual({ kind: 'outside' });
    expect(parsePath('/familienportalx/de/', BASE)).toEqual({ kind: 'outside' });
  });

  it('builds paths that parse back to the same route', () => {
    const routes = [
      { name: 'start' },
      { name: 'search' },
      { name: 'callback' },
      { name: 'callbackThanks' },
      { name: 'privacy' },
      { name: 'offer', id: 'abc-1' },
      { name: 'service', key: '99041006017000' },
      { name: 'lifeSituation', key: 'schule' },
    ] as const;
    for (const route of routes) {
      expect(parsePath(pathOf(BASE, 'uk', route), BASE)).toEqual({ kind: 'page', lang: 'uk', route });
    }
  });

  it('switches language on the same page and keeps the query', () => {
    expect(switchLang('/familienportal/uk/suche?q=kita&age=3', BASE, 'ar')).toBe(
      '/familienportal/ar/suche?q=kita&age=3',
    );
    expect(switchLang('/familienportal/de/angebote/42', BASE, 'ls')).toBe('/familienportal/ls/angebote/42');
    expect(switchLang('/familienportal/de/', BASE, 'tr')).toBe('/familienportal/tr/');
    expect(switchLang('/familienportal/', BASE, 'en')).toBe('/familienportal/en/');
  });

  it('gives Leichte Sprache the BCP 47 private-use tag de-x-ls', () => {
    expect(hreflangOf('ls')).toBe('de-x-ls');
    expect(hreflangOf('uk')).toBe('uk');
  });
});
