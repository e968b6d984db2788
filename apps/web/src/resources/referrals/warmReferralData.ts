import { isConsentValid } from '@lotsen/domain';
import type { ConsentLike } from './consentDecision';

/** A family member as GET /api/persons returns it. */
export interface PersonLike {
  relation: string;
  phone?: string | null;
  email?: string | null;
  createdAt?: string;
}

export type ContactScope = 'contact_by_phone' | 'contact_by_email';

/** One way to reach the family, as the provider would (or would not) receive it. */
export interface ContactWay {
  scope: ContactScope;
  /** The parent's number or address the API would pass on (the first parent that has one). */
  value: string | null;
  /** The family consented to be contacted this way (a valid consent now). */
  consented: boolean;
}

/** What a provider receives with a warm referral, as the API's allow-list builds it. */
export interface WarmReferralData {
  phone: ContactWay;
  email: ContactWay;
  /** The provider receives a phone number or an e-mail address. */
  reachable: boolean;
}

/**
 * Issue 25.9: the data a warm referral gives the provider — the family's name, the need's
 * category and the note written for it, plus one parent's phone number and e-mail address only
 * with the family's consent to be contacted that way (the API's `toProviderReferral`). With
 * `recording`, the consents the counsellor records in the same step count as given.
 */
export function warmReferralData(
  persons: readonly PersonLike[],
  consents: readonly ConsentLike[],
  recording: readonly ContactScope[] = [],
  now: Date = new Date(),
): WarmReferralData {
  const parents = persons
    .filter((p) => p.relation === 'parent')
    .sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
  const way = (scope: ContactScope, field: 'phone' | 'email'): ContactWay => ({
    scope,
    value: parents.find((p) => p[field])?.[field] ?? null,
    consented: recording.includes(scope) || consents.some((c) => c.scope === scope && isConsentValid(c, now)),
  });
  const phone = way('contact_by_phone', 'phone');
  const email = way('contact_by_email', 'email');
  const passes = (w: ContactWay) => w.consented && w.value !== null;
  return { phone, email, reachable: passes(phone) || passes(email) };
}
