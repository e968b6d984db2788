import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { de } from '../i18n/de';

export const LOCALES = [
  { locale: 'de', name: 'Deutsch' },
  { locale: 'en', name: 'English' },
];

export const DEFAULT_LOCALE = 'de';

/**
 * German is the default and ships with the main bundle; English is loaded on demand.
 * `allowMissing` lets the `_` fallbacks of react-admin work; every key we use exists in both.
 */
export const i18nProvider = polyglotI18nProvider(
  (locale: string): TranslationMessages | Promise<TranslationMessages> =>
    locale === 'en' ? import('../i18n/en').then((module) => module.en) : de,
  DEFAULT_LOCALE,
  LOCALES,
  { allowMissing: true },
);
