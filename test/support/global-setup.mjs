// Provides a PostgreSQL server for the API and browser tests: the one DATABASE_URL names
// (CI: the machine's server, a fresh database per run), else an embedded one in a temp folder.
// Each test file then gets a database of its own, cloned from a migrated template.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../scripts/embedded-postgres.mjs';

export default async function globalSetup() {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  process.env.LOTSEN_TEST_RUN = runId;
  if (process.env.DATABASE_URL) {
    process.env.LOTSEN_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'lotsen-test-pg-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as the OS user postgres and must reach it
  const db = await startEmbeddedPostgres({
    dir,
    persistent: false,
    port: 55432 + (process.pid % 400),
    database: 'lotsen_test',
  });
  process.env.LOTSEN_TEST_SERVER_URL = db.url;
  globalThis.__lotsenStopPostgres = db.stop;
}
