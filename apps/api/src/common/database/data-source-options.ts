import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@lotsen/migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * pg_trgm's thresholds on every API connection: a typed word is "close to" a stretch of text
 * (`<%`, word similarity) or a whole term (`%`, similarity) at 0.5 — the family search's
 * dictionary (docs/family-search.md) and the portal's offer search (docs/portal.md) use them, so
 * neither has to set them per statement.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;
export const SIMILARITY_THRESHOLD = 0.5;

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
    extra: {
      max: 10,
      application_name: 'lotsen-api',
      options: `-c jit=off -c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD} -c pg_trgm.similarity_threshold=${SIMILARITY_THRESHOLD}`,
    },
  };
}
