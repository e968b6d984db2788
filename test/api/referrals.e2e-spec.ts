import type { Agent } from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, signedIn, type TestUser } from '../support/factories';

type Signed = { user: TestUser; agent: Agent };

describe('directory and closed-loop referrals', () => {
  let t: TestApp;
  let office: string;
  let anna: Signed;
  let lead: Signed;
  let admin: Signed;
  let p1: string;
  let p2: string;
  let kitaOffer: string;
  let shelterOffer: string;
  let provider1: Signed;
  let provider2: Signed;
  let districtId: string;

  beforeAll(async () => {
    t = await startTestApp();
    office = await createOffice(t.dataSource, 'Familienbüro Vermittlung');
    anna = await signedIn(t, 'counsellor', { officeId: office });
    lead = await signedIn(t, 'team_lead', { officeId: office });
    admin = await signedIn(t, 'admin');
    districtId = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR5'`))[0].id;
    p1 = (
      await admin.agent
        .post('/api/providers')
        .send({ name: 'Kitaservice Potsdam', kind: 'city_department', languages: ['de', 'en'] })
    ).body.id;
    p2 = (await lead.agent.post('/api/providers').send({ name: 'Frauenhaus Potsdam', kind: 'independent' }))
      .body.id;
    const kita = await lead.agent.post('/api/offers').send({
      providerId: p1,
      title: 'Beratung zum Kita-Gutschein',
      categoryKeys: ['kita_gutschein', 'kindertagespflege'],
      districtIds: [],
      languages: ['de', 'en'],
      ageFrom: 0,
      ageTo: 6,
      address: 'Friedrich-Ebert-Straße 79, 14469 Potsdam',
      capacity: 'available',
    });
    expect(kita.status).toBe(201);
    kitaOffer = kita.body.id;
    const shelter = await lead.agent.post('/api/offers').send({
      providerId: p2,
      title: 'Schutz und Beratung',
      categoryKeys: ['kinderschutz'],
      districtIds: [districtId],
      address: 'Geheime Straße 1',
      addressHidden: true,
      capacity: 'waitlist',
    });
    expect(shelter.status).toBe(201);
    shelterOffer = shelter.body.id;
    provider1 = await signedIn(t, 'provider', { providerId: p1 });
    provider2 = await signedIn(t, 'provider', { providerId: p2 });
  });
  afterAll(() => t.close());

  /** A family with a parent (phone, consent to be called) and one open need. */
  async function familyWithNeed(category = 'kita_gutschein') {
    const family = (
      await anna.agent
        .post('/api/families')
        .send({ name: `Familie ${Math.random().toString(36).slice(2, 8)}`, districtId, confirmNew: true })
    ).body;
    await anna.agent.post('/api/persons').send({
      familyId: family.id,
      relation: 'parent',
      firstName: 'Eva',
      lastName: 'Test',
      phone: '0331 123456',
      email: 'eva@test.example',
    });
    await anna.agent.post('/api/consents').send({ familyId: family.id, scope: 'contact_by_phone' });
    const need = (await anna.agent.post('/api/needs').send({ familyId: family.id, categoryKey: category }))
      .body;
    return { family, need };
  }

  const move = (who: Signed, id: string, body: object) =>
    who.agent.post(`/api/referrals/${id}/transition`).send(body);
  const needOf = async (id: string) => (await anna.agent.get(`/api/needs/${id}`)).body;

  describe('directory', () => {
    it('finds offers by category, district (or citywide), language and age of the child', async () => {
      const find = async (filter: object) =>
        (
          (await anna.agent.get('/api/offers').query({ filter: JSON.stringify(filter) })).body as {
            id: string;
          }[]
        ).map((o) => o.id);
      expect(await find({ categoryKey: 'kita_gutschein' })).toEqual([kitaOffer]);
      expect(await find({ districtId })).toEqual(expect.arrayContaining([kitaOffer, shelterOffer]));
      expect(await find({ language: 'en' })).toEqual([kitaOffer]);
      expect(await find({ age: 4, categoryKey: 'kita_gutschein' })).toEqual([kitaOffer]);
      expect(await find({ age: 9, categoryKey: 'kita_gutschein' })).toEqual([]);
      expect(await find({ q: 'kitaservice' })).toEqual([kitaOffer]);
      expect(await find({ capacity: 'waitlist' })).toEqual([shelterOffer]);
      expect((await anna.agent.get('/api/offers').query({ filter: '{"age":-1}' })).status).toBe(400);
    });

    it('shows a hidden address to office staff only — never to provider users or analysts', async () => {
      expect((await anna.agent.get(`/api/offers/${shelterOffer}`)).body.address).toBe('Geheime Straße 1');
      const own = await provider2.agent.get(`/api/offers/${shelterOffer}`);
      expect(own.status).toBe(200);
      expect(own.body.address).toBeNull();
      const analyst = await signedIn(t, 'analyst');
      const list = await analyst.agent.get('/api/offers').query({ range: '[0,99]' });
      expect(JSON.stringify(list.body)).not.toContain('Geheime Straße');
    });

    it('a provider user edits capacity of their own offers, nothing else, and sees no other provider', async () => {
      const own = (await provider2.agent.get(`/api/offers/${shelterOffer}`)).body;
      const ok = await provider2.agent
        .put(`/api/offers/${shelterOffer}`)
        .send({ capacity: 'full', version: own.version });
      expect(ok.status).toBe(200);
      expect(ok.body.capacity).toBe('full');
      const title = await provider2.agent
        .put(`/api/offers/${shelterOffer}`)
        .send({ title: 'Neu', version: ok.body.version });
      expect(title.status).toBe(403);
      expect((await provider2.agent.get(`/api/offers/${kitaOffer}`)).status).toBe(404);
      expect(
        (await provider2.agent.put(`/api/offers/${kitaOffer}`).send({ capacity: 'full', version: 1 })).status,
      ).toBe(404);
      expect((await provider2.agent.get(`/api/providers/${p1}`)).status).toBe(404);
      expect((await provider2.agent.get('/api/providers')).body.map((p: { id: string }) => p.id)).toEqual([
        p2,
      ]);
      expect((await provider2.agent.post('/api/offers').send({ providerId: p2, title: 'X' })).status).toBe(
        403,
      );
    });
  });

  describe('info referral', () => {
    it('sending makes the need referred and creates a follow-up; the provider never sees it', async () => {
      const { family, need } = await familyWithNeed();
      const draft = await anna.agent
        .post('/api/referrals')
        .send({ needId: need.id, offerId: kitaOffer, mode: 'info' });
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({
        status: 'draft',
        providerId: p1,
        familyId: family.id,
        categoryKey: 'kita_gutschein',
      });
      expect((await needOf(need.id)).status).toBe('open');
      const sent = await move(anna, draft.body.id, { to: 'sent' });
      expect(sent.status).toBe(200);
      expect(sent.body.sentAt).not.toBeNull();
      expect((await needOf(need.id)).status).toBe('referred');
      const followUps = await anna.agent
        .get('/api/follow-ups')
        .query({ filter: JSON.stringify({ familyId: family.id }) });
      const check = followUps.body.find((f: { referralId: string }) => f.referralId === draft.body.id);
      expect(check).toMatchObject({ assigneeId: anna.user.id, status: 'open', needId: need.id });
      const days = (new Date(check.dueAt).getTime() - Date.now()) / 86400000;
      expect(days).toBeGreaterThan(13.9);
      expect(days).toBeLessThan(14.1);
      expect((await provider1.agent.get(`/api/referrals/${draft.body.id}`)).status).toBe(404);
      expect((await provider1.agent.get('/api/referrals')).body).toEqual([]);
    });
  });

  describe('warm referral', () => {
    it('cannot be sent without a valid sharing consent (409 CONSENT_REQUIRED), and nothing changes', async () => {
      const { family, need } = await familyWithNeed();
      const draft = (
        await anna.agent.post('/api/referrals').send({ needId: need.id, offerId: kitaOffer, mode: 'warm' })
      ).body;
      const refused = await move(anna, draft.id, { to: 'sent' });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('CONSENT_REQUIRED');
      expect((await needOf(need.id)).status).toBe('open');
      const fu = await anna.agent
        .get('/api/follow-ups')
        .query({ filter: JSON.stringify({ familyId: family.id }) });
      expect(fu.body).toEqual([]);
      // a consent for another provider does not count; an expired one neither
      await anna.agent
        .post('/api/consents')
        .send({ familyId: family.id, scope: 'share_with_provider', providerId: p2 });
      await anna.agent.post('/api/consents').send({
        familyId: family.id,
        scope: 'share_with_provider',
        providerId: p1,
        givenAt: new Date(Date.now() - 10 * 86400000).toISOString(),
        expiresAt: new Date(Date.now() - 86400000).toISOString(),
      });
      expect((await move(anna, draft.id, { to: 'sent' })).body.code).toBe('CONSENT_REQUIRED');
    });

    it('runs the closed loop with the provider: accept, work, complete → the need is met', async () => {
      const { family, need } = await familyWithNeed();
      const consent = (
        await anna.agent
          .post('/api/consents')
          .send({ familyId: family.id, scope: 'share_with_provider', providerId: p1 })
      ).body;
      const draft = (
        await anna.agent
          .post('/api/referrals')
          .send({ needId: need.id, offerId: kitaOffer, mode: 'warm', note: 'Bitte zeitnah melden' })
      ).body;
      const sent = await move(anna, draft.id, { to: 'sent' });
      expect(sent.status).toBe(200);
      expect(sent.body.consentId).toBe(consent.id);

      // the provider sees only what the consent covers
      const seen = await provider1.agent.get(`/api/referrals/${draft.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({
        status: 'sent',
        categoryKey: 'kita_gutschein',
        note: 'Bitte zeitnah melden',
        family: { name: family.name, phone: '0331 123456', email: null },
      });
      expect(seen.body).not.toHaveProperty('familyId');
      expect(seen.body).not.toHaveProperty('needId');
      expect((await provider1.agent.get(`/api/families/${family.id}`)).status).toBe(403);
      expect((await provider2.agent.get(`/api/referrals/${draft.id}`)).status).toBe(404);

      // the provider answers; sending and cancelling stay with the office
      expect((await move(provider1, draft.id, { to: 'cancelled' })).status).toBe(403);
      const accepted = await move(provider1, draft.id, { to: 'accepted' });
      expect(accepted.status).toBe(200);
      expect(accepted.body.respondedAt).not.toBeNull();
      await t.drainJobs();
      const inbox = await anna.agent
        .get('/api/notifications')
        .query({ filter: '{"type":"referral_update"}' });
      expect(inbox.body[0].title).toMatch(/angenommen/);
      expect((await move(provider1, draft.id, { to: 'in_progress' })).status).toBe(200);
      const noOutcome = await move(provider1, draft.id, { to: 'completed' });
      expect(noOutcome.status).toBe(400);
      expect(noOutcome.body.details[0].field).toBe('outcome');
      const done = await move(provider1, draft.id, { to: 'completed', outcome: 'successful' });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ status: 'completed', outcome: 'successful' });
      const met = await needOf(need.id);
      expect(met.status).toBe('met');
      expect(met.resolvedAt).not.toBeNull();
      const again = await anna.agent
        .post('/api/referrals')
        .send({ needId: need.id, offerId: kitaOffer, mode: 'info' });
      expect([again.status, again.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
      const illegal = await move(anna, draft.id, { to: 'sent' });
      expect(illegal.status).toBe(409);
      expect(illegal.body.code).toBe('ILLEGAL_TRANSITION');
    });

    it('a need whose referrals all ended without success is open again; declining needs a reason', async () => {
      const { family, need } = await familyWithNeed();
      await anna.agent
        .post('/api/consents')
        .send({ familyId: family.id, scope: 'share_with_provider', providerId: p1 });
      const first = (
        await anna.agent.post('/api/referrals').send({ needId: need.id, offerId: kitaOffer, mode: 'warm' })
      ).body;
      const second = (
        await anna.agent.post('/api/referrals').send({ needId: need.id, providerId: p1, mode: 'info' })
      ).body;
      await move(anna, first.id, { to: 'sent' });
      await move(anna, second.id, { to: 'sent' });
      expect((await move(provider1, first.id, { to: 'declined' })).status).toBe(400);
      expect((await move(provider1, first.id, { to: 'declined', declineReason: 'no_capacity' })).status).toBe(
        200,
      );
      expect((await needOf(need.id)).status).toBe('referred'); // the second one still runs
      expect((await move(anna, second.id, { to: 'cancelled' })).status).toBe(200);
      expect((await needOf(need.id)).status).toBe('open');
    });

    it('withdrawing the consent hides the referral from the provider at once and tells the counsellor', async () => {
      const { family, need } = await familyWithNeed();
      const consent = (
        await anna.agent
          .post('/api/consents')
          .send({ familyId: family.id, scope: 'share_with_provider', providerId: p1 })
      ).body;
      const referral = (
        await anna.agent.post('/api/referrals').send({ needId: need.id, offerId: kitaOffer, mode: 'warm' })
      ).body;
      await move(anna, referral.id, { to: 'sent' });
      expect((await provider1.agent.get(`/api/referrals/${referral.id}`)).status).toBe(200);
      const withdrawn = await anna.agent
        .put(`/api/consents/${consent.id}`)
        .send({ withdrawnAt: new Date().toISOString(), version: consent.version });
      expect(withdrawn.status).toBe(200);
      expect((await provider1.agent.get(`/api/referrals/${referral.id}`)).status).toBe(404);
      expect(JSON.stringify((await provider1.agent.get('/api/referrals')).body)).not.toContain(referral.id);
      expect((await move(provider1, referral.id, { to: 'accepted' })).status).toBe(404);
      await t.drainJobs();
      const inbox = await anna.agent
        .get('/api/notifications')
        .query({ filter: '{"type":"consent_withdrawn"}' });
      expect(inbox.body.length).toBeGreaterThan(0);
    });
  });

  describe('team-lead review', () => {
    it('counts referrals per provider and category with the median days to an answer, and lists unanswered ones', async () => {
      const { need } = await familyWithNeed('kindertagespflege');
      const r = (
        await anna.agent.post('/api/referrals').send({ needId: need.id, offerId: kitaOffer, mode: 'info' })
      ).body;
      await move(anna, r.id, { to: 'sent' });
      await t.dataSource.query(`UPDATE referrals SET sent_at = now() - interval '8 days' WHERE id = $1`, [
        r.id,
      ]);
      const unanswered = await lead.agent.get('/api/referrals').query({ filter: '{"unanswered":true}' });
      expect(unanswered.body.map((x: { id: string }) => x.id)).toContain(r.id);
      // the report counts in Europe/Berlin days: "today" is the Berlin date
      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
      const from = new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 10);
      const report = await lead.agent.get('/api/reports/referral-outcomes').query({ from, to: today });
      expect(report.status).toBe(200);
      const kitaservice = report.body.byProvider.find((p: { providerId: string }) => p.providerId === p1);
      expect(kitaservice.sent).toBeGreaterThanOrEqual(5);
      expect(kitaservice.declined).toBeGreaterThanOrEqual(1);
      expect(kitaservice.completed).toBeGreaterThanOrEqual(1);
      expect(kitaservice.medianDaysToResponse).toEqual(expect.any(Number));
      expect(report.body.byCategory.map((c: { categoryKey: string }) => c.categoryKey)).toContain(
        'kindertagespflege',
      );
      expect(
        (await lead.agent.get('/api/reports/referral-outcomes').query({ from: today, to: from })).status,
      ).toBe(400);
      expect((await anna.agent.get('/api/reports/referral-outcomes').query({ from, to: today })).status).toBe(
        403,
      );
    });
  });
});
