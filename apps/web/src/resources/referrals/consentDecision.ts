import { isConsentValid, type ReferralMode } from '@lotsen/domain';

/** A consent as GET /api/consents returns it (docs/api-case-work.md). */
export interface ConsentLike {
  id: string;
  familyId?: string;
  scope: string;
  providerId?: string | null;
  givenAt: string;
  expiresAt?: string | null;
  withdrawnAt?: string | null;
}

/** The scope a warm referral needs (domain.md, "Consent before sharing"). */
export const SHARE_SCOPE = 'share_with_provider';

/** The list filter for a family's consents to share data with one provider. */
export function shareConsentFilter(familyId: string, providerId: string): Record<string, string> {
  return { familyId, scope: SHARE_SCOPE, providerId };
}

/**
 * What sending a referral needs as to consent:
 * - `not_needed`: an `info` referral shares nothing;
 * - `valid`: the family has a valid consent for the provider (the newest one is linked);
 * - `record`: none is valid — the dialog records one, after the counsellor confirms it was given.
 */
export type ConsentDecision =
  { kind: 'not_needed' } | { kind: 'valid'; consent: ConsentLike } | { kind: 'record' };

export function consentDecision(
  mode: ReferralMode,
  providerId: string,
  consents: readonly ConsentLike[],
  now: Date = new Date(),
): ConsentDecision {
  if (mode !== 'warm') return { kind: 'not_needed' };
  const valid = consents
    .filter(
      (consent) =>
        consent.scope === SHARE_SCOPE && consent.providerId === providerId && isConsentValid(consent, now),
    )
    .sort((a, b) => new Date(b.givenAt).getTime() - new Date(a.givenAt).getTime());
  return valid.length > 0 ? { kind: 'valid', consent: valid[0] } : { kind: 'record' };
}
