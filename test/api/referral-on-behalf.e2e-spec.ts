import type { Agent } from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, signedIn, type TestUser } from '../support/factories';

type Signed = { user: TestUser; agent: Agent };

/**
 * Issue 25.8: office staff who record a provider's answer act on its behalf, and say how the
 * answer came; the history and the response-time figures show it. The last move of a referral
 * can be undone by the one who made it within 10 minutes. A provider may complete straight from
 * "angenommen".
 */
describe('acting for a provider, undoing a move', () => {
  let t: TestApp;
  let office: string;
  let anna: Signed;
  let ben: Signed;
  let lead: Signed;
  let analyst: Signed;
  let provider: Signed;
  let providerId: string;
  let offerId: string;
  let districtId: string;

  beforeAll(async () => {
    t = await startTestApp();
    office = await createOffice(t.dataSource, 'Familienbüro Rückmeldung');
    anna = await signedIn(t, 'counsellor', { officeId: office });
    ben = await signedIn(t, 'counsellor', { officeId: office });
    lead = await signedIn(t, 'team_lead', { officeId: office });
    analyst = await signedIn(t, 'analyst');
    districtId = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR4'`))[0].id;
    providerId = (
      await lead.agent
        .post('/api/providers')
        .send({ name: 'Erziehungsberatung Babelsberg', kind: 'independent' })
    ).body.id;
    const offer = await lead.agent.post('/api/offers').send({
      providerId,
      title: 'Sprechstunde Erziehungsberatung',
      categoryKeys: ['erziehungsberatung'],
      districtIds: [],
      capacity: 'available',
    });
    expect(offer.status).toBe(201);
    offerId = offer.body.id;
    provider = await signedIn(t, 'provider', { providerId });
  });
  afterAll(() => t.close());

  /** A sent warm referral (consent to share with the provider recorded). */
  async function sentReferral(): Promise<{ familyId: string; needId: string; id: string }> {
    const family = await anna.agent
      .post('/api/families')
      .send({ name: `Familie ${Math.random().toString(36).slice(2, 8)}`, districtId, confirmNew: true });
    const consent = await anna.agent
      .post('/api/consents')
      .send({ familyId: family.body.id, scope: 'share_with_provider', providerId });
    expect(consent.status).toBe(201);
    const need = await anna.agent
      .post('/api/needs')
      .send({ familyId: family.body.id, categoryKey: 'erziehungsberatung' });
    const referral = await anna.agent
      .post('/api/referrals')
      .send({ needId: need.body.id, offerId, mode: 'warm', consentId: consent.body.id });
    expect(referral.status).toBe(201);
    expect((await move(anna, referral.body.id, { to: 'sent' })).status).toBe(200);
    return { familyId: family.body.id, needId: need.body.id, id: referral.body.id };
  }

  const move = (who: Signed, id: string, body: object) =>
    who.agent.post(`/api/referrals/${id}/transition`).send(body);
  const undo = (who: Signed, id: string) => who.agent.post(`/api/referrals/${id}/undo`).send({});
  const status = async (id: string) =>
    (await t.dataSource.query(`SELECT status, version FROM referrals WHERE id = $1`, [id]))[0];

  it('staff recording the answer act on the provider’s behalf, with the channel, seen in history and figures', async () => {
    const { familyId, id } = await sentReferral();
    const res = await move(anna, id, { to: 'accepted', channel: 'phone', note: 'Frau K. rief an' });
    expect(res.status).toBe(200);
    expect(res.body.lastMove).toMatchObject({
      from: 'sent',
      to: 'accepted',
      byUserId: anna.user.id,
      onBehalfOfProvider: true,
      channel: 'phone',
      undoable: true,
    });
    // for another colleague the move is shown, not undoable
    expect((await ben.agent.get(`/api/referrals/${id}`)).body.lastMove.undoable).toBe(false);

    const timeline = (await anna.agent.get(`/api/families/${familyId}/timeline`)).body;
    expect(timeline).toContainEqual(
      expect.objectContaining({
        type: 'referral_move',
        id,
        from: 'sent',
        to: 'accepted',
        onBehalfOfProvider: true,
        channel: 'phone',
        userId: anna.user.id,
      }),
    );
    expect(timeline).toContainEqual(expect.objectContaining({ type: 'need_status', to: 'referred' }));

    // a second referral the provider answers itself
    const own = await sentReferral();
    expect((await move(provider, own.id, { to: 'accepted' })).status).toBe(200);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
    const report = await lead.agent.get('/api/reports/referral-outcomes').query({ from: today, to: today });
    expect(report.status).toBe(200);
    const row = report.body.byProvider.find((p: { providerId: string }) => p.providerId === providerId);
    expect(row).toMatchObject({ sent: 2, responded: 2, respondedOnBehalf: 1 });
  });

  it('a provider user sends no channel, and a bad channel changes nothing', async () => {
    const { id } = await sentReferral();
    const before = await status(id);
    const fromProvider = await move(provider, id, { to: 'accepted', channel: 'phone' });
    expect([fromProvider.status, fromProvider.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const bad = await move(anna, id, { to: 'accepted', channel: 'brieftaube' });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const sending = await move(anna, id, { to: 'cancelled', channel: 'phone' });
    expect([sending.status, sending.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await status(id)).toEqual(before);
  });

  it('a provider completes straight from accepted; the need is met', async () => {
    const { id, needId, familyId } = await sentReferral();
    expect((await move(provider, id, { to: 'accepted' })).status).toBe(200);
    const noOutcome = await move(provider, id, { to: 'completed' });
    expect(noOutcome.status).toBe(400);
    const done = await move(provider, id, { to: 'completed', outcome: 'successful' });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('completed');
    expect((await anna.agent.get(`/api/needs/${needId}`)).body.status).toBe('met');
    // the history tells the provider's answers, by the provider (not on its behalf), and the outcome
    const timeline = (await anna.agent.get(`/api/families/${familyId}/timeline`)).body;
    expect(timeline.filter((e: { type: string }) => e.type === 'referral_move')).toEqual([
      expect.objectContaining({
        from: 'accepted',
        to: 'completed',
        detail: 'successful',
        userId: provider.user.id,
        onBehalfOfProvider: false,
      }),
      expect.objectContaining({ from: 'sent', to: 'accepted', userId: provider.user.id }),
      expect.objectContaining({ from: 'draft', to: 'sent', userId: anna.user.id }),
    ]);
  });

  it('the last move is undone by its author within 10 minutes, audited; the need and follow-up follow', async () => {
    const { id, needId, familyId } = await sentReferral();
    const followUps = async () =>
      (await t.dataSource.query(`SELECT status FROM follow_ups WHERE referral_id = $1`, [id])).map(
        (r: { status: string }) => r.status,
      );
    expect(await followUps()).toEqual(['open']);
    expect((await anna.agent.get(`/api/needs/${needId}`)).body.status).toBe('referred');

    // another colleague may not take anna's move back
    const other = await undo(ben, id);
    expect([other.status, other.body.code]).toEqual([409, 'UNDO_NOT_POSSIBLE']);
    const wrongRole = await undo(analyst, id);
    expect(wrongRole.status).toBe(403);

    const res = await undo(anna, id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'draft', sentAt: null });
    expect(await followUps()).toEqual(['cancelled']);
    expect((await anna.agent.get(`/api/needs/${needId}`)).body.status).toBe('open');
    const audit = await t.dataSource.query(
      `SELECT user_id, details FROM audit_events WHERE action = 'referral.undo' AND entity_id = $1`,
      [id],
    );
    expect(audit).toEqual([{ user_id: anna.user.id, details: { from: 'sent', to: 'draft' } }]);
    // the undone move is gone from the history
    const timeline = (await anna.agent.get(`/api/families/${familyId}/timeline`)).body;
    expect(
      timeline.filter((e: { type: string; id: string }) => e.type === 'referral_move' && e.id === id),
    ).toEqual([]);
    // the move before it (none: it was the first) cannot be undone in its place
    const again = await undo(anna, id);
    expect([again.status, again.body.code]).toEqual([409, 'UNDO_NOT_POSSIBLE']);
  });

  it('after 10 minutes a move stays', async () => {
    const { id } = await sentReferral();
    expect((await move(anna, id, { to: 'accepted', channel: 'email' })).status).toBe(200);
    await t.dataSource.query(
      `UPDATE case_events SET created_at = now() - interval '11 minutes' WHERE entity_id = $1`,
      [id],
    );
    const before = await status(id);
    const late = await undo(anna, id);
    expect([late.status, late.body.code]).toEqual([409, 'UNDO_NOT_POSSIBLE']);
    expect(await status(id)).toEqual(before);
    expect((await anna.agent.get(`/api/referrals/${id}`)).body.lastMove.undoable).toBe(false);
  });
});
