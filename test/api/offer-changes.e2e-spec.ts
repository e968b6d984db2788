import { JobRunner } from '../../apps/api/src/jobs/job-runner.service';
import { JobName } from '../../apps/api/src/jobs/job-types';
import { startTestApp, type TestApp } from '../support/test-app';
import { must, seedFixture, unique, type Fixture } from './authorization-fixture';

/**
 * Issue 21.3: providers keep their offers current. Capacity goes public at once; text changes
 * wait in the office's review queue and reach the portal and the HSDS API only when accepted; a
 * rejection carries a reason the provider reads; an offer unconfirmed for 6 months reminds once.
 */
describe('offer changes: the review queue', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    f = await seedFixture(t);
  }, 120000);
  afterAll(() => t.close());

  const provider = () => f.callers.provider.agent;
  const lead = () => f.callers.team_lead.agent;
  const portal = (id: string) => t.http().get(`/api/portal/offers/${id}`);
  const hsds = (id: string) => t.http().get(`/api/hsds/services/${id}`);

  async function freshOffer(): Promise<{ id: string; version: number }> {
    const offer = must(
      await f.admin.agent
        .post('/api/offers')
        .send({ providerId: f.own.providerId, title: `Elternberatung ${unique()}`, description: 'Alt' }),
      201,
      'offer',
    );
    return { id: offer.id, version: offer.version as number };
  }

  it('a capacity change is public at once; a text change waits and is not public', async () => {
    const offer = await freshOffer();
    const res = await provider()
      .put(`/api/offers/${offer.id}`)
      .send({
        version: offer.version,
        capacity: 'full',
        description: 'Neu: auch samstags',
        languages: ['de', 'uk'],
      });
    expect(res.status).toBe(200);
    expect(res.body.capacity).toBe('full');
    expect(res.body.description).toBe('Alt');
    const requestId = res.headers['offer-change-request'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    expect((await portal(offer.id)).body).toMatchObject({ capacity: 'full', description: 'Alt' });
    const service = (await hsds(offer.id)).body;
    expect(service.description).toBe('Alt');
    expect(JSON.stringify(service)).not.toContain('samstags');

    const mine = await provider()
      .get('/api/offer-change-requests')
      .query({ filter: JSON.stringify({ offerId: offer.id }) });
    expect(mine.status).toBe(200);
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({
      id: requestId,
      status: 'pending',
      proposed: { description: 'Neu: auch samstags', languages: ['de', 'uk'] },
      before: { description: 'Alt', languages: [] },
    });
  });

  it('a second proposal amends the pending one; the team lead accepts and the portal and HSDS show it', async () => {
    const offer = await freshOffer();
    const first = await provider()
      .put(`/api/offers/${offer.id}`)
      .send({ version: offer.version, description: 'Erst' });
    const second = await provider()
      .put(`/api/offers/${offer.id}`)
      .send({ version: first.body.version, description: 'Zweit', phone: '0331 123456' });
    expect(second.headers['offer-change-request']).toBe(first.headers['offer-change-request']);
    const id = second.headers['offer-change-request'] as string;
    const queued = await lead().get(`/api/offer-change-requests/${id}`);
    expect(queued.body.proposed).toEqual({ description: 'Zweit', phone: '0331 123456' });
    const before = (await portal(offer.id)).body;

    const stale = await lead()
      .post(`/api/offer-change-requests/${id}/accept`)
      .send({ version: queued.body.version + 5 });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    const accepted = await lead()
      .post(`/api/offer-change-requests/${id}/accept`)
      .send({ version: queued.body.version });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', before: { description: 'Alt', phone: null } });

    const after = (await portal(offer.id)).body;
    expect(after).toMatchObject({ description: 'Zweit', phone: '0331 123456' });
    expect(new Date(after.confirmedAt).getTime()).toBeGreaterThan(new Date(before.confirmedAt).getTime());
    expect((await hsds(offer.id)).body.description).toBe('Zweit');

    const again = await lead()
      .post(`/api/offer-change-requests/${id}/reject`)
      .send({ version: accepted.body.version, reason: 'x' });
    expect([again.status, again.body.code]).toEqual([409, 'OFFER_CHANGE_DECIDED']);
    await t.drainJobs();
    const notices = await t.dataSource.query(
      `SELECT title, link FROM notifications WHERE user_id = $1 AND type = 'offer_change' ORDER BY created_at`,
      [f.callers.provider.user.id],
    );
    expect(notices.map((n: { link: string }) => n.link)).toContain(`#/offer-change-requests/${id}/show`);
  });

  it('a rejection leaves the offer as it was and the provider reads the reason', async () => {
    const offer = await freshOffer();
    const put = await provider()
      .put(`/api/offers/${offer.id}`)
      .send({ version: offer.version, costFree: true });
    const id = put.headers['offer-change-request'] as string;
    const current = (await lead().get(`/api/offer-change-requests/${id}`)).body;
    const noReason = await lead()
      .post(`/api/offer-change-requests/${id}/reject`)
      .send({ version: current.version });
    expect([noReason.status, noReason.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const rejected = await lead()
      .post(`/api/offer-change-requests/${id}/reject`)
      .send({ version: current.version, reason: 'Bitte Kosten mit dem Jugendamt klären' });
    expect(rejected.status).toBe(200);
    const seen = (await provider().get(`/api/offer-change-requests/${id}`)).body;
    expect(seen).toMatchObject({ status: 'rejected', reason: 'Bitte Kosten mit dem Jugendamt klären' });
    expect((await portal(offer.id)).body.costFree).toBeNull();
  });

  it('only team leads and admins review; providers see only their own requests', async () => {
    const offer = await freshOffer();
    const put = await provider()
      .put(`/api/offers/${offer.id}`)
      .send({ version: offer.version, email: 'neu@traeger.example' });
    const id = put.headers['offer-change-request'] as string;
    for (const role of ['counsellor', 'analyst'] as const) {
      expect((await f.callers[role].agent.get(`/api/offer-change-requests/${id}`)).status).toBe(403);
      expect(
        (await f.callers[role].agent.post(`/api/offer-change-requests/${id}/accept`).send({ version: 1 }))
          .status,
      ).toBe(403);
    }
    expect(
      (await provider().post(`/api/offer-change-requests/${id}/accept`).send({ version: 1 })).status,
    ).toBe(403);
    const providerB = (f.other as typeof f.other & { provider: { agent: typeof f.admin.agent } }).provider;
    expect((await providerB.agent.get(`/api/offer-change-requests/${id}`)).status).toBe(404);
    expect((await f.admin.agent.get(`/api/offer-change-requests/${id}`)).status).toBe(200);
    // the title stays the office's
    const title = await provider()
      .put(`/api/offers/${offer.id}`)
      .send({ version: put.body.version, title: 'Neu' });
    expect(title.status).toBe(403);
  });

  it('"Angaben sind aktuell" confirms; an offer unconfirmed for 6 months reminds its provider once', async () => {
    const offer = await freshOffer();
    await t.dataSource.query(`UPDATE offers SET confirmed_at = now() - interval '7 months' WHERE id = $1`, [
      offer.id,
    ]);
    const stand = (await portal(offer.id)).body.confirmedAt;
    expect(Date.now() - new Date(stand).getTime()).toBeGreaterThan(180 * 86400000);
    const runner = (await t.worker()).context.get(JobRunner);
    const run = (n: number) =>
      runner.run(JobName.OfferConfirmReminder, {}, { outboxId: null, jobId: `confirm-${n}` });
    const first = await run(1);
    expect(first.offers).toBeGreaterThanOrEqual(1);
    const reminders = `SELECT count(*)::int AS n FROM notifications WHERE type = 'offer_unconfirmed' AND link = $1 AND user_id = $2`;
    const count = async () =>
      (await t.dataSource.query(reminders, [`#/offers/${offer.id}/show`, f.callers.provider.user.id]))[0].n;
    expect(await count()).toBe(1);
    await run(2);
    expect(await count()).toBe(1);

    expect((await lead().post(`/api/offers/${offer.id}/confirm`)).status).toBe(403);
    const confirmed = await provider().post(`/api/offers/${offer.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(Date.now() - new Date((await portal(offer.id)).body.confirmedAt).getTime()).toBeLessThan(60000);
    expect((await f.callers.provider.agent.post(`/api/offers/${f.other.offerId}/confirm`)).status).toBe(404);
  });
});
