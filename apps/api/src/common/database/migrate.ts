import { DataSource, MigrationExecutor } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * Key of the PostgreSQL advisory lock held while migrations run (and, in the API, while the
 * first admin and the demo data are written). Advisory locks are per database, so instances
 * of different installations on one server do not wait for each other.
 */
export const MIGRATION_LOCK_KEY = '7411985463720001';

/** The command that applies the migrations, for messages (build and image layout). */
export const MIGRATE_COMMAND = 'node dist/api/apps/api/src/migrate.js';

/**
 * Runs `work` while holding the migration lock on a connection of its own. Several instances
 * that start at the same moment run it one after another: the first applies the migrations,
 * the others then find nothing pending.
 */
export async function withMigrationLock<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
  onWait: () => void = () => undefined,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }]: { locked: boolean }[] = await runner.query(
      'SELECT pg_try_advisory_lock($1::bigint) AS locked',
      [MIGRATION_LOCK_KEY],
    );
    if (!locked) {
      onWait();
      await runner.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    }
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * Applies pending migrations (the caller holds the lock) and, when any was applied, refreshes the
 * planner's statistics: a new (partial) index without them can turn a report's index-only scan
 * into seconds per statement (docs/benchmarks.md). Returns the names of those applied.
 */
export async function runPendingMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) await dataSource.query('ANALYZE');
  return applied.map((m) => m.name);
}

/** Applies pending migrations under the lock; returns the names of those this call applied. */
export async function applyMigrations(dataSource: DataSource): Promise<string[]> {
  return withMigrationLock(dataSource, () => runPendingMigrations(dataSource));
}

/** Names of the migrations of this build that the database has not applied yet. Reads only. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
  return pending.map((m) => m.name);
}

/** The database schema is older than this build: the process must not serve it. */
export class SchemaNotCurrentError extends Error {
  constructor(readonly pending: string[]) {
    super(
      [
        `Die Datenbank ist nicht auf dem Stand dieser Version: ${pending.length} Migration(en) ausstehend (${pending.join(', ')}).`,
        `Bitte zuerst die Migrationen ausführen: ${MIGRATE_COMMAND}`,
        '(Docker: docker compose -f docker/compose.yml run --rm migrate; Entwicklung: MIGRATE_ON_START=true)',
        `The database schema is behind this version: ${pending.length} pending migration(s).`,
        `Run the migrations first: ${MIGRATE_COMMAND}`,
      ].join('\n'),
    );
    this.name = 'SchemaNotCurrentError';
  }
}

/** Throws `SchemaNotCurrentError` when a migration of this build is not applied. */
export async function assertSchemaCurrent(dataSource: DataSource): Promise<void> {
  const pending = await pendingMigrations(dataSource);
  if (pending.length > 0) throw new SchemaNotCurrentError(pending);
}

/** Applies pending migrations (one-shot, tests); returns the names of those it applied. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl), logging: false });
  await dataSource.initialize();
  try {
    return await applyMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
