import { ROLES, type Role } from '@lotsen/domain';
import { MATRIX } from './authorization-matrix';
import {
  boundaryRequests,
  DATE_FILTER,
  DAY_BOUNDS,
  INT_BOUNDS,
  type ValidBodies,
} from './hostile-boundaries';

export type { ValidBodies };

/**
 * Hostile input (issue 7, item 2): thousands of requests generated from the OpenAPI document —
 * wrong types, missing and extra fields, 1 MB strings, deep JSON, `__proto__` and `constructor`
 * keys, SQL and JSON fragments in filter/sort/range, invalid ids and dates, huge pages, NUL
 * bytes — sent by signed-in users who pass each route's guard. Every answer must be below 500,
 * every error in the body of api.md, and no table may have changed.
 */

export interface Operation {
  method: string;
  path: string;
  query: { name: string; required: boolean; description?: string }[];
  body?: Schema;
}
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
}
export interface HostileRequest {
  role: Role | null;
  method: string;
  path: string;
  query?: Record<string, string>;
  /** Raw body text (JSON unless contentType says otherwise). */
  body?: string;
  contentType?: string;
  what: string;
  /** A boundary value: the exact status expected (400 for a value out of range, 404 for an unknown office). */
  want?: number;
}

/** A record's place in a path: `{id}`, or the portal's `{leikaKeyOrId}` of a service. */
const PATH_ID = /\{(id|leikaKeyOrId)\}/;
export const NOWHERE = '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4'; // a well-formed id of nothing
const DEPTH = 10000;
const deepArray = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const deepObject = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);
export const MB_PLUS = 'x'.repeat(1_048_576); // 1 MiB: the body is above the limit of 1,000,000 bytes
export const ALMOST_MB = 'y'.repeat(990_000); // under the body limit, far above every field's length

/** Values that are wrong for (nearly) every field, as JSON text. */
const HOSTILE_VALUES: Record<string, string> = {
  number: '123',
  huge: '1e308',
  bool: 'true',
  null: 'null',
  object: '{}',
  array: '["a",1,null]',
  mongo: '{"$gt":""}',
  proto: '{"__proto__":{"admin":true}}',
  notUuid: '"not-a-uuid"',
  sql: `"' OR '1'='1'; DROP TABLE families; --"`,
  badDate: '"2026-02-30T25:61:00Z"',
  nul: '"a\\u0000b"',
  int32: '2147483648',
  int53: '9007199254740993',
  year0: '"0000-01-01T00:00:00Z"',
  year9999: '"9999-12-31"',
  long: JSON.stringify('z'.repeat(100_000)),
  deep: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
};

/** The values also sent to a real record (its service's own checks run after validation). */
const REAL_ID_VALUES = [
  'number',
  'null',
  'object',
  'array',
  'proto',
  'notUuid',
  'sql',
  'nul',
  'long',
  'deep',
];

/** Whole bodies: nothing like the DTO. */
const HOSTILE_BODIES: Record<string, { body: string; contentType?: string }> = {
  empty: { body: '' },
  emptyObject: { body: '{}' },
  notJson: { body: '{"a": ' },
  array: { body: '[{"a":1}]' },
  null: { body: 'null' },
  string: { body: '"text"' },
  number: { body: '42' },
  deepArray: { body: deepArray },
  deepObject: { body: deepObject },
  deepField: { body: `{"name":${deepObject},"version":${deepArray}}` },
  proto: { body: '{"__proto__":{"role":"admin","officeId":null,"isAdmin":true}}' },
  constructor: { body: '{"constructor":{"prototype":{"polluted":true}}}' },
  protoNull: { body: '{"__proto__":null}' },
  oversize: { body: JSON.stringify({ name: MB_PLUS }) },
  almostMb: { body: JSON.stringify({ name: ALMOST_MB, note: 'x', title: 'x' }) },
  manyKeys: {
    body: JSON.stringify(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i]))),
  },
  longArray: { body: JSON.stringify({ ids: Array.from({ length: 20_000 }, (_, i) => i) }) },
  nul: { body: '{"name":"\\u0000","note":"\\u0000"}' },
  form: { body: 'name=x&version=1', contentType: 'application/x-www-form-urlencoded' },
  text: { body: 'name=x', contentType: 'text/plain' },
};

/** Path ids that are not a record's id. */
const HOSTILE_IDS = [
  'not-a-uuid',
  "1' OR '1'='1",
  '1;DROP TABLE users',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '00000000-0000-0000-0000-000000000000',
  NOWHERE.toUpperCase(),
  `${NOWHERE}x`,
  'a'.repeat(5000),
  '__proto__',
  'constructor',
  '{"$ne":null}',
];

function listFields(description: string | undefined): string[] {
  const match = /fields: ([^.;]*)/.exec(description ?? '');
  return match ? match[1].split(',').map((s) => s.trim()) : [];
}

/** Filter, sort and range values: SQL and JSON fragments, prototypes, huge pages. */
function listQueries(op: Operation): Record<string, string>[] {
  const filterFields = listFields(op.query.find((q) => q.name === 'filter')?.description);
  const sortFields = listFields(op.query.find((q) => q.name === 'sort')?.description);
  const out: Record<string, string>[] = [
    { filter: 'not json' },
    { filter: '[]' },
    { filter: 'null' },
    { filter: '"q"' },
    { filter: '{"__proto__":{"id":"x"}}' },
    { filter: '{"constructor":{"prototype":{"x":1}}}' },
    { filter: '{"toString":"x"}' },
    { filter: '{"hasOwnProperty":"x"}' },
    { filter: '{"1=1; DROP TABLE users; --":"x"}' },
    { filter: '{"id":"\' OR 1=1 --"}' },
    { filter: `{"id":${JSON.stringify(Array.from({ length: 501 }, () => NOWHERE))}}` },
    { filter: '{"id":{"$ne":null}}' },
    { filter: `{"q":${JSON.stringify('%'.repeat(300))}}` },
    { filter: deepObject },
    { filter: '{"a":1}'.repeat(1) + 'x'.repeat(10_000) },
    { sort: '["id; DROP TABLE users","ASC"]' },
    { sort: '["__proto__","ASC"]' },
    { sort: '["constructor","DESC"]' },
    { sort: '["toString","ASC"]' },
    { sort: `["${sortFields[0] ?? 'id'}","ASC; DROP TABLE users"]` },
    { sort: `["${sortFields[0] ?? 'id'}"]` },
    { sort: '[1,2]' },
    { sort: '"name"' },
    { sort: '{"field":"name"}' },
    { range: '[0,1000000]' },
    { range: '[0,500]' },
    { range: '[-1,5]' },
    { range: '[5,1]' },
    { range: '[1e20,1e20]' },
    { range: '[9007199254740993,9007199254740999]' },
    { range: '[0.5,2]' },
    { range: '["0","9"]' },
    { range: '[0]' },
    { range: '{"from":0}' },
    { range: '[0,1e309]' },
    { range: '[null,null]' },
  ];
  for (const field of filterFields) {
    for (const value of [
      "\"' OR '1'='1\"",
      '123',
      'true',
      '{"$gt":""}',
      '["x"]',
      '"2026-02-30"',
      '"a\\u0000b"',
      '[[]]',
    ]) {
      out.push({ filter: `{"${field}":${value}}` });
    }
    for (const n of INT_BOUNDS) out.push({ filter: `{"${field}":${n}}` });
  }
  for (const field of sortFields) out.push({ sort: `["${field}","SIDEWAYS"]` });
  return out;
}

function resolve(doc: { components: { schemas: Record<string, Schema> } }, schema: Schema): Schema {
  return schema.$ref ? doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
}

/** Bodies with one field hostile; a body that names every required field also gets an unknown field. */
function fieldBodies(schema: Schema, only?: string[]): { body: string; what: string }[] {
  const out: { body: string; what: string }[] = [];
  const required = schema.required ?? [];
  for (const [field, prop] of Object.entries(schema.properties ?? {})) {
    const values = { ...HOSTILE_VALUES };
    if (prop.format === 'date-time' || prop.format === 'date') {
      Object.assign(values, {
        yesterday: '"yesterday"',
        year10k: '"+010000-01-01T00:00:00Z"',
        epoch: '-62198755200000',
      });
    }
    for (const [name, value] of Object.entries(values)) {
      if (only && !only.includes(name)) continue;
      const complete = required.every((r) => r === field);
      const extra = complete ? ',"unknownField":1' : '';
      out.push({ body: `{"${field}":${value}${extra}}`, what: `${field}=${name}` });
    }
  }
  // every required field missing but one extra field
  out.push({ body: '{"unknownField":"x","isAdmin":true}', what: 'extra fields only' });
  return out;
}

export function buildRequests(
  doc: { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, Schema> } },
  ids: Record<string, string>,
  valid: ValidBodies = { records: {}, creates: {} },
): HostileRequest[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const o = raw as {
        parameters?: { name: string; in: string; required?: boolean; description?: string }[];
        requestBody?: { content: Record<string, { schema: Schema }> };
      };
      const schema = o.requestBody?.content['application/json']?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        query: (o.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: p.required ?? false, description: p.description })),
        body: schema ? resolve(doc, schema) : undefined,
      });
    }
  }
  const out: HostileRequest[] = [];
  for (const op of ops) {
    const key = `${op.method} ${op.path}`;
    if (key === 'POST /api/auth/logout') continue; // would end the caller's session; it takes no input
    const role = key === 'POST /api/auth/login' ? null : guardPasser(key);
    const realId = ids[op.path.split('/')[2]] ?? NOWHERE;
    const at = (id: string) => op.path.replace(PATH_ID, id);
    const base = { role, method: op.method };
    // path ids
    if (PATH_ID.test(op.path)) {
      for (const id of HOSTILE_IDS) {
        out.push({
          ...base,
          path: at(encodeURIComponent(id).replace(/%25/g, '%')),
          body: op.body ? '{}' : undefined,
          what: `id ${id.slice(0, 30)}`,
        });
      }
    }
    const path = at(op.method === 'GET' ? realId : NOWHERE);
    // list queries
    if (op.query.some((q) => q.name === 'range')) {
      for (const query of listQueries(op))
        out.push({ ...base, path, query, what: `query ${JSON.stringify(query).slice(0, 60)}` });
      const filterFields = listFields(op.query.find((q) => q.name === 'filter')?.description);
      for (const field of filterFields.filter((f) => DATE_FILTER.test(f))) {
        for (const day of DAY_BOUNDS)
          out.push({
            ...base,
            path,
            query: { filter: JSON.stringify({ [field]: day }) },
            want: 400,
            what: `${field}=${day}`,
          });
      }
    }
    out.push(...boundaryRequests(op, base, at, realId, valid));
    // other query parameters (reports, export format)
    const named = op.query.filter((q) => !['filter', 'sort', 'range'].includes(q.name));
    if (named.length > 0) {
      const good: Record<string, string> = {
        from: '2026-01-01',
        to: '2026-03-31',
        format: 'csv',
        officeId: NOWHERE,
      };
      const bad = [
        '2026-02-30',
        '2026-13-01',
        '0000-00-00',
        '99999-01-01',
        "2026-01-01' OR '1'='1",
        '',
        'x'.repeat(10_000),
        '{"$gt":""}',
        'pdf',
        ...DAY_BOUNDS,
        '../../etc/passwd',
        'a\u0000b',
      ];
      for (const q of named) {
        for (const value of bad) {
          const query = Object.fromEntries(named.map((n) => [n.name, good[n.name] ?? 'x']));
          query[q.name] = value;
          const want = ['from', 'to'].includes(q.name) && DAY_BOUNDS.includes(value) ? 400 : undefined;
          out.push({ ...base, path, query, want, what: `${q.name}=${value.slice(0, 30)}` });
        }
      }
      out.push({
        ...base,
        path,
        query: {
          ...Object.fromEntries(named.map((n) => [n.name, good[n.name]])),
          from: '2026-12-31',
          to: '2026-01-01',
        },
        what: 'to before from',
      });
      out.push({
        ...base,
        path,
        query: { from: '1900-01-01', to: '9999-12-31' },
        what: 'ten thousand years',
      });
      out.push({ ...base, path, query: { unknown: '1' }, what: 'unknown parameter only' });
    }
    // bodies
    if (op.body) {
      for (const [name, b] of Object.entries(HOSTILE_BODIES))
        out.push({ ...base, path, body: b.body, contentType: b.contentType, what: `body ${name}` });
      for (const b of fieldBodies(op.body)) out.push({ ...base, path, body: b.body, what: b.what });
      // real record, hostile fields: reaches the service's own checks
      if (PATH_ID.test(op.path) && realId !== NOWHERE) {
        for (const b of fieldBodies(op.body, REAL_ID_VALUES))
          out.push({ ...base, path: at(realId), body: b.body, what: `real id, ${b.what}` });
      }
    }
  }
  return out;
}

/** The role that passes the route's guard (per the matrix): counsellor or admin first. */
export function guardPasser(route: string): Role {
  const row = MATRIX[route];
  if (!row) throw new Error(`${route} is not in the authorization matrix`);
  const order: Role[] = ['counsellor', 'admin', 'team_lead', 'analyst', 'provider'];
  return order.find((role) => !row[ROLES.indexOf(role)].startsWith('403')) ?? 'admin';
}

export const isErrorBody = (status: number, body: unknown): boolean => {
  const b = body as Record<string, unknown> | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    b.statusCode === status &&
    typeof b.code === 'string' &&
    /^[A-Z_]+$/.test(b.code) &&
    typeof b.message === 'string' &&
    (b.details === undefined || Array.isArray(b.details))
  );
};
