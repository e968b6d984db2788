import { isPortalLang, PORTAL_LANGS, PORTAL_LANGUAGES, portalLangOfTag, type PortalLang } from './languages';

/**
 * Translations of the Familienportal's content (issue 17 point 5; docs/portal.md "Übersetzungen"):
 * one row per (entity, entityId, field, lang) in the table `translations`. German texts of offers
 * and services stay in their own columns; a life situation's German intro has no other home, so
 * `de` is stored for life situations only. Leichte Sprache is stored under `de-x-ls`.
 */
export const TRANSLATION_ENTITIES = ['offer', 'service', 'life_situation'] as const;
export type TranslationEntity = (typeof TRANSLATION_ENTITIES)[number];

export const TRANSLATION_FIELDS = ['title', 'description', 'checklist', 'intro'] as const;
export type TranslationField = (typeof TRANSLATION_FIELDS)[number];

/** The stored language tags: the portal's languages by their BCP 47 tag (`ls` → `de-x-ls`). */
export const TRANSLATION_LANGS = PORTAL_LANGS.map((l) => PORTAL_LANGUAGES[l].bcp47) as readonly string[];

/** Which fields each entity has in translation. */
export const TRANSLATION_FIELDS_OF: Readonly<Record<TranslationEntity, readonly TranslationField[]>> = {
  offer: ['title', 'description'],
  service: ['title', 'description', 'checklist'],
  life_situation: ['intro'],
};

/** The longest text of a field; a checklist is one item per line, each at most CHECKLIST_ITEM_MAX. */
export const TRANSLATION_TEXT_MAX: Readonly<Record<TranslationField, number>> = {
  title: 200,
  description: 4000,
  checklist: 4000,
  intro: 4000,
};
export const CHECKLIST_ITEM_MAX = 200;
export const CHECKLIST_ITEMS_MAX = 30;

/** Why a translation cannot be stored as given, or null when it can (its entity's existence aside). */
export function translationProblem(t: {
  entity: TranslationEntity;
  field: TranslationField;
  lang: string;
  text: string;
}): { field: 'field' | 'lang' | 'text'; message: string } | null {
  if (!TRANSLATION_FIELDS_OF[t.entity].includes(t.field))
    return { field: 'field', message: `a ${t.entity} has no translated ${t.field}` };
  if (t.lang === 'de' && t.entity !== 'life_situation')
    return { field: 'lang', message: `the German ${t.field} of a ${t.entity} is kept in the record itself` };
  if (t.text.length > TRANSLATION_TEXT_MAX[t.field])
    return { field: 'text', message: `a ${t.field} is at most ${TRANSLATION_TEXT_MAX[t.field]} characters` };
  if (t.field === 'checklist') {
    const items = checklistItems(t.text);
    if (items.length === 0) return { field: 'text', message: 'a checklist has at least one item' };
    if (items.length > CHECKLIST_ITEMS_MAX)
      return { field: 'text', message: `a checklist has at most ${CHECKLIST_ITEMS_MAX} items` };
    if (items.some((i) => i.length > CHECKLIST_ITEM_MAX))
      return { field: 'text', message: `a checklist item is at most ${CHECKLIST_ITEM_MAX} characters` };
  }
  return null;
}

/** A translated checklist is stored one item per line; blank lines are no items. */
export function checklistItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * The portal language a request asks for: `?lang=` when given, else the best language of an
 * `Accept-Language` header that the portal has (`de-x-ls` and `ls` mean Leichte Sprache, a region
 * is ignored: `uk-UA` → `uk`), else null (the caller's default: German). Weights (`q=`) order
 * the header's languages; `q=0` refuses one; `*` is no choice.
 */
export function languageOfAcceptHeader(header: string | undefined | null): PortalLang | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.tag !== '*' && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const lang = portalLangOfCode(tag);
    if (lang) return lang;
  }
  return null;
}

/** `ls`, `de-x-ls` → `ls`; `de-AT` → `de`; `uk-UA` → `uk`; a language the portal lacks → null. */
export function portalLangOfCode(code: string): PortalLang | null {
  const tag = code.trim().toLowerCase();
  if (isPortalLang(tag)) return tag;
  const exact = portalLangOfTag(tag);
  if (exact) return exact;
  const primary = tag.split('-')[0];
  return primary !== 'ls' && isPortalLang(primary) ? primary : null;
}

/** The tag a translation in this portal language is stored under. */
export function translationLang(lang: PortalLang): string {
  return PORTAL_LANGUAGES[lang].bcp47;
}

/**
 * The texts of one record in the requested language, field by field falling back to German:
 * `translated` holds the stored translations in that language (by field). `textLang` is the
 * requested language when the title is translated (or when German was asked for), else `de`.
 */
export function withFallback<F extends string>(
  lang: PortalLang,
  german: Readonly<Record<F, string | null>>,
  translated: Readonly<Partial<Record<NoInfer<F>, string>>>,
  titleField: NoInfer<F>,
): { texts: Record<F, string | null>; textLang: PortalLang } {
  const texts = { ...german } as Record<F, string | null>;
  if (lang === 'de') return { texts, textLang: 'de' };
  for (const field of Object.keys(german) as F[]) {
    const text = translated[field];
    if (text !== undefined && text.trim() !== '') texts[field] = text;
  }
  const title = translated[titleField];
  return { texts, textLang: title !== undefined && title.trim() !== '' ? lang : 'de' };
}

/**
 * A life situation's intro in the requested language: its own, else the German one, else null.
 * Its label exists in every language (life-situations.ts), so `textLang` is the requested
 * language unless the intro had to fall back to German.
 */
export function lifeSituationIntro(
  lang: PortalLang,
  intros: Readonly<Partial<Record<PortalLang, string>>>,
): { intro: string | null; textLang: PortalLang } {
  const own = intros[lang];
  if (own !== undefined && own.trim() !== '') return { intro: own, textLang: lang };
  const german = intros.de;
  if (german !== undefined && german.trim() !== '') return { intro: german, textLang: 'de' };
  return { intro: null, textLang: lang };
}
