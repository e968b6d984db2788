import type { EntityManager } from 'typeorm';

const BATCH = 500;

/** INSERT … SELECT FROM json_populate_recordset: one statement per batch of 500 rows. */
export async function insertRows(
  em: EntityManager,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).join(', ');
  for (let i = 0; i < rows.length; i += BATCH) {
    await em.query(
      `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1::json)`,
      [JSON.stringify(rows.slice(i, i + BATCH))],
    );
  }
}
