import { request as httpRequest } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/** Where the Familienportal lives beside the staff app (docs/portal.md). */
export const PORTAL_BASE_PATH = '/familienportal';
const PORTAL_PATH = /^\/familienportal(\/|\?|$)/;

/**
 * A small streaming reverse proxy to the Familienportal's own server (`PORTAL_UPSTREAM`), so that
 * `npm start` shows it under http://localhost:3000/familienportal/ beside the staff app. The API
 * never imports portal code; it passes bytes on. Mounted before every other middleware: no
 * session, no CSRF, no request log for the portal (no IP address, no query text kept), and the
 * staff session cookie is never forwarded. The family's address goes on only in
 * `X-Forwarded-For`, for the portal's in-memory rate limit.
 */
export function portalProxy(upstream: string) {
  const target = new URL(upstream);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!PORTAL_PATH.test(req.originalUrl)) return next();
    const headers = { ...req.headers };
    delete headers.cookie;
    delete headers.authorization;
    const forwarded = req.headers['x-forwarded-for'];
    const client = req.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = forwarded ? `${String(forwarded)}, ${client}` : client;
    headers['x-forwarded-proto'] = req.protocol;
    headers['x-forwarded-host'] = req.headers.host ?? '';
    headers.host = target.host;
    const upstreamReq = httpRequest(
      { hostname: target.hostname, port: target.port, method: req.method, path: req.originalUrl, headers },
      (upstreamRes) => {
        const answer = { ...upstreamRes.headers };
        delete answer['set-cookie'];
        // the portal sets its own security headers; those the API set before are replaced
        for (const name of res.getHeaderNames()) if (name in answer) res.removeHeader(name);
        res.writeHead(upstreamRes.statusCode ?? 502, answer);
        upstreamRes.pipe(res);
      },
    );
    upstreamReq.on('error', () => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(
        'Das Familienportal ist gerade nicht erreichbar. / The family portal is not available right now.',
      );
    });
    req.pipe(upstreamReq);
  };
}
