import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@lotsen/migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one place that says how the API talks to PostgreSQL. Never `synchronize`.
 * Entities are registered by the feature modules (`autoLoadEntities`); migrations are raw SQL.
 */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // jit=off: JIT compilation costs the reports more than a second at city scale and never pays
    // off for the short statements of the API (docs/benchmarks.md)
    extra: { max: 10, application_name: 'lotsen-api', options: '-c jit=off' },
  };
}
