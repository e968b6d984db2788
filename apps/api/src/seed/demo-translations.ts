import type { EntityManager } from 'typeorm';
import { translationLang, type PortalLang } from '@lotsen/domain';
import { LIFE_SITUATION_INTROS } from './demo-translations/life-situations';
import { OFFER_TEXTS } from './demo-translations/offers';
import { OFFER_TEXTS_LS } from './demo-translations/offers-ls';
import { SERVICE_TEXTS } from './demo-translations/services';
import type { TextsByTitle } from './demo-translations/types';
import type { DemoStep } from './demo-step';

interface Row {
  entity: 'offer' | 'service' | 'life_situation';
  entityId: string;
  field: 'title' | 'description' | 'checklist' | 'intro';
  lang: string;
  text: string;
  reviewed: boolean;
}

/** The rows of records found by their German title (the first of a title when it repeats). */
function recordRows(entity: 'offer' | 'service', texts: TextsByTitle, ids: Map<string, string>): Row[] {
  const missing = Object.keys(texts).filter((title) => !ids.has(title));
  if (missing.length > 0) throw new Error(`demo translations: no ${entity} ${missing.join(', ')}`);
  return Object.entries(texts).flatMap(([title, byLang]) =>
    Object.entries(byLang).flatMap(([lang, t]) => {
      const base = {
        entity,
        entityId: ids.get(title) as string,
        lang: translationLang(lang as PortalLang),
        reviewed: false,
      };
      return [
        { ...base, field: 'title' as const, text: t.title },
        { ...base, field: 'description' as const, text: t.description },
        ...(t.checklist ? [{ ...base, field: 'checklist' as const, text: t.checklist.join('\n') }] : []),
      ];
    }),
  );
}

async function idsByTitle(em: EntityManager, sql: string): Promise<Map<string, string>> {
  const rows: { id: string; title: string }[] = await em.query(sql);
  const ids = new Map<string, string>();
  for (const r of rows) if (!ids.has(r.title)) ids.set(r.title, r.id);
  return ids;
}

/**
 * The demo's translations (issue 17 point 5; docs/portal.md "Übersetzungen", data in
 * demo-translations/): the life situations' intros in all six languages, the services in
 * Leichte Sprache, English, Ukrainian, Arabic and Turkish, ten well-used offers in English,
 * Ukrainian, Arabic and Turkish, and every demo offer in Leichte Sprache. Not reviewed (an
 * admin reviews them), but for the German intros. Idempotent: an existing text is kept.
 */
export async function insertDemoTranslations(em: EntityManager): Promise<number> {
  const offers = await idsByTitle(em, `SELECT id, title FROM offers ORDER BY created_at, id`);
  const services = await idsByTitle(em, `SELECT id, title_de AS title FROM services ORDER BY created_at, id`);
  const rows: Row[] = [
    ...Object.entries(LIFE_SITUATION_INTROS).flatMap(([key, byLang]) =>
      Object.entries(byLang).map(([lang, text]) => ({
        entity: 'life_situation' as const,
        entityId: key,
        field: 'intro' as const,
        lang: translationLang(lang as PortalLang),
        text,
        reviewed: lang === 'de',
      })),
    ),
    ...recordRows('service', SERVICE_TEXTS, services),
    ...recordRows('offer', OFFER_TEXTS, offers),
    ...recordRows('offer', OFFER_TEXTS_LS, offers),
  ];
  const [admin]: { id: string }[] = await em.query(
    `SELECT id FROM users WHERE role = 'admin' ORDER BY created_at, id LIMIT 1`,
  );
  let inserted = 0;
  for (const r of rows) {
    const result: unknown[] = await em.query(
      `INSERT INTO translations (entity, entity_id, field, lang, text, reviewed_at, reviewed_by_id)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN now() END, CASE WHEN $6 THEN $7::uuid END)
       ON CONFLICT (entity, entity_id, field, lang) DO NOTHING RETURNING id`,
      [r.entity, r.entityId, r.field, r.lang, r.text, r.reviewed && admin !== undefined, admin?.id ?? null],
    );
    inserted += result.length;
  }
  return inserted;
}

export const demoTranslationsStep: DemoStep = {
  name: 'demo-translations-v1',
  async run(em) {
    await insertDemoTranslations(em);
    return [];
  },
};
