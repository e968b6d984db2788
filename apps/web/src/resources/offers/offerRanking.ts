import { OFFER_CAPACITIES, type OfferCapacity } from '@lotsen/domain';
import { sharedLanguages } from '../../common/languages';

/** What the proposal of offers for a need looks at. */
export interface RankableOffer {
  id: string;
  title: string;
  languages?: string[] | null;
  capacity: OfferCapacity;
}

export interface RankedOffer<T extends RankableOffer> {
  offer: T;
  /** The languages the offer and the family share (empty: none, or the family named none). */
  sharedLanguages: string[];
  /** True when the family named languages and the offer speaks at least one of them. */
  languageMatch: boolean;
}

/**
 * The query for offers that fit a need (docs/api-referrals.md, offers list): the need's category,
 * active offers, and — when the family has a district — offers for that district or the whole
 * city. Languages are not filtered but ranked, so that an offer without a shared language is
 * still proposed (with an interpreter, or the family's German may do).
 */
export function proposalFilter(
  need: { categoryKey: string },
  family: { districtId?: string | null },
): Record<string, unknown> {
  const filter: Record<string, unknown> = { categoryKey: need.categoryKey, active: true };
  if (family.districtId) filter.districtId = family.districtId;
  return filter;
}

const capacityRank = (capacity: OfferCapacity): number => {
  const index = OFFER_CAPACITIES.indexOf(capacity);
  return index === -1 ? OFFER_CAPACITIES.length : index;
};

/**
 * The offers in the order the referral dialog proposes them: first those that speak a language of
 * the family, then by capacity (available before waitlist before full, the order of
 * OFFER_CAPACITIES), then by title.
 */
export function rankOffers<T extends RankableOffer>(
  offers: readonly T[],
  familyLanguages: readonly string[] | null | undefined,
): RankedOffer<T>[] {
  const ranked = offers.map((offer) => {
    const shared = sharedLanguages(familyLanguages, offer.languages);
    return { offer, sharedLanguages: shared, languageMatch: shared.length > 0 };
  });
  return ranked.sort(
    (a, b) =>
      Number(b.languageMatch) - Number(a.languageMatch) ||
      capacityRank(a.offer.capacity) - capacityRank(b.offer.capacity) ||
      a.offer.title.localeCompare(b.offer.title, 'de'),
  );
}
