import { consentDecision, shareConsentFilter, type ConsentLike } from './consentDecision';

const NOW = new Date('2026-06-15T10:00:00Z');

const consent = (id: string, overrides: Partial<ConsentLike> = {}): ConsentLike => ({
  id,
  familyId: 'f1',
  scope: 'share_with_provider',
  providerId: 'p1',
  givenAt: '2026-05-01T09:00:00Z',
  expiresAt: null,
  withdrawnAt: null,
  ...overrides,
});

describe('consentDecision', () => {
  it('needs no consent for an info referral', () => {
    expect(consentDecision('info', 'p1', [], NOW)).toEqual({ kind: 'not_needed' });
  });

  it('links a valid consent of the family for that provider, the newest first', () => {
    const older = consent('c1', { givenAt: '2026-01-01T09:00:00Z' });
    const newer = consent('c2', { givenAt: '2026-06-01T09:00:00Z' });
    expect(consentDecision('warm', 'p1', [older, newer], NOW)).toEqual({ kind: 'valid', consent: newer });
  });

  it('records a new one when the consents are withdrawn, expired, not yet given or for others', () => {
    const consents = [
      consent('withdrawn', { withdrawnAt: '2026-06-01T00:00:00Z' }),
      consent('expired', { expiresAt: '2026-06-14T21:59:59Z' }),
      consent('future', { givenAt: '2026-07-01T00:00:00Z' }),
      consent('other-provider', { providerId: 'p2' }),
      consent('other-scope', { scope: 'contact_by_phone' }),
    ];
    expect(consentDecision('warm', 'p1', consents, NOW)).toEqual({ kind: 'record' });
    expect(consentDecision('warm', 'p1', [], NOW)).toEqual({ kind: 'record' });
  });

  it('takes a consent that expires later, or whose withdrawal is still ahead, as valid', () => {
    const later = consent('later', {
      expiresAt: '2026-12-31T22:59:59Z',
      withdrawnAt: '2026-07-01T00:00:00Z',
    });
    expect(consentDecision('warm', 'p1', [later], NOW)).toEqual({ kind: 'valid', consent: later });
  });

  it('asks the API for the family’s share consents for that provider', () => {
    expect(shareConsentFilter('f1', 'p1')).toEqual({
      familyId: 'f1',
      scope: 'share_with_provider',
      providerId: 'p1',
    });
  });
});
