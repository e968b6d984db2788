import {
  canTransition,
  canUndoMove,
  isOnBehalfOfProvider,
  checkReferralTransition,
  isConsentValid,
  isFinal,
  PROVIDER_MOVES,
  REFERRAL_STATUSES,
  type ReferralStatus,
} from './referral-status';

/** Every allowed move of api.md, spelled out; every other (from, to) pair must be refused. */
const ALLOWED = new Set([
  'draft→sent',
  'draft→cancelled',
  'sent→accepted',
  'sent→declined',
  'sent→cancelled',
  'accepted→in_progress',
  'accepted→cancelled',
  'accepted→not_taken_up',
  // issue 25.8: a one-off appointment is completed straight from "angenommen"
  'accepted→completed',
  'in_progress→completed',
  'in_progress→not_taken_up',
  // issue 21.5: "Zurück an das Familienbüro" instead of declining, before or after accepting
  'sent→returned',
  'accepted→returned',
]);

describe('referral state machine', () => {
  const pairs = REFERRAL_STATUSES.flatMap((from) =>
    REFERRAL_STATUSES.map((to) => [from, to] as [ReferralStatus, ReferralStatus]),
  );

  it.each(pairs)('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED.has(`${from}→${to}`));
  });

  it('ends in completed, declined, cancelled, not_taken_up and returned', () => {
    expect(REFERRAL_STATUSES.filter(isFinal)).toEqual([
      'completed',
      'declined',
      'cancelled',
      'not_taken_up',
      'returned',
    ]);
  });

  it('hands a referral back to the office only with a reason (the note), as a provider’s move', () => {
    expect(checkReferralTransition('sent', 'returned', {})).toBe('return_reason_required');
    expect(checkReferralTransition('accepted', 'returned', { note: '   ' })).toBe('return_reason_required');
    expect(
      checkReferralTransition('sent', 'returned', { note: 'Passt besser zur Schuldnerberatung' }),
    ).toBeNull();
    expect(checkReferralTransition('in_progress', 'returned', { note: 'x' })).toBe('illegal_transition');
    expect(PROVIDER_MOVES).toContain('returned');
    expect(isOnBehalfOfProvider('provider', 'returned')).toBe(false);
    expect(isOnBehalfOfProvider('counsellor', 'returned')).toBe(true);
  });

  it('needs an outcome to complete and a reason to decline', () => {
    expect(checkReferralTransition('in_progress', 'completed', {})).toBe('outcome_required');
    expect(checkReferralTransition('in_progress', 'completed', { outcome: 'partly' })).toBeNull();
    expect(checkReferralTransition('sent', 'declined', {})).toBe('decline_reason_required');
    expect(checkReferralTransition('sent', 'declined', { declineReason: 'no_capacity' })).toBeNull();
    expect(checkReferralTransition('draft', 'completed', { outcome: 'successful' })).toBe(
      'illegal_transition',
    );
  });
});

describe('completing straight from accepted', () => {
  it('needs an outcome like any completion', () => {
    expect(checkReferralTransition('accepted', 'completed', {})).toBe('outcome_required');
    expect(checkReferralTransition('accepted', 'completed', { outcome: 'successful' })).toBeNull();
  });
});

describe('acting for a provider', () => {
  it('is what staff do when they make one of the provider’s moves', () => {
    expect(isOnBehalfOfProvider('counsellor', 'accepted')).toBe(true);
    expect(isOnBehalfOfProvider('team_lead', 'declined')).toBe(true);
    expect(isOnBehalfOfProvider('provider', 'accepted')).toBe(false);
    expect(isOnBehalfOfProvider('counsellor', 'sent')).toBe(false);
    expect(isOnBehalfOfProvider('counsellor', 'cancelled')).toBe(false);
  });

  it('a move is undone only by its author, only within 10 minutes, only once', () => {
    const at = new Date('2026-11-27T12:00:00Z');
    const move = { byUserId: 'u1', createdAt: at };
    expect(canUndoMove(move, 'u1', new Date('2026-11-27T12:09:59Z'))).toBe(true);
    expect(canUndoMove(move, 'u1', new Date('2026-11-27T12:10:01Z'))).toBe(false);
    expect(canUndoMove(move, 'u2', new Date('2026-11-27T12:01:00Z'))).toBe(false);
    expect(canUndoMove({ ...move, undoneAt: at }, 'u1', new Date('2026-11-27T12:01:00Z'))).toBe(false);
  });
});

describe('consent validity', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it('is valid between given and expiry, unless withdrawn', () => {
    expect(isConsentValid({ givenAt: '2026-01-01T00:00:00Z' }, now)).toBe(true);
    expect(isConsentValid({ givenAt: '2026-12-01T00:00:00Z' }, now)).toBe(false);
    expect(isConsentValid({ givenAt: '2026-01-01T00:00:00Z', expiresAt: '2026-11-27T11:59:59Z' }, now)).toBe(
      false,
    );
    expect(isConsentValid({ givenAt: '2026-01-01T00:00:00Z', expiresAt: '2027-01-01T00:00:00Z' }, now)).toBe(
      true,
    );
    expect(
      isConsentValid({ givenAt: '2026-01-01T00:00:00Z', withdrawnAt: '2026-11-01T00:00:00Z' }, now),
    ).toBe(false);
  });
});
