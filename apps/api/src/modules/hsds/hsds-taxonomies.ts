import {
  LIFE_SITUATIONS,
  foldSearchText,
  pickPublic,
  translationLang,
  type PortalLang,
} from '@lotsen/domain';
import { partId, uuidV5 } from './hsds-ids';

/**
 * The two taxonomies of the HSDS API (docs/hsds.md): the need categories of the staff directory
 * (`lotsen-bedarfe`, a table) and the portal's life situations (`lotsen-lebenslagen`, data of
 * libs/domain). Ids are UUID v5 of the key, so they survive restarts and re-imports.
 */
export const NEEDS_TAXONOMY = 'lotsen-bedarfe';
export const LIFE_TAXONOMY = 'lotsen-lebenslagen';
/**
 * The Leistungskatalog (LeiKa) of the German administration (FIM): the identifier scheme of the
 * Verwaltungsleistungen. HSDS 3.0 gives a service no identifiers list (only organizations have
 * one), so a Verwaltungsleistung carries its LeiKa key as an attribute whose term is the key in this
 * taxonomy — the scheme named by the taxonomy, the key as the term's `code` and the attribute's `value`.
 */
export const LEIKA_TAXONOMY = 'leika';
export type HsdsTaxonomyKey = typeof NEEDS_TAXONOMY | typeof LIFE_TAXONOMY | typeof LEIKA_TAXONOMY;

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version: string;
}

export interface HsdsTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
  language: string;
}

/** A need category row as the HSDS service reads it. */
export interface CategoryRow {
  key: string;
  label_de: string;
  label_en: string;
  updated_at: Date;
}

export const taxonomyId = (key: HsdsTaxonomyKey): string => uuidV5(`taxonomy/${key}`);
export const termId = (taxonomy: HsdsTaxonomyKey, code: string): string =>
  uuidV5(`taxonomy_term/${taxonomy}/${code}`);

export const TAXONOMIES: readonly HsdsTaxonomy[] = [
  {
    id: taxonomyId(NEEDS_TAXONOMY),
    name: NEEDS_TAXONOMY,
    description:
      'Bedarfskategorien des Familienwegweisers Potsdam (Lotsen CRM): wofür ein Angebot Familien hilft.',
    version: '1',
  },
  {
    id: taxonomyId(LIFE_TAXONOMY),
    name: LIFE_TAXONOMY,
    description:
      'Lebenslagen des Familienportals Potsdam; jede fasst Bedarfskategorien der Taxonomie lotsen-bedarfe zusammen.',
    version: '1',
  },
  {
    id: taxonomyId(LEIKA_TAXONOMY),
    name: LEIKA_TAXONOMY,
    description:
      'LeiKa – Leistungskatalog der öffentlichen Verwaltung (Föderales Informationsmanagement, FIM): der Leistungsschlüssel einer Verwaltungsleistung als code.',
    uri: 'https://fimportal.de/',
    version: '1',
  },
];

/** A Verwaltungsleistung with a confirmed LeiKa key, as the LeiKa taxonomy lists it. */
export interface LeikaRow {
  leika_key: string;
  title_de: string;
}

const taxonomyOf = (key: HsdsTaxonomyKey): HsdsTaxonomy => {
  const found = TAXONOMIES.find((t) => t.name === key);
  if (!found) throw new Error(`no taxonomy ${key}`);
  return found;
};

/**
 * Every term: the need categories (labels from the allow-list), the life situations, the LeiKa
 * keys. Names in `lang` where they exist — a category's label in English (or German), a life
 * situation's in all six languages, a LeiKa key's service title in German — and each term's
 * `language` says which it is.
 */
export function hsdsTerms(
  categories: readonly CategoryRow[],
  leika: readonly LeikaRow[] = [],
  lang: PortalLang = 'de',
): HsdsTerm[] {
  const needs = categories.map((row) => {
    const english = lang === 'en' && row.label_en.trim() !== '';
    const c = pickPublic('need_category', { key: row.key, label: english ? row.label_en : row.label_de });
    const situations = LIFE_SITUATIONS.filter((s) => s.categoryKeys.includes(row.key)).map((s) => s.labelDe);
    return term(
      NEEDS_TAXONOMY,
      c.key as string,
      c.label as string,
      situations.length > 0
        ? `Bedarfskategorie; gehört zu den Lebenslagen: ${situations.join(', ')}`
        : 'Bedarfskategorie (keiner Lebenslage zugeordnet)',
      english ? 'en' : 'de',
    );
  });
  const labelOf = new Map(categories.map((c) => [c.key, c.label_de]));
  const lives = LIFE_SITUATIONS.map((raw) => {
    const s = pickPublic('life_situation', {
      key: raw.key,
      label: raw.labels[lang],
      categoryKeys: raw.categoryKeys,
    });
    const covered = (s.categoryKeys as string[]).map((k) => labelOf.get(k) ?? k);
    return term(
      LIFE_TAXONOMY,
      s.key as string,
      s.label as string,
      `Lebenslage; umfasst: ${covered.join(', ')}`,
      translationLang(lang),
    );
  });
  const keys = leika.map((row) => {
    const s = pickPublic('service', { leikaKey: row.leika_key, title: row.title_de });
    return term(
      LEIKA_TAXONOMY,
      s.leikaKey as string,
      s.title as string,
      `Leistungsschlüssel ${s.leikaKey as string} des LeiKa`,
    );
  });
  return [...needs, ...lives, ...keys];
}

function term(
  taxonomy: HsdsTaxonomyKey,
  code: string,
  name: string,
  description: string,
  language = 'de',
): HsdsTerm {
  const detail = taxonomyOf(taxonomy);
  return {
    id: termId(taxonomy, code),
    code,
    name,
    description,
    taxonomy,
    taxonomy_id: detail.id,
    taxonomy_detail: detail,
    language,
  };
}

const LINK_TYPE: Record<HsdsTaxonomyKey, string> = {
  [NEEDS_TAXONOMY]: 'need_category',
  [LIFE_TAXONOMY]: 'life_situation',
  [LEIKA_TAXONOMY]: 'leika_key',
};

/** An attribute that links a service to a term (HSDS attribute.json); a LeiKa key is also its value. */
export function termAttribute(serviceId: string, t: HsdsTerm): Record<string, unknown> {
  return {
    id: partId('attribute', serviceId, t.id),
    link_id: serviceId,
    link_type: LINK_TYPE[t.taxonomy as HsdsTaxonomyKey],
    link_entity: 'service',
    ...(t.taxonomy === LEIKA_TAXONOMY ? { value: t.code } : {}),
    taxonomy_term_id: t.id,
    taxonomy_term: t,
  };
}

/** Does `text` contain every word of the (folded) search? An empty search matches everything. */
export function matchesSearch(search: string | undefined, ...texts: (string | null | undefined)[]): boolean {
  const words = foldSearchText(search ?? '')
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return true;
  const doc = foldSearchText(texts.filter(Boolean).join(' '));
  return words.every((w) => doc.includes(w));
}
