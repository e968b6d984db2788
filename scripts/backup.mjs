// `npm run backup -- [--out file]`: a logical backup of the whole database in one compressed
// file (scripts/logical-backup.mjs), written through the database connection: no pg_dump, so it
// works on the embedded PostgreSQL of `npm start` as on any server. Restore with `npm run restore`.
// The database is DATABASE_URL's, else the embedded one of `npm start`.
// Default file: .data/backups/lotsen-<database>-<time>.backup.gz.
// The backup is written to <file>.partial, read back in full and checked against its manifest
// (tables, row counts), and only then renamed: a file under the final name is always whole.
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { readBackup, writeBackup } from './logical-backup.mjs';
import { databaseName, openDatabase, parseArgs, ROOT, run, ScriptError } from './pg-tools.mjs';

run(async () => {
  const args = parseArgs(process.argv.slice(2), { out: 'value' });
  const db = await openDatabase();
  try {
    const name = databaseName(db.url);
    const stamp = new Date().toISOString().replace(/[:T]/g, '-').replace(/\..*$/, '');
    const out = resolve(
      args.out ?? join(ROOT, process.env.DATA_DIR ?? '.data', 'backups', `lotsen-${name}-${stamp}.backup.gz`),
    );
    mkdirSync(dirname(out), { recursive: true });
    const partial = `${out}.partial`;
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const manifest = await writeBackup(client, partial);
      await readBackup(partial);
      renameSync(partial, out);
      const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
      const mb = (statSync(out).size / 1024 / 1024).toFixed(2);
      process.stdout.write(
        `Sicherung geschrieben / backup written: ${out} (${mb} MB, ${manifest.tables.length} Tabellen, ` +
          `${rows} Zeilen, ${manifest.migrations.length} Migrationen, PostgreSQL ${manifest.server})\n`,
      );
    } catch (err) {
      rmSync(partial, { force: true });
      if (err instanceof ScriptError) throw err;
      throw new ScriptError(`Sicherung fehlgeschlagen / backup failed: ${err.message}`);
    } finally {
      await client.end();
    }
  } finally {
    await db.stop();
  }
});
