import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { runMigrations } from './common/database/migrate';
import { dataSourceOptions } from './common/database/data-source-options';
import { readConfigOrExit } from './main';
import { ensureFirstAdmin } from './seed/seed';

/** One-shot: apply migrations, create the first admin on an empty database, exit. */
async function migrate(): Promise<void> {
  const config = readConfigOrExit();
  const applied = await runMigrations(config.databaseUrl);
  process.stdout.write(
    applied.length ? `Migrations applied: ${applied.join(', ')}\n` : 'Schema is up to date\n',
  );
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    if (await ensureFirstAdmin(dataSource, config))
      process.stdout.write(`First admin created: ${config.adminEmail}\n`);
  } finally {
    await dataSource.destroy();
  }
}

migrate().catch((err: unknown) => {
  process.stderr.write(
    `Migration failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
