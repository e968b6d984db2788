import type { EntityManager } from 'typeorm';
import { PROVIDER_VISIBLE } from '../referrals/referral-views';

/**
 * Who hears of a new message: the other side of the referral. Written by the office → the
 * active users of the receiving provider; written by the provider → the referral's counsellor
 * and the family's owner, if active in the referral's office.
 */
export async function messageRecipients(
  em: EntityManager,
  referral: { id: string; providerId: string; officeId: string; counsellorId: string; familyId: string },
  authorSide: 'office' | 'provider',
): Promise<string[]> {
  const rows: { id: string }[] =
    authorSide === 'office'
      ? await em.query(
          `SELECT id FROM users WHERE role = 'provider' AND provider_id = $1 AND active ORDER BY id`,
          [referral.providerId],
        )
      : await em.query(
          `SELECT u.id FROM users u
           WHERE u.active AND u.office_id = $2 AND u.role IN ('counsellor', 'team_lead')
             AND (u.id = $3 OR u.id = (SELECT owner_id FROM families WHERE id = $1))
           ORDER BY u.id`,
          [referral.familyId, referral.officeId, referral.counsellorId],
        );
  return rows.map((r) => r.id);
}

/**
 * Of `userIds`, those who may still read the referral's thread now (checked again when the
 * notice or the e-mail goes out): active staff of the referral's office, and active users of
 * its provider while the provider sees the referral (consent valid).
 */
export async function stillEntitled(
  em: EntityManager,
  referralId: string,
  userIds: readonly string[],
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows: { id: string }[] = await em.query(
    `SELECT u.id FROM users u JOIN referrals r ON r.id = $1
     WHERE u.id = ANY($2::uuid[]) AND u.active AND r.mode = 'warm'
       AND ((u.role IN ('counsellor', 'team_lead') AND u.office_id = r.office_id)
         OR (u.role = 'provider' AND u.provider_id = r.provider_id AND ${PROVIDER_VISIBLE}))`,
    [referralId, userIds],
  );
  return rows.map((r) => r.id);
}
