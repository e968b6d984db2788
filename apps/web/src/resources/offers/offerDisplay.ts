import { PROVIDER_EDITABLE_OFFER_FIELDS } from '@lotsen/domain';

interface AddressLike {
  address?: string | null;
  addressHidden?: boolean | null;
}

/**
 * What an offer card shows as the address. The API sends `address: null` for an `addressHidden`
 * offer to everybody who may not see it (docs/api-referrals.md); the card then says "Adresse nur
 * auf Nachfrage" instead of nothing.
 */
export function offerAddress(
  offer: AddressLike,
): { kind: 'address'; text: string } | { kind: 'on_request' } | { kind: 'none' } {
  const text = typeof offer.address === 'string' ? offer.address.trim() : '';
  if (text) return { kind: 'address', text };
  return offer.addressHidden ? { kind: 'on_request' } : { kind: 'none' };
}

/** The i18n key and arguments of an offer's age range; null when it has none. */
export function ageRangeMessage(offer: {
  ageFrom?: number | null;
  ageTo?: number | null;
}): { key: string; args: Record<string, number> } | null {
  const from = typeof offer.ageFrom === 'number' ? offer.ageFrom : null;
  const to = typeof offer.ageTo === 'number' ? offer.ageTo : null;
  if (from !== null && to !== null) {
    return { key: 'resources.offers.ages.range', args: { from, to, smart_count: to } };
  }
  if (from !== null) return { key: 'resources.offers.ages.from', args: { from, smart_count: from } };
  if (to !== null) return { key: 'resources.offers.ages.to', args: { to, smart_count: to } };
  return null;
}

/**
 * The values a provider user may send for their own offer: only PROVIDER_EDITABLE_OFFER_FIELDS
 * of libs/domain (and id and version, which the update needs). The data provider then sends the
 * ones that changed.
 */
export function providerOfferChanges(values: Record<string, unknown>): Record<string, unknown> {
  const allowed = new Set<string>([...PROVIDER_EDITABLE_OFFER_FIELDS, 'id', 'version']);
  return Object.fromEntries(Object.entries(values).filter(([field]) => allowed.has(field)));
}
