import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReactElement } from 'react';
import { renderToPipeableStream } from 'react-dom/server';
import { NO_STORE, PUBLIC_CACHE } from './headers';

export interface RenderOptions {
  status?: number;
  /** Cacheable pages get an ETag and `public, max-age=300`; the rest `no-store`. */
  cache: boolean;
  /**
   * What the page is made of (build, language, address, the API's data). The HTML is a pure
   * function of it, so its hash is the ETag — known before rendering, so the page can stream and a
   * matching `If-None-Match` is answered 304 without rendering at all.
   */
  etagInput?: unknown;
}

export function etagOf(input: unknown): string {
  return `W/"${createHash('sha256').update(JSON.stringify(input)).digest('base64url').slice(0, 27)}"`;
}

/** Streams a page (React 19 `renderToPipeableStream`) with its status and caching headers. */
export function renderPage(
  req: IncomingMessage,
  res: ServerResponse,
  element: ReactElement,
  { status = 200, cache, etagInput }: RenderOptions,
): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Vary', 'Accept-Encoding');
  if (cache && status === 200) {
    const etag = etagOf(etagInput ?? null);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', PUBLIC_CACHE);
    const match = req.headers['if-none-match'];
    if (match && match.split(/\s*,\s*/).includes(etag)) {
      res.writeHead(304);
      res.end();
      return;
    }
  } else {
    res.setHeader('Cache-Control', NO_STORE);
  }
  if (req.method === 'HEAD') {
    res.writeHead(status);
    res.end();
    return;
  }
  let failed = false;
  const stream = renderToPipeableStream(element, {
    onShellReady() {
      res.writeHead(failed ? 500 : status);
      stream.pipe(res);
    },
    onShellError(error) {
      logError('render', error);
      if (!res.headersSent) {
        res.setHeader('Cache-Control', NO_STORE);
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.writeHead(500);
      }
      res.end('Interner Fehler / Internal error');
    },
    onError(error) {
      failed = true;
      logError('render', error);
    },
  });
  setTimeout(() => stream.abort(), 10_000).unref();
}

/**
 * The portal's only log lines: an unexpected error's kind and stack. Never the address, the
 * query or any form field of the request.
 */
export function logError(where: string, error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`[portal] ${where}: ${text}\n`);
}
