// Drops what this run created (the template and any database a crashed test file left behind)
// and stops the embedded server, if one was started.
import pg from 'pg';

export default async function globalTeardown() {
  const url = process.env.LOTSEN_TEST_SERVER_URL;
  const runId = process.env.LOTSEN_TEST_RUN;
  if (url && runId) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `lotsen_t_${runId}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  }
  if (globalThis.__lotsenStopPostgres) await globalThis.__lotsenStopPostgres();
}
