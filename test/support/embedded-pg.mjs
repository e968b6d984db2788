// A PostgreSQL of the embedded default in a folder of its own, as `npm start` runs it, for tests
// of the scripts that find it there (backup, restore): `node embedded-pg.mjs <dir> [port]`
// prints `READY <url>` and stops the server on SIGTERM / SIGINT.
import { startEmbeddedPostgres } from '../../scripts/embedded-postgres.mjs';

const [dir, port] = process.argv.slice(2);
const db = await startEmbeddedPostgres({ dir, port: port ? Number(port) : undefined });
process.stdout.write(`READY ${db.url}\n`);
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    db.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
