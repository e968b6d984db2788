/**
 * The SQL of the demand report, as builders that return the statement with its parameters, so
 * that the service runs exactly what a benchmark EXPLAINs (see /work/notes/report-queries.md).
 * Every statement takes `$1` from and `$2` to (`YYYY-MM-DD`, Europe/Berlin days, both included)
 * and `$3` the office (`null`: the city); some take `$4`, the id of the "ohne Angabe" district.
 *
 * The report reads the daily rollups (issue 20.2, docs/rollups.md; `ROLLUP_SQL`). The statements
 * on the raw rows (`SQL`) stay: they count the families of a range that is no calendar period
 * (distinct families do not add up over days), and the tests compare both on the same data.
 */

import { calendarPeriodOf, type CalendarPeriodKind, type DemandQueryRows } from '@lotsen/domain';
import type { RunRows } from '../../common/database/pool-query';
import { rollupSpan } from './rollups/rollup-span';

export interface ReportQuery {
  name: DemandQueryName;
  sql: string;
  params: unknown[];
}

export type DemandQueryName =
  | 'contactTotals'
  | 'contactsByChannel'
  | 'contactsByDistrict'
  | 'contactsByMonth'
  | 'needsByCategoryAndDistrict'
  | 'needsByMonth'
  | 'referralTotals';

/** A timestamp column within the period: a range on the column itself, so its index applies. */
const PERIOD = (column: string) =>
  `${column} >= (CAST($1 AS date)::timestamp AT TIME ZONE 'Europe/Berlin')
   AND ${column} < ((CAST($2 AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`;
const OFFICE = (column: string) => `($3::uuid IS NULL OR ${column} = $3)`;

// cancelled contacts and needs (recorded by mistake, issue 25.1) count nowhere; the time
// indexes hold only the others (migration ContactCancel)
const CONTACTS = `${PERIOD('c.occurred_at')} AND ${OFFICE('c.office_id')} AND c.cancelled_at IS NULL`;
const NEEDS = `${PERIOD('n.identified_at')} AND ${OFFICE('n.office_id')} AND n.cancelled_at IS NULL`;

const SQL: Record<DemandQueryName, string> = {
  contactTotals: `SELECT count(*)::int AS contacts, count(*) FILTER (WHERE c.family_id IS NULL)::int AS anonymous,
       count(DISTINCT c.family_id)::int AS families
     FROM contacts c WHERE ${CONTACTS}`,
  contactsByChannel: `SELECT c.channel, count(*)::int AS n FROM contacts c WHERE ${CONTACTS} GROUP BY 1`,
  contactsByDistrict: `SELECT coalesce(c.district_id, $4) AS d, count(*)::int AS n, count(DISTINCT c.family_id)::int AS families
     FROM contacts c WHERE ${CONTACTS} GROUP BY 1`,
  contactsByMonth: `SELECT to_char(c.occurred_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS m, count(*)::int AS n
     FROM contacts c WHERE ${CONTACTS} GROUP BY 1`,
  // City scale (docs/benchmarks.md): a need's contact is found among the contacts of the period
  // (one index range, hashed); only a need whose contact lies outside the period looks it up by
  // id, and the family's district is read only when the contact gives none. "Referred" joins the
  // set of sent referrals once instead of probing it per need. OFFSET 0 keeps the inner query
  // apart, so that the grouping is planned on its output.
  needsByCategoryAndDistrict: `SELECT x.category_key, coalesce(x.d, $4) AS d, count(*)::int AS n,
       count(*) FILTER (WHERE x.status = 'unmet')::int AS unmet,
       count(*) FILTER (WHERE x.referred)::int AS referred
     FROM (
       SELECT n.category_key, n.status, r.need_id IS NOT NULL AS referred,
              coalesce(CASE WHEN n.contact_id IS NULL OR c.id IS NOT NULL THEN c.district_id
                            ELSE (SELECT c2.district_id FROM contacts c2 WHERE c2.id = n.contact_id) END,
                       (SELECT f.district_id FROM families f WHERE f.id = n.family_id)) AS d
       FROM needs n
       LEFT JOIN contacts c ON c.id = n.contact_id AND ${PERIOD('c.occurred_at')} AND c.cancelled_at IS NULL
       LEFT JOIN (SELECT DISTINCT need_id FROM referrals WHERE sent_at IS NOT NULL) r ON r.need_id = n.id
       WHERE ${NEEDS}
       OFFSET 0
     ) x
     GROUP BY 1, 2`,
  needsByMonth: `SELECT to_char(n.identified_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS m, count(*)::int AS n
     FROM needs n WHERE ${NEEDS} GROUP BY 1`,
  referralTotals: `SELECT count(*)::int AS sent, count(*) FILTER (WHERE r.status = 'completed')::int AS completed
     FROM referrals r WHERE ${PERIOD('r.sent_at')} AND ${OFFICE('r.office_id')}`,
};

/** The rollup rows of the period and office: whole months from the monthly tables, the edges by day. */
const CONTACT_ROWS = `${rollupSpan('contact')} r`;
const NEED_ROWS = `${rollupSpan('need')} r`;
const REFERRAL_ROWS = `${rollupSpan('referral')} r`;
/**
 * The families of a calendar period (`kind`: the parameter of month, quarter or year; null: none)
 * in the office or city (`area` '') or per Sozialraum ('d'): the sum of the families' first
 * contacts of the period.
 */
const FAMILIES = (area: '' | 'd', kind: string) => `CASE ${kind}::text
      ${(['month', 'quarter', 'year'] as const)
        .map(
          (p) =>
            `WHEN '${p}' THEN sum(CASE WHEN $3::uuid IS NULL THEN first_${p}_c${area} ELSE first_${p}_o${area} END)`,
        )
        .join('\n      ')}
    END::int`;

/**
 * The same statements on the rollups; `$4` is the "ohne Angabe" district where a statement groups
 * by Sozialraum, and the calendar period's kind (for the families) comes last (WITH_KIND).
 */
const ROLLUP_SQL: Record<DemandQueryName, string> = {
  contactTotals: `SELECT coalesce(sum(contacts), 0)::int AS contacts, coalesce(sum(anonymous), 0)::int AS anonymous,
       coalesce(${FAMILIES('', '$4')}, 0) AS families
     FROM ${CONTACT_ROWS}`,
  contactsByChannel: `SELECT channel, sum(contacts)::int AS n FROM ${CONTACT_ROWS} GROUP BY 1`,
  contactsByDistrict: `SELECT coalesce(district_id, $4) AS d, sum(contacts)::int AS n, ${FAMILIES('d', '$5')} AS families
     FROM ${CONTACT_ROWS} GROUP BY 1`,
  contactsByMonth: `SELECT to_char(day, 'YYYY-MM') AS m, sum(contacts)::int AS n
     FROM ${CONTACT_ROWS} GROUP BY 1`,
  needsByCategoryAndDistrict: `SELECT category_key, coalesce(district_id, $4) AS d, sum(needs)::int AS n,
       sum(unmet)::int AS unmet, sum(referred)::int AS referred
     FROM ${NEED_ROWS} GROUP BY 1, 2`,
  needsByMonth: `SELECT to_char(day, 'YYYY-MM') AS m, sum(needs)::int AS n
     FROM ${NEED_ROWS} GROUP BY 1`,
  referralTotals: `SELECT coalesce(sum(sent), 0)::int AS sent, coalesce(sum(completed), 0)::int AS completed
     FROM ${REFERRAL_ROWS}`,
};

/** Families of a range that is no calendar period: counted distinct on the raw contacts. */
const RAW_FAMILIES = {
  total: `SELECT count(DISTINCT c.family_id)::int AS families FROM contacts c WHERE ${CONTACTS}`,
  byDistrict: `SELECT coalesce(c.district_id, $4) AS d, count(DISTINCT c.family_id)::int AS families
     FROM contacts c WHERE ${CONTACTS} GROUP BY 1`,
};

/** Which rollup statements take the calendar period's kind as their last parameter. */
const WITH_KIND: ReadonlySet<DemandQueryName> = new Set(['contactTotals', 'contactsByDistrict']);

/** Which statements take the "ohne Angabe" district as `$4`. */
const WITH_UNKNOWN: ReadonlySet<DemandQueryName> = new Set([
  'contactsByDistrict',
  'needsByCategoryAndDistrict',
]);

/** The reference data the report needs first (categories with group and sensitivity; districts). */
export const CATEGORIES_SQL = `SELECT key, sensitive, group_name AS "group" FROM need_categories ORDER BY sort_order, key`;
export const DISTRICTS_SQL = `SELECT id, code FROM districts ORDER BY sort_order, code`;

/**
 * One statement of the report with its parameters: `[from, to, office]`, then the "ohne Angabe"
 * district where the statement groups by Sozialraum, then (rollups only) the calendar period's
 * kind where it counts families.
 */
function queryOf(
  statements: Record<DemandQueryName, string>,
  name: DemandQueryName,
  from: string,
  to: string,
  officeId: string | null,
  unknownDistrictId: string | null,
): ReportQuery {
  const params: unknown[] = [from, to, officeId];
  if (WITH_UNKNOWN.has(name)) params.push(unknownDistrictId);
  if (statements === ROLLUP_SQL && WITH_KIND.has(name)) {
    const kind: CalendarPeriodKind | null = calendarPeriodOf(from, to)?.kind ?? null;
    params.push(kind);
  }
  return { name, sql: statements[name], params };
}

/** One statement of the report on the raw rows, with its parameters. */
export const demandQuery = (
  name: DemandQueryName,
  from: string,
  to: string,
  officeId: string | null,
  unknownDistrictId: string | null,
): ReportQuery => queryOf(SQL, name, from, to, officeId, unknownDistrictId);

/** One statement of the report on the rollups, with its parameters. */
export const demandRollupQuery = (
  name: DemandQueryName,
  from: string,
  to: string,
  officeId: string | null,
  unknownDistrictId: string | null,
): ReportQuery => queryOf(ROLLUP_SQL, name, from, to, officeId, unknownDistrictId);

/** Every statement of the demand report on the raw rows for a period and office (`null`: the city). */
export function demandReportQueries(
  from: string,
  to: string,
  officeId: string | null,
  unknownDistrictId: string | null,
): ReportQuery[] {
  return (Object.keys(SQL) as DemandQueryName[]).map((name) =>
    demandQuery(name, from, to, officeId, unknownDistrictId),
  );
}

/** The reference data first: categories, districts, and the "ohne Angabe" district's id. */
async function readReference(run: RunRows) {
  const [categories, districts] = (await Promise.all([run(CATEGORIES_SQL), run(DISTRICTS_SQL)])) as [
    DemandQueryRows['categories'],
    (DemandQueryRows['districts'][number] & { code: string })[],
  ];
  const unknown = districts.find((d) => d.code === 'unknown')?.id ?? districts[0]?.id ?? null;
  return { categories, districts, unknown };
}

async function readAll(
  run: RunRows,
  query: (name: DemandQueryName) => ReportQuery,
): Promise<Omit<DemandQueryRows, 'categories' | 'districts'>> {
  const names = Object.keys(SQL) as DemandQueryName[];
  const rows = await Promise.all(
    names.map((name) => {
      const { sql, params } = query(name);
      return run(sql, params);
    }),
  );
  return Object.fromEntries(names.map((name, i) => [name, rows[i]])) as Omit<
    DemandQueryRows,
    'categories' | 'districts'
  >;
}

/**
 * Reads everything the demand report counts for a period and office (`null`: the city) from the
 * daily rollups: the reference data first, then the report's statements at once. The families of
 * a range that is no calendar month, quarter or year are counted on the raw contacts. The API and
 * the bench's floor both read through it, so they run the same statements.
 */
export async function readDemandRows(
  run: RunRows,
  from: string,
  to: string,
  officeId: string | null,
): Promise<DemandQueryRows> {
  const { categories, districts, unknown } = await readReference(run);
  const calendar = calendarPeriodOf(from, to) !== null;
  const [rows, rawTotal, rawByDistrict] = await Promise.all([
    readAll(run, (name) => demandRollupQuery(name, from, to, officeId, unknown)),
    calendar ? null : (run(RAW_FAMILIES.total, [from, to, officeId]) as Promise<{ families: number }[]>),
    calendar
      ? null
      : (run(RAW_FAMILIES.byDistrict, [from, to, officeId, unknown]) as Promise<
          { d: string; families: number }[]
        >),
  ]);
  if (rawTotal && rawByDistrict) {
    const byDistrict = new Map(rawByDistrict.map((r) => [r.d, r.families]));
    rows.contactTotals = rows.contactTotals.map((r) => ({ ...r, families: rawTotal[0]?.families ?? 0 }));
    rows.contactsByDistrict = rows.contactsByDistrict.map((r) => ({
      ...r,
      families: byDistrict.get(r.d) ?? 0,
    }));
  }
  return { categories, districts, ...rows };
}

/** The same, read from the raw rows (the statements before the rollups; tests compare both). */
export async function readDemandRowsRaw(
  run: RunRows,
  from: string,
  to: string,
  officeId: string | null,
): Promise<DemandQueryRows> {
  const { categories, districts, unknown } = await readReference(run);
  const rows = await readAll(run, (name) => demandQuery(name, from, to, officeId, unknown));
  return { categories, districts, ...rows };
}
