import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Agent } from 'supertest';
import { CONTACT_BATCH_MAX, OFFLINE_WINDOW_DAYS } from '@lotsen/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, signedIn, TEST_PASSWORD, type TestUser } from '../support/factories';
import { changedTables, tableChecksums } from '../support/db-checksum';

type Signed = { user: TestUser; agent: Agent };

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const DAY = 24 * 60;

/**
 * Issue 22, point 3: `POST /api/contacts/batch` stores anonymous contacts recorded offline, each
 * exactly once per sender and device id; one bad entry never blocks the others; only counsellors
 * and team leads send, and the contacts belong to the sender's office.
 */
describe('POST /api/contacts/batch: offline outreach entries', () => {
  let t: TestApp;
  let office: string;
  let other: string;
  let anna: Signed; // counsellor of the outreach office
  let lead: Signed; // its team lead
  let bea: Signed; // counsellor of another office
  let district: string;

  beforeAll(async () => {
    t = await startTestApp({}, true);
    office = await createOffice(t.dataSource, 'Außenstelle Schlaatz Test');
    other = await createOffice(t.dataSource, 'Familienbüro Anderswo');
    anna = await signedIn(t, 'counsellor', { officeId: office });
    lead = await signedIn(t, 'team_lead', { officeId: office });
    bea = await signedIn(t, 'counsellor', { officeId: other });
    [{ id: district }] = await t.dataSource.query(`SELECT id FROM districts ORDER BY code LIMIT 1`);
  });
  afterAll(() => t.close());

  const entry = (over: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    occurredAt: minutesAgo(30),
    districtId: district,
    needs: [{ categoryKey: 'kita_gutschein' }, { categoryKey: 'wohngeld', unmetReason: 'waitlist' }],
    ...over,
  });
  const send = (who: Signed, contacts: unknown[]) => who.agent.post('/api/contacts/batch').send({ contacts });
  const rowsOf = async (clientId: string) =>
    (await t.dataSource.query(
      `SELECT id, office_id, counsellor_id, family_id, channel, district_id, summary FROM contacts WHERE client_id = $1`,
      [clientId],
    )) as {
      id: string;
      office_id: string;
      counsellor_id: string;
      family_id: string | null;
      channel: string;
      district_id: string;
      summary: string | null;
    }[];

  it('stores each entry once: anonymous, outreach, the sender office; its needs open or unmet', async () => {
    const a = entry({ summary: 'Fragen zum Kitaplatz' });
    const b = entry({ needs: [] });
    const res = await send(anna, [a, b]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 2, duplicate: 0, rejected: 0 });
    expect(
      res.body.results.map((r: { index: number; id: string; result: string }) => [r.index, r.id, r.result]),
    ).toEqual([
      [0, a.id, 'created'],
      [1, b.id, 'created'],
    ]);
    const [row] = await rowsOf(a.id);
    expect(row).toMatchObject({
      id: res.body.results[0].contactId,
      office_id: office,
      counsellor_id: anna.user.id,
      family_id: null,
      channel: 'outreach',
      district_id: district,
      summary: 'Fragen zum Kitaplatz',
    });
    const needs = await t.dataSource.query(
      `SELECT category_key, status, unmet_reason, identified_at FROM needs WHERE contact_id = $1 ORDER BY category_key`,
      [row.id],
    );
    expect(
      needs.map((n: { category_key: string; status: string; unmet_reason: string | null }) => [
        n.category_key,
        n.status,
        n.unmet_reason,
      ]),
    ).toEqual([
      ['kita_gutschein', 'open', null],
      ['wohngeld', 'unmet', 'waitlist'],
    ]);
    expect(new Date(needs[0].identified_at).toISOString()).toBe(a.occurredAt);
    // the contact reads as any other: its client id is not a field of the API
    const shown = await anna.agent.get(`/api/contacts/${row.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).not.toHaveProperty('clientId');
    expect(shown.body.needs).toHaveLength(2);
  });

  it('the same id again is a duplicate, no second row; within one batch too', async () => {
    const a = entry();
    const first = await send(anna, [a]);
    expect(first.body.results[0].result).toBe('created');
    const again = await send(anna, [a, entry(), a]);
    expect(again.status).toBe(200);
    expect(again.body.results.map((r: { result: string }) => r.result)).toEqual([
      'duplicate',
      'created',
      'duplicate',
    ]);
    expect(again.body.results[0].contactId).toBe(first.body.results[0].contactId);
    expect(await rowsOf(a.id)).toHaveLength(1);
    // a retry after the window has closed is still a duplicate, not a refusal
    const late = await send(anna, [{ ...a, occurredAt: minutesAgo((OFFLINE_WINDOW_DAYS + 2) * DAY) }]);
    expect(late.body.results[0]).toMatchObject({
      result: 'duplicate',
      contactId: first.body.results[0].contactId,
    });
  });

  it('the same batch twice at once, and a request killed mid-flight then retried: stored once', async () => {
    const a = entry();
    const b = entry();
    const [one, two] = await Promise.all([send(anna, [a, b]), send(anna, [b, a])]);
    const results = [...one.body.results, ...two.body.results]
      .map((r: { result: string }) => r.result)
      .sort();
    expect(results).toEqual(['created', 'created', 'duplicate', 'duplicate']);
    expect(await rowsOf(a.id)).toHaveLength(1);
    expect(await rowsOf(b.id)).toHaveLength(1);

    // the connection dies after the body went out: the server may have stored it, the device never knows
    const c = entry();
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const login = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: anna.user.email, password: TEST_PASSWORD });
    const cookie = (login.headers['set-cookie'] as unknown as string[])
      .map((k) => k.split(';')[0])
      .join('; ');
    expect(cookie).toContain('=');
    await new Promise<void>((resolve) => {
      const body = JSON.stringify({ contacts: [c] });
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        path: '/api/contacts/batch',
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'X-Requested-With': 'XMLHttpRequest',
          Cookie: cookie,
        },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.end(body, () => req.destroy());
    });
    const retried = await send(anna, [c]);
    expect(['created', 'duplicate']).toContain(retried.body.results[0].result);
    // the killed request may still be running: once both are through, there is one row
    for (let i = 0; i < 50 && (await rowsOf(c.id)).length === 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    const again = await send(anna, [c]);
    expect(again.body.results[0].result).toBe('duplicate');
    expect(await rowsOf(c.id)).toHaveLength(1);
  });

  it('one bad entry never blocks the rest: each is rejected with its code, the others are stored', async () => {
    const good = entry();
    const bad = [
      entry({ occurredAt: new Date(Date.now() + 3600_000).toISOString() }),
      entry({ needs: [{ categoryKey: 'gibt_es_nicht' }] }),
      entry({ occurredAt: minutesAgo((OFFLINE_WINDOW_DAYS + 1) * DAY) }),
      entry({ summary: 'Frau Müller, Tel. 0331 123456' }),
      entry({ districtId: randomUUID() }),
      entry({ familyId: randomUUID() }),
      entry({ id: 'keine-uuid' }),
      entry({ needs: [{ categoryKey: 'wohngeld' }, { categoryKey: 'wohngeld' }] }),
      entry({
        needs: [{ categoryKey: 'a' }, { categoryKey: 'b' }, { categoryKey: 'c' }, { categoryKey: 'd' }],
      }),
      entry({ needs: [{ categoryKey: 'wohngeld', unmetReason: 'no_idea' }] }),
      entry({ occurredAt: 'gestern' }),
      'not an object',
      null,
    ];
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM contacts`);
    const res = await send(anna, [...bad, good]);
    expect(res.status).toBe(200);
    const results = res.body.results as { index: number; id: string | null; result: string; code?: string }[];
    expect(results.map((r) => [r.index, r.result, r.code])).toEqual([
      [0, 'rejected', 'CONTACT_IN_FUTURE'],
      [1, 'rejected', 'INVALID_REFERENCE'],
      [2, 'rejected', 'OUTSIDE_SYNC_WINDOW'],
      [3, 'rejected', 'PERSONAL_DATA_NOT_ALLOWED'],
      [4, 'rejected', 'INVALID_REFERENCE'],
      [5, 'rejected', 'VALIDATION_FAILED'],
      [6, 'rejected', 'VALIDATION_FAILED'],
      [7, 'rejected', 'VALIDATION_FAILED'],
      [8, 'rejected', 'VALIDATION_FAILED'],
      [9, 'rejected', 'VALIDATION_FAILED'],
      [10, 'rejected', 'VALIDATION_FAILED'],
      [11, 'rejected', 'VALIDATION_FAILED'],
      [12, 'rejected', 'VALIDATION_FAILED'],
      [13, 'created', undefined],
    ]);
    expect(results[0].id).toBe((bad[0] as { id: string }).id);
    expect(results[6].id).toBeNull();
    expect(res.body).toMatchObject({ created: 1, duplicate: 0, rejected: 13 });
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM contacts`);
    expect(after[0].n).toBe(before[0].n + 1);
    // a rejected entry sent again, put right, is stored under its id
    const fixed = await send(anna, [{ ...(bad[1] as object), needs: [{ categoryKey: 'wohngeld' }] }]);
    expect(fixed.body.results[0].result).toBe('created');
  });

  it('only counsellors and team leads send; admins, analysts and providers are refused and nothing changes', async () => {
    const ok = await send(lead, [entry()]);
    expect([ok.status, ok.body.results[0].result]).toEqual([200, 'created']);
    for (const role of ['admin', 'analyst', 'provider'] as const) {
      const who = await signedIn(t, role);
      const before = await tableChecksums(t.dataSource);
      const res = await send(who, [entry()]);
      expect([role, res.status, res.body.code]).toEqual([role, 403, 'FORBIDDEN']);
      expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
    }
    const anonymous = await t
      .http()
      .post('/api/contacts/batch')
      .set('X-Requested-With', 'XMLHttpRequest')
      .send({ contacts: [entry()] });
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('the contacts belong to the sender office: in its lists, not in another office', async () => {
    const a = entry();
    const res = await send(bea, [a]);
    const contactId = res.body.results[0].contactId as string;
    expect((await rowsOf(a.id))[0].office_id).toBe(other);
    expect((await anna.agent.get(`/api/contacts/${contactId}`)).status).toBe(404);
    expect((await bea.agent.get(`/api/contacts/${contactId}`)).status).toBe(200);
    // the same device id from another sender is another entry, never an answer about the first
    const same = await send(anna, [a]);
    expect(same.body.results[0].result).toBe('created');
    expect(await rowsOf(a.id)).toHaveLength(2);
  });

  it(`at most ${CONTACT_BATCH_MAX} entries: more is 413 BATCH_TOO_LARGE and stores nothing`, async () => {
    const before = await tableChecksums(t.dataSource);
    const tooMany = Array.from({ length: CONTACT_BATCH_MAX + 1 }, () =>
      entry({ districtId: null, needs: [] }),
    );
    const res = await send(anna, tooMany);
    expect([res.status, res.body.code]).toEqual([413, 'BATCH_TOO_LARGE']);
    expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
    const full = await send(anna, tooMany.slice(0, CONTACT_BATCH_MAX));
    expect(full.status).toBe(200);
    expect(full.body.created).toBe(CONTACT_BATCH_MAX);
  }, 120_000);

  it('a body that is no batch is 400 and changes nothing', async () => {
    const before = await tableChecksums(t.dataSource);
    for (const body of [{}, { contacts: {} }, { contacts: 'x' }, { contacts: [], extra: 1 }]) {
      const res = await anna.agent.post('/api/contacts/batch').send(body);
      expect([JSON.stringify(body), res.status, res.body.code]).toEqual([
        JSON.stringify(body),
        400,
        'VALIDATION_FAILED',
      ]);
    }
    const empty = await send(anna, []);
    expect([empty.status, empty.body.results]).toEqual([200, []]);
    expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
  });

  it('the single POST /api/contacts is unchanged and counts in the same figures', async () => {
    const res = await anna.agent.post('/api/contacts').send({ familyId: null, channel: 'outreach' });
    expect(res.status).toBe(201);
    expect(res.body).not.toHaveProperty('clientId');
    const future = await anna.agent.post('/api/contacts').send({
      familyId: null,
      channel: 'outreach',
      occurredAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect([future.status, future.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
