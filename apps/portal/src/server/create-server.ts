import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { join } from 'node:path';
import { createElement, type ReactElement } from 'react';
import { PORTAL_LANGUAGES, type PortalLang } from '@lotsen/domain';
import type { PageContext } from '../components/context';
import { messagesOf } from '../i18n';
import { NotFoundPage, ServerErrorPage } from '../pages/TextPage';
import { parsePath, type Route } from '../routing';
import { PortalApi } from './api-client';
import { loadAssets } from './assets';
import { NO_STORE, PUBLIC_CACHE, setSecurityHeaders } from './headers';
import { logError, renderPage } from './render';
import { MemoryRateLimit } from './rate-limit';
import { handlePage, type Handled } from './pages';
import { DistrictCache } from './search';

export interface PortalServerOptions {
  /** The API's address (`PORTAL_API_URL`); only its public `/api/portal` routes are called. */
  apiUrl: string;
  /** Where the portal lives on the host: `/familienportal`. */
  basePath?: string;
  /** The built client files (dist/portal/client); default: next to the server bundle. */
  assetsDir?: string | null;
  /**
   * Trust the last `X-Forwarded-For` entry as the client's address (behind the API's proxy or
   * nginx). Used for the rate limit only, never stored.
   */
  trustProxy?: boolean;
  rateLimit?: MemoryRateLimit;
}

export interface PortalDeps {
  api: PortalApi;
  basePath: string;
  assets: ReturnType<typeof loadAssets>;
  districts: DistrictCache;
  rateLimit: MemoryRateLimit;
  trustProxy: boolean;
}

/** The request handler of the Familienportal (for node:http, or mounted behind a proxy). */
export function createPortalHandler(options: PortalServerOptions): RequestListener {
  const basePath = (options.basePath ?? '/familienportal').replace(/\/+$/, '');
  const api = new PortalApi(options.apiUrl);
  const deps: PortalDeps = {
    api,
    basePath,
    assets: loadAssets(options.assetsDir === undefined ? defaultAssetsDir() : options.assetsDir),
    districts: new DistrictCache(api),
    rateLimit: options.rateLimit ?? new MemoryRateLimit(),
    trustProxy: options.trustProxy ?? false,
  };
  return (req, res) => {
    handle(deps, req, res).catch((error) => {
      logError('request', error);
      if (!res.headersSent) {
        const ctx = contextFor(deps, 'de', req, null);
        sendServerError(deps, req, res, ctx);
      } else res.end();
    });
  };
}

/** The Familienportal as a node http server (not yet listening): `npm start`, tests, the image. */
export function createPortalServer(options: PortalServerOptions): Server {
  const server = createServer(createPortalHandler(options));
  server.keepAliveTimeout = 65_000;
  return server;
}

function defaultAssetsDir(): string | null {
  // the SSR bundle lives in dist/portal/server, the client files in dist/portal/client
  return typeof __dirname === 'string' ? join(__dirname, '..', 'client') : null;
}

export function contextFor(
  deps: PortalDeps,
  lang: PortalLang,
  req: IncomingMessage,
  route: Route | null,
): PageContext {
  const manifest = deps.assets.manifest;
  const asset = (file: string | null | undefined) => (file ? `${deps.basePath}/${file}` : null);
  return {
    lang,
    t: messagesOf(lang),
    basePath: deps.basePath,
    url: req.url ?? `${deps.basePath}/${lang}/`,
    route,
    assets: {
      css: asset(PORTAL_LANGUAGES[lang].dir === 'rtl' ? manifest?.cssRtl : manifest?.css),
      js: asset(manifest?.js),
    },
  };
}

async function handle(deps: PortalDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  setSecurityHeaders(res);
  const url = new URL(req.url ?? '/', 'http://portal.invalid');
  const parsed = parsePath(url.pathname, deps.basePath);
  const method = req.method ?? 'GET';
  switch (parsed.kind) {
    case 'outside':
      return sendText(res, 404, 'Not found');
    case 'root':
      return redirect(res, `${deps.basePath}/de/`, 302, PUBLIC_CACHE);
    case 'redirect':
      return redirect(res, parsed.to, 301, PUBLIC_CACHE);
    case 'asset':
      if ((method === 'GET' || method === 'HEAD') && deps.assets.serve(parsed.file, req, res)) return;
      return sendText(res, 404, 'Not found');
    case 'notFound':
      res.setHeader('Content-Language', PORTAL_LANGUAGES[parsed.lang].htmlLang);
      return sendNotFound(deps, req, res, contextFor(deps, parsed.lang, req, null));
    case 'page': {
      const ctx = contextFor(deps, parsed.lang, req, parsed.route);
      res.setHeader('Content-Language', PORTAL_LANGUAGES[parsed.lang].htmlLang);
      const allowed = parsed.route.name === 'callback' ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD'];
      if (!allowed.includes(method)) {
        res.setHeader('Allow', allowed.join(', '));
        return sendText(res, 405, 'Method not allowed');
      }
      let handled: Handled;
      try {
        handled = await handlePage(deps, ctx, parsed.route, url.searchParams, req, res);
      } catch (error) {
        logError(parsed.route.name, error);
        if (!res.headersSent) sendServerError(deps, req, res, ctx);
        else res.end();
        return;
      }
      return finish(deps, req, res, ctx, handled);
    }
  }
}

function finish(
  deps: PortalDeps,
  req: IncomingMessage,
  res: ServerResponse,
  ctx: PageContext,
  handled: Handled,
): void {
  switch (handled.kind) {
    case 'done':
      return;
    case 'notFound':
      return sendNotFound(deps, req, res, ctx);
    case 'page':
      return renderPage(req, res, handled.element, handled.options);
  }
}

function sendNotFound(_deps: PortalDeps, req: IncomingMessage, res: ServerResponse, ctx: PageContext): void {
  renderPage(req, res, createElement(NotFoundPage, { ctx }) as ReactElement, { status: 404, cache: false });
}

/** The API did not answer (or answered what it never should): a page in the family's language. */
function sendServerError(
  _deps: PortalDeps,
  req: IncomingMessage,
  res: ServerResponse,
  ctx: PageContext,
): void {
  renderPage(req, res, createElement(ServerErrorPage, { ctx }) as ReactElement, {
    status: 502,
    cache: false,
  });
}

export function redirect(res: ServerResponse, to: string, status = 303, cache = NO_STORE): void {
  res.setHeader('Location', to);
  res.setHeader('Cache-Control', cache);
  res.writeHead(status);
  res.end();
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', NO_STORE);
  res.writeHead(status);
  res.end(text);
}
