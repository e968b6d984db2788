import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PortalLang } from '@lotsen/domain';
import { AppException } from '../../common/errors/app.exception';
import type {
  HsdsOrganizationsQueryDto,
  HsdsPageQueryDto,
  HsdsServiceFilterDto,
  HsdsServicesQueryDto,
} from './dto/hsds-query.dto';
import { offerIdOf } from './hsds-ids';
import { organizationFull, organizationListItem } from './hsds-organizations';
import { hsdsPage, listPage, pageOf, type HsdsPage } from './hsds-page';
import { publicOffer, publicProvider, type OfferRow, type ProviderRow } from './hsds-public';
import {
  directoryModified,
  directoryTerms,
  districtRows,
  inLanguage,
  offerPage,
  offerRow,
  providerModified,
  providerOffers,
  providerPage,
  providerRow,
  publicProviders,
} from './hsds-queries';
import {
  serviceAtLocationFull,
  serviceAtLocationListItem,
  serviceFields,
  serviceFull,
  serviceListItem,
} from './hsds-services';
import { TAXONOMIES, matchesSearch, type HsdsTaxonomy, type HsdsTerm } from './hsds-taxonomies';

type Obj = Record<string, unknown>;

/** An answer and the latest change of the data it shows (the Last-Modified header). */
export interface Dated<T> {
  body: T;
  modified: Date;
}

/** The provider of an offer row (loaded with it; an offer without one is a broken invariant). */
function providerOf(providers: Map<string, Obj>, id: string): Obj {
  const found = providers.get(id);
  if (!found) throw new Error(`provider ${id} of a public offer not loaded`);
  return found;
}

/**
 * The Open Referral HSDS 3.0 API (issue 18, first slice; docs/hsds.md): the staff directory's
 * active offers and providers, read-only, built through the public allow-list. Nothing is stored.
 */
@Injectable()
export class HsdsService {
  constructor(private readonly db: DataSource) {}

  /** The latest change of anything the directory shows (offers, providers, need categories). */
  directoryModified(): Promise<Date> {
    return directoryModified(this.db);
  }

  // ------------------------------------------------------------------ services

  /**
   * A page of services: their one-to-one fields with the organization; `minimal=true` only id and
   * last_modified; `full=true` each fully nested, as `/services/{id}` answers it.
   */
  async services(query: HsdsServicesQueryDto): Promise<Dated<HsdsPage<Obj>>> {
    const lang = query.lang ?? 'de';
    const found = await offerPage(this.db, query, false);
    const { total } = found;
    const rows = await inLanguage(this.db, found.rows, lang);
    let contents: Obj[];
    if (query.minimal === 'true') {
      contents = rows.map((r) => {
        const o = publicOffer(r);
        return { id: o.id, last_modified: serviceFields(o).last_modified };
      });
    } else if (query.full === 'true') {
      contents = await this.fullServices(rows, lang);
    } else {
      const providers = await publicProviders(
        this.db,
        rows.map((r) => r.provider_id),
      );
      contents = rows.map((r) => serviceListItem(publicOffer(r), providerOf(providers, r.provider_id)));
    }
    const { page, perPage } = pageOf(query);
    return { body: hsdsPage(contents, total, page, perPage), modified: await this.directoryModified() };
  }

  async service(id: string, lang: PortalLang = 'de'): Promise<Dated<Obj>> {
    const found = await offerRow(this.db, id);
    if (!found) throw AppException.notFound('Service');
    const [row] = await inLanguage(this.db, [found], lang);
    const [body] = await this.fullServices([row], lang);
    return { body, modified: row.modified };
  }

  /** Offers as fully nested services (service.json): organization, phones, areas, terms, location. */
  private async fullServices(rows: OfferRow[], lang: PortalLang): Promise<Obj[]> {
    if (rows.length === 0) return [];
    const [providers, terms, districts] = await Promise.all([
      publicProviders(
        this.db,
        rows.map((r) => r.provider_id),
      ),
      this.terms(lang),
      districtRows(
        this.db,
        rows.flatMap((r) => r.district_ids),
      ),
    ]);
    return rows.map((r) =>
      serviceFull(publicOffer(r), providerOf(providers, r.provider_id), terms, districts),
    );
  }

  async serviceAtLocations(query: HsdsServiceFilterDto): Promise<Dated<HsdsPage<Obj>>> {
    const found = await offerPage(this.db, query, true);
    const { total } = found;
    const rows = await inLanguage(this.db, found.rows, query.lang ?? 'de');
    const providers = await publicProviders(
      this.db,
      rows.map((r) => r.provider_id),
    );
    // `full=true`: the location with its address, as `/service_at_locations/{id}` answers it
    const item = query.full === 'true' ? serviceAtLocationFull : serviceAtLocationListItem;
    const contents = rows
      .map((r) => item(publicOffer(r), providerOf(providers, r.provider_id)))
      .filter((s): s is Obj => s !== null);
    const { page, perPage } = pageOf(query);
    return { body: hsdsPage(contents, total, page, perPage), modified: await this.directoryModified() };
  }

  async serviceAtLocation(id: string, lang: PortalLang = 'de'): Promise<Dated<Obj>> {
    const found = await offerRow(this.db, offerIdOf('service_at_location', id));
    if (!found) throw AppException.notFound('Service at location');
    const [row] = await inLanguage(this.db, [found], lang);
    const providers = await publicProviders(this.db, [row.provider_id]);
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
    const { page, perPage } = pageOf(query);
    const { rows, total } = await providerPage(this.db, query);
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
    const row = await providerRow(this.db, id);
    if (!row) throw AppException.notFound('Organization');
    return this.organizationOf(row, fullService, lang);
  }

  private async organizationOf(
    row: ProviderRow,
    fullService: boolean,
    lang: PortalLang,
  ): Promise<Dated<Obj>> {
    const id = row.id;
    const stored = await providerOffers(this.db, id);
    const dates = await providerModified(this.db, id);
    const offers = await inLanguage(this.db, stored, lang);
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
    return { body: listPage(all, query), modified: await this.directoryModified() };
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
    return { body: listPage(all, query), modified: await this.directoryModified() };
  }

  async taxonomyTerm(id: string, lang: PortalLang = 'de'): Promise<Dated<HsdsTerm>> {
    const found = (await this.terms(lang)).find((t) => t.id === id);
    if (!found) throw AppException.notFound('Taxonomy term');
    return { body: found, modified: await this.directoryModified() };
  }

  /** The need categories that are active or carried by a public offer, then the life situations. */
  terms(lang: PortalLang = 'de'): Promise<HsdsTerm[]> {
    return directoryTerms(this.db, lang);
  }
}
