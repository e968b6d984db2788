import { HttpError } from 'react-admin';
import { toLotsenError } from './errors';

/** A file, not JSON: fetched with the session cookie and the CSRF header, answered as a blob. */
export async function downloadFile(url: string): Promise<{ blob: Blob; fileName: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'include',
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
  } catch (error) {
    throw toLotsenError(error);
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    throw toLotsenError(
      new HttpError(response.statusText || 'ra.notification.http_error', response.status, body),
    );
  }
  return { blob: await response.blob(), fileName: response.headers.get('Content-Disposition') };
}
