/**
 * Public means public (issue 17 point 9): the ONE allow-list of the fields each entity may show
 * on a public route (portal, later the Open Referral API). Every public answer is built through
 * `pickPublic`; a test walks every public route and fails on any field not listed here. A field
 * that is not listed never leaves the server — add it here, deliberately, or not at all.
 *
 * Deliberately absent: `active`, `version`, `createdAt`, `addressHidden` and every staff field
 * (notes, the staff who changed a record). A hidden address is removed before picking
 * (`address` is null then), see apps/api/src/modules/portal.
 */
export const PUBLIC_FIELDS = {
  offer: [
    'id',
    'title',
    'description',
    'providerId',
    'provider',
    'categoryKeys',
    'categories',
    'lifeSituationKeys',
    'districtIds',
    'districts',
    'languages',
    'ageFrom',
    'ageTo',
    'address',
    'phone',
    'email',
    'openingHours',
    'openingSchedule',
    'capacity',
    'costFree',
    'updatedAt',
    /** When the offer's data were last confirmed (issue 21.3): the portal's "Stand". */
    'confirmedAt',
    /** The portal language its title and description are in (the requested one, or `de`). */
    'textLang',
  ],
  provider: [
    'id',
    'name',
    'kind',
    'address',
    'phone',
    'email',
    'website',
    'languages',
    'openingHours',
    'openingSchedule',
  ],
  district: ['id', 'code', 'name'],
  need_category: ['key', 'label'],
  life_situation: ['key', 'label', 'categoryKeys', 'intro', 'textLang'],
  /** A Verwaltungsleistung; `provider` is the responsible body (address, hours, phone). */
  service: [
    'id',
    'leikaKey',
    'title',
    'description',
    'providerId',
    'provider',
    'onlineUrl',
    'checklist',
    'categoryKeys',
    'categories',
    'lifeSituationKeys',
    'lastCheckedAt',
    'updatedAt',
    'textLang',
  ],
  /** A search suggestion: a life situation (`key`), a service (`id`, `leikaKey`) or an offer (`id`). */
  suggestion: ['kind', 'key', 'id', 'leikaKey', 'title'],
  /**
   * The callback form (`GET /api/portal/callback-form`): the signed issue time, the consent text
   * and its version, the offices to choose from and the topics. Nothing about anybody.
   */
  callback_form: ['lang', 'token', 'consentVersion', 'consentText', 'offices', 'topics'],
  /** An office as the callback form offers it. */
  callback_office: ['id', 'name'],
  /** A topic of the callback form (`lebenslage:<key>`, `leistung:<id>`, `sonstiges`). */
  callback_topic: ['value', 'label'],
} as const satisfies Record<string, readonly string[]>;

export type PublicEntity = keyof typeof PUBLIC_FIELDS;

/** Fields that hold records of another entity (an object or a list of them). */
export const PUBLIC_EMBEDS: Partial<Record<PublicEntity, Record<string, PublicEntity>>> = {
  offer: { provider: 'provider', categories: 'need_category', districts: 'district' },
  service: { provider: 'provider', categories: 'need_category' },
  callback_form: { offices: 'callback_office', topics: 'callback_topic' },
};

export type PublicRecord = Record<string, unknown>;

function embedded(value: unknown, entity: PublicEntity, pick: boolean, path: string, out: string[]): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v, i) => embedded(v, entity, pick, `${path}.${i}`, out));
  if (typeof value !== 'object') {
    out.push(`${path}: not a ${entity} record`);
    return undefined;
  }
  return pick ? pickPublic(entity, value as PublicRecord) : collect(entity, value as PublicRecord, path, out);
}

/** The record with only the public fields of `entity` (embedded records picked by their own list). */
export function pickPublic(entity: PublicEntity, record: PublicRecord): PublicRecord {
  const allowed: readonly string[] = PUBLIC_FIELDS[entity];
  const embeds = PUBLIC_EMBEDS[entity] ?? {};
  const out: PublicRecord = {};
  for (const field of allowed) {
    if (!(field in record)) continue;
    const value = record[field];
    out[field] = embeds[field] ? embedded(value, embeds[field], true, field, []) : value;
  }
  return out;
}

function collect(entity: PublicEntity, record: PublicRecord, path: string, out: string[]): string[] {
  const allowed: readonly string[] = PUBLIC_FIELDS[entity];
  const embeds = PUBLIC_EMBEDS[entity] ?? {};
  for (const [field, value] of Object.entries(record)) {
    const at = path ? `${path}.${field}` : field;
    if (!allowed.includes(field)) out.push(`${at}: not a public field of ${entity}`);
    else if (embeds[field]) embedded(value, embeds[field], false, at, out);
  }
  return out;
}

/** Every field of `record` (and of its embedded records) outside the allow-list, with its path. */
export function nonPublicFields(entity: PublicEntity, record: PublicRecord): string[] {
  return collect(entity, record, '', []);
}

/**
 * An offer's address and e-mail as they may leave the office (portal, HSDS, the providers'
 * network): none when the address is hidden — a women's shelter shows its phone only.
 */
export function publicReach(
  address: string | null,
  email: string | null,
  addressHidden: boolean,
): { address: string | null; email: string | null } {
  return addressHidden ? { address: null, email: null } : { address, email };
}
