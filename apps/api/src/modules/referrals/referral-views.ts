import type { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import {
  canUndoMove,
  consentValidSql,
  REFERRAL_MODES,
  REFERRAL_STATUSES,
  toProviderReferral,
} from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { whereInScope } from '../../common/auth/scope';
import type { ListSpec } from '../../common/list-query/list-query';
import type { ProviderReferralView, ReferralMoveView } from './dto/referral.dto';
import { Referral } from './referral.entity';

export const REFERRAL_LIST: ListSpec = {
  entity: Referral,
  alias: 'r',
  sortable: {
    sentAt: 'r.sentAt',
    respondedAt: 'r.respondedAt',
    completedAt: 'r.completedAt',
    createdAt: 'r.createdAt',
    status: 'r.status',
    mode: 'r.mode',
  },
  filterable: {
    familyId: { type: 'uuid' },
    needId: { type: 'uuid' },
    providerId: { type: 'uuid' },
    offerId: { type: 'uuid' },
    status: { type: 'enum', values: REFERRAL_STATUSES },
    mode: { type: 'enum', values: REFERRAL_MODES },
    // replaced per request with the configured number of days
    unanswered: { type: 'boolean' },
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
};

export type StaffReferralView = Referral & { categoryKey: string; lastMove: ReferralMoveView | null };

/** A referral as its reader gets it: the whole record for staff, the consented part for a provider. */
export type ReferralView = StaffReferralView | ProviderReferralView;

/**
 * A warm, sent referral to the provider whose consent is valid now: all a provider user may see.
 * A referral the office cancelled before the provider answered it leaves the provider's view.
 */
export const PROVIDER_VISIBLE = `r.mode = 'warm' AND r.status <> 'draft' AND EXISTS (
  SELECT 1 FROM consents c WHERE c.id = r.consent_id AND c.scope = 'share_with_provider'
    AND c.provider_id = r.provider_id AND ${consentValidSql('c')})
  AND NOT (r.status = 'cancelled' AND r.responded_at IS NULL)`;

/** Referrals the caller may see: the office's for staff, the consented warm ones for providers. */
export function visibleReferrals(
  repo: Repository<Referral>,
  ctx: RequestContext,
): SelectQueryBuilder<Referral> {
  const qb = whereInScope(repo.createQueryBuilder('r'), ctx.user, 'referral.read', {
    officeId: 'r.officeId',
    providerId: 'r.providerId',
  });
  return ctx.user.role === 'provider' ? qb.andWhere(PROVIDER_VISIBLE) : qb;
}

/** The last move (not undone) of each referral, with whether the caller may undo it now. */
async function lastMoves(
  dataSource: DataSource,
  ctx: RequestContext,
  ids: string[],
): Promise<Map<string, ReferralMoveView>> {
  const rows: {
    id: string;
    entity_id: string;
    from_value: ReferralMoveView['from'];
    to_value: ReferralMoveView['to'];
    by_user_id: string | null;
    created_at: Date;
    on_behalf_of_provider: boolean;
    channel: ReferralMoveView['channel'];
  }[] = await dataSource.query(
    `SELECT DISTINCT ON (entity_id) id, entity_id, from_value, to_value, by_user_id, created_at,
            on_behalf_of_provider, channel
     FROM case_events WHERE entity_id = ANY($1) AND kind = 'referral_move' AND undone_at IS NULL
     ORDER BY entity_id, created_at DESC, id DESC`,
    [ids],
  );
  const now = new Date();
  return new Map(
    rows.map((r) => [
      r.entity_id,
      {
        id: r.id,
        from: r.from_value,
        to: r.to_value,
        byUserId: r.by_user_id,
        at: r.created_at,
        onBehalfOfProvider: r.on_behalf_of_provider,
        channel: r.channel,
        undoable: canUndoMove({ byUserId: r.by_user_id, createdAt: r.created_at }, ctx.user.id, now),
      },
    ]),
  );
}

/** Staff see the record with the need's category; providers only what the consent covers. */
export async function presentReferrals(
  dataSource: DataSource,
  ctx: RequestContext,
  referrals: Referral[],
): Promise<ReferralView[]> {
  if (referrals.length === 0) return [];
  const needRows: { id: string; category_key: string }[] = await dataSource.query(
    `SELECT id, category_key FROM needs WHERE id = ANY($1)`,
    [referrals.map((r) => r.needId)],
  );
  const category = new Map(needRows.map((n) => [n.id, n.category_key]));
  if (ctx.user.role !== 'provider') {
    const moves = await lastMoves(
      dataSource,
      ctx,
      referrals.map((r) => r.id),
    );
    return referrals.map((r) =>
      Object.assign(r, { categoryKey: category.get(r.needId) ?? '', lastMove: moves.get(r.id) ?? null }),
    );
  }
  const families: { family_id: string; name: string; phone: string | null; email: string | null }[] =
    await dataSource.query(
      `SELECT f.id AS family_id, f.name,
       CASE WHEN EXISTS (SELECT 1 FROM consents c WHERE c.family_id = f.id AND c.scope = 'contact_by_phone'
              AND ${consentValidSql('c')})
            THEN (SELECT p.phone FROM persons p WHERE p.family_id = f.id AND p.relation = 'parent' AND p.phone IS NOT NULL ORDER BY p.created_at LIMIT 1) END AS phone,
       CASE WHEN EXISTS (SELECT 1 FROM consents c WHERE c.family_id = f.id AND c.scope = 'contact_by_email'
              AND ${consentValidSql('c')})
            THEN (SELECT p.email FROM persons p WHERE p.family_id = f.id AND p.relation = 'parent' AND p.email IS NOT NULL ORDER BY p.created_at LIMIT 1) END AS email
     FROM families f WHERE f.id = ANY($1)`,
      [referrals.map((r) => r.familyId)],
    );
  const byFamily = new Map(families.map((f) => [f.family_id, f]));
  // one allow-list (libs/domain PROVIDER_REFERRAL_FIELDS): nothing else reaches a provider
  return referrals.map((r) => {
    const f = byFamily.get(r.familyId);
    return toProviderReferral({
      ...r,
      note: r.providerNote,
      categoryKey: category.get(r.needId) ?? '',
      family: { name: f?.name ?? '', phone: f?.phone ?? null, email: f?.email ?? null },
    }) as unknown as ProviderReferralView;
  });
}
