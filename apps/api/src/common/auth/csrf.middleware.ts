import type { NextFunction, Request, Response } from 'express';
import { toErrorBody } from '../errors/http-exception.filter';
import { AppException } from '../errors/app.exception';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Is the request's `Origin` the API's own origin (scheme, host and port)? Host and scheme are
 * Express's `req.host` and `req.protocol`: they follow `X-Forwarded-Host` / `X-Forwarded-Proto`
 * only when `TRUST_PROXY` makes the sending hop a trusted proxy (`trust proxy`), else they are the
 * request's own `Host` and connection.
 */
export function isSameOrigin(origin: string, req: Pick<Request, 'protocol' | 'host'>): boolean {
  const host = req.host;
  if (!host) return false;
  try {
    const parsed = new URL(origin);
    return parsed.host === host && parsed.protocol === `${req.protocol}:`;
  } catch {
    return false;
  }
}

/**
 * CSRF rule of architecture.md: a state-changing request must carry the `X-Requested-With`
 * header that our web client sends, or a same-origin `Origin`. A foreign `Origin` is always
 * refused, header or not.
 */
export function csrfMiddleware(req: Request, res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method)) return next();
  const origin = req.get('origin');
  const foreign = origin !== undefined && origin !== 'null' && !isSameOrigin(origin, req);
  const allowed =
    !foreign && (req.get('x-requested-with') !== undefined || (origin !== undefined && origin !== 'null'));
  if (allowed) return next();
  const body = toErrorBody(
    new AppException(
      403,
      'CSRF_REJECTED',
      'Cross-site request refused: send X-Requested-With or a same-origin Origin',
    ),
  );
  res.status(body.statusCode).json(body);
}
