import { DISTRICTS, type PortalLang } from '@lotsen/domain';
import type {
  CallbackForm,
  PortalListAnswer,
  PublicDistrict,
  PublicLifeSituation,
  PublicOffer,
  PublicService,
  Suggestion,
} from '../types';

/** An answer of the API that is not 2xx: its status and stable `code` (errors.md). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly body: Record<string, unknown>,
  ) {
    super(`API ${status} ${code}`);
  }
}

const TIMEOUT_MS = 8000;

/**
 * The portal's only way to its data: the API's public endpoints over HTTP (`PORTAL_API_URL`).
 * No cookie is sent or kept, the family's address is not forwarded.
 */
export class PortalApi {
  constructor(private readonly baseUrl: string) {}

  async get<T>(path: string, params: Record<string, string | number | boolean | undefined> = {}): Promise<T> {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
    }
    const res = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return this.read<T>(res);
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl), {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return this.read<T>(res);
  }

  private async read<T>(res: Response): Promise<T> {
    const text = await res.text();
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      body = {};
    }
    if (!res.ok)
      throw new ApiError(res.status, typeof body.code === 'string' ? body.code : 'HTTP_ERROR', body);
    return body as T;
  }

  lifeSituations(lang: PortalLang) {
    return this.get<{ lang: PortalLang; items: PublicLifeSituation[] }>('/api/portal/life-situations', {
      lang,
    });
  }

  offers(lang: PortalLang, params: Record<string, string | number | boolean | undefined>) {
    return this.get<PortalListAnswer<PublicOffer>>('/api/portal/offers', { lang, ...params });
  }

  offer(lang: PortalLang, id: string) {
    return this.get<PublicOffer>(`/api/portal/offers/${encodeURIComponent(id)}`, { lang });
  }

  services(lang: PortalLang, params: Record<string, string | number | boolean | undefined>) {
    return this.get<PortalListAnswer<PublicService>>('/api/portal/services', { lang, ...params });
  }

  service(lang: PortalLang, key: string) {
    return this.get<PublicService>(`/api/portal/services/${encodeURIComponent(key)}`, { lang });
  }

  suggestions(lang: PortalLang, q: string) {
    return this.get<{ lang: PortalLang; items: Suggestion[] }>('/api/portal/suggestions', { lang, q });
  }

  callbackForm(lang: PortalLang) {
    return this.get<CallbackForm>('/api/portal/callback-form', { lang });
  }

  sendCallback(body: Record<string, unknown>) {
    return this.post<{ ok: boolean }>('/api/portal/callbacks', body);
  }
}

/**
 * The districts (Sozialräume) for the search filter. There is no public district list; the
 * districts come with the offers, so the portal collects them from one wide offer query. Only
 * the six Sozialräume (libs/domain DISTRICTS), in their order: not "ohne Angabe" or "außerhalb".
 */
export async function districtsOf(api: PortalApi, lang: PortalLang): Promise<PublicDistrict[]> {
  const order = DISTRICTS.filter((d) => d.sozialraum !== null).map((d) => d.code);
  const seen = new Map<string, PublicDistrict>();
  const page = await api.offers(lang, { limit: 50 });
  for (const offer of page.items)
    for (const d of offer.districts) if (order.includes(d.code)) seen.set(d.id, d);
  return [...seen.values()].sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
}
