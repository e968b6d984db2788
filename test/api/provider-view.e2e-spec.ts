import { PROVIDER_FAMILY_FIELDS, PROVIDER_REFERRAL_FIELDS } from '@lotsen/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { seedFixture, unique, type Fixture } from './authorization-fixture';

/**
 * Issue 24, point 8: the provider receives one allow-list (libs/domain PROVIDER_REFERRAL_FIELDS,
 * docs/privacy.md). The office's notes on its moves never reach the provider; a referral the
 * office cancelled before the provider answered leaves the provider's view.
 */
describe('what a provider sees of a referral', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    f = await seedFixture(t);
  }, 120000);
  afterAll(() => t.close());

  const office = () => f.own.counsellor.agent;
  const provider = () => f.callers.provider.agent;

  /** A warm referral of office A's family to provider A, with a note written for the provider. */
  async function warmReferral(): Promise<string> {
    const need = await office()
      .post('/api/needs')
      .send({ familyId: f.own.familyId, categoryKey: 'wohngeld' });
    expect(need.status).toBe(201);
    const referral = await office().post('/api/referrals').send({
      needId: need.body.id,
      offerId: f.own.offerId,
      mode: 'warm',
      consentId: f.own.shareConsentId,
      note: 'Bitte um Rückruf am Vormittag',
    });
    expect(referral.status).toBe(201);
    return referral.body.id as string;
  }

  it('shows exactly the allow-listed fields, and never the office’s notes on its moves', async () => {
    const id = await warmReferral();
    const secret = `Intern ${unique()}: Vater lehnt Jugendamt ab`;
    const sent = await office().post(`/api/referrals/${id}/transition`).send({ to: 'sent', note: secret });
    expect(sent.status).toBe(200);
    expect(sent.body.note).toContain(secret); // the office keeps its note

    const seen = await provider().get(`/api/referrals/${id}`);
    expect(seen.status).toBe(200);
    expect(Object.keys(seen.body).sort()).toEqual([...PROVIDER_REFERRAL_FIELDS].sort());
    expect(Object.keys(seen.body.family).sort()).toEqual([...PROVIDER_FAMILY_FIELDS].sort());
    expect(seen.body.note).toBe('Bitte um Rückruf am Vormittag');
    const listed = await provider()
      .get('/api/referrals')
      .query({ filter: JSON.stringify({ id }), range: '[0,9]' });
    expect(listed.body).toHaveLength(1);
    expect(JSON.stringify([seen.body, listed.body])).not.toContain(secret);

    // the provider's own note is read by both sides; the office's later note again by the office only
    const accepted = await provider()
      .post(`/api/referrals/${id}/transition`)
      .send({ to: 'accepted', note: 'Termin am Montag' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.note).toContain('Termin am Montag');
    expect(accepted.body.note).not.toContain(secret);
    const secondSecret = `Intern ${unique()}`;
    expect(
      (await office().post(`/api/referrals/${id}/transition`).send({ to: 'cancelled', note: secondSecret }))
        .status,
    ).toBe(200);
    const staff = await office().get(`/api/referrals/${id}`);
    expect(staff.body.note).toContain(secret);
    expect(staff.body.note).toContain('Termin am Montag');
    // accepted, then cancelled: the provider keeps seeing it, with its status, without the office's notes
    const after = await provider().get(`/api/referrals/${id}`);
    expect([after.status, after.body.status]).toEqual([200, 'cancelled']);
    expect(JSON.stringify(after.body)).not.toContain(secondSecret);
  });

  it('a referral cancelled before the provider answered leaves the provider’s view', async () => {
    const id = await warmReferral();
    expect((await office().post(`/api/referrals/${id}/transition`).send({ to: 'sent' })).status).toBe(200);
    expect((await provider().get(`/api/referrals/${id}`)).status).toBe(200);
    expect((await office().post(`/api/referrals/${id}/transition`).send({ to: 'cancelled' })).status).toBe(
      200,
    );

    const single = await provider().get(`/api/referrals/${id}`);
    expect([single.status, single.body.code]).toEqual([404, 'NOT_FOUND']);
    const list = await provider()
      .get('/api/referrals')
      .query({ filter: JSON.stringify({ id }), range: '[0,9]' });
    expect([list.status, list.body]).toEqual([200, []]);
    const move = await provider().post(`/api/referrals/${id}/transition`).send({ to: 'accepted' });
    expect(move.status).toBe(404);
    // the office still has it
    expect((await office().get(`/api/referrals/${id}`)).body.status).toBe('cancelled');
  });
});
