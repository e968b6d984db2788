// `npm run restore -- --file F [--database name] [--replace]`: restores a backup of
// `npm run backup` (scripts/logical-backup.mjs) into a database of the server of DATABASE_URL
// (else the embedded one of `npm start`). Default target: DATABASE_URL's database. Needs the
// build (`npm run build`): it runs this build's migrations.
//
// A missing target database is created. An existing one must be empty, unless --replace is
// given: then it is dropped (connections are ended) and created anew — stop the API and the
// workers first. Then: the migrations up to the backup's last one (a backup of a newer build is
// refused), and in one transaction (all or nothing): empty the tables, COPY every table back with
// triggers off (session_replication_role = replica), set the sequences, and compare every table's
// row count and checksum with the backup's manifest. ANALYZE at the end.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  listTables,
  quoteIdent,
  readBackup,
  readManifest,
  STABLE_TEXT_SETTINGS,
  tableChecksum,
} from './logical-backup.mjs';
import {
  databaseName,
  EXIT,
  openDatabase,
  parseArgs,
  ROOT,
  run,
  ScriptError,
  withDatabase,
} from './pg-tools.mjs';

const require = createRequire(import.meta.url);

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** This build's migrations up to the backup's last one; refuses a backup this build cannot read. */
function migrationsFor(manifest) {
  const dist = join(ROOT, 'dist', 'api');
  const index = join(dist, 'migrations', 'index.js');
  if (!existsSync(index)) {
    throw new ScriptError(
      `Kein Build in ${dist}: erst "npm run build" / no build: run "npm run build" first`,
      EXIT.usage,
    );
  }
  const { MIGRATIONS } = require(index);
  const names = MIGRATIONS.map((m) => m.name);
  const wanted = manifest.migrations;
  if (wanted.some((name, i) => names[i] !== name)) {
    throw new ScriptError(
      [
        `Die Sicherung passt nicht zu dieser Version: ihre Migrationen (${wanted.join(', ') || '–'}) sind nicht`,
        `der Anfang der Migrationen dieses Builds (${names.join(', ')}). Mit dem Build wiederherstellen, der sie schrieb.`,
        'The backup does not fit this build: its migrations are not a prefix of this build’s.',
      ].join('\n'),
      EXIT.usage,
    );
  }
  const { dataSourceOptions } = require(
    join(dist, 'apps', 'api', 'src', 'common', 'database', 'data-source-options.js'),
  );
  return { migrations: MIGRATIONS.slice(0, wanted.length), dataSourceOptions };
}

async function migrate(url, { migrations, dataSourceOptions }) {
  const { DataSource } = require('typeorm');
  const ds = await new DataSource({ ...dataSourceOptions(url), migrations, logging: false }).initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

/** COPY one table's rows (COPY text lines) into the table, in batches. */
async function copyIn(client, table, rows) {
  const columns = table.columns.map(quoteIdent).join(', ');
  const copy = client.query(copyFrom(`COPY ${quoteIdent(table.name)} (${columns}) FROM STDIN`));
  async function* batches() {
    let batch = [];
    let size = 0;
    for await (const line of rows) {
      batch.push(line);
      size += line.length + 1;
      if (size >= 1 << 16) {
        yield `${batch.join('\n')}\n`;
        batch = [];
        size = 0;
      }
    }
    if (batch.length) yield `${batch.join('\n')}\n`;
  }
  await pipeline(Readable.from(batches()), copy);
  return copy.rowCount;
}

/** Restores `file` into the empty, migrated database of `client`, verified; all or nothing. */
async function restoreData(client, file, manifest) {
  const present = await listTables(client);
  const expected = manifest.tables.map((t) => `${t.name}(${t.columns.join(',')})`);
  const actual = present.map((t) => `${t.name}(${t.columns.join(',')})`);
  if (JSON.stringify(expected) !== JSON.stringify(actual)) {
    const missing = expected.filter((t) => !actual.includes(t));
    const extra = actual.filter((t) => !expected.includes(t));
    throw new Error(
      `the schema after the migrations differs from the backup's: ${[...missing, ...extra].join(' ')}`,
    );
  }
  await client.query('BEGIN');
  try {
    for (const sql of STABLE_TEXT_SETTINGS) await client.query(sql.replace(/^SET /, 'SET LOCAL '));
    // triggers (audit rules, counters) and foreign keys off: the rows come back as they were
    await client.query('SET LOCAL session_replication_role = replica');
    if (present.length) await client.query(`TRUNCATE ${present.map((t) => quoteIdent(t.name)).join(', ')}`);
    await readBackup(file, async (table, rows) => {
      const copied = await copyIn(client, table, rows);
      if (copied !== table.rows)
        throw new Error(`${table.name}: ${copied} rows restored, ${table.rows} expected`);
    });
    for (const s of manifest.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        quoteIdent(s.name),
        s.lastValue ?? 1,
        s.lastValue !== null,
      ]);
    }
    for (const table of manifest.tables) {
      const now = await tableChecksum(client, table.name);
      if (now.rows !== table.rows || now.checksum !== table.checksum) {
        throw new Error(
          `${table.name}: ${now.rows} rows / checksum ${now.checksum} after the restore, ` +
            `${table.rows} / ${table.checksum} in the backup`,
        );
      }
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
  await client.query('ANALYZE');
}

run(async () => {
  const args = parseArgs(process.argv.slice(2), { file: 'value', database: 'value', replace: 'flag' });
  if (!args.file)
    throw new ScriptError('--file fehlt / is missing: npm run restore -- --file <backup.gz>', EXIT.usage);
  const file = resolve(args.file);
  if (!existsSync(file)) throw new ScriptError(`Datei nicht gefunden / file not found: ${file}`, EXIT.usage);
  let manifest;
  try {
    manifest = await readManifest(file);
  } catch (err) {
    throw new ScriptError(
      `Keine lesbare Sicherung / not a readable backup: ${file}\n${err.message}`,
      EXIT.usage,
    );
  }
  const build = migrationsFor(manifest);

  const db = await openDatabase();
  try {
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
        await withClient(admin, (c) => c.query(`DROP DATABASE ${quoteIdent(target)} WITH (FORCE)`));
        process.stdout.write(`Datenbank „${target}“ gelöscht / dropped.\n`);
      }
    }
    await withClient(admin, async (c) => {
      const again = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [target]);
      if (again.rowCount === 0) await c.query(`CREATE DATABASE ${quoteIdent(target)}`);
    });

    const targetUrl = withDatabase(db.url, target);
    try {
      await migrate(targetUrl, build);
      await withClient(targetUrl, (c) => restoreData(c, file, manifest));
    } catch (err) {
      throw new ScriptError(
        `Wiederherstellung fehlgeschlagen (keine Daten übernommen) / restore failed: ${err.message}`,
      );
    }
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    process.stdout.write(
      `Wiederhergestellt und geprüft / restored and verified: ${file} → ${target} (${manifest.tables.length} Tabellen, ` +
        `${rows} Zeilen, letzte Migration ${manifest.migrations.at(-1) ?? '–'}, Sicherung von PostgreSQL ${manifest.server} ` +
        `vom ${manifest.createdAt})\n`,
    );
  } finally {
    await db.stop();
  }
});
