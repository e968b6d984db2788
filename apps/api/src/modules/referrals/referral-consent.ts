import type { EntityManager } from 'typeorm';
import { isConsentValid } from '@lotsen/domain';
import { AppException } from '../../common/errors/app.exception';
import { Consent } from '../consents/consent.entity';

/**
 * A warm referral needs a valid `share_with_provider` consent of the family for the provider:
 * the given one, or (when `findAny`) any valid one, which is then linked. Else 409.
 */
export async function requireShareConsent(
  em: EntityManager,
  consentId: string | null,
  familyId: string,
  providerId: string,
  findAny: boolean,
): Promise<string> {
  const repo = em.getRepository(Consent);
  const candidates = consentId
    ? await repo.findBy({ id: consentId })
    : findAny
      ? await repo.find({
          where: { familyId, providerId, scope: 'share_with_provider' },
          order: { givenAt: 'DESC' },
        })
      : [];
  const valid = candidates.find(
    (c) =>
      c.familyId === familyId &&
      c.providerId === providerId &&
      c.scope === 'share_with_provider' &&
      isConsentValid(c),
  );
  if (!valid) {
    throw new AppException(
      409,
      'CONSENT_REQUIRED',
      "Sharing the family's data needs a valid share_with_provider consent for this provider",
    );
  }
  return valid.id;
}
