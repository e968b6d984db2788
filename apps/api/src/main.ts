import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { createApp } from './create-app';
import { ensureFirstAdmin, loadDemoData } from './seed/seed';
import { formatDemoLogins } from './seed/demo-data';

/** dist/api/apps/api/src → dist/web */
export const DEFAULT_WEB_DIR = join(__dirname, '..', '..', '..', '..', 'web');

export function readConfigOrExit(): AppConfig {
  try {
    return loadConfig(process.env, { webDir: DEFAULT_WEB_DIR });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}

/** Starts the HTTP API; returns a function that stops it. */
export async function bootstrap(config: AppConfig = readConfigOrExit()): Promise<() => Promise<void>> {
  const app = await createApp(config);
  const logger = new Logger('Bootstrap');
  const dataSource = app.get(DataSource);
  if (config.migrateOnStart) {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`Migrations applied: ${applied.map((m) => m.name).join(', ')}`);
  }
  if (await ensureFirstAdmin(dataSource, config)) logger.log(`First admin created: ${config.adminEmail}`);
  if (config.loadDemoData) {
    const logins = await loadDemoData(dataSource);
    // Printed once, for the person who started the demo: only when this start loaded the data.
    if (logins.length) process.stdout.write(`\n${formatDemoLogins(logins)}\n\n`);
  }
  await app.listen(config.port);
  logger.log(`Listening on port ${config.port}`);
  process.stdout.write(`Lotsen CRM läuft auf http://localhost:${config.port} (API-Doku: /api/docs)\n`);
  return () => app.close();
}

if (require.main === module) {
  bootstrap()
    .then((stop) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          stop().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        });
      }
    })
    .catch((err: unknown) => {
      process.stderr.write(
        `Start failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exit(1);
    });
}
