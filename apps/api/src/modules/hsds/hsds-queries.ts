import type { DataSource } from 'typeorm';
import { LIFE_SITUATIONS, foldSearchText, type PortalLang } from '@lotsen/domain';
import { translatedChecklist, translatedTexts } from '../portal/portal-translations';
import type { HsdsOrganizationsQueryDto, HsdsServiceFilterDto } from './dto/hsds-query.dto';
import { pageOf } from './hsds-page';
import { publicProvider, type DistrictRow, type OfferRow, type ProviderRow } from './hsds-public';
import {
  LEIKA_TAXONOMY,
  LIFE_TAXONOMY,
  NEEDS_TAXONOMY,
  hsdsTerms,
  type CategoryRow,
  type LeikaRow,
  type HsdsTerm,
} from './hsds-taxonomies';

/**
 * The reads of the HSDS API (hsds.service.ts): every SQL statement it sends, with the filters and
 * the paging of its lists.
 */

/**
 * The directory as HSDS services: the public offers and the Verwaltungsleistungen (`kind`
 * 'service', issue 18 point 3) in the same columns. Only these columns feed the HSDS answers
 * (never `SELECT *` of a table); see publicOffer for the allow-list. Callers filter the union
 * (`SELECT … FROM (${DIRECTORY}) d WHERE …`).
 */
const DIRECTORY = `
  SELECT 'offer' AS kind, o.id, o.title, o.description, o.provider_id, o.category_keys, o.district_ids,
         o.languages, o.age_from, o.age_to, o.address, o.address_hidden, o.phone, o.email, o.opening_hours,
         o.opening_schedule,
         o.capacity, o.cost_free, NULL::text AS leika_key, NULL::text AS online_url, '{}'::text[] AS checklist,
         '{}'::text[] AS life_situation_keys,
         greatest(o.updated_at, p.updated_at,
           (SELECT max(c.updated_at) FROM need_categories c WHERE c.key = ANY (o.category_keys))) AS modified,
         lotsen_portal_fold(concat_ws(' ', o.title, o.description, p.name,
           CASE WHEN o.address_hidden THEN NULL ELSE o.address END)) AS doc
    FROM offers o JOIN providers p ON p.id = o.provider_id
   WHERE o.active AND p.active
  UNION ALL
  SELECT 'service', s.id, s.title_de, s.description_de, s.responsible_provider_id, s.category_keys, '{}'::uuid[],
         '{}'::text[], NULL, NULL, NULL, false, NULL, NULL, NULL, '[]'::jsonb,
         'available', NULL, s.leika_key, s.online_url, s.checklist, s.life_situation_keys,
         greatest(s.updated_at, p.updated_at,
           (SELECT max(c.updated_at) FROM need_categories c WHERE c.key = ANY (s.category_keys))),
         lotsen_portal_fold(concat_ws(' ', s.title_de, s.description_de, s.leika_key, p.name))
    FROM services s JOIN providers p ON p.id = s.responsible_provider_id
   WHERE s.active AND p.active`;

/**
 * The columns of a directory row a page answers with: all but the folded search text `doc`, so
 * PostgreSQL folds it only when a search filters by it (a list without `search` folds nothing).
 */
const ROW_COLUMNS = `s.kind, s.id, s.title, s.description, s.provider_id, s.category_keys, s.district_ids,
  s.languages, s.age_from, s.age_to, s.address, s.address_hidden, s.phone, s.email, s.opening_hours,
  s.opening_schedule, s.capacity, s.cost_free, s.leika_key, s.online_url, s.checklist, s.life_situation_keys,
  s.modified`;

const PROVIDER_COLUMNS = 'id, name, kind, address, phone, email, website, languages, updated_at';

const like = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const words = (search?: string): string[] =>
  foldSearchText(search ?? '')
    .split(' ')
    .filter((w) => w !== '');

/** The latest change of anything the directory shows (offers, providers, need categories). */
export async function directoryModified(db: DataSource): Promise<Date> {
  const [row] = await db.query(
    `SELECT greatest((SELECT max(updated_at) FROM offers), (SELECT max(updated_at) FROM providers),
                       (SELECT max(updated_at) FROM need_categories), (SELECT max(updated_at) FROM services))
                AS modified`,
  );
  return (row?.modified as Date | null) ?? new Date(0);
}

/** The need categories that are active or carried by a public offer, then the life situations. */
export async function directoryTerms(db: DataSource, lang: PortalLang = 'de'): Promise<HsdsTerm[]> {
  const categories: CategoryRow[] = await db.query(
    `SELECT c.key, c.label_de, c.label_en, c.updated_at FROM need_categories c
        WHERE c.active OR EXISTS (SELECT 1 FROM offers o JOIN providers p ON p.id = o.provider_id
                                   WHERE o.active AND p.active AND c.key = ANY (o.category_keys))
        ORDER BY c.sort_order, c.key`,
  );
  const leika: LeikaRow[] = await db.query(
    `SELECT s.leika_key, s.title_de FROM services s JOIN providers p ON p.id = s.responsible_provider_id
        WHERE s.active AND p.active AND s.leika_key IS NOT NULL ORDER BY s.leika_key`,
  );
  return hsdsTerms(categories, leika, lang);
}

/**
 * The rows with their texts in `lang` (issue 18 point 3): an offer's or a Verwaltungsleistung's
 * title, description and checklist, field by field falling back to German (the translations
 * the portal shows, docs/portal.md "Übersetzungen").
 */
export async function inLanguage(db: DataSource, rows: OfferRow[], lang: PortalLang): Promise<OfferRow[]> {
  if (lang === 'de' || rows.length === 0) return rows;
  const ids = (kind: OfferRow['kind']) => rows.filter((r) => r.kind === kind).map((r) => r.id);
  const [offers, services] = await Promise.all([
    translatedTexts(db, 'offer', ids('offer'), lang),
    translatedTexts(db, 'service', ids('service'), lang),
  ]);
  return rows.map((r) => {
    const t = (r.kind === 'offer' ? offers : services).get(r.id);
    if (!t) return r;
    const text = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? v : undefined);
    return {
      ...r,
      title: text(t.title) ?? r.title,
      description: text(t.description) ?? r.description,
      checklist: translatedChecklist(t.checklist) ?? r.checklist,
    };
  });
}

/** The directory row (an offer or a Verwaltungsleistung) with this id, if it is public. */
export async function offerRow(db: DataSource, id: string): Promise<OfferRow | undefined> {
  const [row]: OfferRow[] = await db.query(`SELECT * FROM (${DIRECTORY}) d WHERE id = $1`, [id]);
  return row;
}

/** One page of public offers (with a visible address only, for service_at_locations). */
export async function offerPage(
  db: DataSource,
  query: HsdsServiceFilterDto,
  withAddress: boolean,
): Promise<{ rows: OfferRow[]; total: number }> {
  const params: unknown[] = [];
  const p = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = ['true'];
  if (withAddress) where.push(`NOT address_hidden AND btrim(coalesce(address, '')) <> ''`);
  if (query.organization_id) where.push(`provider_id = ${p(query.organization_id)}::uuid`);
  if (query.modified_after) where.push(`modified >= ${p(query.modified_after)}::timestamptz`);
  const w = words(query.search);
  if (w.length > 0) where.push(`doc LIKE ALL (${p(w.map(like))}::text[])`);
  if (query.taxonomy_term_id || query.taxonomy_id) {
    const terms = (await directoryTerms(db)).filter(
      (t) =>
        (!query.taxonomy_term_id || t.id === query.taxonomy_term_id) &&
        (!query.taxonomy_id || t.taxonomy_id === query.taxonomy_id),
    );
    const keys = terms.flatMap((t) =>
      t.taxonomy === NEEDS_TAXONOMY
        ? [t.code]
        : t.taxonomy === LIFE_TAXONOMY
          ? [...(LIFE_SITUATIONS.find((s) => s.key === t.code)?.categoryKeys ?? [])]
          : [],
    );
    const lives = terms.filter((t) => t.taxonomy === LIFE_TAXONOMY).map((t) => t.code);
    const leika = terms.filter((t) => t.taxonomy === LEIKA_TAXONOMY).map((t) => t.code);
    // an unknown term or taxonomy matches nothing; a Verwaltungsleistung also by the life
    // situations named for it and by its LeiKa key
    where.push(
      `(category_keys && ${p([...new Set(keys)])}::text[] OR life_situation_keys && ${p(lives)}::text[]
          OR leika_key = ANY (${p(leika)}::text[]))`,
    );
  }
  const { page, perPage } = pageOf(query);
  const rows: (OfferRow & { total: string })[] = await db.query(
    `SELECT ${ROW_COLUMNS}, count(*) OVER () AS total FROM (${DIRECTORY}) s WHERE ${where.join(' AND ')}
        ORDER BY title, id LIMIT ${p(perPage)} OFFSET ${p((page - 1) * perPage)}`,
    params,
  );
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && page > 1) {
    const [count] = await db.query(
      `SELECT count(*)::int AS n FROM (${DIRECTORY}) s WHERE ${where.join(' AND ')}`,
      params.slice(0, -2),
    );
    total = count.n as number;
  }
  return { rows, total };
}

/** The directory rows of one provider (its offers and Verwaltungsleistungen). */
export async function providerOffers(db: DataSource, id: string): Promise<OfferRow[]> {
  return db.query(`SELECT * FROM (${DIRECTORY}) d WHERE provider_id = $1 ORDER BY title, id`, [id]);
}

/** The latest change of a provider, its offers or its Verwaltungsleistungen. */
export async function providerModified(db: DataSource, id: string): Promise<{ modified: Date }> {
  const [dates] = await db.query(
    `SELECT greatest(p.updated_at, (SELECT max(updated_at) FROM offers WHERE provider_id = p.id),
                       (SELECT max(updated_at) FROM services WHERE responsible_provider_id = p.id)) AS modified
         FROM providers p WHERE p.id = $1`,
    [id],
  );
  return dates;
}

/** One page of active providers, `search` in their names. */
export async function providerPage(
  db: DataSource,
  query: HsdsOrganizationsQueryDto,
): Promise<{ rows: ProviderRow[]; total: number }> {
  const params: unknown[] = [];
  let where = 'active';
  const w = words(query.search);
  if (w.length > 0) {
    params.push(w.map(like));
    where += ` AND lotsen_portal_fold(name) LIKE ALL ($${params.length}::text[])`;
  }
  const { page, perPage } = pageOf(query);
  params.push(perPage, (page - 1) * perPage);
  const rows: (ProviderRow & { total: string })[] = await db.query(
    `SELECT ${PROVIDER_COLUMNS}, count(*) OVER () AS total FROM providers WHERE ${where}
        ORDER BY name, id LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  const total =
    rows.length > 0 ? Number(rows[0].total) : await countProviders(db, where, params.slice(0, -2));
  return { rows, total };
}

/** The active provider with this id. */
export async function providerRow(db: DataSource, id: string): Promise<ProviderRow | undefined> {
  const [row]: ProviderRow[] = await db.query(
    `SELECT ${PROVIDER_COLUMNS} FROM providers WHERE id = $1 AND active`,
    [id],
  );
  return row;
}

/** The public records of these providers, by id. */
export async function publicProviders(
  db: DataSource,
  ids: string[],
): Promise<Map<string, Record<string, unknown>>> {
  const rows: ProviderRow[] = await db.query(
    `SELECT ${PROVIDER_COLUMNS} FROM providers WHERE id = ANY ($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, publicProvider(r)]));
}

async function countProviders(db: DataSource, where: string, params: unknown[]): Promise<number> {
  const [row] = await db.query(`SELECT count(*)::int AS n FROM providers WHERE ${where}`, params);
  return row.n as number;
}

/** The districts with these ids, in their order. */
export function districtRows(db: DataSource, ids: string[]): Promise<DistrictRow[]> {
  return db.query(
    `SELECT id, code, name FROM districts WHERE id = ANY ($1::uuid[]) ORDER BY sort_order, code`,
    [[...new Set(ids)]],
  ) as Promise<DistrictRow[]>;
}
