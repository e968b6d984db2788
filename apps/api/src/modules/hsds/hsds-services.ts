import { pickPublic, type OpeningSlot, type PublicRecord } from '@lotsen/domain';
import { derivedId, partId } from './hsds-ids';
import { locationFull, locationListItem } from './hsds-locations';
import { organizationFull, organizationListItem } from './hsds-organizations';
import type { DistrictRow } from './hsds-public';
import { weeklySchedules } from './hsds-schedules';
import {
  LEIKA_TAXONOMY,
  LIFE_TAXONOMY,
  NEEDS_TAXONOMY,
  termAttribute,
  termId,
  type HsdsTerm,
} from './hsds-taxonomies';
import { compact, email, iso, languageName, str, uri } from './hsds-values';

/** Offers and Verwaltungsleistungen as HSDS services and services at locations (docs/hsds.md, "Mapping"). */

type Obj = Record<string, unknown>;

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
