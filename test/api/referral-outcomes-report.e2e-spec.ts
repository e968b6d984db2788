import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, signedIn } from '../support/factories';

/**
 * Issue 16, point 3: the probe read one Kinderschutz referral to a named shelter in one week from
 * the analyst's outcomes report. Now the analyst reads calendar periods, providers with few
 * referrals in the year are merged into "weitere Träger", every count is suppressed like the
 * demand report; the team lead still reads the own office unsuppressed.
 */
describe('referral outcomes: suppressed for the analyst, unsuppressed for the team lead', () => {
  let t: TestApp;
  let analyst: Awaited<ReturnType<typeof signedIn>>;
  let lead: Awaited<ReturnType<typeof signedIn>>;
  let shelterId: string;
  let bigId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const office = await createOffice(t.dataSource, 'Büro Outcomes');
    analyst = await signedIn(t, 'analyst');
    lead = await signedIn(t, 'team_lead', { officeId: office });
    const ds = t.dataSource;
    const provider = async (name: string) =>
      (await ds.query(`INSERT INTO providers (name, kind) VALUES ($1, 'other') RETURNING id`, [name]))[0].id;
    shelterId = await provider('Frauenhaus Lindenhof');
    bigId = await provider('Großer Träger');
    const family = (
      await ds.query(
        `INSERT INTO families (office_id, owner_id, name) VALUES ($1, $2, 'Familie Outcome') RETURNING id`,
        [office, lead.user.id],
      )
    )[0].id;
    const referral = async (providerId: string, category: string, sentAt: string, status: string) => {
      const needId = (
        await ds.query(
          `INSERT INTO needs (family_id, office_id, category_key, status, identified_at)
           VALUES ($1, $2, $3, 'open', $4) RETURNING id`,
          [family, office, category, sentAt],
        )
      )[0].id;
      await ds.query(
        `INSERT INTO referrals (need_id, family_id, office_id, counsellor_id, provider_id, mode, status, sent_at, responded_at, decline_reason)
         VALUES ($1, $2, $3, $4, $5, 'info', $6, $7, $8, $9)`,
        [
          needId,
          family,
          office,
          lead.user.id,
          providerId,
          status,
          sentAt,
          status === 'sent' ? null : sentAt,
          status === 'declined' ? 'no_capacity' : null,
        ],
      );
    };
    // the single Kinderschutz referral to the shelter, in one week of August
    await referral(shelterId, 'kinderschutz', '2026-08-12T09:00:00Z', 'accepted');
    // the big provider: 24 referrals over the year, 8 of them in August
    for (let i = 0; i < 24; i++) {
      const month = i < 8 ? 8 : 1 + (i % 12);
      await referral(
        bigId,
        i % 2 ? 'kita_gutschein' : 'wohngeld',
        `2026-${String(month).padStart(2, '0')}-${String(3 + (i % 20)).padStart(2, '0')}T10:00:00Z`,
        i % 3 ? 'accepted' : 'declined',
      );
    }
  });
  afterAll(() => t.close());

  /** Every count the report publishes (medians aside). */
  const counts = (body: Record<string, unknown[]>) =>
    [...body.byProvider, ...body.byCategory].flatMap((row) =>
      ['sent', 'accepted', 'declined', 'completed', 'notTakenUp'].map(
        (f) => (row as Record<string, number | null>)[f],
      ),
    );

  it.each([
    ['August', '2026-08-01', '2026-08-31'],
    ['the third quarter', '2026-07-01', '2026-09-30'],
    ['the year', '2026-01-01', '2026-12-31'],
  ])('the analyst reading %s learns neither the shelter nor the single referral', async (_l, from, to) => {
    const res = await analyst.agent.get('/api/reports/referral-outcomes').query({ from, to });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toMatch(/Frauenhaus|Lindenhof/);
    expect(JSON.stringify(res.body)).not.toContain(shelterId);
    // no published count from 1 to 4
    for (const v of counts(res.body)) if (v !== null) expect(v === 0 || v >= 5).toBe(true);
    const other = res.body.byProvider.find((p: { otherProviders?: boolean }) => p.otherProviders);
    expect(other).toMatchObject({ providerId: null, name: 'weitere Träger' });
    const child = res.body.byCategory.find((c: { categoryKey: string }) => c.categoryKey === 'kinderschutz');
    expect(child).toMatchObject({ sent: null, suppressed: true });
    expect(child.suppressedFields).toContain('sent');
    // the big provider is named, and its count in the period is right where it is published
    const big = res.body.byProvider.find((p: { providerId: string }) => p.providerId === bigId);
    expect(big.name).toBe('Großer Träger');
    if (big.sent !== null) expect(big.sent).toBe(from === '2026-01-01' ? 24 : from === '2026-07-01' ? 9 : 8);
  });

  it('the team lead reads the own office unsuppressed, for any range', async () => {
    const res = await lead.agent
      .get('/api/reports/referral-outcomes')
      .query({ from: '2026-08-10', to: '2026-08-16' });
    expect(res.status).toBe(200);
    expect(res.body.byProvider).toContainEqual(
      expect.objectContaining({ providerId: shelterId, name: 'Frauenhaus Lindenhof', sent: 1, accepted: 1 }),
    );
    expect(res.body.byCategory).toContainEqual(
      expect.objectContaining({ categoryKey: 'kinderschutz', sent: 1 }),
    );
  });

  it('refuses the analyst a free range (400 INVALID_PERIOD) and every other role (403)', async () => {
    const free = await analyst.agent
      .get('/api/reports/referral-outcomes')
      .query({ from: '2026-08-10', to: '2026-08-16' });
    expect([free.status, free.body.code]).toEqual([400, 'INVALID_PERIOD']);
    expect(free.body.message).toMatch(/month.*quarter.*year/);
    for (const role of ['counsellor', 'admin'] as const) {
      const other = await signedIn(t, role);
      const res = await other.agent
        .get('/api/reports/referral-outcomes')
        .query({ from: '2026-08-01', to: '2026-08-31' });
      expect([role, res.status]).toEqual([role, 403]);
    }
  });
});
