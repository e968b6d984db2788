import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import {
  assertSchemaCurrent,
  runPendingMigrations,
  SchemaNotCurrentError,
  withMigrationLock,
} from './common/database/migrate';
import { createApp } from './create-app';
import { ensureFirstAdmin, loadDemoData } from './seed/seed';
import type { AddressInfo } from 'node:net';
import { markStarted } from './common/logging/pretty-log';
import { demoLogins } from './seed/demo-data';
import { describeMail, formatStartBox } from './start-box';

const netServerClose = NetServer.prototype.close;

/** dist/api/apps/api/src → dist/web */
export const DEFAULT_WEB_DIR = join(__dirname, '..', '..', '..', '..', 'web');

export function readConfigOrExit(): AppConfig {
  try {
    return loadConfig(process.env, { webDir: DEFAULT_WEB_DIR });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}

/** Exit code when the schema lacks migrations of this build (EX_UNAVAILABLE). */
export const SCHEMA_NOT_CURRENT_EXIT = 69;

/** How long a stopping API waits for in-flight requests before it cuts the connections. */
export const SHUTDOWN_TIMEOUT_MS = 25_000;

/** Stops the API gracefully; `banner` is the start box to print last (empty with JSON logs). */
export interface RunningApi {
  (): Promise<void>;
  banner: string;
  /** The one line printed instead of the box with JSON logs (scripts wait for it). */
  readyLine: string;
}

/** The start box for a person at a terminal: addresses and, with demo data, the demo logins. */
export function startBanner(config: AppConfig, port: number): string {
  const base = `http://localhost:${port}`;
  return formatStartBox({
    appUrl: config.webDir ? `${base}/` : `nicht hier (SERVE_WEB=false): ${base}/api`,
    docsUrl: `${base}/api/docs`,
    portalUrl: config.portalUpstream ? `${base}/familienportal/` : undefined,
    mail: describeMail(config.smtpUrl),
    logins: config.loadDemoData ? demoLogins() : [],
  });
}

/**
 * Starts the HTTP API; returns a function that stops it gracefully (with the start box to print).
 *
 * Start-up holds the migration lock (a PostgreSQL advisory lock) while it migrates
 * (`MIGRATE_ON_START`), checks that no migration is pending and writes the first admin and the
 * demo data: instances started at the same moment do this one after another, and an instance
 * that does not migrate waits for one that does. With a migration pending it refuses to start
 * (`SchemaNotCurrentError`).
 */
export async function bootstrap(config: AppConfig = readConfigOrExit()): Promise<RunningApi> {
  const app = await createApp(config);
  app.flushLogs(); // start-up logs as they happen, not only once the app listens
  const logger = new Logger('Bootstrap');
  const dataSource = app.get(DataSource);
  try {
    await withMigrationLock(
      dataSource,
      async () => {
        if (config.migrateOnStart) {
          const applied = await runPendingMigrations(dataSource);
          if (applied.length) logger.log(`Migrations applied: ${applied.join(', ')}`);
        }
        await assertSchemaCurrent(dataSource);
        if (await ensureFirstAdmin(dataSource, config))
          logger.log(`First admin created: ${config.adminEmail}`);
        if (config.loadDemoData) {
          const logins = await loadDemoData(dataSource);
          if (logins.length) logger.log(`Demo data loaded: ${logins.length} demo logins`);
        }
      },
      () => logger.log('Waiting for another instance to finish migrating (advisory lock)'),
    );
  } catch (err) {
    await app.close().catch(() => undefined);
    throw err;
  }
  const server = app.getHttpServer() as Server;
  let draining = false;
  // While draining, every response closes its connection: a keep-alive client does not send
  // the next request to an instance that is going away. Runs before express sees the request.
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (draining) res.setHeader('Connection', 'close');
  });
  await app.listen(config.port);
  const port = (server.address() as AddressInfo).port;
  logger.log(`Listening on port ${port}`);
  markStarted();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      draining = true;
      await drain(server, SHUTDOWN_TIMEOUT_MS, logger);
      // Then the Nest shutdown hooks: queues, Redis, and the PostgreSQL pool (TypeORM) last.
      await app.close();
      logger.log('Stopped');
    })();
    return stopping;
  };
  return Object.assign(stop, {
    banner: config.logFormat === 'pretty' ? startBanner(config, port) : '',
    readyLine: `Lotsen CRM läuft auf http://localhost:${port} (API-Doku: /api/docs)`,
  });
}

/**
 * Graceful stop of the HTTP server: stop accepting at once (a load balancer's next connection
 * attempt is refused and goes to another instance), let every request in flight finish, close
 * keep-alive connections as soon as they are idle, and after `timeoutMs` cut what is left.
 *
 * `net.Server#close` rather than `http.Server#close`: the latter also closes idle connections
 * at once, including one accepted a moment ago whose request has not arrived yet. Here idle
 * connections are closed from 200 ms on, when such a request has long been read.
 */
async function drain(server: Server, timeoutMs: number, logger: Logger): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    netServerClose.call(server, () => resolve());
  });
  logger.log('Shutting down: no new connections, finishing requests in flight');
  const idleCloser = setInterval(() => server.closeIdleConnections(), 200);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    closed.then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), timeoutMs);
    }),
  ]);
  clearInterval(idleCloser);
  clearTimeout(timer);
  if (timedOut) {
    logger.warn(`Requests still running after ${timeoutMs} ms: closing their connections`);
    server.closeAllConnections();
    await closed;
  }
}

if (require.main === module) {
  bootstrap()
    .then((stop) => {
      process.stdout.write(stop.banner ? `\n${stop.banner}\n` : `${stop.readyLine}\n`);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          stop().then(
            () => process.exit(0),
            (err: unknown) => {
              process.stderr.write(`Shutdown failed: ${err instanceof Error ? err.message : String(err)}\n`);
              process.exit(1);
            },
          );
        });
      }
    })
    .catch((err: unknown) => {
      if (err instanceof SchemaNotCurrentError) {
        process.stderr.write(`${err.message}\n`);
        process.exit(SCHEMA_NOT_CURRENT_EXIT);
      }
      process.stderr.write(
        `Start failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exit(1);
    });
}
