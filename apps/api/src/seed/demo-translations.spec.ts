import { translationProblem, type TranslationField } from '@lotsen/domain';
import { PROVIDERS } from './demo-directory';
import { DEMO_SERVICES } from './demo-services-data';
import { LIFE_SITUATION_INTROS } from './demo-translations/life-situations';
import { OFFER_TEXTS } from './demo-translations/offers';
import { OFFER_TEXTS_LS } from './demo-translations/offers-ls';
import { SERVICE_TEXTS } from './demo-translations/services';
import type { TextsByTitle } from './demo-translations/types';

/**
 * The demo's translations (docs/portal.md "Übersetzungen"): complete where the issue asks for
 * it, storable (the API's own rules), in the right script, and Leichte Sprache that keeps its
 * rules — short sentences, no abbreviations.
 */
const OFFER_TITLES = PROVIDERS.flatMap((p) => p.offers.map((o) => o.title));
const SERVICE_TITLES = DEMO_SERVICES.map((s) => s.titleDe);

const CYRILLIC = /[\u0400-\u04ff]/;
const ARABIC = /[\u0600-\u06ff]/;
const ABBREVIATION = /\b(z\. ?B|bzw|usw|ggf|ca|d\. ?h|u\. ?a|etc|evtl|inkl|Nr|Tel)\./;

/** Every text of a collection with where it is from. */
function texts(
  collection: TextsByTitle,
): { at: string; lang: string; field: TranslationField; text: string }[] {
  return Object.entries(collection).flatMap(([title, byLang]) =>
    Object.entries(byLang).flatMap(([lang, t]) => [
      { at: `${title} ${lang} title`, lang, field: 'title' as const, text: t.title },
      { at: `${title} ${lang} description`, lang, field: 'description' as const, text: t.description },
      ...(t.checklist
        ? [
            {
              at: `${title} ${lang} checklist`,
              lang,
              field: 'checklist' as const,
              text: t.checklist.join('\n'),
            },
          ]
        : []),
    ]),
  );
}

const ALL = [
  ...texts(SERVICE_TEXTS).map((t) => ({ ...t, entity: 'service' as const })),
  ...texts(OFFER_TEXTS).map((t) => ({ ...t, entity: 'offer' as const })),
  ...texts(OFFER_TEXTS_LS).map((t) => ({ ...t, entity: 'offer' as const })),
  ...Object.entries(LIFE_SITUATION_INTROS).flatMap(([key, byLang]) =>
    Object.entries(byLang).map(([lang, text]) => ({
      at: `${key} ${lang} intro`,
      entity: 'life_situation' as const,
      lang,
      field: 'intro' as const,
      text,
    })),
  ),
];

/** The sentences of a text (a colon ends one too, as Leichte Sprache uses it). */
const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?:])\s+|\n/)
    .map((s) => s.trim())
    .filter(Boolean);

describe('demo translations', () => {
  it('name only demo records, and cover what the issue asks for', () => {
    expect(Object.keys(SERVICE_TEXTS).filter((t) => !SERVICE_TITLES.includes(t))).toEqual([]);
    expect(Object.keys(OFFER_TEXTS).filter((t) => !OFFER_TITLES.includes(t))).toEqual([]);
    expect(Object.keys(OFFER_TEXTS_LS).filter((t) => !OFFER_TITLES.includes(t))).toEqual([]);
    for (const title of SERVICE_TITLES) {
      expect([title, Object.keys(SERVICE_TEXTS[title] ?? {}).sort()]).toEqual([
        title,
        ['ar', 'en', 'ls', 'tr', 'uk'],
      ]);
      // what to bring: in Leichte Sprache in its own words, in the other languages item by item
      const items = DEMO_SERVICES.find((s) => s.titleDe === title)?.checklist.length;
      const byLang = SERVICE_TEXTS[title];
      expect([title, byLang.ls?.checklist?.length]).toEqual([title, expect.any(Number)]);
      for (const lang of ['en', 'uk', 'ar', 'tr'] as const)
        expect([title, lang, byLang[lang]?.checklist?.length]).toEqual([title, lang, items]);
    }
    expect(Object.keys(LIFE_SITUATION_INTROS)).toHaveLength(10);
  });

  it('give ten offers, the Kita-Gutschein among them, in English, Ukrainian, Arabic and Turkish', () => {
    expect(Object.keys(OFFER_TEXTS)).toHaveLength(10);
    expect(Object.keys(OFFER_TEXTS)).toContain('Kita-Gutschein: Antrag und Platzsuche');
    for (const [title, byLang] of Object.entries(OFFER_TEXTS))
      expect([title, Object.keys(byLang).sort()]).toEqual([title, ['ar', 'en', 'tr', 'uk']]);
  });

  it('give every demo offer its title and description in Leichte Sprache', () => {
    expect(OFFER_TITLES.filter((t) => OFFER_TEXTS_LS[t]?.ls === undefined)).toEqual([]);
  });

  it('keep the rules the staff API checks (fields, lengths, checklist items)', () => {
    const problems = ALL.map((t) => [
      t.at,
      translationProblem({ ...t, lang: t.lang === 'ls' ? 'de-x-ls' : t.lang }),
    ]);
    expect(problems.filter(([, p]) => p !== null)).toEqual([]);
  });

  it('are written in the script of their language', () => {
    const wrong = ALL.filter(
      (t) =>
        (t.lang === 'uk' && !CYRILLIC.test(t.text)) ||
        (t.lang === 'ar' && !ARABIC.test(t.text)) ||
        (t.lang !== 'uk' && CYRILLIC.test(t.text)) ||
        (t.lang !== 'ar' && ARABIC.test(t.text)),
    );
    expect(wrong.map((t) => t.at)).toEqual([]);
  });

  it('write Leichte Sprache in short sentences without abbreviations', () => {
    const easy = ALL.filter((t) => t.lang === 'ls');
    const long = easy.flatMap((t) =>
      sentences(t.text)
        .filter((s) => s.split(/\s+/).length > 16)
        .map((s) => `${t.at}: ${s}`),
    );
    expect(long).toEqual([]);
    expect(easy.filter((t) => ABBREVIATION.test(t.text)).map((t) => t.at)).toEqual([]);
  });
});
