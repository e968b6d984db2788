import type { Pool, QueryResultRow } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';

/** Runs one statement and answers its rows: the API's pool or DataSource, the bench floor's pool. */
export type RunRows = (sql: string, params?: unknown[]) => Promise<unknown[]>;

/** {@link poolQuery} as a {@link RunRows}: unnamed statements on the API's pool. */
export const poolRows =
  (dataSource: DataSource): RunRows =>
  (sql, params) =>
    poolQuery(dataSource, sql, params ?? []);

/**
 * One statement on the API's own connection pool (TypeORM's, so the same connections and
 * connection options), without TypeORM's query runner around it: no runner object, no query
 * event broadcast, no connection check-out bookkeeping per statement. For the few statements that
 * run on every request (session, user, read audit: issue 19 point 2, docs/benchmarks.md).
 *
 * `name` makes it a named prepared statement: PostgreSQL parses and plans it once per connection.
 * Only for fixed SQL text. Errors are TypeORM's `QueryFailedError`, as from `dataSource.query`.
 * Not for statements inside a transaction: those go through the transaction's EntityManager.
 */
export async function poolQuery<T extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
  name?: string,
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (!pool) return dataSource.query<T[]>(text, values); // not connected (yet): TypeORM says why
  try {
    const result = await pool.query<T>(name ? { name, text, values } : { text, values });
    return result.rows;
  } catch (err) {
    throw new QueryFailedError(text, values, err as Error);
  }
}
