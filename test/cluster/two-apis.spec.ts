/**
 * Two API processes (the build in dist/, as production runs it) on two ports against the same
 * PostgreSQL and Redis: what one instance does, the other sees; concurrent writes through both
 * lose nothing; SIGTERM finishes what was accepted; a rolling restart fails no request.
 */
import { Agent, request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createOffice, createUser, TEST_PASSWORD, type TestUser } from '../support/factories';
import {
  ApiClient,
  ApiProcess,
  freePort,
  processEnv,
  send,
  startApi,
  stopAll,
  type HttpResponse,
} from '../support/processes';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { openDataSource, sleep } from './cluster-support';

interface FamilyBody {
  id: string;
  version: number;
  ownerId: string;
  householdSize: number | null;
  childrenCount: number | null;
}

describe('two API processes on one PostgreSQL and Redis', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let a: ApiProcess;
  let b: ApiProcess;
  let officeId: string;
  let lead: TestUser;
  let counsellors: TestUser[];
  const env = () => processEnv(db.url);

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await openDataSource(db.url);
    officeId = await createOffice(ds);
    lead = await createUser(ds, 'team_lead', { officeId });
    counsellors = [];
    for (let i = 0; i < 4; i++) counsellors.push(await createUser(ds, 'counsellor', { officeId }));
    a = new ApiProcess('A', await freePort(), env());
    b = new ApiProcess('B', await freePort(), env());
    await Promise.all([a.waitUntilReady(), b.waitUntilReady()]);
  }, 180_000);

  afterAll(async () => {
    await stopAll([a, b]);
    await ds?.destroy();
    await db?.drop();
  }, 60_000);

  async function createFamily(client: ApiClient, name: string, ownerId?: string): Promise<FamilyBody> {
    const res = await client.post<FamilyBody>('/api/families', { name, confirmNew: true, ownerId });
    if (res.status !== 201) throw new Error(`create family: ${res.status} ${res.text}`);
    return res.body;
  }

  it('a session made through A is valid on B, and logout on B ends it on A', async () => {
    const onA = await new ApiClient(a.url).login(lead.email, TEST_PASSWORD);
    const cookie = onA.cookieHeader;
    expect(cookie).toMatch(/^lotsen\.sid=/);

    const meOnA = await onA.get<{ id: string }>('/api/auth/me');
    expect(meOnA.status).toBe(200);
    const onB = onA.on(b.url);
    const meOnB = await onB.get<{ id: string }>('/api/auth/me');
    expect(meOnB.status).toBe(200);
    expect(meOnB.body.id).toBe(lead.id);

    expect((await onB.post('/api/auth/logout')).status).toBe(204);
    // The same cookie, as an attacker or a second tab would still send it:
    const headers = { Cookie: cookie, 'X-Requested-With': 'XMLHttpRequest' };
    expect((await send(a.url, 'GET', '/api/auth/me', undefined, headers)).status).toBe(401);
    expect((await send(b.url, 'GET', '/api/auth/me', undefined, headers)).status).toBe(401);
  }, 60_000);

  it('concurrent updates of one family through A and B: one wins, the other gets 409 STALE_VERSION, nothing is lost', async () => {
    const owner = counsellors[0];
    const onA = await new ApiClient(a.url).login(owner.email, TEST_PASSWORD);
    const onB = await new ApiClient(b.url).login(lead.email, TEST_PASSWORD);
    const family = await createFamily(onA, 'Familie Gleichzeitig', owner.id);
    let version = family.version;
    const rounds = 5;
    for (let i = 1; i <= rounds; i++) {
      const changes = [{ householdSize: i + 1 }, { childrenCount: i }];
      const [ra, rb] = await Promise.all([
        onA.put<FamilyBody>(`/api/families/${family.id}`, { version, ...changes[0] }),
        onB.put<FamilyBody>(`/api/families/${family.id}`, { version, ...changes[1] }),
      ]);
      const results: HttpResponse<FamilyBody>[] = [ra, rb];
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loserIndex = results.findIndex((r) => r.status === 409);
      expect((results[loserIndex].body as unknown as { code: string }).code).toBe('STALE_VERSION');
      const winner = results[1 - loserIndex].body;
      expect(winner.version).toBe(version + 1);

      // The loser reads again and repeats its change on the new version: both changes stay.
      const loserClient = loserIndex === 0 ? onA : onB;
      const fresh = await loserClient.get<FamilyBody>(`/api/families/${family.id}`);
      const retry = await loserClient.put<FamilyBody>(`/api/families/${family.id}`, {
        version: fresh.body.version,
        ...changes[loserIndex],
      });
      expect(retry.status).toBe(200);
      version = retry.body.version;
      expect(version).toBe(family.version + 2 * i);
      expect(retry.body).toMatchObject({ householdSize: i + 1, childrenCount: i });
    }
    const rows: { household_size: number; children_count: number; version: number }[] = await ds.query(
      `SELECT household_size, children_count, version FROM families WHERE id = $1`,
      [family.id],
    );
    expect(rows[0]).toEqual({ household_size: rounds + 1, children_count: rounds, version });
    const audits: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'family.update' AND entity_id = $1`,
      [family.id],
    );
    expect(audits[0].n).toBe(2 * rounds);
  }, 60_000);

  it('concurrent bulk handoffs of the same families through A and B never leave a family half handed off', async () => {
    const [c0, c1, c2, c3] = counsellors;
    const onA = await new ApiClient(a.url).login(lead.email, TEST_PASSWORD);
    const onB = await new ApiClient(b.url).login(lead.email, TEST_PASSWORD);
    const families: string[] = [];
    for (let i = 0; i < 20; i += 5) {
      const made = await Promise.all(
        [0, 1, 2, 3, 4].map((k) => createFamily(onA, `Familie Übergabe ${i + k}`, c0.id)),
      );
      families.push(...made.map((f) => f.id));
    }

    const outcomes: { note: string; ids: string[]; toUserId: string; status: number }[] = [];
    const handoff = async (client: ApiClient, note: string, ids: string[], toUserId: string) => {
      const res = await client.post('/api/families/handoff', { ids, toUserId, note });
      outcomes.push({ note, ids, toUserId, status: res.status });
      return res;
    };

    // Rounds 1–3: the same 20 families, through A in one order and through B in the reverse
    // order, to two different colleagues. Both may succeed, one after the other.
    for (let round = 1; round <= 3; round++) {
      const [toA, toB] = round % 2 ? [c1, c2] : [c2, c1];
      const [ra, rb] = await Promise.all([
        handoff(onA, `r${round}-A`, families, toA.id),
        handoff(onB, `r${round}-B`, [...families].reverse(), toB.id),
      ]);
      for (const res of [ra, rb]) expect([200, 400]).toContain(res.status);
      const owners: { owner_id: string }[] = await ds.query(
        `SELECT DISTINCT owner_id FROM families WHERE id = ANY($1)`,
        [families],
      );
      expect(owners).toHaveLength(1); // never some families with one colleague, some with the other
    }

    // Round 4: overlapping halves to the same colleague. The one that comes second finds the
    // overlap already handed to c3 (400) and must leave its other families untouched.
    const before: { id: string; owner_id: string }[] = await ds.query(
      `SELECT id, owner_id FROM families WHERE id = ANY($1)`,
      [families],
    );
    const first = families.slice(0, 14);
    const second = families.slice(7).reverse();
    const [r4a, r4b] = await Promise.all([
      handoff(onA, 'r4-A', first, c3.id),
      handoff(onB, 'r4-B', second, c3.id),
    ]);
    expect([r4a.status, r4b.status].sort()).toEqual([200, 400]);
    const won = r4a.status === 200 ? first : second;
    const after: { id: string; owner_id: string }[] = await ds.query(
      `SELECT id, owner_id FROM families WHERE id = ANY($1)`,
      [families],
    );
    const ownerBefore = new Map(before.map((r) => [r.id, r.owner_id]));
    for (const row of after) {
      expect(row.owner_id).toBe(won.includes(row.id) ? c3.id : ownerBefore.get(row.id));
    }

    // Every request wrote a handoff row for each of its families, or none at all.
    const perNote: { note: string; n: number }[] = await ds.query(
      `SELECT note, count(*)::int AS n FROM handoffs WHERE family_id = ANY($1) GROUP BY note`,
      [families],
    );
    const written = new Map(perNote.map((r) => [r.note, r.n]));
    for (const o of outcomes) expect(written.get(o.note) ?? 0).toBe(o.status === 200 ? o.ids.length : 0);

    // Per family the handoffs form one chain from the first owner to the current one: every
    // colleague handed on as often as they received, except the first owner (one more out)
    // and the current owner (one more in).
    const rows: { family_id: string; from_user_id: string; to_user_id: string }[] = await ds.query(
      `SELECT family_id, from_user_id, to_user_id FROM handoffs WHERE family_id = ANY($1)`,
      [families],
    );
    const currentOwner = new Map(after.map((r) => [r.id, r.owner_id]));
    for (const id of families) {
      const balance = new Map<string, number>();
      const add = (user: string, delta: number) => balance.set(user, (balance.get(user) ?? 0) + delta);
      for (const step of rows.filter((r) => r.family_id === id)) {
        expect(step.from_user_id).not.toBe(step.to_user_id);
        add(step.from_user_id, 1);
        add(step.to_user_id, -1);
      }
      add(c0.id, -1);
      add(currentOwner.get(id) as string, 1);
      expect([...balance.values()].every((v) => v === 0)).toBe(true);
    }
  }, 60_000);

  it('SIGTERM: A refuses new connections, closes idle keep-alive connections, finishes the request in flight, then exits 0', async () => {
    const owner = counsellors[0];
    const onA = await new ApiClient(a.url).login(owner.email, TEST_PASSWORD);
    const family = await createFamily(onA, 'Familie Abschied', owner.id);

    // An idle keep-alive connection to A.
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    const idleSocket = await new Promise<Socket>((resolve, reject) => {
      const req = httpRequest(`${a.url}/api/health`, { agent: keepAlive }, (res) => {
        res.resume();
        res.on('end', () => resolve(req.socket as Socket));
      });
      req.on('error', reject);
      req.end();
    });
    let idleClosedAt = 0;
    idleSocket.on('close', () => (idleClosedAt = Date.now()));

    // A request in flight: the family row is locked by another transaction, so the PUT waits.
    const blocker = new Client({ connectionString: db.url });
    blocker.on('error', () => undefined); // ended by the database's drop if the test fails
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT id FROM families WHERE id = $1 FOR UPDATE', [family.id]);
    const put = onA.put<FamilyBody>(`/api/families/${family.id}`, {
      version: family.version,
      childrenCount: 3,
    });
    for (let i = 0; ; i++) {
      const waiting: { n: number }[] = await ds.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE%families%'`,
      );
      if (waiting[0].n > 0) break;
      if (i > 200) throw new Error('the PUT never reached the lock');
      await sleep(50);
    }

    a.signal('SIGTERM');
    await a.waitForLine('Shutting down');
    // No new connections, at once.
    await expect(send(a.url, 'GET', '/api/health')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // The idle keep-alive connection is closed while the request is still running.
    for (let i = 0; i < 40 && !idleClosedAt; i++) await sleep(50);
    expect(idleClosedAt).toBeGreaterThan(0);
    await sleep(300);
    expect(a.running).toBe(true);

    const released = Date.now();
    await blocker.query('COMMIT');
    await blocker.end();
    const res = await put;
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: family.version + 1, childrenCount: 3 });
    expect(res.headers.connection).toBe('close');
    const exit = await a.waitForExit(10_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - released).toBeLessThan(10_000);
    expect(a.output()).toContain('"msg":"Stopped"');
    keepAlive.destroy();

    // A comes back on the same port (the next step of a rolling restart).
    a = await startApi(env(), { name: 'A2', port: a.port });
  }, 180_000);

  it('a rolling restart of B under light load across A and B fails no request', async () => {
    const owner = counsellors[1];
    const session = await new ApiClient(a.url).login(owner.email, TEST_PASSWORD);
    const headers = { Cookie: session.cookieHeader, 'X-Requested-With': 'XMLHttpRequest' };
    const failures: string[] = [];
    const served = new Map<string, number>();
    let retriedElsewhere = 0;
    let created = 0;
    let running = true;
    const phase = { name: 'before' };

    // Like nginx in front of both (proxy_next_upstream error): a connection refused (nothing was
    // accepted) is retried on the other instance, and so is a GET whose connection was reset
    // before an answer (a connection still in the closing listener's backlog). A POST reset there
    // was never read by the API (the kernel resets what the closing listener had not accepted):
    // the client retries it only after checking that its family does not exist — as a client
    // with an idempotency check would; a reset POST whose family exists (processed, answer lost)
    // is a failure. The count below still proves every accepted write is there exactly once.
    let resetBeforeProcessing = 0;
    const call = async (
      first: ApiProcess,
      other: ApiProcess,
      method: string,
      path: string,
      body?: { name: string; [field: string]: unknown },
    ) => {
      try {
        return { res: await send(first.url, method, path, body, headers), by: first };
      } catch (err) {
        const code = (err as { code?: string }).code;
        const resetPost = code === 'ECONNRESET' && method === 'POST' && body !== undefined;
        if (resetPost) {
          const rows: { n: number }[] = await ds.query(
            `SELECT count(*)::int AS n FROM families WHERE name = $1`,
            [body.name],
          );
          if (rows[0].n !== 0) throw err;
          resetBeforeProcessing++;
        } else if (code !== 'ECONNREFUSED' && !(code === 'ECONNRESET' && method === 'GET')) throw err;
        retriedElsewhere++;
        return { res: await send(other.url, method, path, body, headers), by: other };
      }
    };
    const loop = async (id: number) => {
      for (let i = 0; running && i < 2000; i++) {
        const [first, other] = i % 2 ? [a, b] : [b, a];
        const write = i % 3 === 0;
        try {
          const { res, by } = write
            ? await call(first, other, 'POST', '/api/families', {
                name: `Familie Last ${id}-${i}`,
                ownerId: owner.id,
                confirmNew: true,
              })
            : await call(first, other, 'GET', '/api/families?range=[0,9]');
          const key = `${by.name}:${phase.name}`;
          served.set(key, (served.get(key) ?? 0) + 1);
          if (res.status !== (write ? 201 : 200))
            failures.push(`${phase.name} ${by.name}: ${res.status} ${res.text}`);
          else if (write) created++;
        } catch (err) {
          failures.push(`${phase.name}: ${String(err)} ${(err as { code?: string }).code ?? ''}`);
        }
        await sleep(15);
      }
    };
    const loops = [loop(1), loop(2)];

    await sleep(1000);
    phase.name = 'stopping';
    const oldB = b;
    oldB.signal('SIGTERM');
    const exit = await oldB.waitForExit(60_000);
    phase.name = 'down';
    b = await startApi(env(), { name: 'B2', port: oldB.port });
    phase.name = 'after';
    await sleep(1500);
    running = false;
    await Promise.all(loops);

    expect(failures).toEqual([]);
    expect(exit).toEqual({ code: 0, signal: null });
    // The test did exercise the window: requests were refused by the stopped B and went to A,
    // and the new B served requests afterwards.
    expect(retriedElsewhere).toBeGreaterThan(0);
    expect(served.get('B2:after') ?? 0).toBeGreaterThan(0);
    expect(served.get('A2:down') ?? 0).toBeGreaterThan(0);
    // Every accepted write is there exactly once.
    const rows: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM families WHERE name LIKE 'Familie Last %' AND owner_id = $1`,
      [owner.id],
    );
    expect(rows[0].n).toBe(created);
    if (resetBeforeProcessing > 0)
      console.log(`${resetBeforeProcessing} POST reset before the API read it, retried`);
  }, 180_000);
});
