import {
  ANSWER_CHANNELS,
  DECLINE_REASONS,
  PROVIDER_DECLINE_REASONS,
  PROVIDER_MOVES,
  REFERABLE_NEED_STATUSES,
  REFERRAL_STATUSES,
  checkReferralTransition,
  isFinal,
  nextStatuses,
  type AnswerChannel,
  type DeclineReason,
  type ReferralOutcome,
  type ReferralStatus,
  type TransitionProblem,
} from '@lotsen/domain';

/** "Vermitteln" is offered for the needs libs/domain calls referable. */
export function isReferable(need: { status?: unknown } | undefined | null): boolean {
  return !!need && (REFERABLE_NEED_STATUSES as readonly unknown[]).includes(need.status);
}

export function isReferralStatus(value: unknown): value is ReferralStatus {
  return typeof value === 'string' && (REFERRAL_STATUSES as readonly string[]).includes(value);
}

/** What the caller may do to a referral, as the policy answers it for that record. */
export interface MovePermissions {
  /** `referral.write`: send and cancel (the office's moves). */
  canWrite: boolean;
  /** `referral.respond`: the provider's answers (PROVIDER_MOVES), by its users or staff for it. */
  canRespond: boolean;
}

/**
 * The transition buttons a referral shows: the moves nextStatuses() of libs/domain allows from its
 * status, each only when the caller may make it — the provider's answers (PROVIDER_MOVES) need
 * `referral.respond`, every other move (send, cancel) `referral.write`.
 */
export function availableMoves(status: unknown, permissions: MovePermissions): ReferralStatus[] {
  if (!isReferralStatus(status)) return [];
  return nextStatuses(status).filter((to) =>
    PROVIDER_MOVES.includes(to) ? permissions.canRespond : permissions.canWrite,
  );
}

/**
 * What a move asks before it is made: a decline its reason, a completion its outcome; a move into
 * a final state (cancel, not taken up) a confirmation; the others (send, accept, start) nothing.
 */
export type MoveInput = 'decline_reason' | 'outcome' | 'confirm' | 'none';

export function inputFor(to: ReferralStatus): MoveInput {
  if (to === 'declined') return 'decline_reason';
  if (to === 'completed') return 'outcome';
  if (isFinal(to)) return 'confirm';
  return 'none';
}

/**
 * The reasons a decline may give: a provider user answers for the provider (its reasons and
 * "other"); office staff may also record the family's side (unreachable, declined).
 */
export function declineReasonsFor(audience: 'staff' | 'provider'): readonly DeclineReason[] {
  return audience === 'provider' ? [...PROVIDER_DECLINE_REASONS, 'other'] : DECLINE_REASONS;
}

export interface MoveValues {
  note?: string | null;
  outcome?: ReferralOutcome | null;
  declineReason?: DeclineReason | null;
  /** Staff recording the provider's answer: how it came. */
  channel?: AnswerChannel | null;
}

export interface TransitionBody {
  to: ReferralStatus;
  note?: string;
  outcome?: ReferralOutcome;
  declineReason?: DeclineReason;
  channel?: AnswerChannel;
}

export { ANSWER_CHANNELS };

/**
 * Issue 25.8: office staff do not answer for a provider with the provider's own buttons. Their
 * moves split into the office's own (send, cancel: a button each) and the provider's answers,
 * which are recorded together behind "Rückmeldung des Trägers erfassen" with the channel.
 */
export function splitStaffMoves(moves: readonly ReferralStatus[]): {
  own: ReferralStatus[];
  answers: ReferralStatus[];
} {
  return {
    own: moves.filter((to) => !PROVIDER_MOVES.includes(to)),
    answers: moves.filter((to) => PROVIDER_MOVES.includes(to)),
  };
}

/**
 * The body of `POST /api/referrals/{id}/transition`, checked first by checkReferralTransition()
 * of libs/domain; carries the outcome only to complete, the reason only to decline, and the note
 * only when there is one.
 */
export function transitionBody(
  from: ReferralStatus,
  to: ReferralStatus,
  values: MoveValues = {},
): { body: TransitionBody; problem: null } | { body: null; problem: TransitionProblem } {
  const problem = checkReferralTransition(from, to, values);
  if (problem) return { body: null, problem };
  const body: TransitionBody = { to };
  const note = typeof values.note === 'string' ? values.note.trim() : '';
  if (note) body.note = note;
  if (to === 'completed' && values.outcome) body.outcome = values.outcome;
  if (to === 'declined' && values.declineReason) body.declineReason = values.declineReason;
  if (values.channel && PROVIDER_MOVES.includes(to)) body.channel = values.channel;
  return { body, problem: null };
}
