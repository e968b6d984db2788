import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-data';
import { DEMO_TEAM_LEAD } from '../../apps/api/src/seed/demo-offices-users';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 20.7: the demo holds a real signal. After the seed, the worker's first run (the job the
 * seed leaves in the outbox) opens exactly one signal — unmet Kita-Platz needs in Schlaatz — and
 * the team lead's bell has told of it.
 */
describe('demo data: one early warning', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    await loadDemoData(t.dataSource);
    await t.drainJobs();
  }, 300000);
  afterAll(() => t.close());

  const login = async (email: string) => {
    const agent = t.agent();
    const res = await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    return agent;
  };

  it('the analyst sees exactly one open signal: Kita-Platz in Schlaatz', async () => {
    const [{ email }] = await t.dataSource.query(`SELECT email FROM users WHERE role = 'analyst' LIMIT 1`);
    const res = await (await login(email)).get('/api/signals');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({
      status: 'open',
      district: { name: expect.stringContaining('Schlaatz') },
      category: { key: 'kita_gutschein' },
    });
    expect(res.body[0].ratio).toBeGreaterThan(2);
    // the demo's counts pass suppression: every figure is published
    expect(typeof res.body[0].recentCount).toBe('number');
    expect(res.body[0].baselineRate).toBeGreaterThan(0);
    expect(res.body[0].pValue).toBeLessThan(0.0003);
  });

  it("the team lead's bell has the notice, once", async () => {
    const res = await (
      await login(DEMO_TEAM_LEAD)
    )
      .get('/api/notifications')
      .query({ filter: JSON.stringify({ type: 'early_warning' }) });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0].title).toContain('Kita');
  });
});
