import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { networkFigure, roundFigure } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope } from '../../common/auth/scope';
import { isUuid } from '../../common/list-query/list-query';
import { berlinWallClock } from '../../jobs/schedules';
import type { ProviderOutcomesView, QuarterOutcomesView } from './dto/network.dto';

interface ProviderQuarter {
  provider_id: string;
  q: number;
  received: number;
  accepted: number;
  median_days: number | null;
}

interface OwnBreakdown {
  q: number;
  status: string;
  decline_reason: string | null;
  outcome: string | null;
  n: number;
}

/** A warm referral counts in the quarter (Europe/Berlin) it was sent in. */
const QUARTER = `extract(quarter from r.sent_at AT TIME ZONE 'Europe/Berlin')::int`;
const IN_YEAR = `r.mode = 'warm' AND r.sent_at IS NOT NULL
  AND extract(year from r.sent_at AT TIME ZONE 'Europe/Berlin')::int = $1`;
const EVER_ACCEPTED = `r.status IN ('accepted', 'in_progress', 'completed', 'not_taken_up')`;

/**
 * A provider's own figures per quarter beside the network's (issue 21.4,
 * docs/provider-network.md "The provider's own figures"): warm referrals only (the ones a
 * provider receives and answers), counted by the quarter they were sent in. The network is the
 * other providers of the same kind; its medians follow `networkFigure` (at least 3 others).
 */
@Injectable()
export class ProviderOutcomesService {
  constructor(private readonly dataSource: DataSource) {}

  async outcomes(ctx: RequestContext, providerId: string, year?: string): Promise<ProviderOutcomesView> {
    const rows: { id: string; name: string; kind: string }[] = isUuid(providerId)
      ? await this.dataSource.query(`SELECT id, name, kind FROM providers WHERE id = $1`, [providerId])
      : [];
    requireInScope(ctx.user, 'provider.outcomes', rows[0] ? { providerId: rows[0].id } : null, 'Provider');
    const provider = rows[0];
    const y = year ? Number(year) : berlinWallClock(new Date()).year;

    const perProvider: ProviderQuarter[] = await this.dataSource.query(
      `SELECT r.provider_id, ${QUARTER} AS q, count(*)::int AS received,
              (count(*) FILTER (WHERE ${EVER_ACCEPTED}))::int AS accepted,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.responded_at - r.sent_at) / 86400)
                FILTER (WHERE r.responded_at IS NOT NULL) AS median_days
       FROM referrals r JOIN providers p ON p.id = r.provider_id
       WHERE ${IN_YEAR} AND p.kind = $2
       GROUP BY 1, 2`,
      [y, provider.kind],
    );
    const own: OwnBreakdown[] = await this.dataSource.query(
      `SELECT ${QUARTER} AS q, r.status, r.decline_reason, r.outcome, count(*)::int AS n
       FROM referrals r WHERE ${IN_YEAR} AND r.provider_id = $2
       GROUP BY 1, 2, 3, 4`,
      [y, provider.id],
    );

    const quarters: QuarterOutcomesView[] = [1, 2, 3, 4].map((q) => {
      const mine = perProvider.find((r) => r.q === q && r.provider_id === provider.id);
      const others = perProvider.filter((r) => r.q === q && r.provider_id !== provider.id && r.received > 0);
      const declinedByReason: Record<string, number> = {};
      const completedByOutcome: Record<string, number> = {};
      let returned = 0;
      for (const b of own.filter((o) => o.q === q)) {
        if (b.status === 'declined' && b.decline_reason)
          declinedByReason[b.decline_reason] = (declinedByReason[b.decline_reason] ?? 0) + b.n;
        if (b.status === 'completed' && b.outcome)
          completedByOutcome[b.outcome] = (completedByOutcome[b.outcome] ?? 0) + b.n;
        if (b.status === 'returned') returned += b.n;
      }
      const round = (f: { value: number | null; suppressed: boolean }) => ({
        ...f,
        value: roundFigure(f.value),
      });
      return {
        period: `${y}-Q${q}`,
        received: mine?.received ?? 0,
        accepted: mine?.accepted ?? 0,
        declinedByReason,
        returned,
        completedByOutcome,
        medianDaysToAnswer: roundFigure(
          mine?.median_days === null || !mine ? null : Number(mine.median_days),
        ),
        networkReceived: round(networkFigure(others.map((o) => o.received))),
        networkAcceptedPercent: round(networkFigure(others.map((o) => (100 * o.accepted) / o.received))),
        networkMedianDaysToAnswer: round(
          networkFigure(others.map((o) => (o.median_days === null ? null : Number(o.median_days)))),
        ),
      };
    });
    return { providerId: provider.id, providerName: provider.name, kind: provider.kind, year: y, quarters };
  }
}
