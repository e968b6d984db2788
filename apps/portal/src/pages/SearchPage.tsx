import type { PageContext } from '../components/context';
import { OfferCard, ServiceCard } from '../components/Cards';
import { CheckboxField, SelectField } from '../components/Fields';
import { Layout } from '../components/Layout';
import { SearchBox } from '../components/SearchBox';
import { format } from '../i18n';
import { pathOf } from '../routing';
import type { PublicDistrict, PublicOffer, PublicService, SearchParams, Suggestion } from '../types';
import { searchBoxProps } from './islands';
import { languageNames } from './OfferPage';

export const PAGE_SIZE = 20;

/** Languages a family may ask for (spoken at an offer): the portal's and a few more of Potsdam's. */
export const SPOKEN_LANGUAGES = ['de', 'en', 'uk', 'ru', 'ar', 'tr', 'fa', 'pl', 'vi', 'fr', 'es'];

export interface SearchResults {
  offers: PublicOffer[];
  offersTotal: number;
  services: PublicService[];
  servicesTotal: number;
  /** When nothing matched: the nearest matches (without filters, single words, suggestions). */
  nearest: { title: string; href: string }[];
  filtered: boolean;
}

export function searchHref(ctx: PageContext, params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || value === false || value === 0) continue;
    query.set(key, value === true ? 'true' : String(value));
  }
  const qs = query.toString();
  return `${pathOf(ctx.basePath, ctx.lang, { name: 'search' })}${qs ? `?${qs}` : ''}`;
}

export function suggestionHref(ctx: PageContext, s: Suggestion): string {
  if (s.kind === 'offer' && s.id) return pathOf(ctx.basePath, ctx.lang, { name: 'offer', id: s.id });
  if (s.kind === 'service')
    return pathOf(ctx.basePath, ctx.lang, { name: 'service', key: s.key ?? s.id ?? '' });
  if (s.kind === 'life_situation' && s.key)
    return pathOf(ctx.basePath, ctx.lang, { name: 'lifeSituation', key: s.key });
  return searchHref(ctx, { q: s.title });
}

/** Search: one field, filters (Sozialraum, language, age, cost-free), offers and services. */
export function SearchPage({
  ctx,
  params,
  districts,
  results,
}: {
  ctx: PageContext;
  params: SearchParams;
  districts: PublicDistrict[];
  results: SearchResults | null;
}) {
  const { t } = ctx;
  const s = t.search;
  const search = searchBoxProps(ctx, params.q);
  const form = search.formId;
  const total = results ? results.offersTotal + results.servicesTotal : 0;
  const heading = params.q ? format(s.results, { q: params.q }) : s.title;
  return (
    <Layout ctx={ctx} title={heading} islands={{ search }}>
      <h1 className="kern-heading-large">{heading}</h1>
      <div data-island="search">
        <SearchBox {...search} />
      </div>
      <details className="portal-filters" open={results?.filtered || undefined}>
        <summary className="kern-label">{s.filters}</summary>
        <fieldset className="kern-fieldset">
          <legend className="kern-sr-only">{s.filters}</legend>
          <SelectField
            id="f-district"
            name="districtId"
            label={s.district}
            value={params.districtId}
            form={form}
            options={[
              { value: '', label: s.districtAll },
              ...districts.map((d) => ({ value: d.id, label: d.name })),
            ]}
          />
          <SelectField
            id="f-language"
            name="language"
            label={s.language}
            value={params.language}
            form={form}
            options={[
              { value: '', label: s.languageAny },
              ...SPOKEN_LANGUAGES.map((code) => ({ value: code, label: languageNames(ctx, [code]) })),
            ]}
          />
          <FormBoundTextField form={form} id="f-age" name="age" label={s.age} value={params.age} />
          <CheckboxField id="f-free" name="free" label={s.free} checked={params.free} form={form} />
          <button className="kern-btn kern-btn--secondary" type="submit" form={form}>
            <span className="kern-label">{s.applyFilters}</span>
          </button>
        </fieldset>
      </details>
      {results && <Results ctx={ctx} params={params} results={results} total={total} />}
    </Layout>
  );
}

/** A number field joined to the search form (`form` attribute), outside the island. */
function FormBoundTextField(props: { form: string; id: string; name: string; label: string; value: string }) {
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={props.id}>
        {props.label}
      </label>
      <input
        className="kern-form-input__input kern-form-input__input--width-4"
        id={props.id}
        name={props.name}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        defaultValue={props.value}
        form={props.form}
      />
    </div>
  );
}

function Results({
  ctx,
  params,
  results,
  total,
}: {
  ctx: PageContext;
  params: SearchParams;
  results: SearchResults;
  total: number;
}) {
  const s = ctx.t.search;
  const callback = pathOf(ctx.basePath, ctx.lang, { name: 'callback' });
  if (total === 0) {
    return (
      <section aria-labelledby="results-none" className="portal-section">
        <h2 className="kern-heading-small" id="results-none">
          {s.noResults}
        </h2>
        {results.filtered && (
          <p className="kern-body">
            <a className="kern-link" href={searchHref(ctx, { q: params.q })}>
              {s.retryWithoutFilters}
            </a>
          </p>
        )}
        {results.nearest.length > 0 && (
          <>
            <p className="kern-body">{s.nearest}</p>
            <ul className="kern-list">
              {results.nearest.map((n) => (
                <li key={n.href}>
                  <a className="kern-link" href={n.href}>
                    {n.title}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="kern-body">
          <a className="kern-link" href={callback}>
            {s.callbackOffer}
          </a>
        </p>
      </section>
    );
  }
  const next = params.offset + PAGE_SIZE < results.offersTotal;
  return (
    <>
      {results.services.length > 0 && (
        <section aria-labelledby="results-services" className="portal-section">
          <h2 className="kern-heading-medium" id="results-services">
            {format(s.services, { n: results.servicesTotal })}
          </h2>
          <ul className="portal-cards">
            {results.services.map((svc) => (
              <ServiceCard key={svc.id} ctx={ctx} service={svc} />
            ))}
          </ul>
        </section>
      )}
      {results.offers.length > 0 && (
        <section aria-labelledby="results-offers" className="portal-section">
          <h2 className="kern-heading-medium" id="results-offers">
            {format(s.offers, { n: results.offersTotal })}
          </h2>
          <ul className="portal-cards">
            {results.offers.map((o) => (
              <OfferCard key={o.id} ctx={ctx} offer={o} />
            ))}
          </ul>
        </section>
      )}
      {(params.offset > 0 || next) && (
        <nav className="portal-pager" aria-label={s.title}>
          {params.offset > 0 && (
            <a
              className="kern-link"
              href={searchHref(ctx, { ...params, offset: Math.max(0, params.offset - PAGE_SIZE) })}
            >
              {s.previous}
            </a>
          )}
          {next && (
            <a className="kern-link" href={searchHref(ctx, { ...params, offset: params.offset + PAGE_SIZE })}>
              {s.more}
            </a>
          )}
        </nav>
      )}
      <p className="kern-body portal-callback-hint">
        {ctx.t.start.callbackHint}{' '}
        <a className="kern-link" href={callback}>
          {ctx.t.navCallback}
        </a>
      </p>
    </>
  );
}
