import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { exportTabular } from '../../apps/api/src/modules/hsds/hsds-export';
import { HsdsService } from '../../apps/api/src/modules/hsds/hsds.service';
import { hsdsSchemaDir } from '../support/hsds-schemas';
import { startTestApp, type TestApp } from '../support/test-app';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** RFC 4180: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

/**
 * The HSDS 3.0 tabular data package (issue 18 point 5; docs/hsds.md "Tabular export"): written
 * from the demo directory, read back as a consumer would, and compared with the reference's
 * datapackage.json and with what the API answers.
 */
describe('Open Referral: the tabular data package', () => {
  let t: TestApp;
  let dir: string;
  let pkg: Obj;
  const tables = new Map<string, Obj[]>();
  const api = (path: string, query: Record<string, string | number> = {}) =>
    t.http().get(`/api/hsds${path}`).query(query);

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.dataSource);
    dir = await mkdtemp(join(tmpdir(), 'hsds-export-'));
    await exportTabular(new HsdsService(t.dataSource), dir);
    pkg = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8'));
    for (const resource of pkg.resources as Obj[]) {
      const [header, ...rows] = parseCsv(await readFile(join(dir, resource.path), 'utf8'));
      expect([resource.name, header]).toEqual([
        resource.name,
        resource.schema.fields.map((f: Obj) => f.name),
      ]);
      tables.set(
        resource.name,
        rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]).filter(([, v]) => v !== ''))),
      );
    }
  }, 300000);

  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has every table of the reference, with its file, fields, types, key and references', async () => {
    const reference = JSON.parse(await readFile(join(hsdsSchemaDir(), 'datapackage.json'), 'utf8'));
    expect(pkg.profile).toBe(reference.profile);
    const shape = (resources: Obj[]) =>
      resources.map((r) => ({
        name: r.name,
        path: r.path,
        profile: r.profile,
        fields: r.schema.fields.map((f: Obj) => [f.name, f.type, f.format ?? null]),
        primaryKey: r.schema.primaryKey,
        foreignKeys: (r.schema.foreignKeys ?? []).map((k: Obj) => [
          k.fields,
          k.reference.resource,
          k.reference.fields,
        ]),
      }));
    expect(shape(pkg.resources)).toEqual(shape(reference.resources));
    expect((await readdir(dir)).sort()).toEqual(
      ['datapackage.json', ...reference.resources.map((r: Obj) => r.path)].sort(),
    );
  });

  it('holds exactly what the API shows: every service, organization, term, with the same values', async () => {
    const services = (await api('/services', { full: 'true', per_page: 1000 })).body.contents as Obj[];
    const organizations = (await api('/organizations', { per_page: 1000 })).body.contents as Obj[];
    const terms = (await api('/taxonomy_terms', { per_page: 1000 })).body.contents as Obj[];
    const byId = (table: string) => new Map((tables.get(table) ?? []).map((r) => [r.id, r]));
    const rows = byId('service');
    expect(rows.size).toBe(services.length);
    for (const s of services) {
      const row = rows.get(s.id);
      for (const [field, value] of Object.entries(s)) {
        if (typeof value === 'object') continue; // nested: their own tables
        expect([s.id, field, row?.[field]]).toEqual([s.id, field, String(value)]);
      }
    }
    expect([...byId('organization').keys()].sort()).toEqual(organizations.map((o) => o.id).sort());
    expect([...byId('taxonomy_term').keys()].sort()).toEqual(terms.map((x) => x.id).sort());
    expect(tables.get('taxonomy')).toHaveLength(3);
    const nested = (key: string) => services.flatMap((s) => (s[key] ?? []) as Obj[]);
    expect(tables.get('attribute')).toHaveLength(nested('attributes').length);
    expect(tables.get('language')).toHaveLength(nested('languages').length);
    expect(tables.get('service_area')).toHaveLength(nested('service_areas').length);
    expect(tables.get('required_document')).toHaveLength(nested('required_documents').length);
    expect(tables.get('service_at_location')).toHaveLength(nested('service_at_locations').length);
    expect(tables.get('location')).toHaveLength(nested('service_at_locations').length);
    expect((tables.get('address') ?? []).length).toBeGreaterThan(0);
    // the LeiKa key travels with its attribute
    expect(tables.get('attribute')).toEqual(
      expect.arrayContaining([expect.objectContaining({ link_type: 'leika_key', value: '99041006017000' })]),
    );
    // tables the directory has nothing for are there, with their header only
    expect(tables.get('funding')).toEqual([]);
  });

  it('every reference between tables resolves, and every id is unique in its table', () => {
    const problems: string[] = [];
    for (const resource of pkg.resources as Obj[]) {
      const rows = tables.get(resource.name) ?? [];
      if (new Set(rows.map((r) => r.id)).size !== rows.length)
        problems.push(`${resource.name}: duplicate ids`);
      for (const key of resource.schema.foreignKeys as Obj[]) {
        const targets = new Set((tables.get(key.reference.resource) ?? []).map((r) => r.id));
        for (const row of rows) {
          const value = row[key.fields];
          if (value !== undefined && !targets.has(value))
            problems.push(
              `${resource.name} ${row.id}: ${key.fields} ${value} not in ${key.reference.resource}`,
            );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('a hidden address is in no file', async () => {
    const hidden: { address: string; email: string | null }[] = await t.dataSource.query(
      `SELECT address, email FROM offers WHERE address_hidden AND address IS NOT NULL`,
    );
    expect(hidden.length).toBeGreaterThan(0);
    for (const file of await readdir(dir)) {
      const text = await readFile(join(dir, file), 'utf8');
      for (const h of hidden) {
        expect([file, text.includes(h.address.split(',')[0])]).toEqual([file, false]);
        if (h.email) expect([file, text.includes(h.email)]).toEqual([file, false]);
      }
    }
  });
});
