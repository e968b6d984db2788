import type { AddressInfo } from 'node:net';
import { TEST_PASSWORD } from './factories';
import type { TestApp } from './test-app';

/**
 * The packages are loaded with `require` and typed here by what the tests use: their own type
 * declarations pull in React's and the DOM's, which the API's test project does not compile with.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RaRecord = { id: string } & Record<string, any>;
interface Params {
  [key: string]: unknown;
}
export interface DataProvider {
  getList(resource: string, params: Params): Promise<{ data: RaRecord[]; total?: number }>;
  getOne(resource: string, params: { id: string }): Promise<{ data: RaRecord }>;
  getMany(resource: string, params: { ids: string[] }): Promise<{ data: RaRecord[] }>;
  getManyReference(resource: string, params: Params): Promise<{ data: RaRecord[]; total?: number }>;
  create(resource: string, params: { data: Params }): Promise<{ data: RaRecord }>;
  update(
    resource: string,
    params: { id: string; data: Params; previousData: RaRecord },
  ): Promise<{ data: RaRecord }>;
}
type FetchJson = (
  url: string,
  options?: RequestInit,
) => Promise<{ status: number; headers: Headers; json: unknown }>;
const simpleRestProvider = require('ra-data-simple-rest') as (
  url: string,
  httpClient: FetchJson,
) => DataProvider;
const { fetchUtils } = require('ra-core') as { fetchUtils: { fetchJson: FetchJson } };

/** The base URL of a listening test app (`startTestApp(env, true)`). */
export function apiUrl(t: TestApp): string {
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}/api`;
}

/** Signs in through the real login route and returns the session cookie. */
export async function sessionCookie(t: TestApp, email: string): Promise<string> {
  const res = await fetch(`${apiUrl(t)}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/**
 * The official `ra-data-simple-rest`, unchanged, as another team's react-admin screen would use
 * it; its httpClient is react-admin's own `fetchJson` carrying the session cookie and the
 * X-Requested-With header (the CSRF rule), as a browser on the same origin would.
 */
export function raClient(t: TestApp, cookie: string): DataProvider {
  const httpClient = (url: string, options: RequestInit = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Cookie', cookie);
    headers.set('X-Requested-With', 'XMLHttpRequest');
    return fetchUtils.fetchJson(url, { ...options, headers });
  };
  return simpleRestProvider(apiUrl(t), httpClient);
}

/** The status and body of a refused call (react-admin's HttpError). */
export async function refusal(
  call: Promise<unknown>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  try {
    await call;
  } catch (err) {
    const e = err as { status?: number; body?: Record<string, unknown> };
    if (typeof e.status === 'number') return { status: e.status, body: e.body ?? {} };
    throw err;
  }
  throw new Error('the call succeeded');
}
