import type { PortalLang } from '@lotsen/domain';
import type { PageContext } from '../components/context';
import { PAGE_SIZE, SPOKEN_LANGUAGES, suggestionHref, type SearchResults } from '../pages/SearchPage';
import type { PublicDistrict, SearchParams, Suggestion } from '../types';
import { ApiError, districtsOf, type PortalApi } from './api-client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The search page's query string, read leniently: a value that makes no sense counts as not given. */
export function readSearchParams(query: URLSearchParams): SearchParams {
  const q = (query.get('q') ?? '').trim().slice(0, 200);
  const districtId = query.get('districtId') ?? '';
  const language = query.get('language') ?? '';
  const age = (query.get('age') ?? '').trim();
  const offset = Number(query.get('offset') ?? '0');
  return {
    q,
    districtId: UUID.test(districtId) ? districtId : '',
    language: SPOKEN_LANGUAGES.includes(language) ? language : '',
    age: /^\d{1,2}$/.test(age) ? String(Number(age)) : '',
    free: query.get('free') === 'true',
    offset: Number.isInteger(offset) && offset > 0 && offset <= 1000 ? offset : 0,
  };
}

function isFiltered(p: SearchParams): boolean {
  return p.districtId !== '' || p.language !== '' || p.age !== '' || p.free;
}

/** Empty results instead of an error when the API refuses a parameter (400). */
async function orEmpty<T>(
  call: Promise<{ total: number; items: T[] }>,
): Promise<{ total: number; items: T[] }> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) return { total: 0, items: [] };
    throw error;
  }
}

/** Offers and services for the search page; when nothing matches, the nearest matches. */
export async function runSearch(
  api: PortalApi,
  ctx: PageContext,
  p: SearchParams,
): Promise<SearchResults | null> {
  const filtered = isFiltered(p);
  if (!p.q && !filtered) return null;
  const lang = ctx.lang;
  const [offers, services] = await Promise.all([
    orEmpty(
      api.offers(lang, {
        q: p.q || undefined,
        districtId: p.districtId || undefined,
        language: p.language || undefined,
        age: p.age || undefined,
        free: p.free ? 'true' : undefined,
        limit: PAGE_SIZE,
        offset: p.offset,
      }),
    ),
    p.q && p.offset === 0
      ? orEmpty(api.services(lang, { q: p.q, limit: 10 }))
      : Promise.resolve({ total: 0, items: [] }),
  ]);
  const results: SearchResults = {
    offers: offers.items,
    offersTotal: offers.total,
    services: services.items,
    servicesTotal: services.total,
    nearest: [],
    filtered,
  };
  if (offers.total + services.total === 0 && p.q)
    results.nearest = await nearestMatches(api, ctx, p, filtered);
  return results;
}

/**
 * What to offer when a search found nothing: the same words without filters, then each longer
 * word alone, then the whole text by trigram closeness — all through the API's suggestions, so
 * that these tries do not count as searches of their own in the Suchstatistik (only the family's
 * search does). At most six, no duplicates.
 */
async function nearestMatches(
  api: PortalApi,
  ctx: PageContext,
  p: SearchParams,
  filtered: boolean,
): Promise<{ title: string; href: string }[]> {
  const found = new Map<string, string>();
  const tryQuery = async (q: string) => {
    if (q.trim().length < 2) return;
    for (const s of await suggest(api, ctx.lang, q)) {
      const href = suggestionHref(ctx, s);
      if (!found.has(href) && found.size < 6) found.set(href, s.title);
    }
  };
  if (filtered) await tryQuery(p.q);
  const words = p.q.split(/\s+/).filter((w) => w.length >= 4);
  if (found.size === 0 && words.length > 1) {
    for (const word of words.sort((a, b) => b.length - a.length).slice(0, 3)) await tryQuery(word);
  }
  if (found.size === 0 && !filtered) await tryQuery(p.q);
  return [...found].map(([href, title]) => ({ href, title }));
}

/**
 * Suggestions for the search box: the API's `/api/portal/suggestions`; while an API does not have
 * it (404), the titles of the first offers and services that match.
 */
export async function suggest(api: PortalApi, lang: PortalLang, q: string): Promise<Suggestion[]> {
  try {
    return (await api.suggestions(lang, q)).items;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
  }
  const [offers, services] = await Promise.all([
    orEmpty(api.offers(lang, { q, limit: 5 })),
    orEmpty(api.services(lang, { q, limit: 3 })),
  ]);
  return [
    ...services.items.map((s): Suggestion => ({
      kind: 'service',
      id: s.id,
      key: s.leikaKey ?? s.id,
      title: s.title,
    })),
    ...offers.items.map((o): Suggestion => ({ kind: 'offer', id: o.id, title: o.title })),
  ];
}

/** The districts for the filter, kept for five minutes (they change rarely). */
export class DistrictCache {
  private value: PublicDistrict[] | null = null;
  private at = 0;

  constructor(private readonly api: PortalApi) {}

  async get(lang: PortalLang): Promise<PublicDistrict[]> {
    if (this.value && Date.now() - this.at < 300_000) return this.value;
    try {
      this.value = await districtsOf(this.api, lang);
      this.at = Date.now();
    } catch {
      return this.value ?? [];
    }
    return this.value;
  }
}
