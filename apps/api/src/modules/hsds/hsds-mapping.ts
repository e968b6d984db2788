import type { OfferRow as PortalOfferRow } from '../portal/portal.service';
import {
  WEEKDAY_LABELS_DE,
  berlinUtcOffsetHours,
  lifeSituationsOf,
  pickPublic,
  serviceLifeSituations,
  type OpeningSlot,
  type PublicRecord,
  type Weekday,
  publicReach,
} from '@lotsen/domain';
import { derivedId, partId } from './hsds-ids';
import {
  LEIKA_TAXONOMY,
  LIFE_TAXONOMY,
  NEEDS_TAXONOMY,
  termAttribute,
  termId,
  type HsdsTerm,
} from './hsds-taxonomies';

/**
 * Offers, providers and districts as HSDS 3.0 objects (docs/hsds.md, "Mapping"). Every value
 * comes from a record picked through the public allow-list (libs/domain `pickPublic`); fields
 * without a value are left out (HSDS types them as plain strings, never null).
 */

/** Potsdam's directory: every address is in Brandenburg, Germany. */
export const STATE_PROVINCE = 'Brandenburg';
export const COUNTRY = 'DE';

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

type Obj = Record<string, unknown>;

/** The object without its null, undefined and empty-list fields. */
export function compact<T extends Obj>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;
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

const KIND_DE: Record<string, string> = {
  city_department: 'Städtische Stelle',
  independent: 'Freier Träger',
  health: 'Gesundheitswesen',
  other: 'Sonstiger Träger',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A value HSDS types as `email`/`uri` is sent only when it is one. */
const email = (v: unknown): string | undefined => (typeof v === 'string' && EMAIL.test(v) ? v : undefined);
function uri(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const iso = (v: unknown): string => new Date(v as Date).toISOString();

const LANGUAGE_NAMES = new Intl.DisplayNames(['de'], { type: 'language' });
function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

// ---------------------------------------------------------------- organizations

/** One-to-one fields of an organization (compiled/organization_list.json). */
export function organizationListItem(p: PublicRecord): Obj {
  return compact({
    id: p.id,
    name: p.name,
    description: KIND_DE[p.kind as string] ?? KIND_DE.other,
    email: email(p.email),
    website: uri(p.website),
  });
}

/** The organization with its phone and its services' one-to-one fields (organization.json). */
export function organizationFull(p: PublicRecord, services: Obj[]): Obj {
  const phone = str(p.phone);
  return compact({
    ...organizationListItem(p),
    phones: phone ? [{ id: partId('phone', p.id as string), organization_id: p.id, number: phone }] : [],
    services,
  });
}

// ---------------------------------------------------------------- locations

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

// ---------------------------------------------------------------- services

const CAPACITY_WAIT: Record<string, string> = { waitlist: 'Warteliste' };
const CAPACITY_ALERT: Record<string, string> = { full: 'Zurzeit ausgebucht: keine freien Plätze' };

function eligibility(from: unknown, to: unknown): string | undefined {
  if (typeof from === 'number' && typeof to === 'number') return `Für Kinder von ${from} bis ${to} Jahren`;
  if (typeof from === 'number') return `Für Kinder ab ${from} Jahren`;
  if (typeof to === 'number') return `Für Kinder bis ${to} Jahre`;
  return undefined;
}

/** One-to-one fields of a service (compiled/service_list.json), without the organization. */
export function serviceFields(o: PublicRecord): Obj {
  return compact({
    id: o.id,
    organization_id: o.providerId,
    name: o.title,
    description: str(o.description),
    email: email(o.email),
    status: 'active',
    fees_description:
      o.costFree === true ? 'kostenlos' : o.costFree === false ? 'kostenpflichtig' : undefined,
    wait_time: CAPACITY_WAIT[o.capacity as string],
    alert: CAPACITY_ALERT[o.capacity as string],
    eligibility_description: eligibility(o.ageFrom, o.ageTo),
    minimum_age: typeof o.ageFrom === 'number' ? o.ageFrom : undefined,
    maximum_age: typeof o.ageTo === 'number' ? o.ageTo : undefined,
    // a Verwaltungsleistung: where it is applied for online
    url: uri(o.onlineUrl),
    last_modified: iso(o.updatedAt),
  });
}

export const serviceListItem = (o: PublicRecord, p: PublicRecord): Obj => ({
  ...serviceFields(o),
  organization: organizationListItem(p),
});

const hasLocation = (o: PublicRecord): boolean => typeof o.address === 'string' && o.address.trim() !== '';

/** The service_at_location of an offer with a visible address (none for a hidden one). */
export function serviceAtLocationListItem(o: PublicRecord, p: PublicRecord): Obj | null {
  if (!hasLocation(o)) return null;
  return {
    id: derivedId('service_at_location', o.id as string),
    service_id: o.id,
    location_id: derivedId('location', o.id as string),
    location: locationListItem(o),
    service: serviceListItem(o, p),
  };
}

/** service_at_location.json: its location with the address, and the service's one-to-one fields. */
export function serviceAtLocationFull(o: PublicRecord, p: PublicRecord): Obj | null {
  if (!hasLocation(o)) return null;
  return {
    id: derivedId('service_at_location', o.id as string),
    service_id: o.id,
    location_id: derivedId('location', o.id as string),
    location: locationFull(o),
    service: serviceListItem(o, p),
  };
}

const BYDAY: Record<Weekday, string> = {
  mo: 'MO',
  tu: 'TU',
  we: 'WE',
  th: 'TH',
  fr: 'FR',
  sa: 'SA',
  su: 'SU',
};

/**
 * Structured opening hours as HSDS schedules: `freq` WEEKLY, `byday`, `opens_at`/`closes_at` as
 * HH:MM with Potsdam's UTC offset on the day of the answer (+01:00 in winter, +02:00 in summer —
 * HSDS has no field for a named time zone), `timezone` that offset in hours.
 */
export function weeklySchedules(serviceId: string, slots: readonly OpeningSlot[], now: Date): Obj[] {
  const offset = berlinUtcOffsetHours(now);
  const zone = `${offset >= 0 ? '+' : '-'}${String(Math.abs(offset)).padStart(2, '0')}:00`;
  return slots.map((s) => ({
    id: partId('schedule', serviceId, `${s.day}-${s.opens}`),
    service_id: serviceId,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: BYDAY[s.day],
    opens_at: `${s.opens}${zone}`,
    closes_at: `${s.closes}${zone}`,
    timezone: offset,
    description: `${WEEKDAY_LABELS_DE[s.day]} ${s.opens}–${s.closes} Uhr`,
  }));
}

/** The fully nested service (service.json). */
export function serviceFull(
  o: PublicRecord,
  p: PublicRecord,
  terms: readonly HsdsTerm[],
  districts: readonly DistrictRow[],
  now = new Date(),
): Obj {
  const id = o.id as string;
  const phone = str(o.phone);
  const hours = str(o.openingHours);
  const termOf = new Map(terms.map((t) => [t.id, t]));
  const attributes = [
    ...(o.categoryKeys as string[]).map((k) => termOf.get(termId(NEEDS_TAXONOMY, k))),
    ...(o.lifeSituationKeys as string[]).map((k) => termOf.get(termId(LIFE_TAXONOMY, k))),
    typeof o.leikaKey === 'string' ? termOf.get(termId(LEIKA_TAXONOMY, o.leikaKey)) : undefined,
  ]
    .filter((t): t is HsdsTerm => t !== undefined)
    .map((t) => termAttribute(id, t));
  const areas = (o.districtIds as string[])
    .map((d) => districts.find((x) => x.id === d))
    .filter((d): d is DistrictRow => d !== undefined)
    .map((d) => pickPublic('district', { ...d }));
  const sal = serviceAtLocationFull(o, p);
  return compact({
    ...serviceFields(o),
    organization: organizationFull(p, []),
    phones: phone ? [{ id: partId('phone', id), service_id: id, number: phone }] : [],
    // one weekly schedule per slot (Potsdam time), and the office's note as a schedule of its own
    schedules: [
      ...weeklySchedules(id, (o.openingSchedule as OpeningSlot[] | undefined) ?? [], now),
      ...(hours ? [{ id: partId('schedule', id), service_id: id, description: hours }] : []),
    ],
    service_areas:
      areas.length > 0
        ? areas.map((d) => ({
            id: partId('service_area', id, d.id as string),
            service_id: id,
            name: d.name,
            description: `Sozialraum ${d.code as string}`,
          }))
        : [
            {
              id: partId('service_area', id, 'city'),
              service_id: id,
              name: 'Potsdam',
              description: 'ganze Stadt',
            },
          ],
    service_at_locations: sal
      ? [{ id: sal.id, service_id: id, location_id: sal.location_id, location: sal.location }]
      : [],
    // a Verwaltungsleistung: what to bring
    required_documents: ((o.checklist as string[] | undefined) ?? []).map((document, i) => ({
      id: partId('required_document', id, String(i)),
      service_id: id,
      document,
    })),
    languages: (o.languages as string[]).map((code) => ({
      id: partId('language', id, code),
      service_id: id,
      name: languageName(code),
      code,
    })),
    attributes,
  });
}

// ---------------------------------------------------------------- paging

export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** The page envelope of the HSDS API reference (`Page`): pages count from 1. */
export function hsdsPage<T>(contents: T[], totalItems: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
