// The backup format of `npm run backup` / `npm run restore`: a logical backup written in Node
// through the database connection, with no PostgreSQL client programs. It works the same on the
// embedded PostgreSQL of `npm start` (whose npm package has no pg_dump), on the machine's server
// and on the compose stack's, whatever their major versions. Why this way: docs/operations.md.
//
// File: gzip of text lines
//   1. `LOTSEN-BACKUP 1 {manifest}`: format, time, server, the applied migrations, and per table
//      its columns, row count and checksum, sequences with their values;
//   2. per table: `TABLE {"table":…,"columns":[…]}`, then its rows in COPY text format (one row a
//      line, newlines inside values escaped), then `\.`;
//   3. `END {"tables":n}`: the file is whole.
// Everything is read in one REPEATABLE READ snapshot, so the counts, checksums and rows agree.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { to as copyTo } from 'pg-copy-streams';

export const FORMAT = 'LOTSEN-BACKUP';
export const FORMAT_VERSION = 1;

/** Session settings that make text output (COPY, row::text) the same on every server. */
export const STABLE_TEXT_SETTINGS = [
  `SET TimeZone = 'UTC'`,
  `SET DateStyle = 'ISO, YMD'`,
  `SET IntervalStyle = 'postgres'`,
  `SET extra_float_digits = 3`,
  `SET bytea_output = 'hex'`,
  `SET client_encoding = 'UTF8'`,
];

/** Tables the backup carries: every table of the public schema but the migration ledger. */
export async function listTables(client) {
  const { rows } = await client.query(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations'
      GROUP BY c.relname
      ORDER BY c.relname`,
  );
  return rows;
}

export const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

/**
 * Row count and an order-independent checksum of a table: the sum of the first 60 bits of each
 * row's MD5 (row as text). No row order and no table-sized string, so it fits tables of any size.
 */
export async function tableChecksum(client, table) {
  const { rows } = await client.query(
    `SELECT count(*)::text AS rows,
            coalesce(sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint::numeric), 0)::text AS checksum
       FROM ${quoteIdent(table)} t`,
  );
  return { rows: Number(rows[0].rows), checksum: rows[0].checksum };
}

/** Sequences of the public schema with their state (restored exactly, not guessed from max(id)). */
export async function listSequences(client) {
  const { rows } = await client.query(
    `SELECT sequencename AS name, last_value::text AS "lastValue"
       FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  return rows;
}

async function writeTo(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * Writes the backup of the database `client` is connected to into `file` (gzip). Returns the
 * manifest. The caller owns the connection; this runs one read-only transaction on it.
 */
export async function writeBackup(client, file) {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    for (const sql of STABLE_TEXT_SETTINGS) await client.query(sql);
    const server = (await client.query(`SELECT current_setting('server_version') AS v`)).rows[0].v;
    const hasLedger = (await client.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS ok`))
      .rows[0].ok;
    const migrations = hasLedger
      ? (await client.query('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name)
      : [];
    const tables = [];
    for (const t of await listTables(client)) {
      tables.push({ name: t.name, columns: t.columns, ...(await tableChecksum(client, t.name)) });
    }
    const manifest = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      server: server.split(' ')[0],
      migrations,
      tables,
      sequences: await listSequences(client),
    };

    const gzip = createGzip({ level: 6 });
    const out = createWriteStream(file);
    gzip.pipe(out);
    const written = once(out, 'finish');
    await writeTo(gzip, `${FORMAT} ${FORMAT_VERSION} ${JSON.stringify(manifest)}\n`);
    for (const table of tables) {
      await writeTo(gzip, `TABLE ${JSON.stringify({ table: table.name, columns: table.columns })}\n`);
      const columns = table.columns.map(quoteIdent).join(', ');
      const copy = client.query(copyTo(`COPY ${quoteIdent(table.name)} (${columns}) TO STDOUT`));
      copy.pipe(gzip, { end: false });
      await once(copy, 'end');
      if (copy.rowCount !== table.rows) {
        throw new Error(`${table.name}: ${copy.rowCount} rows copied, ${table.rows} counted`);
      }
      await writeTo(gzip, '\\.\n');
    }
    gzip.end(`END ${JSON.stringify({ tables: tables.length })}\n`);
    await written;
    await client.query('COMMIT');
    return manifest;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** The lines of a backup file, one by one (async iterator of strings). */
export function backupLines(file) {
  const input = createReadStream(file).pipe(createGunzip());
  return createInterface({ input, crlfDelay: Infinity });
}

/** Reads the manifest (first line); throws when the file is not a backup of this format. */
export async function readManifest(file) {
  const lines = backupLines(file);
  try {
    for await (const line of lines) {
      const match = new RegExp(`^${FORMAT} (\\d+) (.*)$`).exec(line);
      if (!match) throw new Error('the first line is not a backup manifest');
      if (Number(match[1]) !== FORMAT_VERSION) throw new Error(`backup format ${match[1]} is not supported`);
      return JSON.parse(match[2]);
    }
    throw new Error('the file is empty');
  } finally {
    lines.close();
  }
}

/**
 * Reads the whole file and checks it against its manifest: every table in order, its row count,
 * and the closing line. `onTable(table, rows)` may consume each table's rows (an async iterable
 * of COPY text lines); without it they are only counted. Returns the manifest.
 */
export async function readBackup(file, onTable) {
  const lines = backupLines(file)[Symbol.asyncIterator]();
  const next = async () => {
    const r = await lines.next();
    return r.done ? null : r.value;
  };
  const first = await next();
  const match = first && new RegExp(`^${FORMAT} (\\d+) (.*)$`).exec(first);
  if (!match || Number(match[1]) !== FORMAT_VERSION) throw new Error('not a backup of this format');
  const manifest = JSON.parse(match[2]);
  for (const table of manifest.tables) {
    const header = await next();
    if (header !== `TABLE ${JSON.stringify({ table: table.name, columns: table.columns })}`) {
      throw new Error(`expected the rows of ${table.name}, found ${String(header).slice(0, 80)}`);
    }
    let count = 0;
    let ended = false;
    async function* rows() {
      for (;;) {
        const line = await next();
        if (line === null) throw new Error(`${table.name}: the file ends inside the table`);
        if (line === '\\.') {
          ended = true;
          return;
        }
        count++;
        yield line;
      }
    }
    if (onTable) await onTable(table, rows());
    if (!ended) for await (const _ of rows()); // the rest of the table, counted only
    if (count !== table.rows)
      throw new Error(`${table.name}: ${count} rows in the file, ${table.rows} expected`);
  }
  const end = await next();
  if (end !== `END ${JSON.stringify({ tables: manifest.tables.length })}`) {
    throw new Error('the file is incomplete (no closing line)');
  }
  return manifest;
}
