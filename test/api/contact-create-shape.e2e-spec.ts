import type { Agent } from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, signedIn } from '../support/factories';

/**
 * The exact body of `POST /api/contacts` and `POST /api/needs`: the keys in their order, their
 * types, and the same values as the record's own page answers. The create path writes with fixed
 * statements (issue 19 point 2); its answer must stay what TypeORM's save + reload answered.
 */
const CONTACT_KEYS = [
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'familyId',
  'officeId',
  'counsellorId',
  'occurredAt',
  'channel',
  'durationMinutes',
  'districtId',
  'summary',
  'notes',
  'confidential',
  'cancelledAt',
  'cancelledById',
  'cancelReason',
  'cancelNote',
  'needs',
];
const NEED_KEYS = [
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'familyId',
  'contactId',
  'officeId',
  'categoryKey',
  'description',
  'urgency',
  'status',
  'unmetReason',
  'identifiedAt',
  'resolvedAt',
  'cancelledAt',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

type Body = Record<string, unknown>;

const byId = (c: Body & { needs: Body[] }) => ({
  ...c,
  needs: [...c.needs].sort((a, b) => String(a.id).localeCompare(String(b.id))),
});

function expectNeedShape(need: Body): void {
  expect(Object.keys(need)).toEqual(NEED_KEYS);
  expect(need.id).toMatch(UUID);
  expect(need.version).toBe(1);
  for (const k of ['createdAt', 'updatedAt', 'identifiedAt']) expect(need[k]).toMatch(ISO);
  expect(need.officeId).toMatch(UUID);
  expect(need.cancelledAt).toBeNull();
}

describe('the answer of a create (contacts and needs)', () => {
  let t: TestApp;
  let anna: { agent: Agent; user: { id: string; officeId: string | null } };
  let districtId: string;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await signedIn(t, 'counsellor', { officeId: await createOffice(t.dataSource) });
    const rows: { id: string }[] = await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR6'`);
    districtId = rows[0].id;
  });
  afterAll(() => t.close());

  it('an anonymous contact with two needs: every key in order, its types, needs as given', async () => {
    const res = await anna.agent.post('/api/contacts').send({
      channel: 'outreach',
      durationMinutes: 15,
      districtId,
      summary: 'Beratung am Spielplatz',
      needs: [
        { categoryKey: 'wohngeld', description: 'Antrag', urgency: 'high' },
        { categoryKey: 'elterngeld', status: 'unmet', unmetReason: 'waitlist' },
      ],
    });
    expect(res.status).toBe(201);
    const body = res.body as Body & { needs: Body[] };
    expect(Object.keys(body)).toEqual(CONTACT_KEYS);
    expect(body).toMatchObject({
      version: 1,
      familyId: null,
      officeId: anna.user.officeId,
      counsellorId: anna.user.id,
      channel: 'outreach',
      durationMinutes: 15,
      districtId,
      summary: 'Beratung am Spielplatz',
      notes: null,
      confidential: false,
      cancelledAt: null,
      cancelledById: null,
      cancelReason: null,
      cancelNote: null,
    });
    for (const k of ['createdAt', 'updatedAt', 'occurredAt']) expect(body[k]).toMatch(ISO);
    expect(body.needs).toHaveLength(2);
    body.needs.forEach(expectNeedShape);
    expect(body.needs.map((n) => n.categoryKey)).toEqual(['wohngeld', 'elterngeld']);
    expect(body.needs[0]).toMatchObject({
      familyId: null,
      contactId: body.id,
      description: 'Antrag',
      urgency: 'high',
      status: 'open',
      unmetReason: null,
      identifiedAt: body.occurredAt,
      resolvedAt: null,
    });
    expect(body.needs[1]).toMatchObject({
      description: null,
      urgency: 'normal',
      status: 'unmet',
      unmetReason: 'waitlist',
      resolvedAt: body.occurredAt,
    });
    expect(JSON.stringify(body)).not.toContain('clientId');
    expect(JSON.stringify(body)).not.toContain('createdById');

    // the contact's page lists needs of one moment by id; the create answers them as given
    const shown = await anna.agent.get(`/api/contacts/${body.id as string}`);
    expect(shown.status).toBe(200);
    expect(JSON.stringify(byId(shown.body as Body & { needs: Body[] }))).toBe(JSON.stringify(byId(body)));
  });

  it('a family contact with notes, a given time and no needs; a need entered for the family', async () => {
    const family = await anna.agent
      .post('/api/families')
      .send({ name: 'Familie Form', districtId, confirmNew: true });
    expect(family.status).toBe(201);
    const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
    const res = await anna.agent.post('/api/contacts').send({
      familyId: family.body.id,
      channel: 'phone',
      occurredAt,
      notes: 'vertraulich',
      confidential: true,
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body)).toEqual(CONTACT_KEYS);
    expect(res.body).toMatchObject({
      familyId: family.body.id,
      occurredAt,
      durationMinutes: null,
      districtId,
      summary: null,
      notes: 'vertraulich',
      confidential: true,
      needs: [],
    });
    const shown = await anna.agent.get(`/api/contacts/${res.body.id as string}`);
    expect(JSON.stringify(shown.body)).toBe(JSON.stringify(res.body));

    const need = await anna.agent
      .post('/api/needs')
      .send({ familyId: family.body.id, contactId: res.body.id, categoryKey: 'kita_gutschein' });
    expect(need.status).toBe(201);
    expectNeedShape(need.body);
    expect(need.body).toMatchObject({ familyId: family.body.id, contactId: res.body.id, status: 'open' });
    const needShown = await anna.agent.get(`/api/needs/${need.body.id as string}`);
    expect(JSON.stringify(needShown.body)).toBe(JSON.stringify(need.body));
  });

  it('an unknown district is 400 INVALID_REFERENCE on districtId, and nothing is stored', async () => {
    const count = async () =>
      (
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM contacts WHERE counsellor_id = $1`, [
          anna.user.id,
        ])) as { n: number }[]
      )[0].n;
    const before = await count();
    const res = await anna.agent.post('/api/contacts').send({
      channel: 'phone',
      districtId: '00000000-0000-4000-8000-000000000000',
      needs: [{ categoryKey: 'wohngeld' }],
    });
    expect([res.status, res.body.code]).toEqual([400, 'INVALID_REFERENCE']);
    expect(res.body.details).toEqual([{ field: 'districtId', messages: expect.any(Array) }]);
    expect(await count()).toBe(before);
  });
});
