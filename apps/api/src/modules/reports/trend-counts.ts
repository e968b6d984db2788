import type { TrendCount } from '@lotsen/domain';
import type { RunRows } from '../../common/database/pool-query';

/**
 * The one reading of the trends' counts (GET /api/reports/trends, the council's export):
 * needs and unmet needs per month, Sozialraum and category of `fromMonth`..`toMonth` (`YYYY-MM`,
 * both included) for an office (`null`: the city). Counted as the demand report counts them
 * (demand-report.queries.ts): needs by `identified_at` in Europe/Berlin months, cancelled needs
 * nowhere, the Sozialraum the contact's, else the family's, else "ohne Angabe"; unmet is the
 * need's status now.
 *
 * Reads the monthly sums of the daily rollups (issue 20.1, docs/rollups.md); the caller catches
 * them up first (RollupsService.catchUp). `MONTHLY_NEEDS_RAW_SQL` is the same on the raw rows
 * (the tests compare both).
 */
export async function monthlyNeeds(
  run: RunRows,
  fromMonth: string,
  toMonth: string,
  officeId: string | null,
): Promise<TrendCount[]> {
  const rows = (await run(MONTHLY_NEEDS_SQL, [`${fromMonth}-01`, `${toMonth}-01`, officeId])) as TrendCount[];
  return rows;
}

const UNKNOWN = `coalesce((SELECT id FROM districts WHERE code = 'unknown'),
                (SELECT id FROM districts ORDER BY sort_order, code LIMIT 1))`;

export const MONTHLY_NEEDS_SQL = `SELECT to_char(r.month, 'YYYY-MM') AS month,
       coalesce(r.district_id, ${UNKNOWN}) AS "districtId",
       r.category_key AS "categoryKey",
       sum(r.needs)::int AS needs,
       sum(r.unmet)::int AS unmet
     FROM rollup_need_months r
     WHERE r.month BETWEEN $1::date AND $2::date AND ($3::uuid IS NULL OR r.office_id = $3)
     GROUP BY 1, 2, 3`;

export const MONTHLY_NEEDS_RAW_SQL = `SELECT to_char(n.identified_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month,
       coalesce(c.district_id, f.district_id,
                (SELECT id FROM districts WHERE code = 'unknown'),
                (SELECT id FROM districts ORDER BY sort_order, code LIMIT 1)) AS "districtId",
       n.category_key AS "categoryKey",
       count(*)::int AS needs,
       count(*) FILTER (WHERE n.status = 'unmet')::int AS unmet
     FROM needs n
     LEFT JOIN contacts c ON c.id = n.contact_id
     LEFT JOIN families f ON f.id = n.family_id
     WHERE n.identified_at >= (CAST($1 AS date)::timestamp AT TIME ZONE 'Europe/Berlin')
       AND n.identified_at < ((CAST($2 AS date) + interval '1 month')::timestamp AT TIME ZONE 'Europe/Berlin')
       AND ($3::uuid IS NULL OR n.office_id = $3)
       AND n.cancelled_at IS NULL
     GROUP BY 1, 2, 3`;
