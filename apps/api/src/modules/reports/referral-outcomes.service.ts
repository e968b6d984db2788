import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/auth/request-context';

export interface OutcomeCounts {
  sent: number;
  accepted: number;
  declined: number;
  completed: number;
  notTakenUp: number;
  medianDaysToResponse: number | null;
}

export interface ReferralOutcomes {
  from: string;
  to: string;
  byProvider: (OutcomeCounts & { providerId: string; name: string })[];
  byCategory: (OutcomeCounts & { categoryKey: string })[];
}

interface Row {
  key: string;
  name: string | null;
  sent: number;
  accepted: number;
  declined: number;
  completed: number;
  not_taken_up: number;
  median_days: number | null;
}

const toCounts = (r: Row): OutcomeCounts => ({
  sent: r.sent,
  accepted: r.accepted,
  declined: r.declined,
  completed: r.completed,
  notTakenUp: r.not_taken_up,
  medianDaysToResponse: r.median_days === null ? null : Math.round(Number(r.median_days) * 10) / 10,
});

/**
 * Team-lead review of the closed loop: per provider and per category, how many referrals were
 * sent in the period (Europe/Berlin days, both ends included), how they were answered and ended,
 * and the median days from sending to the provider's answer.
 */
@Injectable()
export class ReferralOutcomesService {
  constructor(private readonly dataSource: DataSource) {}

  async report(ctx: RequestContext, from: string, to: string): Promise<ReferralOutcomes> {
    // team leads review their own office; analysts the city
    const officeId = ctx.user.role === 'team_lead' ? ctx.user.officeId : null;
    const query = (groupBy: string, nameExpr: string, join: string) => `
      SELECT ${groupBy} AS key, ${nameExpr} AS name,
        count(*)::int AS sent,
        count(*) FILTER (WHERE r.responded_at IS NOT NULL AND r.status <> 'declined')::int AS accepted,
        count(*) FILTER (WHERE r.status = 'declined')::int AS declined,
        count(*) FILTER (WHERE r.status = 'completed')::int AS completed,
        count(*) FILTER (WHERE r.status = 'not_taken_up')::int AS not_taken_up,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.responded_at - r.sent_at) / 86400)
          FILTER (WHERE r.responded_at IS NOT NULL) AS median_days
      FROM referrals r ${join}
      WHERE r.sent_at >= (CAST($1 AS date)::timestamp AT TIME ZONE 'Europe/Berlin')
        AND r.sent_at < ((CAST($2 AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')
        AND ($3::uuid IS NULL OR r.office_id = $3)
      GROUP BY 1, 2 ORDER BY sent DESC, 2`;
    const [byProvider, byCategory]: [Row[], Row[]] = await Promise.all([
      this.dataSource.query(query('r.provider_id', 'p.name', 'JOIN providers p ON p.id = r.provider_id'), [
        from,
        to,
        officeId,
      ]),
      this.dataSource.query(query('n.category_key', 'NULL::text', 'JOIN needs n ON n.id = r.need_id'), [
        from,
        to,
        officeId,
      ]),
    ]);
    return {
      from,
      to,
      byProvider: byProvider.map((r) => ({ providerId: r.key, name: r.name ?? '', ...toCounts(r) })),
      byCategory: byCategory.map((r) => ({ categoryKey: r.key, ...toCounts(r) })),
    };
  }
}
