import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import {
  checklistItems,
  languageOfAcceptHeader,
  translationLang,
  type PortalLang,
  type TranslationEntity,
} from '@lotsen/domain';

/**
 * The language of a portal answer (docs/portal.md "Übersetzungen"): `?lang=` when given, else
 * the `Accept-Language` header's best portal language (`de-x-ls` → `ls`), else German. The
 * header's choice is put into the query before validation, so every portal route (and whatever
 * counts its searches) sees one `lang`. Answers vary by the header, which caches must know.
 */
export function portalLanguageMiddleware(req: Request, res: Response, next: NextFunction): void {
  res.vary('Accept-Language');
  const query = req.query as Record<string, unknown>;
  if (query.lang === undefined || query.lang === '') {
    const lang = languageOfAcceptHeader(req.headers['accept-language']);
    if (lang) {
      // Express 5 computes req.query by a getter: this request's own value replaces it
      Object.defineProperty(req, 'query', {
        value: { ...query, lang },
        writable: true,
        configurable: true,
        enumerable: true,
      });
    }
  }
  next();
}

/** Translated texts of some records in one language: entity id → field → text. */
export type TranslatedTexts = Map<string, Partial<Record<'title' | 'description' | 'checklist', string>>>;

/** The translations of these records in this language (nothing for German: those are the records' own). */
export async function translatedTexts(
  db: DataSource,
  entity: Exclude<TranslationEntity, 'life_situation'>,
  ids: string[],
  lang: PortalLang,
): Promise<TranslatedTexts> {
  const out: TranslatedTexts = new Map();
  if (lang === 'de' || ids.length === 0) return out;
  const rows: { entity_id: string; field: 'title' | 'description' | 'checklist'; text: string }[] =
    await db.query(
      `SELECT entity_id, field, text FROM translations
        WHERE entity = $1 AND entity_id = ANY ($2::text[]) AND lang = $3 AND field IN ('title', 'description', 'checklist')`,
      [entity, ids, translationLang(lang)],
    );
  for (const r of rows) out.set(r.entity_id, { ...out.get(r.entity_id), [r.field]: r.text });
  return out;
}

/** Life situations' intros by key and portal language (German included). */
export async function lifeSituationIntros(
  db: DataSource,
  lang: PortalLang,
): Promise<Map<string, Partial<Record<PortalLang, string>>>> {
  const tags = [...new Set(['de', translationLang(lang)])];
  const rows: { entity_id: string; lang: string; text: string }[] = await db.query(
    `SELECT entity_id, lang, text FROM translations
      WHERE entity = 'life_situation' AND field = 'intro' AND lang = ANY ($1::text[])`,
    [tags],
  );
  const out = new Map<string, Partial<Record<PortalLang, string>>>();
  for (const r of rows) {
    const code: PortalLang = r.lang === 'de' ? 'de' : lang;
    out.set(r.entity_id, { ...out.get(r.entity_id), [code]: r.text });
  }
  return out;
}

/** A translated checklist (one item per line) as a list, or null when there is none. */
export function translatedChecklist(text: string | undefined): string[] | null {
  if (text === undefined) return null;
  const items = checklistItems(text);
  return items.length > 0 ? items : null;
}
