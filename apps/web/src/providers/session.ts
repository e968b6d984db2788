import { HttpError } from 'react-admin';
import type { Actor } from '@lotsen/domain';
import { toLotsenError } from './errors';
import { forgetRememberedUser, rememberedUser, rememberUser } from '../outreach/outbox';
import { authFetch, parseSessionUser, sessionCache, setSessionHint, type SessionUser } from './sessionCore';

export type { SessionUser } from './sessionCore';

export function toSessionUser(value: unknown): SessionUser {
  const user = parseSessionUser(value);
  if (!user) throw new HttpError('lotsen.errors.INTERNAL_ERROR', 500, value);
  return user;
}

export function toActor(user: SessionUser): Actor {
  return { id: user.id, role: user.role, officeId: user.officeId, providerId: user.providerId };
}

/** A request to the session endpoints: cookie, CSRF header, JSON. */
async function authRequest(path: string, init: { method?: string; body?: unknown } = {}) {
  try {
    return await authFetch(path, init);
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

let pendingUser: Promise<SessionUser | null> | null = null;

/** A failed request that never reached the API (no network): status 0 of `toLotsenError`. */
const isNetworkFailure = (error: unknown) => error instanceof HttpError && error.status === 0;

/**
 * Keeps the signed-in staff member on the device, so that the installed app opens offline
 * (issue 22, docs/offline-outreach.md) — once per user and page, whether the login screen
 * (sessionCore.ts, before react-admin) or this module learnt of the user. Failing storage
 * (private mode, tests) changes nothing.
 */
let remembered: string | null = null;
function remember(user: SessionUser): SessionUser {
  if (remembered !== user.id) {
    remembered = user.id;
    rememberUser(user).catch(() => undefined);
  }
  return user;
}

/**
 * The session's user: from the cache (filled by the login screen too, see sessionCore.ts), else
 * from `GET /api/auth/me`; `null` when not logged in. Without network the last signed-in user
 * remembered on the device (not cached: the next call asks the API again), so that the offline
 * capture opens; a real 401 still means signed out.
 */
export function currentUser(): Promise<SessionUser | null> {
  if (sessionCache.user) return Promise.resolve(remember(sessionCache.user));
  pendingUser ??= (async () => {
    let response: Response;
    try {
      response = await authRequest('me');
    } catch (error) {
      const offline = isNetworkFailure(error) ? await rememberedUser().catch(() => null) : null;
      if (offline) return toSessionUser(offline);
      throw error;
    }
    if (response.status === 401) {
      await response.text().catch(() => ''); // read to the end: the request is finished, not left open
      setSessionHint(false);
      return null;
    }
    if (!response.ok) throw await errorOf(response);
    sessionCache.user = remember(toSessionUser(await response.json()));
    return sessionCache.user;
  })().finally(() => {
    pendingUser = null;
  });
  return pendingUser;
}

export function forgetUser(): void {
  sessionCache.user = null;
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
  sessionCache.user = remember(toSessionUser(await response.json()));
  setSessionHint(true);
  return sessionCache.user;
}

/** `POST /api/auth/logout`; a session that is already gone is fine. */
export async function logOut(): Promise<void> {
  forgetUser();
  remembered = null;
  setSessionHint(false);
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
  if (sessionCache.user) sessionCache.user = { ...sessionCache.user, mustChangePassword: false };
}
