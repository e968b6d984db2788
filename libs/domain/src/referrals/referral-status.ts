import type { Role } from '../auth/roles';
import type { ReferralOutcome, ReferralState } from '../case-work/need-status';

/**
 * The closed loop of a referral (api.md, "Actions"):
 * `draft→sent|cancelled`, `sent→accepted|declined|cancelled`, `accepted→in_progress|cancelled`,
 * `in_progress→completed|not_taken_up`, `accepted→not_taken_up`, and (issue 25.8) `accepted→completed`:
 * a provider may complete a referral straight from "angenommen" (a one-off appointment), and
 * (issue 21.5) `sent|accepted→returned`: the provider hands the referral back to the office
 * ("Zurück an das Familienbüro", with a reason) instead of declining it.
 */
export const REFERRAL_STATUSES = [
  'draft',
  'sent',
  'accepted',
  'in_progress',
  'completed',
  'declined',
  'cancelled',
  'not_taken_up',
  'returned',
] as const satisfies readonly ReferralState[];
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_MODES = ['info', 'warm'] as const;
export type ReferralMode = (typeof REFERRAL_MODES)[number];

export const REFERRAL_OUTCOMES = [
  'successful',
  'partly',
  'unsuccessful',
] as const satisfies readonly ReferralOutcome[];

export const PROVIDER_DECLINE_REASONS = ['no_capacity', 'not_eligible', 'out_of_area'] as const;
export const FAMILY_DECLINE_REASONS = ['family_unreachable', 'family_declined'] as const;
export const DECLINE_REASONS = [...PROVIDER_DECLINE_REASONS, ...FAMILY_DECLINE_REASONS, 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const REFERRAL_TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  draft: ['sent', 'cancelled'],
  sent: ['accepted', 'declined', 'cancelled', 'returned'],
  accepted: ['in_progress', 'completed', 'cancelled', 'not_taken_up', 'returned'],
  in_progress: ['completed', 'not_taken_up'],
  completed: [],
  declined: [],
  cancelled: [],
  not_taken_up: [],
  returned: [],
};

/** Where a referral may go from `from`. */
export function nextStatuses(from: ReferralStatus): readonly ReferralStatus[] {
  return REFERRAL_TRANSITIONS[from];
}

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[from].includes(to);
}

/** A referral that can move no further has ended. */
export function isFinal(status: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[status].length === 0;
}

/** Moves that are the provider's answer (a provider user may make these, and staff on its behalf). */
export const PROVIDER_MOVES: readonly ReferralStatus[] = [
  'accepted',
  'declined',
  'in_progress',
  'completed',
  'not_taken_up',
  'returned',
];

/** How the office learnt a provider's answer that staff record on its behalf (issue 25.8). */
export const ANSWER_CHANNELS = ['phone', 'email', 'letter', 'in_person', 'other'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

/** Staff making one of the provider's moves act on the provider's behalf. */
export function isOnBehalfOfProvider(role: Role, to: ReferralStatus): boolean {
  return role !== 'provider' && PROVIDER_MOVES.includes(to);
}

/** The last move of a referral may be undone by the one who made it, for this long. */
export const REFERRAL_UNDO_MINUTES = 10;

/** May `userId` undo the move `move` now? Only the latest move, by its author, within the window. */
export function canUndoMove(
  move: { byUserId: string | null; createdAt: string | Date; undoneAt?: string | Date | null },
  userId: string,
  now: Date = new Date(),
): boolean {
  if (move.undoneAt || move.byUserId !== userId) return false;
  const age = now.getTime() - new Date(move.createdAt).getTime();
  return age >= 0 && age <= REFERRAL_UNDO_MINUTES * 60_000;
}

export type TransitionProblem =
  'illegal_transition' | 'outcome_required' | 'decline_reason_required' | 'return_reason_required';

/** Checks a move with what it needs: an outcome to complete, a reason to decline. */
export function checkReferralTransition(
  from: ReferralStatus,
  to: ReferralStatus,
  input: { outcome?: ReferralOutcome | null; declineReason?: DeclineReason | null; note?: string | null },
): TransitionProblem | null {
  if (!canTransition(from, to)) return 'illegal_transition';
  if (to === 'completed' && !input.outcome) return 'outcome_required';
  if (to === 'declined' && !input.declineReason) return 'decline_reason_required';
  // handed back to the office: the note says why (both sides read it)
  if (to === 'returned' && !input.note?.trim()) return 'return_reason_required';
  return null;
}

/** Is a consent valid at `now`: given, not yet expired, not withdrawn? */
export function isConsentValid(
  consent: { givenAt: string | Date; expiresAt?: string | Date | null; withdrawnAt?: string | Date | null },
  now: Date = new Date(),
): boolean {
  const t = now.getTime();
  if (new Date(consent.givenAt).getTime() > t) return false;
  if (consent.withdrawnAt && new Date(consent.withdrawnAt).getTime() <= t) return false;
  if (consent.expiresAt && new Date(consent.expiresAt).getTime() <= t) return false;
  return true;
}

/** Roles that see the address of an offer marked `addressHidden` (e.g. a women's shelter). */
export const HIDDEN_ADDRESS_ROLES: readonly Role[] = ['counsellor', 'team_lead', 'admin'];

/**
 * Fields of an offer whose change by a provider user waits for the office's review (issue 21.3,
 * docs/provider-network.md): proposed, then accepted or rejected by a team lead or an admin.
 */
export const PROVIDER_REVIEWED_OFFER_FIELDS = [
  'description',
  'openingHours',
  'openingSchedule',
  'languages',
  'ageFrom',
  'ageTo',
  'costFree',
  'phone',
  'email',
] as const;
export type ReviewedOfferField = (typeof PROVIDER_REVIEWED_OFFER_FIELDS)[number];

/** Fields of an offer that a provider user may change for their own provider: capacity at once, the rest reviewed. */
export const PROVIDER_EDITABLE_OFFER_FIELDS = ['capacity', ...PROVIDER_REVIEWED_OFFER_FIELDS] as const;

export const OFFER_CHANGE_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type OfferChangeStatus = (typeof OFFER_CHANGE_STATUSES)[number];

/** An offer not confirmed for this many months reminds its provider once (and shows its honest "Stand"). */
export const OFFER_CONFIRM_MONTHS = 6;

export const OFFER_CAPACITIES = ['available', 'waitlist', 'full'] as const;
export type OfferCapacity = (typeof OFFER_CAPACITIES)[number];

export const PROVIDER_KINDS = ['city_department', 'independent', 'health', 'other'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** Days after sending until the follow-up that checks a referral's outcome is due. */
export const DEFAULT_REFERRAL_FOLLOW_UP_DAYS = 14;
/** Days after which a sent referral without an answer counts as unanswered. */
export const DEFAULT_REFERRAL_UNANSWERED_DAYS = 7;
