import { startTestApp, type TestApp } from '../support/test-app';
import { must, seedFixture, unique, type Fixture, type Signed } from './authorization-fixture';

/**
 * Issue 21.5: the network's directory (the other providers' public offers and the contact line
 * each chooses to share) and "Zurück an das Familienbüro" — a provider hands a referral back with
 * a reason instead of declining it.
 */
describe('providers in the network', () => {
  let t: TestApp;
  let f: Fixture;
  let providerB: Signed;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    f = await seedFixture(t);
    providerB = (f.other as typeof f.other & { provider: Signed }).provider;
  }, 120000);
  afterAll(() => t.close());

  const providerA = () => f.callers.provider.agent;
  const directory = (agent = providerA(), filter: object = {}) =>
    agent.get('/api/network/offers').query({ filter: JSON.stringify(filter), range: '[0,99]' });

  it('a provider sees the other providers’ offers with their contact line, never its own', async () => {
    const set = await providerB.agent
      .put(`/api/providers/${f.other.providerId}/network-contact`)
      .send({ networkContact: 'Frau Lindner, 0331 555 12, Di–Do vormittags' });
    expect([set.status, set.body.networkContact]).toEqual([
      200,
      'Frau Lindner, 0331 555 12, Di–Do vormittags',
    ]);
    const res = await directory();
    expect(res.status).toBe(200);
    const ids = res.body.map((o: { id: string }) => o.id);
    expect(ids).toContain(f.other.offerId);
    expect(ids).not.toContain(f.own.offerId);
    const other = res.body.find((o: { id: string }) => o.id === f.other.offerId);
    expect(other.provider).toMatchObject({
      id: f.other.providerId,
      networkContact: 'Frau Lindner, 0331 555 12, Di–Do vormittags',
    });
    // the contact line is internal: not in the portal or the HSDS API
    const portal = await t.http().get(`/api/portal/offers/${f.other.offerId}`);
    expect(JSON.stringify(portal.body)).not.toContain('Lindner');
    const hsds = await t.http().get(`/api/hsds/organizations/${f.other.providerId}`);
    expect(JSON.stringify(hsds.body)).not.toContain('Lindner');
    expect((await directory(f.callers.analyst.agent)).status).toBe(403);
  });

  it('hides a hidden address and lists only active offers', async () => {
    const shelter = must(
      await f.admin.agent.post('/api/offers').send({
        providerId: f.other.providerId,
        title: `Schutzwohnung ${unique()}`,
        address: 'Geheimweg 1',
        addressHidden: true,
        email: 'schutz@traeger.example',
      }),
      201,
      'shelter',
    );
    const listed = (await directory()).body.find((o: { id: string }) => o.id === shelter.id);
    expect(listed).toMatchObject({ address: null, email: null });
    must(
      await f.admin.agent.put(`/api/offers/${shelter.id}`).send({ active: false, version: shelter.version }),
      200,
      'deactivate',
    );
    expect((await directory()).body.map((o: { id: string }) => o.id)).not.toContain(shelter.id);
  });

  it('the contact line is set by the provider’s own users, team leads and admins only, as plain text', async () => {
    const own = `/api/providers/${f.own.providerId}/network-contact`;
    expect((await providerA().put(own).send({ networkContact: 'Herr Kaya, Durchwahl 21' })).status).toBe(200);
    expect(
      (
        await providerA()
          .put(`/api/providers/${f.other.providerId}/network-contact`)
          .send({ networkContact: 'x' })
      ).status,
    ).toBe(404);
    expect((await f.callers.counsellor.agent.put(own).send({ networkContact: 'x' })).status).toBe(403);
    const html = await providerA().put(own).send({ networkContact: '<b>fett</b>' });
    expect([html.status, html.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const cleared = await f.callers.team_lead.agent.put(own).send({ networkContact: null });
    expect([cleared.status, cleared.body.networkContact]).toEqual([200, null]);
  });

  async function sentReferral(): Promise<{ id: string; needId: string }> {
    const c = f.own.counsellor.agent;
    const consent = must(
      await c
        .post('/api/consents')
        .send({ familyId: f.own.familyId, scope: 'share_with_provider', providerId: f.own.providerId }),
      201,
      'consent',
    );
    const need = must(
      await c.post('/api/needs').send({ familyId: f.own.familyId, categoryKey: 'wohngeld' }),
      201,
      'need',
    );
    const referral = must(
      await c
        .post('/api/referrals')
        .send({ needId: need.id, offerId: f.own.offerId, mode: 'warm', consentId: consent.id }),
      201,
      'referral',
    );
    must(await c.post(`/api/referrals/${referral.id}/transition`).send({ to: 'sent' }), 200, 'send');
    return { id: referral.id, needId: need.id };
  }

  it('a provider hands a referral back with a reason; the office is told and the need is open again', async () => {
    const { id, needId } = await sentReferral();
    const noReason = await providerA().post(`/api/referrals/${id}/transition`).send({ to: 'returned' });
    expect([noReason.status, noReason.body.code, noReason.body.details?.[0]?.field]).toEqual([
      400,
      'VALIDATION_FAILED',
      'note',
    ]);
    const back = await providerA()
      .post(`/api/referrals/${id}/transition`)
      .send({ to: 'returned', note: 'Die Familie braucht eher die Schuldnerberatung' });
    expect([back.status, back.body.status]).toEqual([200, 'returned']);
    expect(back.body.note).toContain('Schuldnerberatung');
    const office = await f.own.counsellor.agent.get(`/api/referrals/${id}`);
    expect(office.body.note).toContain('Schuldnerberatung');
    const need = await f.own.counsellor.agent.get(`/api/needs/${needId}`);
    expect(need.body.status).toBe('open');
    const again = await providerA().post(`/api/referrals/${id}/transition`).send({ to: 'accepted' });
    expect([again.status, again.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    await t.drainJobs();
    const notices = await t.dataSource.query(
      `SELECT title FROM notifications WHERE user_id = $1 AND type = 'referral_update' ORDER BY created_at DESC LIMIT 1`,
      [f.own.counsellor.user.id],
    );
    expect(notices[0].title).toContain('an das Familienbüro zurückgegeben');
  });

  it('another provider cannot hand it back; after accepting it still can', async () => {
    const { id } = await sentReferral();
    expect(
      (await providerB.agent.post(`/api/referrals/${id}/transition`).send({ to: 'returned', note: 'x' }))
        .status,
    ).toBe(404);
    must(await providerA().post(`/api/referrals/${id}/transition`).send({ to: 'accepted' }), 200, 'accept');
    const back = await providerA()
      .post(`/api/referrals/${id}/transition`)
      .send({ to: 'returned', note: 'Kein Platz mehr' });
    expect([back.status, back.body.status]).toEqual([200, 'returned']);
  });
});
