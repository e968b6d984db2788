import {
  canTransition,
  checkReferralTransition,
  isConsentValid,
  isFinal,
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
  'in_progress→completed',
  'in_progress→not_taken_up',
]);

describe('referral state machine', () => {
  const pairs = REFERRAL_STATUSES.flatMap((from) =>
    REFERRAL_STATUSES.map((to) => [from, to] as [ReferralStatus, ReferralStatus]),
  );

  it.each(pairs)('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED.has(`${from}→${to}`));
  });

  it('ends in completed, declined, cancelled and not_taken_up', () => {
    expect(REFERRAL_STATUSES.filter(isFinal)).toEqual(['completed', 'declined', 'cancelled', 'not_taken_up']);
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
