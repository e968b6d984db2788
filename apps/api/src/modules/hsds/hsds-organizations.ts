import type { PublicRecord } from '@lotsen/domain';
import { partId } from './hsds-ids';
import { compact, email, str, uri } from './hsds-values';

/** Providers as HSDS organizations (docs/hsds.md, "Mapping"). */

type Obj = Record<string, unknown>;

const KIND_DE: Record<string, string> = {
  city_department: 'Städtische Stelle',
  independent: 'Freier Träger',
  health: 'Gesundheitswesen',
  other: 'Sonstiger Träger',
};

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
