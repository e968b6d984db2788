import { can, ROLES, type Action, type Role } from '@lotsen/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { signedIn } from '../support/factories';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** Every route of the API so far and the policy action it names. */
const ROUTES: { method: 'get' | 'post' | 'put' | 'delete'; path: string; action: Action }[] = [
  { method: 'get', path: '/api/auth/me', action: 'profile.read' },
  { method: 'get', path: '/api/users', action: 'user.read' },
  { method: 'get', path: `/api/users/${SOME_ID}`, action: 'user.read' },
  { method: 'post', path: '/api/users', action: 'user.create' },
  { method: 'put', path: `/api/users/${SOME_ID}`, action: 'user.update' },
  { method: 'delete', path: `/api/users/${SOME_ID}`, action: 'user.update' },
  { method: 'get', path: '/api/offices', action: 'office.read' },
  { method: 'get', path: `/api/offices/${SOME_ID}`, action: 'office.read' },
  { method: 'post', path: '/api/offices', action: 'office.create' },
  { method: 'put', path: `/api/offices/${SOME_ID}`, action: 'office.update' },
  { method: 'delete', path: `/api/offices/${SOME_ID}`, action: 'office.update' },
  { method: 'get', path: '/api/districts', action: 'district.read' },
  { method: 'get', path: `/api/districts/${SOME_ID}`, action: 'district.read' },
  { method: 'post', path: '/api/districts', action: 'district.create' },
  { method: 'put', path: `/api/districts/${SOME_ID}`, action: 'district.update' },
  { method: 'delete', path: `/api/districts/${SOME_ID}`, action: 'district.update' },
  { method: 'get', path: '/api/need-categories', action: 'needCategory.read' },
  { method: 'get', path: `/api/need-categories/${SOME_ID}`, action: 'needCategory.read' },
  { method: 'post', path: '/api/need-categories', action: 'needCategory.create' },
  { method: 'put', path: `/api/need-categories/${SOME_ID}`, action: 'needCategory.update' },
  { method: 'delete', path: `/api/need-categories/${SOME_ID}`, action: 'needCategory.delete' },
  { method: 'get', path: '/api/families', action: 'family.read' },
  { method: 'get', path: `/api/families/${SOME_ID}`, action: 'family.read' },
  { method: 'get', path: `/api/families/${SOME_ID}/timeline`, action: 'family.read' },
  { method: 'post', path: '/api/families', action: 'family.write' },
  { method: 'put', path: `/api/families/${SOME_ID}`, action: 'family.write' },
  { method: 'delete', path: `/api/families/${SOME_ID}`, action: 'family.write' },
  { method: 'post', path: `/api/families/${SOME_ID}/handoff`, action: 'family.handoff' },
  { method: 'post', path: '/api/families/handoff', action: 'family.handoff' },
  { method: 'get', path: '/api/persons', action: 'family.read' },
  { method: 'get', path: `/api/persons/${SOME_ID}`, action: 'family.read' },
  { method: 'post', path: '/api/persons', action: 'family.write' },
  { method: 'put', path: `/api/persons/${SOME_ID}`, action: 'family.write' },
  { method: 'delete', path: `/api/persons/${SOME_ID}`, action: 'family.write' },
  { method: 'get', path: '/api/consents', action: 'family.read' },
  { method: 'get', path: `/api/consents/${SOME_ID}`, action: 'family.read' },
  { method: 'post', path: '/api/consents', action: 'family.write' },
  { method: 'put', path: `/api/consents/${SOME_ID}`, action: 'family.write' },
  { method: 'delete', path: `/api/consents/${SOME_ID}`, action: 'family.write' },
  { method: 'get', path: '/api/contacts', action: 'contact.read' },
  { method: 'get', path: `/api/contacts/${SOME_ID}`, action: 'contact.read' },
  { method: 'post', path: '/api/contacts', action: 'contact.write' },
  { method: 'put', path: `/api/contacts/${SOME_ID}`, action: 'contact.write' },
  { method: 'delete', path: `/api/contacts/${SOME_ID}`, action: 'contact.write' },
  { method: 'get', path: '/api/needs', action: 'need.read' },
  { method: 'get', path: `/api/needs/${SOME_ID}`, action: 'need.read' },
  { method: 'post', path: '/api/needs', action: 'need.write' },
  { method: 'put', path: `/api/needs/${SOME_ID}`, action: 'need.write' },
  { method: 'delete', path: `/api/needs/${SOME_ID}`, action: 'need.write' },
  { method: 'get', path: '/api/follow-ups', action: 'followUp.read' },
  { method: 'get', path: `/api/follow-ups/${SOME_ID}`, action: 'followUp.read' },
  { method: 'post', path: '/api/follow-ups', action: 'followUp.write' },
  { method: 'put', path: `/api/follow-ups/${SOME_ID}`, action: 'followUp.write' },
  { method: 'delete', path: `/api/follow-ups/${SOME_ID}`, action: 'followUp.write' },
  { method: 'get', path: '/api/handoffs', action: 'handoff.read' },
  { method: 'get', path: `/api/handoffs/${SOME_ID}`, action: 'handoff.read' },
  { method: 'get', path: '/api/notifications', action: 'notification.read' },
  { method: 'get', path: `/api/notifications/${SOME_ID}`, action: 'notification.read' },
  { method: 'put', path: `/api/notifications/${SOME_ID}`, action: 'notification.update' },
  { method: 'post', path: '/api/notifications/read-all', action: 'notification.update' },
  { method: 'get', path: '/api/staff', action: 'staff.list' },
  { method: 'get', path: `/api/staff/${SOME_ID}`, action: 'staff.list' },
  { method: 'get', path: '/api/team/overview', action: 'team.overview' },
  { method: 'get', path: '/api/audit-events', action: 'auditEvent.read' },
  { method: 'get', path: `/api/audit-events/${SOME_ID}`, action: 'auditEvent.read' },
  { method: 'get', path: '/api/providers', action: 'provider.read' },
  { method: 'get', path: `/api/providers/${SOME_ID}`, action: 'provider.read' },
  { method: 'post', path: '/api/providers', action: 'provider.write' },
  { method: 'put', path: `/api/providers/${SOME_ID}`, action: 'provider.write' },
  { method: 'delete', path: `/api/providers/${SOME_ID}`, action: 'provider.write' },
  { method: 'get', path: '/api/offers', action: 'offer.read' },
  { method: 'get', path: `/api/offers/${SOME_ID}`, action: 'offer.read' },
  { method: 'post', path: '/api/offers', action: 'offer.write' },
  { method: 'put', path: `/api/offers/${SOME_ID}`, action: 'offer.write' },
  { method: 'delete', path: `/api/offers/${SOME_ID}`, action: 'offer.write' },
  { method: 'get', path: '/api/referrals', action: 'referral.read' },
  { method: 'get', path: `/api/referrals/${SOME_ID}`, action: 'referral.read' },
  { method: 'post', path: '/api/referrals', action: 'referral.write' },
  { method: 'post', path: `/api/referrals/${SOME_ID}/transition`, action: 'referral.respond' },
  { method: 'delete', path: `/api/referrals/${SOME_ID}`, action: 'referral.write' },
  { method: 'get', path: '/api/reports/referral-outcomes', action: 'report.read' },
  { method: 'get', path: '/api/reports/demand', action: 'report.read' },
  { method: 'get', path: '/api/report-snapshots', action: 'reportSnapshot.read' },
  { method: 'get', path: `/api/report-snapshots/${SOME_ID}`, action: 'reportSnapshot.read' },
  { method: 'get', path: `/api/report-snapshots/${SOME_ID}/export`, action: 'reportSnapshot.read' },
  { method: 'post', path: '/api/report-snapshots', action: 'reportSnapshot.create' },
];

describe('authorization: every route × every role', () => {
  let t: TestApp;
  const agents = {} as Record<Role, Awaited<ReturnType<typeof signedIn>>['agent']>;
  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ROLES) agents[role] = (await signedIn(t, role)).agent;
  });
  afterAll(() => t.close());

  it('covers every route the API has', async () => {
    const doc = (await t.http().get('/api/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path.replace('{id}', SOME_ID)}`),
    );
    const publicRoutes = [
      'post /api/auth/login',
      'post /api/auth/logout',
      'get /api/health',
      'get /api/health/ready',
    ];
    const covered = [...ROUTES.map((r) => `${r.method} ${r.path}`), ...publicRoutes];
    expect(documented.sort()).toEqual(covered.sort());
  });

  it.each(ROLES)('%s gets 403 exactly where the policy says no', async (role) => {
    const outcome: string[] = [];
    for (const route of ROUTES) {
      const res = await agents[role][route.method](route.path).send({});
      const allowed = can({ id: 'x', role, officeId: null, providerId: null }, route.action);
      if (allowed) expect([res.status, res.body.code]).not.toEqual([403, 'FORBIDDEN']);
      else expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
      outcome.push(`${route.method} ${route.path}: ${res.status}`);
    }
    expect(outcome).toHaveLength(ROUTES.length);
  });

  it('refuses the obvious wrong roles (spelled out, not derived from the policy)', async () => {
    expect((await agents.counsellor.get('/api/users')).status).toBe(403);
    expect((await agents.team_lead.post('/api/users').send({})).status).toBe(403);
    expect((await agents.analyst.post('/api/offices').send({ name: 'X' })).status).toBe(403);
    expect((await agents.provider.get('/api/offices')).status).toBe(403);
    expect((await agents.counsellor.delete(`/api/need-categories/${SOME_ID}`)).status).toBe(403);
    expect((await agents.provider.get('/api/districts')).status).toBe(200);
    expect((await agents.admin.get('/api/users')).status).toBe(200);
  });

  it('a refused write changes nothing', async () => {
    const before = await agents.admin.get('/api/offices');
    const res = await agents.counsellor.post('/api/offices').send({ name: 'Heimlicher Standort' });
    expect(res.status).toBe(403);
    const after = await agents.admin.get('/api/offices');
    expect(after.body).toEqual(before.body);
  });
});
