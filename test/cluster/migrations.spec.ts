/**
 * Migrations when several instances start at the same moment (advisory lock), and an API on
 * an unmigrated schema refusing to start with a message that names the command to run.
 */
import { join } from 'node:path';
import { API_DIST, ApiProcess, freePort, processEnv, stopAll } from '../support/processes';
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from '../support/test-db';
import { openDataSource } from './cluster-support';

/** The migrations of the build under test, in order (TypeORM names them by class). */
const built = require(join(API_DIST, 'migrations/index.js')) as {
  MIGRATIONS: (new () => { name?: string })[];
};
const migrationNames = built.MIGRATIONS.map((M) => new M().name ?? M.name);

describe('migrations with several instances', () => {
  const dropLater: { drop(): Promise<void> }[] = [];
  const processes: ApiProcess[] = [];

  afterAll(async () => {
    await stopAll(processes);
    for (const db of dropLater) await db.drop();
  });

  it('three APIs with MIGRATE_ON_START=true start at once on an empty database: all come up, each migration is applied once', async () => {
    const db: TestDatabase = await createEmptyDatabase('m');
    dropLater.push(db);
    const env = processEnv(db.url, {
      MIGRATE_ON_START: 'true',
      ADMIN_EMAIL: 'erste.admin@test.example',
      ADMIN_PASSWORD: 'Erstes-Admin-Passwort-2026',
    });
    const apis = await Promise.all(
      [1, 2, 3].map(async (i) => new ApiProcess(`M${i}`, await freePort(), env)),
    );
    processes.push(...apis);
    await Promise.all(apis.map((api) => api.waitUntilReady()));

    const ds = await openDataSource(db.url);
    try {
      const rows: { name: string; n: number }[] = await ds.query(
        `SELECT name, count(*)::int AS n FROM migrations GROUP BY name ORDER BY min(id)`,
      );
      expect(rows).toEqual(migrationNames.map((name) => ({ name, n: 1 })));
      // The first admin too is created once (under the same lock), not once per instance.
      const admins: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM users`);
      expect(admins[0].n).toBe(1);
    } finally {
      await ds.destroy();
    }
    // Exactly one instance applied the migrations, all of them; the others found none pending.
    const appliers = apis.filter((api) => api.output().includes('Migrations applied'));
    expect(appliers).toHaveLength(1);
    for (const name of migrationNames) expect(appliers[0].output()).toContain(name);
  }, 180_000);

  it('an API with MIGRATE_ON_START=false refuses an empty or a half-migrated database with a message naming the command', async () => {
    const empty = await createEmptyDatabase('u');
    dropLater.push(empty);
    const behind = await createTestDatabase();
    dropLater.push(behind);
    const newest = migrationNames[migrationNames.length - 1];
    const ds = await openDataSource(behind.url);
    await ds.query(`DELETE FROM migrations WHERE name = $1`, [newest]);
    await ds.destroy();

    const [onEmpty, onBehind] = await Promise.all(
      [empty, behind].map(
        async (db, i) => new ApiProcess(i ? 'behind' : 'empty', await freePort(), processEnv(db.url)),
      ),
    );
    processes.push(onEmpty, onBehind);
    const [emptyExit, behindExit] = await Promise.all([
      onEmpty.waitForExit(90_000),
      onBehind.waitForExit(90_000),
    ]);

    expect(emptyExit).toEqual({ code: 69, signal: null });
    expect(onEmpty.output()).toContain(
      `Die Datenbank ist nicht auf dem Stand dieser Version: ${migrationNames.length} Migration(en) ausstehend`,
    );
    expect(onEmpty.output()).toContain('Run the migrations first: node dist/api/apps/api/src/migrate.js');
    expect(onEmpty.output()).not.toContain('Listening on port');

    expect(behindExit).toEqual({ code: 69, signal: null });
    expect(onBehind.output()).toContain(`1 Migration(en) ausstehend (${newest})`);

    // Refusing changed nothing: the empty database is still empty (not even a migrations table).
    const check = await openDataSource(empty.url);
    const tables: { n: number }[] = await check.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
    );
    await check.destroy();
    expect(tables[0].n).toBe(0);
  }, 180_000);
});
