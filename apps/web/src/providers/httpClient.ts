import { fetchUtils } from 'react-admin';
import { toLotsenError } from './errors';
import { API_URL } from './sessionCore';

export { API_URL };

/**
 * fetchJson with the session cookie and the header the API's CSRF check asks for
 * (architecture.md, "Security model"); errors become translated HttpErrors.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  headers.set('X-Requested-With', 'XMLHttpRequest');
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'include' });
  } catch (error) {
    throw toLotsenError(error);
  }
}
