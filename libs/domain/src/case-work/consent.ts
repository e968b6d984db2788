/**
 * A consent is evidence (issue 24.3): once recorded, its scope, provider, `givenAt` and
 * `expiresAt` never change — extending it means a new consent that names the one it replaces.
 * `withdrawnAt` is set once, to now or a past time not before `givenAt`, and then stays.
 * Whether a consent is valid at a moment is decided by `isConsentValid` (referral-status.ts) and,
 * inside SQL, by `consentValidSql` below: the same three conditions.
 */

/** The fields of a consent that no change may touch. */
export const CONSENT_FIXED_FIELDS = ['scope', 'providerId', 'form', 'givenAt', 'expiresAt'] as const;

/** A clock a minute ahead of the server's still records "now". */
export const CONSENT_CLOCK_SKEW_MS = 60_000;

export type WithdrawalProblem = 'already_withdrawn' | 'withdrawal_removed' | 'in_the_future' | 'before_given';

/**
 * Checks a change of `withdrawnAt` (undefined: not part of the change). `null` on a withdrawn
 * consent removes the withdrawal and is refused like any change of it.
 */
export function checkConsentWithdrawal(
  consent: { givenAt: string | Date; withdrawnAt?: string | Date | null },
  withdrawnAt: string | Date | null | undefined,
  now: Date = new Date(),
): WithdrawalProblem | null {
  if (withdrawnAt === undefined) return null;
  if (consent.withdrawnAt) {
    if (withdrawnAt === null) return 'withdrawal_removed';
    return new Date(withdrawnAt).getTime() === new Date(consent.withdrawnAt).getTime()
      ? null
      : 'already_withdrawn';
  }
  if (withdrawnAt === null) return null;
  const at = new Date(withdrawnAt).getTime();
  if (at > now.getTime() + CONSENT_CLOCK_SKEW_MS) return 'in_the_future';
  if (at < new Date(consent.givenAt).getTime()) return 'before_given';
  return null;
}

/**
 * SQL condition: the consent row `alias` is valid at `now()` — the rule of `isConsentValid`
 * (given, not withdrawn, not expired) for queries that decide in the database.
 */
export function consentValidSql(alias: string): string {
  return (
    `(${alias}.given_at <= now() AND (${alias}.withdrawn_at IS NULL OR ${alias}.withdrawn_at > now())` +
    ` AND (${alias}.expires_at IS NULL OR ${alias}.expires_at > now()))`
  );
}
