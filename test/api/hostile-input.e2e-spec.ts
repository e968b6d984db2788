import type { AddressInfo } from 'node:net';
import { ROLES, type Role } from '@lotsen/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { changedTables, tableChecksums, type TableChecksums } from '../support/db-checksum';
import { createOffice, createUser, TEST_PASSWORD } from '../support/factories';
import { MATRIX } from './authorization-matrix';

/**
 * Hostile input (issue 7, item 2): thousands of requests generated from the OpenAPI document —
 * wrong types, missing and extra fields, 1 MB strings, deep JSON, `__proto__` and `constructor`
 * keys, SQL and JSON fragments in filter/sort/range, invalid ids and dates, huge pages, NUL
 * bytes — sent by signed-in users who pass each route's guard. Every answer must be below 500,
 * every error in the body of api.md, and no table may have changed.
 */

interface Operation {
  method: string;
  path: string;
  query: { name: string; required: boolean; description?: string }[];
  body?: Schema;
}
interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
}
interface HostileRequest {
  role: Role | null;
  method: string;
  path: string;
  query?: Record<string, string>;
  /** Raw body text (JSON unless contentType says otherwise). */
  body?: string;
  contentType?: string;
  what: string;
}

const NOWHERE = '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4'; // a well-formed id of nothing
const DEPTH = 10000;
const deepArray = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const deepObject = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);
const MB_PLUS = 'x'.repeat(1_048_576); // 1 MiB: the body is above the limit of 1,000,000 bytes
const ALMOST_MB = 'y'.repeat(990_000); // under the body limit, far above every field's length

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

function buildRequests(
  doc: { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, Schema> } },
  ids: Record<string, string>,
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
    const at = (id: string) => op.path.replace('{id}', id);
    const base = { role, method: op.method };
    // path ids
    if (op.path.includes('{id}')) {
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
    }
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
        '../../etc/passwd',
        'a\u0000b',
      ];
      for (const q of named) {
        for (const value of bad) {
          const query = Object.fromEntries(named.map((n) => [n.name, good[n.name] ?? 'x']));
          query[q.name] = value;
          out.push({ ...base, path, query, what: `${q.name}=${value.slice(0, 30)}` });
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
      if (op.path.includes('{id}') && realId !== NOWHERE) {
        for (const b of fieldBodies(op.body, REAL_ID_VALUES))
          out.push({ ...base, path: at(realId), body: b.body, what: `real id, ${b.what}` });
      }
    }
  }
  return out;
}

/** The role that passes the route's guard (per the matrix): counsellor or admin first. */
function guardPasser(route: string): Role {
  const row = MATRIX[route];
  if (!row) throw new Error(`${route} is not in the authorization matrix`);
  const order: Role[] = ['counsellor', 'admin', 'team_lead', 'analyst', 'provider'];
  return order.find((role) => !row[ROLES.indexOf(role)].startsWith('403')) ?? 'admin';
}

const isErrorBody = (status: number, body: unknown): boolean => {
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

describe('hostile input generated from the OpenAPI document', () => {
  let t: TestApp;
  let base: string;
  const cookies = {} as Record<Role, string>;
  let requests: HostileRequest[];

  async function login(email: string): Promise<string> {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(200);
    return res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  }

  async function send(r: HostileRequest): Promise<{ status: number; body: unknown }> {
    const url = new URL(`${base}${r.path}`);
    for (const [k, v] of Object.entries(r.query ?? {})) url.searchParams.set(k, v);
    const headers: Record<string, string> = { 'x-requested-with': 'XMLHttpRequest' };
    if (r.role) headers.cookie = cookies[r.role];
    if (r.body !== undefined) headers['content-type'] = r.contentType ?? 'application/json';
    const res = await fetch(url, { method: r.method, headers, body: r.body });
    const text = await res.text();
    let body: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json')) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    return { status: res.status, body };
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    // listening without startTestApp's in-process worker, whose scheduler would write to the outbox
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    base = `http://127.0.0.1:${port}`;
    const ds = t.dataSource;
    const officeId = await createOffice(ds);
    const users = {} as Record<Role, { id: string; email: string }>;
    for (const role of ROLES) {
      users[role] = await createUser(
        ds,
        role,
        role === 'provider' ? {} : { officeId: ['counsellor', 'team_lead'].includes(role) ? officeId : null },
      );
      cookies[role] = await login(users[role].email);
    }
    // a little case work, so that real ids reach the services' own checks
    const call = async (role: Role, method: string, path: string, body: object) => {
      const res = await send({ role, method, path, body: JSON.stringify(body), what: 'seed' });
      if (res.status >= 300) throw new Error(`seed ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { id: string };
    };
    const family = await call('counsellor', 'POST', '/api/families', {
      name: 'Familie Fuzz',
      confirmNew: true,
    });
    const person = await call('counsellor', 'POST', '/api/persons', {
      familyId: family.id,
      relation: 'parent',
      lastName: 'Fuzz',
      phone: '0331 1234',
    });
    const consent = await call('counsellor', 'POST', '/api/consents', {
      familyId: family.id,
      scope: 'contact_by_phone',
    });
    const contact = await call('counsellor', 'POST', '/api/contacts', {
      familyId: family.id,
      channel: 'phone',
    });
    const need = await call('counsellor', 'POST', '/api/needs', {
      familyId: family.id,
      categoryKey: 'wohngeld',
    });
    const followUp = await call('counsellor', 'POST', '/api/follow-ups', {
      familyId: family.id,
      title: 'Anruf',
      dueAt: new Date(Date.now() + 86400000).toISOString(),
    });
    const provider = await call('admin', 'POST', '/api/providers', { name: 'Fuzz-Träger', kind: 'other' });
    const offer = await call('admin', 'POST', '/api/offers', {
      providerId: provider.id,
      title: 'Fuzz-Angebot',
    });
    const referral = await call('counsellor', 'POST', '/api/referrals', {
      needId: need.id,
      providerId: provider.id,
      mode: 'info',
    });
    const [district] = await ds.query(`SELECT id FROM districts LIMIT 1`);
    const [category] = await ds.query(`SELECT id FROM need_categories LIMIT 1`);
    const doc = (await (await fetch(`${base}/api/docs-json`)).json()) as Parameters<typeof buildRequests>[0];
    requests = buildRequests(doc, {
      families: family.id,
      persons: person.id,
      consents: consent.id,
      contacts: contact.id,
      needs: need.id,
      'follow-ups': followUp.id,
      providers: provider.id,
      offers: offer.id,
      referrals: referral.id,
      users: users.counsellor.id,
      offices: officeId,
      staff: users.counsellor.id,
      districts: district.id,
      'need-categories': category.id,
    });
  }, 120000);
  afterAll(() => t.close());

  it('answers thousands of hostile requests below 500, in the error body of api.md, and changes no table', async () => {
    const before: TableChecksums = await tableChecksums(t.dataSource);
    const started = Date.now();
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const r = requests[next++];
        let res: { status: number; body: unknown };
        try {
          res = await send(r);
        } catch {
          // a refused oversize upload may see its connection reset while still sending: once more
          try {
            res = await send(r);
          } catch (err) {
            res = { status: 0, body: String((err as { cause?: unknown }).cause ?? err) };
          }
        }
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const where = `${r.method} ${r.path.slice(0, 80)} [${r.role ?? 'anonymous'}] ${r.what}`;
        if (res.status === 0) failures.push(`${where}: no answer (${String(res.body)})`);
        else if (res.status >= 500)
          failures.push(`${where}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        else if (res.status >= 400 && !isErrorBody(res.status, res.body))
          failures.push(`${where}: body ${JSON.stringify(res.body).slice(0, 200)}`);
        else if (res.status < 400 && r.method !== 'GET')
          failures.push(`${where}: accepted with ${res.status}`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    const after = await tableChecksums(t.dataSource);
    console.log(
      `hostile input: ${requests.length} requests in ${Date.now() - started} ms; statuses ${JSON.stringify(statuses)}`,
    );
    expect(failures.slice(0, 50)).toEqual([]);
    expect(requests.length).toBeGreaterThanOrEqual(5000);
    expect(changedTables(before, after)).toEqual([]);
    expect(after).toEqual(before);
  }, 600000);

  it('refuses a body above 1 MB with 413 PAYLOAD_TOO_LARGE, and takes one just below', async () => {
    const big = await send({
      role: 'counsellor',
      method: 'POST',
      path: '/api/contacts',
      body: JSON.stringify({ channel: 'phone', notes: MB_PLUS }),
      what: 'big',
    });
    expect(big.status).toBe(413);
    expect(big.body).toEqual({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: expect.any(String) });
    const below = await send({
      role: 'counsellor',
      method: 'POST',
      path: '/api/contacts',
      body: JSON.stringify({ channel: 'phone', notes: ALMOST_MB }),
      what: 'below',
    });
    expect(below.status).toBe(400); // parsed, then refused by the field's length limit
    expect((below.body as { code: string }).code).toBe('VALIDATION_FAILED');
  });

  it('refuses NUL characters and deep nesting in an otherwise valid body with 400, storing nothing', async () => {
    const before = await tableChecksums(t.dataSource);
    for (const [path, body] of [
      ['/api/families', { name: 'Familie \u0000Nul', confirmNew: true }],
      ['/api/contacts', { channel: 'phone', summary: 'Kita\u0000' }],
      [
        '/api/families',
        { name: 'Familie Tief', confirmNew: true, languages: JSON.parse('['.repeat(100) + ']'.repeat(100)) },
      ],
    ] as const) {
      const res = await send({
        role: 'counsellor',
        method: 'POST',
        path,
        body: JSON.stringify(body),
        what: 'nul',
      });
      expect([path, res.status, (res.body as { code: string }).code]).toEqual([
        path,
        400,
        'VALIDATION_FAILED',
      ]);
    }
    expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
  });

  it('answers a request line above 16 KB in the error body too (431)', async () => {
    const res = await send({
      role: 'counsellor',
      method: 'GET',
      path: '/api/families',
      query: { filter: JSON.stringify({ q: 'x'.repeat(20_000) }) },
      what: 'long url',
    });
    expect(res.status).toBe(431);
    expect(res.body).toEqual({ statusCode: 431, code: 'PAYLOAD_TOO_LARGE', message: expect.any(String) });
  });

  it('caps the page: range [0,1000000] is a 400 on every list route; [0,499] is answered with at most 500 records', async () => {
    const lists = [
      ...new Set(requests.filter((r) => r.query?.range === '[0,1000000]').map((r) => `${r.role} ${r.path}`)),
    ];
    expect(lists.length).toBeGreaterThan(15);
    for (const entry of lists) {
      const [role, path] = entry.split(' ') as [Role, string];
      const huge = await send({ role, method: 'GET', path, query: { range: '[0,1000000]' }, what: 'huge' });
      expect([path, huge.status, (huge.body as { code: string }).code]).toEqual([path, 400, 'INVALID_QUERY']);
      const max = await send({ role, method: 'GET', path, query: { range: '[0,499]' }, what: 'max' });
      expect([path, max.status]).toEqual([path, 200]);
      expect((max.body as unknown[]).length).toBeLessThanOrEqual(500);
    }
  });
});
