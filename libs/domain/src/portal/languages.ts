/**
 * The six languages of the Familienportal (design portal.md, issue 17 point 5). `ls` is Leichte
 * Sprache: German in plain words, so its pages say `lang="de"`; translations store it under the
 * private-use BCP 47 tag `de-x-ls`. Arabic is written right to left.
 */
export const PORTAL_LANGS = ['de', 'ls', 'en', 'uk', 'ar', 'tr'] as const;
export type PortalLang = (typeof PORTAL_LANGS)[number];

export interface PortalLanguage {
  code: PortalLang;
  /** The tag a translation is stored under. */
  bcp47: string;
  /** The `lang` attribute of a page in this language. */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, for the language switch. */
  nativeName: string;
}

export const PORTAL_LANGUAGES: Readonly<Record<PortalLang, PortalLanguage>> = {
  de: { code: 'de', bcp47: 'de', htmlLang: 'de', dir: 'ltr', nativeName: 'Deutsch' },
  ls: { code: 'ls', bcp47: 'de-x-ls', htmlLang: 'de', dir: 'ltr', nativeName: 'Leichte Sprache' },
  en: { code: 'en', bcp47: 'en', htmlLang: 'en', dir: 'ltr', nativeName: 'English' },
  uk: { code: 'uk', bcp47: 'uk', htmlLang: 'uk', dir: 'ltr', nativeName: 'Українська' },
  ar: { code: 'ar', bcp47: 'ar', htmlLang: 'ar', dir: 'rtl', nativeName: 'العربية' },
  tr: { code: 'tr', bcp47: 'tr', htmlLang: 'tr', dir: 'ltr', nativeName: 'Türkçe' },
};

export const DEFAULT_PORTAL_LANG: PortalLang = 'de';

export function isPortalLang(value: unknown): value is PortalLang {
  return typeof value === 'string' && (PORTAL_LANGS as readonly string[]).includes(value);
}

/** The portal language of a BCP 47 tag (`de-x-ls` → `ls`), or null. */
export function portalLangOfTag(tag: string): PortalLang | null {
  const found = PORTAL_LANGS.find((l) => PORTAL_LANGUAGES[l].bcp47 === tag.toLowerCase());
  return found ?? null;
}
