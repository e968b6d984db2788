/**
 * The statements of the referral-outcomes report: the counts by a group, optionally by month too,
 * of the referrals sent in `$1`..`$2` (Europe/Berlin days, both included), of office `$3` (null:
 * all); with `excludeNamed`, of the providers not in `$4` ("weitere Träger").
 *
 * The report reads the daily rollups (`rollup`, issue 20.2, docs/rollups.md): sums of the counts,
 * and the median days to the provider's answer over the durations each rollup row keeps, so it is
 * the exact median of the raw rows. `raw` is the statement on the referrals themselves, which the
 * tests compare with it.
 */

import { rollupSpan } from './rollups/rollup-span';

/** A grouping: its key, its name (if any) for the raw rows and the rollups. */
export interface OutcomesBy {
  key: string;
  name?: string;
  join?: { raw: string; rollup: string };
  rawKey?: string;
}

export const BY_PROVIDER: OutcomesBy = {
  key: 'r.provider_id::text',
  name: 'p.name',
  join: {
    raw: 'JOIN providers p ON p.id = r.provider_id',
    rollup: 'JOIN providers p ON p.id = r.provider_id',
  },
};
export const BY_CATEGORY: OutcomesBy = {
  key: 'r.category_key',
  rawKey: 'n.category_key',
  join: { raw: 'JOIN needs n ON n.id = r.need_id', rollup: '' },
};

const NAMED = 'AND NOT (r.provider_id::text = ANY($4::text[]))';

export function outcomesSql(
  by: OutcomesBy,
  byMonth: boolean,
  source: 'rollup' | 'raw',
  excludeNamed = false,
): string {
  const name = by.name ?? 'NULL::text';
  const where = excludeNamed ? NAMED : '';
  if (source === 'raw') {
    return `
  SELECT ${by.rawKey ?? by.key} AS key, ${name} AS name,
    ${byMonth ? `to_char(r.sent_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM')` : 'NULL::text'} AS month,
    count(*)::int AS sent,
    -- a referral handed back to the office (issue 21.5) was answered, but not accepted
    count(*) FILTER (WHERE r.responded_at IS NOT NULL AND r.status NOT IN ('declined', 'returned'))::int AS accepted,
    count(*) FILTER (WHERE r.status = 'declined')::int AS declined,
    count(*) FILTER (WHERE r.status = 'completed')::int AS completed,
    count(*) FILTER (WHERE r.status = 'not_taken_up')::int AS not_taken_up,
    count(*) FILTER (WHERE r.responded_at IS NOT NULL)::int AS responded,
    count(*) FILTER (WHERE r.responded_at IS NOT NULL AND EXISTS (
      SELECT 1 FROM case_events e WHERE e.entity_id = r.id AND e.kind = 'referral_move'
        AND e.to_value IN ('accepted', 'declined') AND e.undone_at IS NULL AND e.on_behalf_of_provider))::int
      AS responded_on_behalf,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.responded_at - r.sent_at) / 86400)
      FILTER (WHERE r.responded_at IS NOT NULL) AS median_days
  FROM referrals r ${by.join?.raw ?? ''}
  WHERE r.sent_at >= (CAST($1 AS date)::timestamp AT TIME ZONE 'Europe/Berlin')
    AND r.sent_at < ((CAST($2 AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')
    AND ($3::uuid IS NULL OR r.office_id = $3) ${where}
  GROUP BY 1, 2, 3 ORDER BY sent DESC, 2`;
  }
  return `
  WITH g AS (
    SELECT ${by.key} AS key, ${name} AS name,
      ${byMonth ? `to_char(r.day, 'YYYY-MM')` : 'NULL::text'} AS month, r.*
    FROM ${rollupSpan('referral')} r ${by.join?.rollup ?? ''}
    WHERE true ${where}
  ),
  medians AS (
    SELECT g.key, g.month, percentile_cont(0.5) WITHIN GROUP (ORDER BY d) AS median_days
    FROM g, unnest(g.response_days) d GROUP BY 1, 2
  )
  SELECT s.*, m.median_days FROM (
    SELECT key, name, month, sum(sent)::int AS sent, sum(accepted)::int AS accepted,
      sum(declined)::int AS declined, sum(completed)::int AS completed, sum(not_taken_up)::int AS not_taken_up,
      sum(responded)::int AS responded, sum(responded_on_behalf)::int AS responded_on_behalf
    FROM g GROUP BY 1, 2, 3
  ) s
  LEFT JOIN medians m ON m.key = s.key AND m.month IS NOT DISTINCT FROM s.month
  ORDER BY sent DESC, 2`;
}
