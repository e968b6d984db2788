import type { PublicRecord } from '@lotsen/domain';
import { derivedId } from './hsds-ids';
import { compact } from './hsds-values';

/** An offer's visible address as an HSDS location with its address (docs/hsds.md, "Mapping"). */

type Obj = Record<string, unknown>;

/** Potsdam's directory: every address is in Brandenburg, Germany. */
export const STATE_PROVINCE = 'Brandenburg';
export const COUNTRY = 'DE';

export interface ParsedAddress {
  name?: string;
  address_1: string;
  postal_code: string;
  city: string;
}

/**
 * `[Name, ]Street 1, 14467 Potsdam` (also `Name: Street 1, …`, a trailing `(…)` note dropped);
 * null when there is no German postcode before the city.
 */
export function parseAddress(text: string): ParsedAddress | null {
  const m = /^(.*),\s*(\d{5})\s+([^,()]+?)\s*(\([^)]*\))?\s*$/.exec(text.trim());
  if (!m) return null;
  const parts = m[1].split(',').map((s) => s.trim());
  let street = parts.pop() ?? '';
  let name = parts.join(', ');
  const labelled = /^([^:]+):\s*(.+)$/.exec(street);
  if (labelled) {
    name = [name, labelled[1]].filter(Boolean).join(', ');
    street = labelled[2];
  }
  if (street === '') return null;
  return compact({
    name: name || undefined,
    address_1: street,
    postal_code: m[2],
    city: m[3],
  }) as ParsedAddress;
}

/** One-to-one fields of the location of an offer's (visible) address. */
export function locationListItem(o: PublicRecord): Obj {
  const text = o.address as string;
  const parsed = parseAddress(text);
  return compact({
    id: derivedId('location', o.id as string),
    location_type: 'physical',
    organization_id: o.providerId,
    name: parsed?.name,
    // an address we cannot split into street, postcode and city is given as it is
    description: parsed ? undefined : text,
  });
}

export function locationFull(o: PublicRecord): Obj {
  const parsed = parseAddress(o.address as string);
  const id = derivedId('location', o.id as string);
  return compact({
    ...locationListItem(o),
    addresses: parsed
      ? [
          {
            id: derivedId('address', o.id as string),
            location_id: id,
            address_1: parsed.address_1,
            city: parsed.city,
            state_province: STATE_PROVINCE,
            postal_code: parsed.postal_code,
            country: COUNTRY,
            address_type: 'physical',
          },
        ]
      : [],
  });
}
