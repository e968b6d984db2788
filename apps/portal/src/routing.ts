import { isPortalLang, PORTAL_LANGS, type PortalLang } from '@lotsen/domain';

/**
 * The portal's routes (design portal.md): every page lives under `/{lang}/…` below the base path
 * (`/familienportal`). Parsing and building paths in one place keeps the language switch honest:
 * the same route, another language, the same query.
 */
export type Route =
  | { name: 'start' }
  | { name: 'lifeSituation'; key: string }
  | { name: 'search' }
  | { name: 'suggestions' }
  | { name: 'offer'; id: string }
  | { name: 'service'; key: string }
  | { name: 'callback' }
  | { name: 'callbackThanks' }
  | { name: 'accessibility' }
  | { name: 'easyLanguage' }
  | { name: 'signLanguage' }
  | { name: 'imprint' }
  | { name: 'privacy' };

export type ParsedPath =
  | { kind: 'root' }
  | { kind: 'asset'; file: string }
  | { kind: 'redirect'; to: string }
  | { kind: 'page'; lang: PortalLang; route: Route }
  | { kind: 'notFound'; lang: PortalLang }
  | { kind: 'outside' };

const STATIC: Record<string, Route['name']> = {
  '': 'start',
  suche: 'search',
  vorschlaege: 'suggestions',
  rueckruf: 'callback',
  'rueckruf/danke': 'callbackThanks',
  barrierefreiheit: 'accessibility',
  'leichte-sprache': 'easyLanguage',
  gebaerdensprache: 'signLanguage',
  impressum: 'imprint',
  datenschutz: 'privacy',
};

const SEGMENT = /^[A-Za-z0-9_-]{1,80}$/;

/** Reads a request path (without query) below `basePath`. */
export function parsePath(pathname: string, basePath: string): ParsedPath {
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return { kind: 'outside' };
  const rest = pathname.slice(basePath.length);
  if (rest === '' || rest === '/') return { kind: 'root' };
  if (rest.startsWith('/assets/')) return { kind: 'asset', file: rest.slice('/assets/'.length) };
  const [, first = '', ...more] = rest.split('/');
  if (!isPortalLang(first)) return { kind: 'notFound', lang: 'de' };
  const lang = first;
  if (more.length === 0) return { kind: 'redirect', to: `${basePath}/${lang}/` };
  const tail = more.join('/');
  const fixed = STATIC[tail];
  if (fixed) return { kind: 'page', lang, route: { name: fixed } as Route };
  const [section, param, ...extra] = more;
  if (extra.length === 0 && param !== undefined && SEGMENT.test(param)) {
    if (section === 'lebenslagen')
      return { kind: 'page', lang, route: { name: 'lifeSituation', key: param } };
    if (section === 'angebote') return { kind: 'page', lang, route: { name: 'offer', id: param } };
    if (section === 'leistungen') return { kind: 'page', lang, route: { name: 'service', key: param } };
  }
  return { kind: 'notFound', lang };
}

/** The path of a route in a language, below `basePath`. */
export function pathOf(basePath: string, lang: PortalLang, route: Route): string {
  const prefix = `${basePath}/${lang}/`;
  switch (route.name) {
    case 'lifeSituation':
      return `${prefix}lebenslagen/${encodeURIComponent(route.key)}`;
    case 'offer':
      return `${prefix}angebote/${encodeURIComponent(route.id)}`;
    case 'service':
      return `${prefix}leistungen/${encodeURIComponent(route.key)}`;
    default: {
      const segment = Object.entries(STATIC).find(([, name]) => name === route.name)?.[0] ?? '';
      return `${prefix}${segment}`;
    }
  }
}

/** The same page in another language: the path's language segment swapped, the query kept. */
export function switchLang(pathWithQuery: string, basePath: string, lang: PortalLang): string {
  const [path, query] = splitQuery(pathWithQuery);
  const rest = path.slice(basePath.length).split('/');
  if (rest.length >= 2 && isPortalLang(rest[1])) rest[1] = lang;
  else return `${basePath}/${lang}/`;
  return `${basePath}${rest.join('/')}${query ? `?${query}` : ''}`;
}

function splitQuery(url: string): [string, string] {
  const at = url.indexOf('?');
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at + 1)];
}

/**
 * The `hreflang` of a language version: a BCP 47 tag. Leichte Sprache is German (`de`) in a
 * private-use variant, `de-x-ls` — the same tag the translations are stored under; search
 * engines that do not know it ignore it, which is harmless.
 */
export function hreflangOf(lang: PortalLang): string {
  return lang === 'ls' ? 'de-x-ls' : lang;
}

export { PORTAL_LANGS };
