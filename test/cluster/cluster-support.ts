import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** A plain connection to a test database, for factories and for checking rows. */
export async function openDataSource(url: string): Promise<DataSource> {
  return new DataSource({ type: 'postgres', url, extra: { max: 4 } }).initialize();
}

function serverUrl(): string {
  const url = process.env.LOTSEN_TEST_SERVER_URL;
  if (!url) throw new Error('LOTSEN_TEST_SERVER_URL is not set: run the tests through jest (npm test)');
  return url;
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface EmptyDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty database (no migrations) on the test server. Named like test-db.ts's databases,
 * so the global teardown drops it if the test file crashes.
 */
export async function createEmptyDatabase(label = 'e'): Promise<EmptyDatabase> {
  const name = `lotsen_t_${process.env.LOTSEN_TEST_RUN ?? 'local'}_${label}${randomBytes(4).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const parsed = new URL(serverUrl());
  parsed.pathname = `/${name}`;
  return {
    name,
    url: parsed.toString(),
    drop: () =>
      onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
