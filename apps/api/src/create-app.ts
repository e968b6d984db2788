import { type INestApplication, Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { portalProxy } from './common/portal-proxy';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { LIMITS } from '@lotsen/domain';
import { AppModule } from './app.module';
import { csrfMiddleware } from './common/auth/csrf.middleware';
import { PgSessionStore } from './common/auth/pg-session.store';
import { AppException } from './common/errors/app.exception';
import { answerClientErrors, bodyGuard } from './common/errors/body-guard';
import { toErrorBody } from './common/errors/http-exception.filter';
import { createValidationPipe } from './common/errors/validation';
import type { AppConfig } from './config/config';
import { QueueDashboard } from './jobs/queue-dashboard';
import { AUTHENTICATOR, type Authenticator } from './modules/auth/authenticator';
import { setPasswordHashConcurrency } from './modules/auth/password';

/** Errors of the body parser (bad JSON, too large) get the error body of api.md too. */
function bodyParserErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = (err as { type?: string })?.type;
  if (type === 'entity.too.large') {
    const body = toErrorBody(
      new AppException(413, 'PAYLOAD_TOO_LARGE', `The body may have at most ${LIMITS.bodyBytesMax} bytes`),
    );
    res.status(413).json(body);
  } else if (type === 'entity.parse.failed') {
    res.status(400).json(toErrorBody(new AppException(400, 'MALFORMED_JSON', 'The body is not valid JSON')));
  } else if (err) {
    next(err);
  }
}

export function buildOpenApi(app: INestApplication) {
  const config = new DocumentBuilder()
    .setTitle('Lotsen CRM API')
    .setDescription(
      'Case and referral system of the Familienbüro Potsdam. Errors: {statusCode, code, message, details?}.',
    )
    .setVersion('0.1.0')
    .addCookieAuth('lotsen.sid')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/**
 * The public routes of the Familienportal (issue 17) and the Open Referral API (issue 18): no
 * session, no cookie, nothing kept per caller.
 */
export const PORTAL_PATH = /^\/api\/(portal|hsds)(\/|\?|$)/i;

/** The middleware, except on the portal's routes. */
function exceptPortal(middleware: express.RequestHandler): express.RequestHandler {
  return (req, res, next) => (PORTAL_PATH.test(req.originalUrl) ? next() : middleware(req, res, next));
}

/**
 * The security headers of `helmet` (and `extra`) are the same for every response of this
 * configuration: they are computed once at start-up by running the middleware against a
 * recording response, then each response gets them in one loop (issue 19 point 2: helmet's
 * eleven middlewares per request were ~2 % of the API's CPU).
 */
export function onceComputedHeaders(
  middleware: express.RequestHandler,
  extra: [string, string][] = [],
): express.RequestHandler {
  const headers: [string, string | number | readonly string[]][] = [];
  const removed: string[] = [];
  let passed = false;
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.push([name, value]),
    removeHeader: (name: string) => removed.push(name),
  };
  middleware({ method: 'GET', headers: {} } as Request, recorder as unknown as Response, (err?: unknown) => {
    if (err) throw err;
    passed = true;
  });
  if (!passed) throw new Error('The header middleware did not call next() synchronously');
  headers.push(...extra);
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** Builds the API exactly as production runs it; tests use the same function. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  setPasswordHashConcurrency(config.passwordHashConcurrency);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.setGlobalPrefix('api');
  // the Familienportal (npm start): passed through before any other middleware (docs/portal.md)
  if (config.portalUpstream) app.use(portalProxy(config.portalUpstream));

  app.use(
    onceComputedHeaders(
      helmet({
        contentSecurityPolicy: {
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
            fontSrc: ["'self'", 'data:'],
            objectSrc: ["'none'"],
            frameAncestors: ["'none'"],
            baseUri: ["'self'"],
            formAction: ["'self'"],
            upgradeInsecureRequests: config.production ? [] : null,
          },
        },
        hsts: config.production,
        // the same as docker/nginx-security-headers.conf, which serves the web app in production
        frameguard: { action: 'deny' },
      }),
      [['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()']],
    ),
  );
  app.use('/api', express.json({ limit: LIMITS.bodyBytesMax }), bodyParserErrors, bodyGuard);
  answerClientErrors(app.getHttpServer());
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range, X-Request-Id');
    next();
  });
  app.use(
    '/api',
    exceptPortal(
      session({
        name: config.sessionCookieName,
        secret: config.sessionSecret,
        store: new PgSessionStore(app.get(DataSource), config.sessionIdleMs),
        resave: false,
        saveUninitialized: false,
        rolling: true,
        unset: 'destroy',
        cookie: {
          httpOnly: true,
          sameSite: 'lax',
          secure: config.production,
          maxAge: config.sessionIdleMs,
          path: '/',
        },
      }),
    ),
  );
  const authenticator = app.get<Authenticator>(AUTHENTICATOR);
  app.use('/api', exceptPortal(authenticator.initialize()));
  app.use('/api', exceptPortal(authenticator.session()));
  app.use('/api', exceptPortal(csrfMiddleware));
  app.get(QueueDashboard).mount(app);
  app.useGlobalPipes(createValidationPipe());

  const document = buildOpenApi(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (config.webDir) serveWeb(app, config.webDir);
  return app;
}

/**
 * Does a request ask for the app's page? A navigation (`GET`/`HEAD` whose `Accept` names
 * text/html) to a path without a file extension, outside `/api`: client-side routes such as
 * `/families/42`. A missing script, image or `/favicon.ico` is no navigation and gets a 404.
 */
export function isAppNavigation(req: Pick<Request, 'method' | 'path' | 'get'>): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.path === '/api' || req.path.startsWith('/api/')) return false;
  if (/\.[^/]*$/.test(req.path)) return false;
  return /\btext\/html\b/i.test(req.get('accept') ?? '');
}

/**
 * The built web app. Files are served as they are; a navigation falls back to index.html; any
 * other request outside `/api` that matches no file answers 404 (JSON error body), so that a
 * missing bundle is never answered with HTML.
 */
function serveWeb(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) {
    new NestLogger('Web').warn(`No web build in ${webDir}: run "npm run build" (the API runs without it)`);
    return;
  }
  app.use(
    express.static(webDir, {
      index: false,
      maxAge: '1h',
      immutable: false,
      // the service worker and the manifest (issue 22): revalidated at every load, so that a new
      // build takes over at once
      setHeaders: (res, path) => {
        if (/[\\/](sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/.test(path)) {
          res.setHeader('Cache-Control', 'no-cache');
        }
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    if (isAppNavigation(req)) {
      res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(index);
    }
    res.setHeader('Cache-Control', 'no-store');
    res.status(404).json(toErrorBody(AppException.notFound('File')));
  });
}
