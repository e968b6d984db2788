// COPY of the generated rows, and what is switched off for the load: the secondary indexes and
// foreign keys of the big tables, the search and rollup triggers (back on in finish.mjs).
import { from as copyFrom } from 'pg-copy-streams';

// COPY text format
const esc = (v) => {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : String(v);
  return /[\t\n\r\\]/.test(s)
    ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : s;
};
export const arr = (xs) => `{${xs.join(',')}}`;

/** COPY `rows` (an iterable of value arrays, drawn as they are consumed) into `table`; the row count. */
export async function copy(db, table, columns, rows) {
  const stream = db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = new Promise((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let buf = '';
  let n = 0;
  for (const row of rows) {
    buf += row.map(esc).join('\t') + '\n';
    n++;
    if (buf.length > 1 << 20) {
      if (!stream.write(buf)) await new Promise((r) => stream.once('drain', r));
      buf = '';
    }
  }
  stream.end(buf);
  await done;
  return n;
}

const BIG_TABLES = [
  'families',
  'persons',
  'consents',
  'contacts',
  'needs',
  'referrals',
  'follow_ups',
  'audit_events',
];
export const ROLLUP_TABLES = ['contacts', 'needs', 'referrals', 'case_events', 'callback_requests'];

/**
 * Drops the secondary indexes and foreign keys of the big tables and disables the search and
 * rollup triggers; returns the definitions of what was dropped, to recreate it after the load.
 */
export async function dropForLoad(db) {
  // Secondary indexes and foreign keys, kept word for word to recreate them after the load.
  const { rows: indexDefs } = await db.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    WHERE t.relname = ANY($1) AND NOT i.indisprimary AND t.relnamespace = 'public'::regnamespace
      AND i.indexrelid::regclass::text <> 'persons_family_idx'`,
    [BIG_TABLES],
  );
  const { rows: fkDefs } = await db.query(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
     FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1)`,
    [BIG_TABLES],
  );
  for (const fk of fkDefs) await db.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${fk.name}`);
  for (const ix of indexDefs) await db.query(`DROP INDEX ${ix.name}`);
  await db.query(`ALTER TABLE families DISABLE TRIGGER USER`);
  await db.query(`ALTER TABLE persons DISABLE TRIGGER USER`);
  // the daily rollups' triggers (migration DemandRollups) would put every loaded row into the
  // outbox: off for the load, the rollups are rebuilt once at the end
  for (const table of ROLLUP_TABLES) await db.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  return { indexDefs, fkDefs };
}
