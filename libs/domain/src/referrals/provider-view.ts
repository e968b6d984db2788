/**
 * THE allow-list of what a provider's user sees of a referral (issue 24.8, docs/privacy.md):
 * every field not named here — the family's id, the need's id, the counsellor, the office, the
 * consent, the office's own notes — never leaves the API towards a provider. The API builds the
 * provider's view only through `toProviderReferral`.
 */
export const PROVIDER_REFERRAL_FIELDS = [
  'id',
  'status',
  'mode',
  'providerId',
  'offerId',
  'categoryKey',
  'note',
  'sentAt',
  'respondedAt',
  'completedAt',
  'outcome',
  'declineReason',
  'version',
  'family',
] as const;

/** Of the family: its name, and one phone number / e-mail address only with the matching consent. */
export const PROVIDER_FAMILY_FIELDS = ['name', 'phone', 'email'] as const;

export type ProviderReferralField = (typeof PROVIDER_REFERRAL_FIELDS)[number];

/** Copies exactly the allowed fields (the family's too); nothing else can pass. */
export function toProviderReferral(
  source: Record<string, unknown> & { family?: Record<string, unknown> },
): Record<ProviderReferralField, unknown> {
  const out = {} as Record<ProviderReferralField, unknown>;
  for (const field of PROVIDER_REFERRAL_FIELDS) {
    if (field === 'family') {
      const family = source.family ?? {};
      out.family = Object.fromEntries(PROVIDER_FAMILY_FIELDS.map((f) => [f, family[f] ?? null]));
    } else {
      out[field] = source[field] ?? null;
    }
  }
  return out;
}
