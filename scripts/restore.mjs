// `npm run restore -- --file F [--database name] [--replace]`: restores a backup of
// `npm run backup` (pg_dump custom format) into a database of the server of DATABASE_URL (else
// the embedded one of `npm start`). Default target: DATABASE_URL's database.
//
// A missing target database is created. An existing one must be empty, unless --replace is
// given: then it is dropped (connections are ended) and created anew — stop the API and the
// workers first. The restore runs in one transaction (all or nothing), without owners and
// privileges of the source, and ends with ANALYZE.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import {
  chooseTool,
  databaseName,
  EXIT,
  libpqEnv,
  openDatabase,
  parseArgs,
  run,
  ScriptError,
  serverVersion,
  withDatabase,
} from './pg-tools.mjs';

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

run(async () => {
  const args = parseArgs(process.argv.slice(2), { file: 'value', database: 'value', replace: 'flag' });
  if (!args.file)
    throw new ScriptError('--file fehlt / is missing: npm run restore -- --file <backup.dump>', EXIT.usage);
  const file = resolve(args.file);
  if (!existsSync(file)) throw new ScriptError(`Datei nicht gefunden / file not found: ${file}`, EXIT.usage);

  const db = await openDatabase();
  try {
    const server = await serverVersion(db.url);
    const pgRestore = chooseTool('pg_restore', server);
    let list;
    try {
      list = execFileSync(pgRestore.path, ['--list', file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      throw new ScriptError(
        `Keine lesbare Sicherung / not a readable backup: ${file}\n${err.stderr ?? err.message}`,
        EXIT.usage,
      );
    }
    const dumpedBy = /Dumped by pg_dump version: (\S+)/.exec(list)?.[1] ?? '?';

    const target = args.database ?? databaseName(db.url);
    const admin = withDatabase(db.url, 'postgres');
    const exists = await withClient(
      admin,
      async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [target])).rowCount > 0,
    );
    if (exists) {
      const tables = await withClient(withDatabase(db.url, target), async (c) => {
        const { rows } = await c.query(
          `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
        );
        return rows[0].n;
      });
      if (tables > 0 && !args.replace) {
        throw new ScriptError(
          [
            `Die Datenbank „${target}“ ist nicht leer (${tables} Tabellen). Nichts wurde geändert.`,
            'Entweder eine neue Datenbank nennen (--database name) oder sie ersetzen (--replace; API und Worker vorher stoppen).',
            `Database "${target}" is not empty (${tables} tables); nothing was changed. Name a new one (--database) or replace it (--replace, stop API and workers first).`,
          ].join('\n'),
          EXIT.notEmpty,
        );
      }
      if (tables > 0) {
        await withClient(admin, (c) => c.query(`DROP DATABASE ${quote(target)} WITH (FORCE)`));
        process.stdout.write(`Datenbank „${target}“ gelöscht / dropped.\n`);
      }
    }
    if (!exists || args.replace) {
      await withClient(admin, async (c) => {
        const again = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [target]);
        if (again.rowCount === 0) await c.query(`CREATE DATABASE ${quote(target)}`);
      });
    }

    const targetUrl = withDatabase(db.url, target);
    try {
      execFileSync(
        pgRestore.path,
        [
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          '--single-transaction',
          `--dbname=${target}`,
          file,
        ],
        { env: { ...process.env, ...libpqEnv(targetUrl) }, stdio: ['ignore', 'inherit', 'inherit'] },
      );
    } catch (err) {
      throw new ScriptError(
        `pg_restore fehlgeschlagen (nichts übernommen) / failed (nothing restored): ${err.message}`,
      );
    }
    const summary = await withClient(targetUrl, async (c) => {
      await c.query('ANALYZE');
      const tables = (await c.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`))
        .rows[0].n;
      const hasMigrations = (await c.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS ok`))
        .rows[0].ok;
      const last = hasMigrations
        ? (await c.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1')).rows[0]?.name
        : null;
      return { tables, last };
    });
    process.stdout.write(
      `Wiederhergestellt / restored: ${file} → ${target} (${summary.tables} Tabellen, letzte Migration ${summary.last ?? '–'}, ` +
        `pg_dump ${dumpedBy}, PostgreSQL ${server.version})\n`,
    );
  } finally {
    await db.stop();
  }
});
