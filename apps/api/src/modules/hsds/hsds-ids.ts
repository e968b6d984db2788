import { createHash } from 'node:crypto';

/**
 * Stable HSDS ids (docs/hsds.md, "Ids"). HSDS types every id as a UUID. Records of our own
 * tables keep their uuid (an offer's id is its service's id, a provider's its organization's).
 * Objects we derive have ids that follow from what they are derived from, so they never change
 * across restarts and nothing is stored:
 * - taxonomies and taxonomy terms: UUID v5 (RFC 9562) of their key in LOTSEN_HSDS_NAMESPACE;
 * - a service's service_at_location, location and address: the offer's uuid with its last
 *   48 bits XOR a mask per kind — reversible, so `/service_at_locations/{id}` finds its offer;
 * - everything nested that is never asked for by id (phones, languages, attributes, schedules,
 *   service areas): UUID v5 of `<kind>/<owner id>/<part>`.
 */
export const LOTSEN_HSDS_NAMESPACE = '5f0c3a3e-8d4b-4f6e-9a57-3c1f2b6d7e80';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** UUID version 5 (SHA-1, RFC 9562 §5.5) of `name` in `namespace`. */
export function uuidV5(name: string, namespace = LOTSEN_HSDS_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The masks of the ids derived from an offer's uuid (the node field, 48 bits). */
const MASKS = {
  service_at_location: 0x5a1c0a7e0001n,
  location: 0x10ca7e0000a2n,
  address: 0xadd2e55000a3n,
} as const;
export type DerivedKind = keyof typeof MASKS;

/** The id of the offer's `kind` object; `derivedId(kind, derivedId(kind, id)) === id`. */
export function derivedId(kind: DerivedKind, offerId: string): string {
  if (!UUID.test(offerId)) throw new Error(`not a uuid: ${offerId}`);
  const node = (BigInt(`0x${offerId.slice(24)}`) ^ MASKS[kind]).toString(16).padStart(12, '0');
  return `${offerId.slice(0, 24)}${node}`.toLowerCase();
}

/** The offer behind a derived id (the mask undone). */
export const offerIdOf = (kind: DerivedKind, id: string): string => derivedId(kind, id);

/** The id of a nested object that is never looked up by id. */
export const partId = (kind: string, ownerId: string, part = ''): string =>
  uuidV5(`${kind}/${ownerId}/${part}`);
