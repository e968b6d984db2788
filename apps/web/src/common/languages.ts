import { intlLocale } from './dates';

/**
 * Languages are stored as ISO 639 codes (`de`, `ar`, `uk`, …) on families, providers and offers.
 * These are the ones offered first in pickers (the languages of Potsdam's families); any other
 * code may be typed in. Their names come from the browser (Intl.DisplayNames), in the UI language.
 */
export const COMMON_LANGUAGES = [
  'de',
  'en',
  'ar',
  'uk',
  'ru',
  'tr',
  'fa',
  'prs',
  'ps',
  'ku',
  'pl',
  'ro',
  'bg',
  'vi',
  'fr',
  'es',
  'sq',
  'sr',
  'ti',
  'so',
] as const;

/** What the API takes as a language (api: LANGUAGE_CODE). */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;

const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesFor(locale: string): Intl.DisplayNames | null {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale) ?? null;
}

/** "Arabisch" for `ar` (German UI), "Arabic" (English UI); the code itself when unknown. */
export function languageLabel(code: string, locale = 'de'): string {
  const names = namesFor(locale);
  if (!names || !LANGUAGE_CODE_PATTERN.test(code)) return code;
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The languages two lists have in common, in the order of the first. */
export function sharedLanguages(
  first: readonly string[] | null | undefined,
  second: readonly string[] | null | undefined,
): string[] {
  const other = new Set(second ?? []);
  return [...new Set(first ?? [])].filter((code) => other.has(code));
}

/** Choices for a language picker: the common languages plus any already chosen, by name. */
export function languageChoices(
  locale: string,
  extra: readonly string[] = [],
): { id: string; name: string }[] {
  const codes = [...new Set([...COMMON_LANGUAGES, ...extra])];
  return codes
    .map((code) => ({ id: code, name: languageLabel(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, intlLocale(locale)));
}
