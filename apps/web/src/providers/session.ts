import { HttpError } from 'react-admin';
import { isRole, type Actor, type Role } from '@lotsen/domain';
import { toLotsenError } from './errors';
import { API_URL } from './httpClient';
import { forgetRememberedUser, rememberedUser, rememberUser } from '../outreach/outbox';

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

export function toSessionUser(value: unknown): SessionUser {
  const data = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof data.id !== 'string' || !isRole(data.role)) {
    throw new HttpError('lotsen.errors.INTERNAL_ERROR', 500, data);
  }
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

export function toActor(user: SessionUser): Actor {
  return { id: user.id, role: user.role, officeId: user.officeId, providerId: user.providerId };
}

/** A request to the session endpoints: cookie, CSRF header, JSON. */
async function authRequest(path: string, init: { method?: string; body?: unknown } = {}) {
  const headers = new Headers({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' });
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  try {
    return await fetch(`${API_URL}/auth/${path}`, {
      method: init.method ?? 'GET',
      headers,
      credentials: 'include',
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (error) {
    throw toLotsenError(error);
  }
}

async function errorOf(response: Response): Promise<unknown> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // no JSON body
  }
  const message =
    typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
      ? (body as { message: string }).message
      : response.statusText;
  return toLotsenError(new HttpError(message, response.status, body));
}

let cachedUser: SessionUser | null = null;
let pendingUser: Promise<SessionUser | null> | null = null;

/** A failed request that never reached the API (no network): status 0 of `toLotsenError`. */
const isNetworkFailure = (error: unknown) => error instanceof HttpError && error.status === 0;

/**
 * Keeps the signed-in staff member on the device, so that the installed app opens offline
 * (issue 22, docs/offline-outreach.md). Failing storage (private mode, tests) changes nothing.
 */
function remember(user: SessionUser): void {
  rememberUser(user).catch(() => undefined);
}

/**
 * The session's user: from the cache, else from `GET /api/auth/me`; `null` when not logged in.
 * Without network the last signed-in user remembered on the device (not cached: the next call
 * asks the API again), so that the offline capture opens; a real 401 still means signed out.
 */
export function currentUser(): Promise<SessionUser | null> {
  if (cachedUser) return Promise.resolve(cachedUser);
  pendingUser ??= (async () => {
    let response: Response;
    try {
      response = await authRequest('me');
    } catch (error) {
      const offline = isNetworkFailure(error) ? await rememberedUser().catch(() => null) : null;
      if (offline) return toSessionUser(offline);
      throw error;
    }
    if (response.status === 401) return null;
    if (!response.ok) throw await errorOf(response);
    cachedUser = toSessionUser(await response.json());
    remember(cachedUser);
    return cachedUser;
  })().finally(() => {
    pendingUser = null;
  });
  return pendingUser;
}

export function forgetUser(): void {
  cachedUser = null;
}

/**
 * `POST /api/auth/login`. Rejects with an Error whose message is the i18n key of the reason:
 * INVALID_CREDENTIALS (401), ACCOUNT_LOCKED or TOO_MANY_REQUESTS (429), or another API error.
 */
export async function logIn(email: string, password: string): Promise<SessionUser> {
  forgetUser();
  const response = await authRequest('login', { method: 'POST', body: { email, password } });
  if (!response.ok) {
    const error = await errorOf(response);
    // A 401 at login means wrong credentials, whatever the body says.
    if (
      response.status === 401 &&
      error instanceof HttpError &&
      !error.message.includes('INVALID_CREDENTIALS')
    ) {
      throw new HttpError('lotsen.errors.INVALID_CREDENTIALS', 401, error.body);
    }
    throw error;
  }
  cachedUser = toSessionUser(await response.json());
  remember(cachedUser);
  return cachedUser;
}

/** `POST /api/auth/logout`; a session that is already gone is fine. */
export async function logOut(): Promise<void> {
  forgetUser();
  await forgetRememberedUser().catch(() => undefined);
  try {
    await authRequest('logout', { method: 'POST' });
  } catch {
    // offline or already logged out: the local state is cleared all the same
  }
}

/**
 * `POST /api/auth/password`: the signed-in user's own new password. Rejects with the API's error
 * (WRONG_CURRENT_PASSWORD, WEAK_PASSWORD, PASSWORD_UNCHANGED, ACCOUNT_LOCKED, VALIDATION_FAILED).
 * The user's other sessions end; this one goes on, no longer bound to change the password.
 */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  const response = await authRequest('password', { method: 'POST', body: { currentPassword, newPassword } });
  if (!response.ok) throw await errorOf(response);
  if (cachedUser) cachedUser = { ...cachedUser, mustChangePassword: false };
}
