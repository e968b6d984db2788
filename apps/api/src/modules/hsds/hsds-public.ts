import type { OfferRow as PortalOfferRow } from '../portal/portal.service';
import {
  lifeSituationsOf,
  pickPublic,
  serviceLifeSituations,
  type PublicRecord,
  publicReach,
} from '@lotsen/domain';

/**
 * Offers, providers and districts as HSDS 3.0 objects (docs/hsds.md, "Mapping"). Every value
 * comes from a record picked through the public allow-list (libs/domain `pickPublic`); fields
 * without a value are left out (HSDS types them as plain strings, never null).
 *
 * Here: the rows HSDS reads and their public records. The objects are built in hsds-services.ts,
 * hsds-organizations.ts, hsds-locations.ts and hsds-schedules.ts; the page envelope in hsds-page.ts.
 */

/**
 * A row of the directory as HSDS reads it: an offer (portal.service.ts's columns), or a
 * Verwaltungsleistung (`kind` 'service': the services table in the same columns, no address,
 * districts, languages or ages, plus its LeiKa key, online application and checklist); with the
 * latest change of it, its provider or its categories.
 */
export interface OfferRow extends Omit<PortalOfferRow, 'updated_at' | 'confirmed_at'> {
  kind: 'offer' | 'service';
  leika_key: string | null;
  online_url: string | null;
  checklist: string[];
  life_situation_keys: string[];
  modified: Date;
}

export interface ProviderRow {
  id: string;
  name: string;
  kind: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  languages: string[];
  updated_at: Date;
}

export interface DistrictRow {
  id: string;
  code: string;
  name: string;
}

/**
 * The public record of a row. An offer: a hidden address (a women's shelter) is gone before
 * picking, the phone stays. A Verwaltungsleistung: its offer-like fields picked as an offer's, its
 * LeiKa key, online application and checklist picked by the service allow-list.
 */
export function publicOffer(r: OfferRow): PublicRecord {
  if (r.kind === 'service') {
    return {
      ...pickOffer({ ...r, address: null, email: null, phone: null, opening_hours: null }),
      lifeSituationKeys: serviceLifeSituations(r.life_situation_keys, r.category_keys),
      ...pickPublic('service', { leikaKey: r.leika_key, onlineUrl: r.online_url, checklist: r.checklist }),
    };
  }
  return pickOffer(r);
}

function pickOffer(r: OfferRow): PublicRecord {
  return pickPublic('offer', {
    id: r.id,
    title: r.title,
    description: r.description,
    providerId: r.provider_id,
    categoryKeys: r.category_keys,
    lifeSituationKeys: lifeSituationsOf(r.category_keys),
    districtIds: r.district_ids,
    languages: r.languages,
    ageFrom: r.age_from,
    ageTo: r.age_to,
    ...publicReach(r.address, r.email, r.address_hidden),
    phone: r.phone,
    openingHours: r.opening_hours,
    openingSchedule: r.opening_schedule,
    capacity: r.capacity,
    costFree: r.cost_free,
    updatedAt: r.modified,
  });
}

export function publicProvider(r: ProviderRow): PublicRecord {
  return pickPublic('provider', {
    id: r.id,
    name: r.name,
    kind: r.kind,
    address: r.address,
    phone: r.phone,
    email: r.email,
    website: r.website,
    languages: r.languages,
  });
}
