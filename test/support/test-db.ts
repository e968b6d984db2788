import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../../apps/api/src/common/database/migrate';

function serverUrl(): string {
  const url = process.env.LOTSEN_TEST_SERVER_URL;
  if (!url) throw new Error('LOTSEN_TEST_SERVER_URL is not set: run the tests through jest (npm test)');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
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

const runId = (): string => process.env.LOTSEN_TEST_RUN ?? 'local';
const templateName = (): string => `lotsen_t_${runId()}_template`;

/** The migrated template of this run, made by whichever test file needs it first. */
async function ensureTemplate(): Promise<string> {
  const template = templateName();
  await onServer(async (client) => {
    await client.query('SELECT pg_advisory_lock(424242)');
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount === 0) {
        await client.query(`CREATE DATABASE "${template}"`);
        await runMigrations(withDatabase(serverUrl(), template));
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(424242)');
    }
  });
  return template;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A new database named `name` on the test server, from `template` (or empty), dropped by `drop`. */
async function newDatabase(name: string, template?: string): Promise<TestDatabase> {
  await onServer((client) =>
    client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`),
  );
  return {
    name,
    url: withDatabase(serverUrl(), name),
    drop: () =>
      onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** A database of its own for one test file: a copy of the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = await ensureTemplate();
  return newDatabase(`lotsen_t_${runId()}_${randomBytes(4).toString('hex')}`, template);
}

/**
 * A new, empty database (no migrations). Named like the others, so the global teardown drops it
 * if the test file crashes.
 */
export async function createEmptyDatabase(label = 'e'): Promise<TestDatabase> {
  return newDatabase(`lotsen_t_${runId()}_${label}${randomBytes(4).toString('hex')}`);
}
