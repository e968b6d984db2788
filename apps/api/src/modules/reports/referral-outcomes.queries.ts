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
  // one pass: the sums, and the durations of the group gathered into one array whose median is taken
  return `
  SELECT key, name, month, sent, accepted, declined, completed, not_taken_up, responded, responded_on_behalf,
    (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY d) FROM unnest(days) d) AS median_days
  FROM (
    SELECT ${by.key} AS key, ${name} AS name,
      ${byMonth ? `to_char(r.day, 'YYYY-MM')` : 'NULL::text'} AS month,
      sum(r.sent)::int AS sent, sum(r.accepted)::int AS accepted, sum(r.declined)::int AS declined,
      sum(r.completed)::int AS completed, sum(r.not_taken_up)::int AS not_taken_up,
      sum(r.responded)::int AS responded, sum(r.responded_on_behalf)::int AS responded_on_behalf,
      lotsen_array_cat(r.response_days) AS days
    FROM ${rollupSpan('referral')} r ${by.join?.rollup ?? ''}
    WHERE true ${where}
    GROUP BY 1, 2, 3
  ) s
  ORDER BY sent DESC, 2`;
}
