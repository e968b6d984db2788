import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-data';
import { DEMO_PROVIDER_USER, DEMO_TEAM_LEAD } from '../../apps/api/src/seed/demo-offices-users';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { startTestApp, type TestApp } from '../support/test-app';

/** Issue 21.6 (points 3–5): the demo has a pending offer change and provider figures that pass suppression. */
describe('demo data of the provider network', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    await loadDemoData(t.dataSource);
  }, 300000);
  afterAll(() => t.close());

  const login = async (email: string) => {
    const agent = t.agent();
    const res = await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    return { agent, user: res.body };
  };

  it('the team lead finds one pending change of the demo provider in "Änderungen prüfen"', async () => {
    const { agent } = await login(DEMO_TEAM_LEAD);
    const res = await agent
      .get('/api/offer-change-requests')
      .query({ filter: JSON.stringify({ status: 'pending' }) });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0].proposed.description).toContain('Video');
    // pending: the portal still shows the published text
    const portal = await t.http().get(`/api/portal/offers/${res.body[0].offerId}`);
    expect(portal.body.description ?? '').not.toContain('per Video');
  });

  it('the demo provider sees its figures beside a published network median, and contact lines', async () => {
    const { agent, user } = await login(DEMO_PROVIDER_USER);
    // the demo's referrals reach back about a year: this year's or last year's quarters
    const published: unknown[] = [];
    for (const year of [new Date().getFullYear(), new Date().getFullYear() - 1]) {
      const outcomes = await agent
        .get(`/api/providers/${user.providerId}/outcomes`)
        .query({ year: String(year) });
      expect(outcomes.status).toBe(200);
      published.push(
        ...outcomes.body.quarters.filter(
          (q: { received: number; networkReceived: { suppressed: boolean } }) =>
            q.received > 0 && !q.networkReceived.suppressed,
        ),
      );
    }
    expect(published.length).toBeGreaterThan(0);
    const directory = await agent.get('/api/network/offers').query({ range: '[0,199]' });
    const lines = directory.body.filter(
      (o: { provider: { networkContact: string | null } }) => o.provider.networkContact,
    );
    expect(lines.length).toBeGreaterThan(0);
  });
});
