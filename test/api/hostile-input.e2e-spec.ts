import type { AddressInfo } from 'node:net';
import { ROLES, type Role } from '@lotsen/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { changedTables, tableChecksums, type TableChecksums } from '../support/db-checksum';
import { createOffice, createUser, TEST_PASSWORD } from '../support/factories';
import {
  ALMOST_MB,
  buildRequests,
  guardPasser,
  isErrorBody,
  MB_PLUS,
  type HostileRequest,
  type ValidBodies,
} from './hostile-requests';

/** Hostile input (issue 7, item 2; boundaries: issue 24.6): requests generated in hostile-requests.ts. */
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
    const service = await call('admin', 'POST', '/api/services', {
      titleDe: 'Fuzz-Leistung',
      responsibleProviderId: provider.id,
    });
    const translation = await call('admin', 'POST', '/api/translations', {
      entity: 'service',
      entityId: service.id,
      field: 'title',
      lang: 'uk',
      text: 'Фуз-послуга',
    });
    const referral = await call('counsellor', 'POST', '/api/referrals', {
      needId: need.id,
      providerId: provider.id,
      mode: 'info',
    });
    const [district] = await ds.query(`SELECT id FROM districts LIMIT 1`);
    const [category] = await ds.query(`SELECT id FROM need_categories LIMIT 1`);
    const doc = (await (await fetch(`${base}/api/docs-json`)).json()) as Parameters<typeof buildRequests>[0];
    const ids: Record<string, string> = {
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
      services: service.id,
      translations: translation.id,
    };
    // valid bodies: boundary values then meet the services' own checks (issue 24.6)
    const creates: ValidBodies['creates'] = {
      '/api/families': { name: 'Familie Grenzwert', confirmNew: true },
      '/api/persons': { familyId: family.id, relation: 'child', firstName: 'Kim' },
      '/api/consents': { familyId: family.id, scope: 'contact_by_email' },
      '/api/contacts': { familyId: family.id, channel: 'phone' },
      '/api/needs': { familyId: family.id, categoryKey: 'wohngeld' },
      '/api/follow-ups': {
        familyId: family.id,
        title: 'Grenze',
        dueAt: new Date(Date.now() + 86400000).toISOString(),
      },
      '/api/offers': { providerId: provider.id, title: 'Grenz-Angebot' },
      '/api/services': { titleDe: 'Grenz-Leistung', responsibleProviderId: provider.id },
      '/api/translations': {
        entity: 'service',
        entityId: service.id,
        field: 'description',
        lang: 'en',
        text: 'Border service',
      },
      '/api/report-snapshots': { kind: 'demand', period: '2025-Q1' },
    };
    const records: ValidBodies['records'] = {};
    for (const path of Object.keys(doc.paths).filter((p) => doc.paths[p].put && p.endsWith('/{id}'))) {
      const id = ids[path.split('/')[2]];
      if (!id) continue;
      const res = await send({
        role: guardPasser(`PUT ${path}`),
        method: 'GET',
        path: path.replace('{id}', id),
        what: 'record',
      });
      if (res.status === 200) records[path] = res.body as Record<string, unknown>;
    }
    expect(Object.keys(records).length).toBeGreaterThanOrEqual(8);
    requests = buildRequests(doc, ids, { creates, records });
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
        else if (r.want !== undefined && res.status !== r.want)
          failures.push(
            `${where}: ${res.status}, expected ${r.want} ${JSON.stringify(res.body).slice(0, 200)}`,
          );
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
