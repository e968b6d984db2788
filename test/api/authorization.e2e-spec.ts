import { ROLES, type Role } from '@lotsen/domain';
import type { Agent, Response } from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { changedTables, tableChecksums, type TableChecksums } from '../support/db-checksum';
import {
  PERSONAL,
  SIDES,
  personalNeedles,
  seedFixture,
  type Fixture,
  type Side,
} from './authorization-fixture';
import { expectation, MATRIX, PUBLIC_ROUTES } from './authorization-matrix';
import { REQUESTS, type Call } from './authorization-requests';

type Method = 'get' | 'post' | 'put' | 'delete';

function send(agent: Agent, route: string, call: Call): Promise<Response> {
  const method = route.split(' ')[0].toLowerCase() as Method;
  let req = agent[method](call.path);
  if (call.query) req = req.query(call.query);
  return call.body === undefined ? req : req.send(call.body as object);
}

/** `METHOD /path` of every operation of the OpenAPI document. */
async function documentedRoutes(t: TestApp): Promise<string[]> {
  const doc = (await t.http().get('/api/docs-json')).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

const isErrorBody = (body: unknown): boolean => {
  const b = body as Record<string, unknown>;
  return (
    typeof b === 'object' &&
    b !== null &&
    typeof b.statusCode === 'number' &&
    typeof b.code === 'string' &&
    /^[A-Z_]+$/.test(b.code) &&
    typeof b.message === 'string' &&
    (b.details === undefined || Array.isArray(b.details))
  );
};

describe('authorization matrix: every route × five roles × own and other office', () => {
  let t: TestApp;
  let f: Fixture;
  let routes: string[];

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    f = await seedFixture(t);
    routes = await documentedRoutes(t);
  }, 120000);
  afterAll(() => t.close());

  it('the table names every route of the OpenAPI document, and no other', () => {
    expect(routes.filter((r) => !(r in MATRIX))).toEqual([]); // a new route must be added to the table
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
    expect(Object.keys(REQUESTS).sort()).toEqual(Object.keys(MATRIX).sort());
    for (const row of Object.values(MATRIX)) {
      for (const cell of row) expect(cell).toMatch(/^(\d{3}(:[01])?|-)( (\d{3}(:[01])?|-))?$/);
    }
  });

  it('every cell answers as the table says; refused calls change nothing', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    let checksumMs = 0;
    let last: TableChecksums | null = null;
    const checksums = async () => {
      const start = Date.now();
      const sums = await tableChecksums(t.dataSource);
      checksumMs += Date.now() - start;
      return sums;
    };
    for (const route of routes.filter((r) => r in REQUESTS)) {
      const method = route.split(' ')[0];
      for (const role of ROLES) {
        for (const side of SIDES) {
          const expected = expectation(route, role, side);
          if (!expected) continue;
          const success = expected.status >= 200 && expected.status < 300;
          const writes = success && method !== 'GET';
          const call = await REQUESTS[route]({ f, role, side, fresh: writes });
          // a cell that changes nothing leaves the state of the previous cell to compare with
          const before = writes || call.agent || !last ? await checksums() : last;
          const res = await send(call.agent ?? f.callers[role].agent, route, call);
          const after = await checksums();
          last = writes ? null : after;
          cells++;
          const where = `${route} as ${role} (${side})`;
          const problems: string[] = [];
          if (res.status !== expected.status)
            problems.push(`status ${res.status}, expected ${expected.status}`);
          if (expected.listed !== undefined && res.status === 200) {
            const ids = (res.body as { id: string }[]).map((x) => x.id);
            const want = expected.listed === 1 ? [call.listed] : [];
            if (JSON.stringify(ids) !== JSON.stringify(want)) problems.push(`listed ${JSON.stringify(ids)}`);
          }
          if (res.status >= 400 && !isErrorBody(res.body))
            problems.push(`error body ${JSON.stringify(res.body)}`);
          if (!writes && route !== 'POST /api/auth/logout') {
            const changed = changedTables(before, after);
            if (changed.length > 0) problems.push(`changed ${changed.join(', ')}`);
          }
          if (problems.length > 0)
            mismatches.push(`${where}: ${problems.join('; ')} ${JSON.stringify(res.body)?.slice(0, 200)}`);
        }
      }
    }
    console.log(
      `authorization matrix: ${cells} cells checked (${routes.length} routes × 5 roles × own/other; ` +
        `${checksumMs} ms of table checksums)`,
    );
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(routes.length * ROLES.length);
  }, 300000);

  it('without a session every route but the public ones answers 401 UNAUTHENTICATED', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r in REQUESTS && !PUBLIC_ROUTES.includes(r))) {
      const call = await REQUESTS[route]({ f, role: 'counsellor', side: 'own', fresh: false });
      const res = await send(t.agent(), route, { ...call, agent: undefined });
      if (res.status !== 401 || res.body.code !== 'UNAUTHENTICATED') wrong.push(`${route}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the queue dashboard outside the OpenAPI document is for admins only', async () => {
    expect(routes.some((r) => r.includes('/api/admin/queues'))).toBe(false);
    for (const role of ROLES) {
      const res = await f.callers[role].agent.get('/api/admin/queues');
      // without REDIS_URL an admin gets 503 SERVICE_UNAVAILABLE (no queues), never a refusal
      if (role === 'admin') expect([res.status, res.body.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      else expect([role, res.status, res.body.code]).toEqual([role, 403, 'FORBIDDEN']);
    }
    expect((await t.http().get('/api/admin/queues')).status).toBe(401);
  });

  it('analysts and admins never receive a personal field: no seeded name, phone or e-mail in any GET answer', async () => {
    const needles = personalNeedles();
    expect(needles).toContain(PERSONAL.own.email);
    // the scan sees the data where it is allowed: a counsellor reading the family's members
    const control = await f.callers.counsellor.agent.get('/api/persons').query({ range: '[0,499]' });
    expect(JSON.stringify(control.body)).toContain(PERSONAL.own.lastName);

    const leaks: string[] = [];
    let scanned = 0;
    for (const route of routes.filter((r) => r in REQUESTS && r.startsWith('GET '))) {
      for (const role of ['analyst', 'admin'] as Role[]) {
        for (const side of SIDES as Side[]) {
          const call = await REQUESTS[route]({ f, role, side, fresh: false });
          // lists unfiltered and as long as allowed: everything the role can see
          const query = call.listed ? { range: '[0,499]' } : call.query;
          const res = await send(f.callers[role].agent, route, { ...call, query });
          scanned++;
          const text = `${JSON.stringify(res.headers)}${res.text ?? ''}`;
          for (const needle of needles) {
            if (text.includes(needle)) leaks.push(`${route} as ${role} (${side}): ${needle}`);
          }
        }
      }
    }
    console.log(`personal-field scan: ${scanned} answers to analyst and admin, ${needles.length} needles`);
    expect(leaks).toEqual([]);
  });
});
