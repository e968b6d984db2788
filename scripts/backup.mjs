// `npm run backup -- [--out file] [--check]`: a pg_dump of the whole database in custom format
// (compressed; restore with `npm run restore`). The database is DATABASE_URL's, else the
// embedded one of `npm start`. Default file: .data/backups/lotsen-<database>-<time>.dump.
// `--check` only tells which pg_dump would be used for the server (exit 3 when none fits).
// The dump is written to <file>.partial and renamed when complete, then read back with
// `pg_restore --list`, so a file under the final name is always a whole, readable archive.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  chooseTool,
  databaseName,
  libpqEnv,
  openDatabase,
  parseArgs,
  ROOT,
  run,
  ScriptError,
  serverVersion,
} from './pg-tools.mjs';

run(async () => {
  const args = parseArgs(process.argv.slice(2), { out: 'value', check: 'flag' });
  const db = await openDatabase();
  try {
    const server = await serverVersion(db.url);
    const pgDump = chooseTool('pg_dump', server);
    if (args.check) {
      process.stdout.write(`pg_dump ${pgDump.version} (${pgDump.path}) für PostgreSQL ${server.version}\n`);
      return;
    }
    const pgRestore = chooseTool('pg_restore', server);
    const name = databaseName(db.url);
    const stamp = new Date().toISOString().replace(/[:T]/g, '-').replace(/\..*$/, '');
    const out = resolve(
      args.out ?? join(ROOT, process.env.DATA_DIR ?? '.data', 'backups', `lotsen-${name}-${stamp}.dump`),
    );
    mkdirSync(dirname(out), { recursive: true });
    const partial = `${out}.partial`;
    const env = { ...process.env, ...libpqEnv(db.url) };
    try {
      execFileSync(pgDump.path, ['--format=custom', '--compress=6', `--file=${partial}`], {
        env,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      const list = execFileSync(pgRestore.path, ['--list', partial], { encoding: 'utf8' });
      const tables = list.split('\n').filter((l) => / TABLE DATA /.test(l)).length;
      renameSync(partial, out);
      const mb = (statSync(out).size / 1024 / 1024).toFixed(2);
      process.stdout.write(
        `Sicherung geschrieben / backup written: ${out} (${mb} MB, ${tables} Tabellen, ` +
          `PostgreSQL ${server.version}, pg_dump ${pgDump.version})\n`,
      );
    } catch (err) {
      rmSync(partial, { force: true });
      if (err instanceof ScriptError) throw err;
      throw new ScriptError(`pg_dump fehlgeschlagen / failed: ${err.message}`);
    }
  } finally {
    await db.stop();
  }
});
