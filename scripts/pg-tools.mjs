// Shared by scripts/backup.mjs and scripts/restore.mjs: arguments, exit codes, and which
// database to work on.
//
// The database is DATABASE_URL's, else the embedded one of `npm start` (.data/, DATA_DIR):
// when `npm start` is running it is used as it is, otherwise it is started for the time of
// the backup or restore and stopped again. No PostgreSQL client programs are needed: the backup
// format is written and read in Node (scripts/logical-backup.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Exit codes of backup and restore (documented in docs/operations.md). */
export const EXIT = { usage: 2, notEmpty: 4, failed: 1 };

export class ScriptError extends Error {
  constructor(message, exitCode = EXIT.failed) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** `--name value` and `--flag` arguments; unknown ones are an error. */
export function parseArgs(argv, spec) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--') || !(name in spec)) {
      throw new ScriptError(`Unbekanntes Argument / unknown argument: ${arg}`, EXIT.usage);
    }
    if (spec[name] === 'flag') out[name] = true;
    else {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) {
        throw new ScriptError(`--${name} braucht einen Wert / needs a value`, EXIT.usage);
      }
      out[name] = value;
    }
  }
  return out;
}

export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

// Credentials of scripts/embedded-postgres.mjs.
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'lotsen-embedded';

async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The database to work on: `{ url, stop, embedded }`. `stop` stops an embedded server that was
 * started here (and does nothing otherwise).
 */
export async function openDatabase(log = (m) => process.stderr.write(`${m}\n`)) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => undefined, embedded: false };
  }
  const dataDir = join(ROOT, process.env.DATA_DIR ?? '.data');
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  if (existsSync(pidFile)) {
    // `npm start` is running (or crashed): its server's port is line 4 of postmaster.pid.
    const port = Number(readFileSync(pidFile, 'utf8').split('\n')[3]);
    const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/lotsen`;
    if (port && (await answers(url))) {
      log(`Eingebettete Datenbank läuft bereits (Port ${port}).`);
      return { url, stop: async () => undefined, embedded: true };
    }
  }
  if (!existsSync(join(dataDir, 'pg', 'PG_VERSION'))) {
    throw new ScriptError(
      `Weder DATABASE_URL gesetzt noch eine eingebettete Datenbank in ${dataDir} / ` +
        `neither DATABASE_URL nor an embedded database in ${dataDir}`,
      EXIT.usage,
    );
  }
  const { startEmbeddedPostgres } = await import('./embedded-postgres.mjs');
  const db = await startEmbeddedPostgres({
    dir: dataDir,
    port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined,
  });
  log(`Eingebettete Datenbank gestartet (${dataDir}).`);
  return { url: db.url, stop: db.stop, embedded: true };
}

/** Runs a script's `main`, printing a ScriptError's message and exiting with its code. */
export function run(main) {
  main().then(
    () => process.exit(0),
    (err) => {
      if (err instanceof ScriptError) {
        process.stderr.write(`${err.message}\n`);
        process.exit(err.exitCode);
      }
      process.stderr.write(`${err?.stack ?? err}\n`);
      process.exit(EXIT.failed);
    },
  );
}
