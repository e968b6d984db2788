import { isRole, type Role } from '@lotsen/domain';

/**
 * The part of the session that the login screen needs before react-admin is loaded (issue 19.5:
 * the login page must not load react-admin). Nothing here imports react-admin; `session.ts`
 * builds the app's session functions on top of it, sharing the one cached user.
 */

/** Every API path lives under /api (api.md); in development Vite proxies it to the API. */
export const API_URL = '/api';

/** The user of the current session, as `POST /api/auth/login` and `GET /api/auth/me` return it. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  officeId: string | null;
  providerId: string | null;
  /** The password was set by an admin: the app shows only "Mein Konto" until it is changed. */
  mustChangePassword: boolean;
}

/** The session's user as the API sent it, or null when the answer is not a user. */
export function parseSessionUser(value: unknown): SessionUser | null {
  const data = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof data.id !== 'string' || !isRole(data.role)) return null;
  return {
    id: data.id,
    email: typeof data.email === 'string' ? data.email : '',
    displayName: typeof data.displayName === 'string' ? data.displayName : '',
    role: data.role,
    officeId: typeof data.officeId === 'string' ? data.officeId : null,
    providerId: typeof data.providerId === 'string' ? data.providerId : null,
    mustChangePassword: data.mustChangePassword === true,
  };
}

/** The signed-in user once known: shared by the login screen and the app (session.ts). */
export const sessionCache: { user: SessionUser | null } = { user: null };

/**
 * A hint in localStorage that this browser had a session (set at sign-in, removed at sign-out):
 * with it, the start page fetches the app's code while it asks the API whether the session is
 * still valid, instead of one after the other. It is only a hint; the API decides.
 */
const HINT = 'lotsen.session';
export function sessionHint(): boolean {
  try {
    return localStorage.getItem(HINT) === '1';
  } catch {
    return false;
  }
}
export function setSessionHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT, '1');
    else localStorage.removeItem(HINT);
  } catch {
    // storage disabled: no hint, the start is only a little slower
  }
}

/** A request to the session endpoints: cookie, CSRF header, JSON. Network failures reject (TypeError). */
export function authFetch(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const headers = new Headers({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' });
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  return fetch(`${API_URL}/auth/${path}`, {
    method: init.method ?? 'GET',
    headers,
    credentials: 'include',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** The API's error code in a JSON error body, if any. */
export async function errorCodeOf(response: Response): Promise<{ code: string | null; body: unknown }> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // no JSON body
  }
  const code =
    typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string'
      ? (body as { code: string }).code
      : null;
  return { code, body };
}

/**
 * The i18n key of a failed sign-in (the login screen's messages, `lotsen.errors.*` in de.ts): a
 * 401 is always "wrong e-mail or password", whatever the body says; a lock or throttle says so.
 */
export function loginErrorKey(status: number, code: string | null): string {
  if (status === 401) return 'lotsen.errors.INVALID_CREDENTIALS';
  if (code === 'ACCOUNT_LOCKED' || code === 'TOO_MANY_REQUESTS') return `lotsen.errors.${code}`;
  if (status === 429) return 'lotsen.errors.TOO_MANY_REQUESTS';
  if (status === 502 || status === 503 || status === 504) return 'lotsen.errors.SERVICE_UNAVAILABLE';
  if (status >= 500) return 'lotsen.errors.INTERNAL_ERROR';
  return 'ra.auth.sign_in_error';
}

/**
 * `GET /api/auth/me` without react-admin: the user, or null without a session. Rejects on a
 * network failure or an unexpected answer.
 */
export async function fetchSessionUser(): Promise<SessionUser | null> {
  const response = await authFetch('me');
  if (response.status === 401) {
    await response.text().catch(() => ''); // read to the end: the request is finished, not left open
    setSessionHint(false);
    return null;
  }
  if (!response.ok) throw new Error(`GET /api/auth/me: HTTP ${response.status}`);
  const user = parseSessionUser(await response.json());
  if (!user) throw new Error('GET /api/auth/me: not a user');
  sessionCache.user = user;
  return user;
}

/**
 * `POST /api/auth/login` for the login screen: the user, or an Error whose message is the i18n
 * key of the reason (`loginErrorKey`; `lotsen.network_error` when the server cannot be reached).
 */
export async function signIn(email: string, password: string): Promise<SessionUser> {
  sessionCache.user = null;
  let response: Response;
  try {
    response = await authFetch('login', { method: 'POST', body: { email, password } });
  } catch {
    throw new Error('lotsen.network_error');
  }
  if (!response.ok) {
    const { code } = await errorCodeOf(response);
    throw new Error(loginErrorKey(response.status, code));
  }
  const user = parseSessionUser(await response.json());
  if (!user) throw new Error('lotsen.errors.INTERNAL_ERROR');
  sessionCache.user = user;
  setSessionHint(true);
  return user;
}
