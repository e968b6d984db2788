import type { PortalLang } from '@lotsen/domain';
import { arPages } from './pages/ar';
import { dePages } from './pages/de';
import { enPages } from './pages/en';
import { lsPages } from './pages/ls';
import { trPages } from './pages/tr';
import { ukPages } from './pages/uk';

export interface TextSection {
  heading: string;
  paragraphs: string[];
}

/** A page of running text (legal pages, Leichte Sprache, Gebärdensprache). */
export interface PageText {
  title: string;
  lead: string;
  sections: TextSection[];
}

/** The portal's text pages, in every language (i18n.spec.ts checks none is missing or empty). */
export interface PageTexts {
  accessibility: PageText;
  easyLanguage: PageText;
  signLanguage: PageText;
  imprint: PageText;
  privacy: PageText;
}

export const PAGE_TEXTS: Readonly<Record<PortalLang, PageTexts>> = {
  de: dePages,
  ls: lsPages,
  en: enPages,
  uk: ukPages,
  ar: arPages,
  tr: trPages,
};

export function pageTextsOf(lang: PortalLang): PageTexts {
  return PAGE_TEXTS[lang];
}
