/**
 * The rollup rows of the days `$1`..`$2` (`YYYY-MM-DD`, both included) of office `$3` (null: all):
 * the whole calendar months in between from the monthly table, the days at the edges from the
 * daily one (docs/rollups.md). A year is twelve months of rows; a range that holds no whole month
 * is read from its days. The rows keep the daily table's columns (`day` is a month's first day);
 * needs have `unmet` as a count instead of status, reason and source.
 */
export function rollupSpan(kind: 'contact' | 'need' | 'referral'): string {
  // a month of needs holds unmet as a count (status, reason and source are kept by day only)
  const [dayColumns, monthColumns] =
    kind === 'need'
      ? [
          `day, office_id, district_id, category_key, needs,
             CASE WHEN status = 'unmet' THEN needs ELSE 0 END AS unmet, referred`,
          `month, office_id, district_id, category_key, needs, unmet, referred`,
        ]
      : ['*', '*'];
  // the first day of the first whole month within the range, and the day after the last one
  const first = `(date_trunc('month', $1::date - 1) + interval '1 month')::date`;
  const after = `date_trunc('month', $2::date + 1)::date`;
  const office = `($3::uuid IS NULL OR office_id = $3)`;
  // two tight day ranges (before the first whole month, from the day after the last one), so that
  // each is one index range; when the range holds no whole month the first covers it all
  return `(
      SELECT ${dayColumns} FROM rollup_${kind}_days
       WHERE day >= $1::date AND day <= $2::date AND day < ${first} AND ${office}
      UNION ALL
      SELECT ${dayColumns} FROM rollup_${kind}_days
       WHERE day >= $1::date AND day <= $2::date AND day >= greatest(${after}, ${first}) AND ${office}
      UNION ALL
      SELECT ${monthColumns} FROM rollup_${kind}_months WHERE month >= ${first} AND month < ${after} AND ${office}
    )`;
}
