import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LIFE_SITUATIONS, foldSearchText, type PortalLang } from '@lotsen/domain';
import { AppException } from '../../common/errors/app.exception';
import { translatedChecklist, translatedTexts } from '../portal/portal-translations';
import {
  HSDS_PER_PAGE_DEFAULT,
  HSDS_PER_PAGE_MAX,
  type HsdsOrganizationsQueryDto,
  type HsdsPageQueryDto,
  type HsdsServiceFilterDto,
  type HsdsServicesQueryDto,
} from './dto/hsds-query.dto';
import { offerIdOf } from './hsds-ids';
import { organizationFull, organizationListItem } from './hsds-organizations';
import { hsdsPage, type HsdsPage } from './hsds-page';
import {
  publicOffer,
  publicProvider,
  type DistrictRow,
  type OfferRow,
  type ProviderRow,
} from './hsds-public';
import {
  serviceAtLocationFull,
  serviceAtLocationListItem,
  serviceFields,
  serviceFull,
  serviceListItem,
} from './hsds-services';
import {
  LEIKA_TAXONOMY,
  LIFE_TAXONOMY,
  NEEDS_TAXONOMY,
  TAXONOMIES,
  hsdsTerms,
  matchesSearch,
  type CategoryRow,
  type LeikaRow,
  type HsdsTaxonomy,
  type HsdsTerm,
} from './hsds-taxonomies';

type Obj = Record<string, unknown>;

/** An answer and the latest change of the data it shows (the Last-Modified header). */
export interface Dated<T> {
  body: T;
  modified: Date;
}

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

/** The provider of an offer row (loaded with it; an offer without one is a broken invariant). */
function providerOf(providers: Map<string, Obj>, id: string): Obj {
  const found = providers.get(id);
  if (!found) throw new Error(`provider ${id} of a public offer not loaded`);
  return found;
}

/** `minimal=true` aims to return all services in one call (the reference): the largest page by default. */
function pageOf(query: HsdsPageQueryDto & { minimal?: string }): { page: number; perPage: number } {
  const perPage = query.per_page ?? (query.minimal === 'true' ? HSDS_PER_PAGE_MAX : HSDS_PER_PAGE_DEFAULT);
  return { page: query.page ?? 1, perPage };
}

function slice<T>(all: T[], query: HsdsPageQueryDto): HsdsPage<T> {
  const { page, perPage } = pageOf(query);
  return hsdsPage(all.slice((page - 1) * perPage, page * perPage), all.length, page, perPage);
}

/**
 * The Open Referral HSDS 3.0 API (issue 18, first slice; docs/hsds.md): the staff directory's
 * active offers and providers, read-only, built through the public allow-list. Nothing is stored.
 */
@Injectable()
export class HsdsService {
  constructor(private readonly db: DataSource) {}

  /** The latest change of anything the directory shows (offers, providers, need categories). */
  async directoryModified(): Promise<Date> {
    const [row] = await this.db.query(
      `SELECT greatest((SELECT max(updated_at) FROM offers), (SELECT max(updated_at) FROM providers),
                       (SELECT max(updated_at) FROM need_categories), (SELECT max(updated_at) FROM services))
                AS modified`,
    );
    return (row?.modified as Date | null) ?? new Date(0);
  }

  // ------------------------------------------------------------------ services

  /**
   * A page of services: their one-to-one fields with the organization; `minimal=true` only id and
   * last_modified; `full=true` each fully nested, as `/services/{id}` answers it.
   */
  async services(query: HsdsServicesQueryDto): Promise<Dated<HsdsPage<Obj>>> {
    const lang = query.lang ?? 'de';
    const found = await this.offerPage(query, false);
    const { total } = found;
    const rows = await this.inLanguage(found.rows, lang);
    let contents: Obj[];
    if (query.minimal === 'true') {
      contents = rows.map((r) => {
        const o = publicOffer(r);
        return { id: o.id, last_modified: serviceFields(o).last_modified };
      });
    } else if (query.full === 'true') {
      contents = await this.fullServices(rows, lang);
    } else {
      const providers = await this.providers(rows.map((r) => r.provider_id));
      contents = rows.map((r) => serviceListItem(publicOffer(r), providerOf(providers, r.provider_id)));
    }
    const { page, perPage } = pageOf(query);
    return { body: hsdsPage(contents, total, page, perPage), modified: await this.directoryModified() };
  }

  async service(id: string, lang: PortalLang = 'de'): Promise<Dated<Obj>> {
    const found = await this.offer(id);
    if (!found) throw AppException.notFound('Service');
    const [row] = await this.inLanguage([found], lang);
    const [body] = await this.fullServices([row], lang);
    return { body, modified: row.modified };
  }

  /** Offers as fully nested services (service.json): organization, phones, areas, terms, location. */
  private async fullServices(rows: OfferRow[], lang: PortalLang): Promise<Obj[]> {
    if (rows.length === 0) return [];
    const [providers, terms, districts] = await Promise.all([
      this.providers(rows.map((r) => r.provider_id)),
      this.terms(lang),
      this.db.query(
        `SELECT id, code, name FROM districts WHERE id = ANY ($1::uuid[]) ORDER BY sort_order, code`,
        [[...new Set(rows.flatMap((r) => r.district_ids))]],
      ) as Promise<DistrictRow[]>,
    ]);
    return rows.map((r) =>
      serviceFull(publicOffer(r), providerOf(providers, r.provider_id), terms, districts),
    );
  }

  async serviceAtLocations(query: HsdsServiceFilterDto): Promise<Dated<HsdsPage<Obj>>> {
    const found = await this.offerPage(query, true);
    const { total } = found;
    const rows = await this.inLanguage(found.rows, query.lang ?? 'de');
    const providers = await this.providers(rows.map((r) => r.provider_id));
    // `full=true`: the location with its address, as `/service_at_locations/{id}` answers it
    const item = query.full === 'true' ? serviceAtLocationFull : serviceAtLocationListItem;
    const contents = rows
      .map((r) => item(publicOffer(r), providerOf(providers, r.provider_id)))
      .filter((s): s is Obj => s !== null);
    const { page, perPage } = pageOf(query);
    return { body: hsdsPage(contents, total, page, perPage), modified: await this.directoryModified() };
  }

  async serviceAtLocation(id: string, lang: PortalLang = 'de'): Promise<Dated<Obj>> {
    const found = await this.offer(offerIdOf('service_at_location', id));
    if (!found) throw AppException.notFound('Service at location');
    const [row] = await this.inLanguage([found], lang);
    const providers = await this.providers([row.provider_id]);
    // an offer without a visible address has no service_at_location
    const body = serviceAtLocationFull(publicOffer(row), providerOf(providers, row.provider_id));
    if (!body) throw AppException.notFound('Service at location');
    return { body, modified: row.modified };
  }

  // ------------------------------------------------------------------ organizations

  /**
   * A page of organizations: their one-to-one fields; `full=true` each with its phones and its
   * services (one-to-one fields, or fully nested with `full_service=true`), as `/organizations/{id}`.
   */
  async organizations(query: HsdsOrganizationsQueryDto): Promise<Dated<HsdsPage<Obj>>> {
    const params: unknown[] = [];
    let where = 'active';
    const w = words(query.search);
    if (w.length > 0) {
      params.push(w.map(like));
      where += ` AND lotsen_portal_fold(name) LIKE ALL ($${params.length}::text[])`;
    }
    const { page, perPage } = pageOf(query);
    params.push(perPage, (page - 1) * perPage);
    const rows: (ProviderRow & { total: string })[] = await this.db.query(
      `SELECT ${PROVIDER_COLUMNS}, count(*) OVER () AS total FROM providers WHERE ${where}
        ORDER BY name, id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const total =
      rows.length > 0 ? Number(rows[0].total) : await this.countProviders(where, params.slice(0, -2));
    const contents =
      query.full === 'true'
        ? await Promise.all(
            rows.map(
              async (r) =>
                (await this.organizationOf(r, query.full_service === 'true', query.lang ?? 'de')).body,
            ),
          )
        : rows.map((r) => organizationListItem(publicProvider(r)));
    return { body: hsdsPage(contents, total, page, perPage), modified: await this.directoryModified() };
  }

  async organization(id: string, fullService = false, lang: PortalLang = 'de'): Promise<Dated<Obj>> {
    const [row]: ProviderRow[] = await this.db.query(
      `SELECT ${PROVIDER_COLUMNS} FROM providers WHERE id = $1 AND active`,
      [id],
    );
    if (!row) throw AppException.notFound('Organization');
    return this.organizationOf(row, fullService, lang);
  }

  private async organizationOf(
    row: ProviderRow,
    fullService: boolean,
    lang: PortalLang,
  ): Promise<Dated<Obj>> {
    const id = row.id;
    const stored: OfferRow[] = await this.db.query(
      `SELECT * FROM (${DIRECTORY}) d WHERE provider_id = $1 ORDER BY title, id`,
      [id],
    );
    const [dates] = await this.db.query(
      `SELECT greatest(p.updated_at, (SELECT max(updated_at) FROM offers WHERE provider_id = p.id),
                       (SELECT max(updated_at) FROM services WHERE responsible_provider_id = p.id)) AS modified
         FROM providers p WHERE p.id = $1`,
      [id],
    );
    const offers = await this.inLanguage(stored, lang);
    const services = fullService
      ? await this.fullServices(offers, lang)
      : offers.map((o) => serviceFields(publicOffer(o)));
    const modified = [dates.modified as Date, ...offers.map((o) => o.modified)].reduce((a, b) =>
      a > b ? a : b,
    );
    return { body: organizationFull(publicProvider(row), services), modified };
  }

  // ------------------------------------------------------------------ taxonomies

  async taxonomies(query: HsdsPageQueryDto): Promise<Dated<HsdsPage<HsdsTaxonomy>>> {
    const all = TAXONOMIES.filter((t) => matchesSearch(query.search, t.name, t.description));
    return { body: slice(all, query), modified: await this.directoryModified() };
  }

  async taxonomy(id: string): Promise<Dated<HsdsTaxonomy>> {
    const found = TAXONOMIES.find((t) => t.id === id);
    if (!found) throw AppException.notFound('Taxonomy');
    return { body: found, modified: await this.directoryModified() };
  }

  async taxonomyTerms(query: {
    lang?: PortalLang;
    search?: string;
    taxonomy_id?: string;
    top_only?: string;
    parent_id?: string;
    page?: number;
    per_page?: number;
  }): Promise<Dated<HsdsPage<HsdsTerm>>> {
    const all = (await this.terms(query.lang ?? 'de')).filter(
      (t) =>
        matchesSearch(query.search, t.code, t.name, t.description) &&
        (!query.taxonomy_id || t.taxonomy_id === query.taxonomy_id) &&
        // our taxonomies are flat: every term is a top term, none has a parent
        !query.parent_id,
    );
    return { body: slice(all, query), modified: await this.directoryModified() };
  }

  async taxonomyTerm(id: string, lang: PortalLang = 'de'): Promise<Dated<HsdsTerm>> {
    const found = (await this.terms(lang)).find((t) => t.id === id);
    if (!found) throw AppException.notFound('Taxonomy term');
    return { body: found, modified: await this.directoryModified() };
  }

  /** The need categories that are active or carried by a public offer, then the life situations. */
  async terms(lang: PortalLang = 'de'): Promise<HsdsTerm[]> {
    const categories: CategoryRow[] = await this.db.query(
      `SELECT c.key, c.label_de, c.label_en, c.updated_at FROM need_categories c
        WHERE c.active OR EXISTS (SELECT 1 FROM offers o JOIN providers p ON p.id = o.provider_id
                                   WHERE o.active AND p.active AND c.key = ANY (o.category_keys))
        ORDER BY c.sort_order, c.key`,
    );
    const leika: LeikaRow[] = await this.db.query(
      `SELECT s.leika_key, s.title_de FROM services s JOIN providers p ON p.id = s.responsible_provider_id
        WHERE s.active AND p.active AND s.leika_key IS NOT NULL ORDER BY s.leika_key`,
    );
    return hsdsTerms(categories, leika, lang);
  }

  // ------------------------------------------------------------------ rows

  /**
   * The rows with their texts in `lang` (issue 18 point 3): an offer's or a Verwaltungsleistung's
   * title, description and checklist, field by field falling back to German (the translations
   * the portal shows, docs/portal.md "Übersetzungen").
   */
  private async inLanguage(rows: OfferRow[], lang: PortalLang): Promise<OfferRow[]> {
    if (lang === 'de' || rows.length === 0) return rows;
    const ids = (kind: OfferRow['kind']) => rows.filter((r) => r.kind === kind).map((r) => r.id);
    const [offers, services] = await Promise.all([
      translatedTexts(this.db, 'offer', ids('offer'), lang),
      translatedTexts(this.db, 'service', ids('service'), lang),
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

  private async offer(id: string): Promise<OfferRow | undefined> {
    const [row]: OfferRow[] = await this.db.query(`SELECT * FROM (${DIRECTORY}) d WHERE id = $1`, [id]);
    return row;
  }

  /** One page of public offers (with a visible address only, for service_at_locations). */
  private async offerPage(
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
      const terms = (await this.terms()).filter(
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
    const rows: (OfferRow & { total: string })[] = await this.db.query(
      `SELECT ${ROW_COLUMNS}, count(*) OVER () AS total FROM (${DIRECTORY}) s WHERE ${where.join(' AND ')}
        ORDER BY title, id LIMIT ${p(perPage)} OFFSET ${p((page - 1) * perPage)}`,
      params,
    );
    let total = rows.length > 0 ? Number(rows[0].total) : 0;
    if (rows.length === 0 && page > 1) {
      const [count] = await this.db.query(
        `SELECT count(*)::int AS n FROM (${DIRECTORY}) s WHERE ${where.join(' AND ')}`,
        params.slice(0, -2),
      );
      total = count.n as number;
    }
    return { rows, total };
  }

  private async providers(ids: string[]): Promise<Map<string, Record<string, unknown>>> {
    const rows: ProviderRow[] = await this.db.query(
      `SELECT ${PROVIDER_COLUMNS} FROM providers WHERE id = ANY ($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, publicProvider(r)]));
  }

  private async countProviders(where: string, params: unknown[]): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM providers WHERE ${where}`, params);
    return row.n as number;
  }
}
