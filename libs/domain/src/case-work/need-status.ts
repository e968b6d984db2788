/**
 * The life of a need (domain.md, "Rules that tie them"):
 * - a need starts `open`;
 * - sending a referral for it makes it `referred`;
 * - a referral completed with outcome `successful` makes it `met`;
 * - when all its referrals have ended without success it goes back to `open`;
 * - a counsellor may set `unmet` with a reason (the gaps the city must learn about), or
 *   `withdrawn`, or `met` when advice alone met it.
 */

export const NEED_STATUSES = ['open', 'referred', 'met', 'unmet', 'withdrawn'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const UNMET_REASONS = ['no_offer', 'waitlist', 'not_eligible', 'declined_by_family', 'other'] as const;
export type UnmetReason = (typeof UNMET_REASONS)[number];

/** Referral states (api.md) as far as the need cares about them. */
export type ReferralState =
  | 'draft'
  | 'sent'
  | 'accepted'
  | 'in_progress'
  | 'completed'
  | 'declined'
  | 'cancelled'
  | 'not_taken_up'
  | 'returned';
export type ReferralOutcome = 'successful' | 'partly' | 'unsuccessful';

const ACTIVE_REFERRAL: readonly ReferralState[] = ['sent', 'accepted', 'in_progress'];

/** Moves a counsellor may make by hand; `referred` is only ever set by sending a referral. */
export const MANUAL_NEED_TRANSITIONS: Record<NeedStatus, readonly NeedStatus[]> = {
  open: ['unmet', 'withdrawn', 'met'],
  referred: ['withdrawn'],
  met: ['open'],
  unmet: ['open', 'withdrawn', 'met'],
  withdrawn: ['open'],
};

export type NeedChangeProblem = 'illegal_transition' | 'unmet_reason_required' | 'unmet_reason_not_allowed';

/** Checks a manual status change; returns the problem, or null when it is allowed. */
export function checkManualNeedChange(
  from: NeedStatus,
  to: NeedStatus,
  unmetReason: UnmetReason | null | undefined,
): NeedChangeProblem | null {
  if (from !== to && !MANUAL_NEED_TRANSITIONS[from].includes(to)) return 'illegal_transition';
  if (to === 'unmet' && !unmetReason) return 'unmet_reason_required';
  if (to !== 'unmet' && unmetReason) return 'unmet_reason_not_allowed';
  return null;
}

/**
 * The status a need takes from its referrals (called whenever one of them changes).
 * A need the counsellor closed by hand (`unmet`, `withdrawn`, `met` without referral) keeps its
 * status unless a referral is active or succeeded.
 */
export function needStatusFromReferrals(
  current: NeedStatus,
  referrals: readonly { status: ReferralState; outcome?: ReferralOutcome | null }[],
): NeedStatus {
  const relevant = referrals.filter((r) => r.status !== 'draft');
  if (relevant.some((r) => r.status === 'completed' && r.outcome === 'successful')) return 'met';
  if (relevant.some((r) => ACTIVE_REFERRAL.includes(r.status))) return 'referred';
  if (current === 'referred' || (current === 'met' && relevant.length > 0)) return 'open';
  return current;
}

/** Statuses that end a need: they carry `resolvedAt`. */
export function isResolved(status: NeedStatus): boolean {
  return status === 'met' || status === 'unmet' || status === 'withdrawn';
}

/**
 * Needs a referral may be made for: open ones, unmet ones (a new offer may have come up) and
 * referred ones (a second provider in parallel). Met and withdrawn needs are done.
 */
export const REFERABLE_NEED_STATUSES: readonly NeedStatus[] = ['open', 'unmet', 'referred'];

export function isReferable(status: NeedStatus): boolean {
  return REFERABLE_NEED_STATUSES.includes(status);
}
