import { checkConsentWithdrawal, consentValidSql } from './consent';

const now = new Date('2026-12-06T12:00:00Z');
const given = { givenAt: '2026-01-01T00:00:00Z' };

describe('checkConsentWithdrawal', () => {
  it('takes a withdrawal now or in the past, not before givenAt, not in the future', () => {
    expect(checkConsentWithdrawal(given, now.toISOString(), now)).toBeNull();
    expect(checkConsentWithdrawal(given, '2026-06-01T00:00:00Z', now)).toBeNull();
    expect(checkConsentWithdrawal(given, '2026-12-06T12:00:30Z', now)).toBeNull(); // clock skew
    expect(checkConsentWithdrawal(given, '2026-12-07T00:00:00Z', now)).toBe('in_the_future');
    expect(checkConsentWithdrawal(given, '2025-12-31T23:59:59Z', now)).toBe('before_given');
  });

  it('never changes or removes a withdrawal once set', () => {
    const withdrawn = { ...given, withdrawnAt: '2026-06-01T00:00:00Z' };
    expect(checkConsentWithdrawal(withdrawn, null, now)).toBe('withdrawal_removed');
    expect(checkConsentWithdrawal(withdrawn, '2026-07-01T00:00:00Z', now)).toBe('already_withdrawn');
    expect(checkConsentWithdrawal(withdrawn, '2026-06-01T00:00:00.000Z', now)).toBeNull();
    expect(checkConsentWithdrawal(withdrawn, undefined, now)).toBeNull();
  });
});

describe('consentValidSql', () => {
  it('states the three conditions of isConsentValid for the alias', () => {
    const sql = consentValidSql('k');
    expect(sql).toContain('k.given_at <= now()');
    expect(sql).toContain('k.withdrawn_at IS NULL OR k.withdrawn_at > now()');
    expect(sql).toContain('k.expires_at IS NULL OR k.expires_at > now()');
  });
});
