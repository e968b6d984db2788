import { signedIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { must, seedFixture, unique, type Fixture, type Signed } from './authorization-fixture';

/**
 * Issue 21.4: a provider's own figures per quarter beside the network's medians over the other
 * providers of its kind, which are published only when at least 3 of them contribute.
 */
describe('GET /api/providers/{id}/outcomes', () => {
  let t: TestApp;
  let f: Fixture;
  let target: string;
  let targetUser: Signed;
  const others: string[] = [];
  const year = 2025;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    f = await seedFixture(t);
    const provider = async () =>
      must(
        await f.admin.agent.post('/api/providers').send({ name: `Praxis ${unique()}`, kind: 'health' }),
        201,
        'p',
      ).id;
    target = await provider();
    for (let i = 0; i < 3; i++) others.push(await provider());
    targetUser = await signedIn(t, 'provider', { providerId: target });
  }, 120000);
  afterAll(() => t.close());

  /** A warm referral to `providerId`, sent on `sent` and answered `days` later. */
  async function referral(
    providerId: string,
    sent: string,
    status: string,
    days: number | null,
    extra: { decline_reason?: string; outcome?: string } = {},
  ): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO referrals (need_id, family_id, office_id, counsellor_id, provider_id, mode, consent_id, status,
                              sent_at, responded_at, completed_at, outcome, decline_reason)
       VALUES ($1, $2, $3, $4, $5, 'warm', $6, $7, $8::timestamptz,
               CASE WHEN $9::int IS NULL THEN NULL ELSE $8::timestamptz + make_interval(days => $9::int) END,
               CASE WHEN $7 = 'completed' THEN $8::timestamptz + interval '30 days' END, $10, $11)`,
      [
        f.own.needId,
        f.own.familyId,
        f.own.officeId,
        f.own.counsellor.user.id,
        providerId,
        f.own.shareConsentId,
        status,
        sent,
        days,
        extra.outcome ?? null,
        extra.decline_reason ?? null,
      ],
    );
  }

  const get = (agent = targetUser.agent, id = target, y = String(year)) =>
    agent.get(`/api/providers/${id}/outcomes`).query({ year: y });

  it('counts the provider’s own referrals per quarter and suppresses a network of fewer than 3', async () => {
    await referral(target, `${year}-02-03T10:00:00Z`, 'completed', 2, { outcome: 'successful' });
    await referral(target, `${year}-02-10T10:00:00Z`, 'declined', 4, { decline_reason: 'no_capacity' });
    await referral(target, `${year}-03-01T10:00:00Z`, 'in_progress', 6);
    await referral(target, `${year}-03-02T10:00:00Z`, 'returned', 1);
    await referral(others[0], `${year}-01-05T10:00:00Z`, 'accepted', 1);
    await referral(others[1], `${year}-01-06T10:00:00Z`, 'accepted', 3);
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ providerId: target, kind: 'health', year });
    expect(res.body.quarters).toHaveLength(4);
    const q1 = res.body.quarters[0];
    expect(q1).toMatchObject({
      period: `${year}-Q1`,
      received: 4,
      accepted: 2,
      declinedByReason: { no_capacity: 1 },
      returned: 1,
      completedByOutcome: { successful: 1 },
      medianDaysToAnswer: 3,
      networkReceived: { value: null, suppressed: true },
      networkAcceptedPercent: { value: null, suppressed: true },
      networkMedianDaysToAnswer: { value: null, suppressed: true },
    });
    expect(res.body.quarters[1]).toMatchObject({ received: 0, accepted: 0, medianDaysToAnswer: null });
  });

  it('publishes the network medians once 3 other providers of the kind contribute', async () => {
    await referral(others[2], `${year}-01-07T10:00:00Z`, 'declined', 5, { decline_reason: 'out_of_area' });
    await referral(others[2], `${year}-01-08T10:00:00Z`, 'accepted', 7);
    // another kind never counts
    await referral(f.own.providerId, `${year}-01-09T10:00:00Z`, 'accepted', 30);
    const q1 = (await get()).body.quarters[0];
    expect(q1.networkReceived).toEqual({ value: 1, suppressed: false });
    expect(q1.networkAcceptedPercent).toEqual({ value: 100, suppressed: false });
    expect(q1.networkMedianDaysToAnswer).toEqual({ value: 3, suppressed: false });
  });

  it('is for the provider’s own users and team leads only', async () => {
    expect((await get(f.callers.team_lead.agent)).status).toBe(200);
    expect((await get(f.callers.provider.agent)).status).toBe(404);
    expect((await get(f.callers.provider.agent, f.own.providerId)).status).toBe(200);
    for (const role of ['counsellor', 'admin', 'analyst'] as const) {
      const res = await get(f.callers[role].agent);
      expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
    }
    const bad = await get(targetUser.agent, target, '25');
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
