/**
 * The one place the early warning reads its counts (issue 20.5): unmet needs per Europe/Berlin
 * ISO week (named by its Monday), Sozialraum and need category. A need counts when its current
 * status is `unmet` and it is not cancelled, in the week of its `identified_at`; its Sozialraum is
 * its contact's, else its family's, else "ohne Angabe" — as the demand report assigns it
 * (demand-report.queries.ts).
 *
 * Reads the daily rollups (issue 20.1, docs/rollups.md), which count needs exactly so; the
 * caller catches them up first (RollupsService.catchUp).
 */
export interface WeeklyUnmetCount {
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  week: string;
  districtId: string;
  categoryKey: string;
  n: number;
}

const SQL = `SELECT to_char(date_trunc('week', r.day::timestamp), 'YYYY-MM-DD') AS week,
       coalesce(r.district_id,
                (SELECT d.id FROM districts d ORDER BY (d.code = 'unknown') DESC, d.sort_order, d.code LIMIT 1))::text AS "districtId",
       r.category_key AS "categoryKey",
       sum(r.needs)::int AS n
  FROM rollup_need_days r
 WHERE r.status = 'unmet' AND r.day BETWEEN $1::date AND $2::date
 GROUP BY 1, 2, 3
 ORDER BY 1, 2, 3`;

/** Weekly unmet needs from `fromDay` to `toDay` (`YYYY-MM-DD`, Europe/Berlin days, both included). */
export async function weeklyUnmetNeeds(
  run: (sql: string, params: unknown[]) => Promise<unknown[]>,
  fromDay: string,
  toDay: string,
): Promise<WeeklyUnmetCount[]> {
  return (await run(SQL, [fromDay, toDay])) as WeeklyUnmetCount[];
}
