/**
 * The one place the early warning reads its counts (issue 20.5): unmet needs per Europe/Berlin
 * ISO week (named by its Monday), Sozialraum and need category. A need counts when its current
 * status is `unmet` and it is not cancelled, in the week of its `identified_at`; its Sozialraum is
 * its contact's, else its family's, else "ohne Angabe" — as the demand report assigns it
 * (demand-report.queries.ts).
 *
 * Reads the raw `needs` rows today; once the daily rollups exist (issue 20.1) this function reads
 * them instead, with the same answer.
 */
export interface WeeklyUnmetCount {
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  week: string;
  districtId: string;
  categoryKey: string;
  n: number;
}

const SQL = `SELECT to_char(date_trunc('week', n.identified_at AT TIME ZONE 'Europe/Berlin'), 'YYYY-MM-DD') AS week,
       coalesce(c.district_id, f.district_id,
                (SELECT d.id FROM districts d ORDER BY (d.code = 'unknown') DESC, d.sort_order, d.code LIMIT 1))::text AS "districtId",
       n.category_key AS "categoryKey",
       count(*)::int AS n
  FROM needs n
  LEFT JOIN contacts c ON c.id = n.contact_id
  LEFT JOIN families f ON f.id = n.family_id
 WHERE n.status = 'unmet' AND n.cancelled_at IS NULL
   AND n.identified_at >= (CAST($1 AS date)::timestamp AT TIME ZONE 'Europe/Berlin')
   AND n.identified_at < ((CAST($2 AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')
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
