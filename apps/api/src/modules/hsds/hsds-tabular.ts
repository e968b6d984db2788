import { HSDS_TABLES, type HsdsTableSpec } from './hsds-tables';

type Obj = Record<string, unknown>;

/** A field of a table as a Frictionless table schema writes it. */
export interface TabularField {
  name: string;
  type: string;
  format?: string;
}

const STRING_FORMATS = new Set(['uuid', 'email', 'uri']);

export function tableFields(spec: HsdsTableSpec): TabularField[] {
  return spec.fields.split(' ').map((f) => {
    const [name, kind] = f.split(':');
    if (!kind) return { name, type: 'string' };
    return STRING_FORMATS.has(kind) ? { name, type: 'string', format: kind } : { name, type: kind };
  });
}

/** The data package's descriptor (datapackage.json): the reference's tables, our directory's name. */
export function dataPackageDescriptor(created: Date): Obj {
  return {
    name: 'potsdam-familienwegweiser',
    title: 'Familienwegweiser Potsdam (Lotsen CRM): Angebote und Verwaltungsleistungen für Familien',
    profile: 'tabular-data-package',
    version: '3.0.0',
    homepage: 'http://docs.openreferral.org',
    created: created.toISOString(),
    resources: HSDS_TABLES.map((spec) => ({
      name: spec.name,
      path: spec.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: tableFields(spec),
        primaryKey: 'id',
        foreignKeys: spec.references
          .split(' ')
          .filter((f) => f !== '')
          .map((field) => ({
            fields: field,
            reference: { resource: field.replace(/_id$/, ''), fields: 'id' },
          })),
      },
    })),
  };
}

/** What the API answers, fully nested: the input of the tables. */
export interface TabularInput {
  organizations: Obj[];
  services: Obj[];
  taxonomies: Obj[];
  terms: Obj[];
}

const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

/**
 * The API's fully nested records flattened into the tables (each row once, by id): organizations
 * and their phones; services with their phones, schedules, service areas, languages, attributes,
 * required documents and service_at_locations, each with its location and the location's address;
 * the taxonomies and their terms. Tables the directory has no data for stay empty.
 */
export function tabularRows(input: TabularInput): Map<string, Obj[]> {
  const tables = new Map<string, Map<string, Obj>>(HSDS_TABLES.map((t) => [t.name, new Map()]));
  const add = (table: string, row: Obj): void => {
    const rows = tables.get(table);
    if (!rows) throw new Error(`no HSDS table ${table}`);
    rows.set(String(row.id), row);
  };
  for (const o of input.organizations) {
    add('organization', o);
    for (const p of list(o.phones)) add('phone', { organization_id: o.id, ...p });
  }
  for (const s of input.services) {
    add('service', s);
    for (const p of list(s.phones)) add('phone', { service_id: s.id, ...p });
    for (const x of list(s.schedules)) add('schedule', { service_id: s.id, ...x });
    for (const x of list(s.service_areas)) add('service_area', { service_id: s.id, ...x });
    for (const x of list(s.languages)) add('language', { service_id: s.id, ...x });
    for (const x of list(s.attributes)) add('attribute', { link_id: s.id, ...x });
    for (const x of list(s.required_documents)) add('required_document', { service_id: s.id, ...x });
    for (const sal of list(s.service_at_locations)) {
      add('service_at_location', { service_id: s.id, ...sal });
      const location = sal.location as Obj | undefined;
      if (!location) continue;
      add('location', location);
      for (const a of list(location.addresses)) add('address', { location_id: location.id, ...a });
    }
  }
  for (const t of input.taxonomies) add('taxonomy', t);
  for (const t of input.terms) add('taxonomy_term', t);
  return new Map([...tables].map(([name, rows]) => [name, [...rows.values()]]));
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table as CSV (RFC 4180: header row, CRLF, quotes where needed), the fields in the standard's order. */
export function toCsv(fields: readonly TabularField[], rows: readonly Obj[]): string {
  const lines = [fields.map((f) => f.name), ...rows.map((row) => fields.map((f) => cell(row[f.name])))];
  return lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}
