import type { DataSource } from 'typeorm';

/**
 * Audit actions that a read writes (architecture.md: reads of family data are audited:
 * `family.read`, `person.list`, `family.timeline`, `family.export`, …). A read may add these
 * rows; every other row of every table must stay as it was.
 */
export const READ_AUDIT_ACTION = '\\.(read|list|timeline|export)$';

/**
 * Tables left out of the comparison, with the reason:
 * - `sessions`: every request of a signed-in user moves the session's expiry (rolling idle
 *   timeout); that is the session mechanism working, not a change of data;
 * - `login_throttle`: counts failed logins per address and account, which a refused login must
 *   change (lockout and throttling);
 * - `portal_search_counts`: a portal search must count (day, Sozialraum, language, topic — a
 *   number, nothing of a person); the portal's own tests check what it holds;
 * - `directory_version`: a counter every statement on the directory's tables raises, even one
 *   that changes no row (a refused update); it tells the API's answer cache to start afresh.
 * - the daily and monthly rollups and their version (`rollup_*`, issue 20.1): counts derived from
 *   the compared raw rows; a report that is read recounts the days still waiting in the outbox,
 *   so an allowed read may bring them up to date. test/api/rollups.e2e-spec.ts proves they
 *   always equal the raw rows.
 */
export const UNCOMPARED_TABLES = [
  'sessions',
  'login_throttle',
  'portal_search_counts',
  'directory_version',
  'rollup_contact_days',
  'rollup_need_days',
  'rollup_referral_days',
  'rollup_contact_months',
  'rollup_need_months',
  'rollup_referral_months',
  'rollup_version',
];

/**
 * An outbox row as compared: without the columns that say how far the row has been delivered
 * (`sent_at`, `done_at`, `attempts`, `last_error`, `available_at`). The relay (jobs/outbox-relay.ts) hands
 * rows written by an earlier, allowed request to BullMQ on its own clock, and a report that
 * reads may mark a waiting rollup recount done (`RollupsService.catchUp`), so these columns can
 * move while a refused request runs. What a request itself would write is still compared: a new
 * row changes the count, and every row's queue, job, payload, dedupe key and creation time are
 * compared whole.
 */
const OUTBOX_ROW = `(to_jsonb(t) - 'sent_at' - 'done_at' - 'attempts' - 'last_error' - 'available_at')::text`;

export type TableChecksums = Record<string, { rows: number; md5: string }>;

/**
 * Row count and an MD5 over every row (as text, in a fixed order) of every table of the
 * database, `audit_events` without the rows that reads add.
 */
export async function tableChecksums(ds: DataSource): Promise<TableChecksums> {
  const tables: { name: string }[] = await ds.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1))
      ORDER BY table_name`,
    [UNCOMPARED_TABLES],
  );
  const parts = tables.map(({ name }) => {
    const where = name === 'audit_events' ? `WHERE t.action !~ $1` : '';
    const row = name === 'outbox' ? OUTBOX_ROW : 't::text';
    return `SELECT '${name}' AS name, count(*)::int AS rows,
                   md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${row}), '')) AS md5
              FROM "${name}" t ${where}`;
  });
  const rows: { name: string; rows: number; md5: string }[] = await ds.query(parts.join(' UNION ALL '), [
    READ_AUDIT_ACTION,
  ]);
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, md5: r.md5 }]));
}

/** The names of the tables whose count or checksum differ. */
export function changedTables(before: TableChecksums, after: TableChecksums): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((n) => before[n]?.rows !== after[n]?.rows || before[n]?.md5 !== after[n]?.md5)
    .sort();
}
