import { randomUUID } from 'node:crypto';
import type { Agent } from 'supertest';
import { createOffice, signedIn, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

type Signed = { user: TestUser; agent: Agent };

/** The text of issue 24 that an anonymous record stored and could never erase. */
const SLIP = 'Herr Max Mustermann, geb. 01.02.1980, Tel 0331 123456';

/**
 * Issue 24, points 3, 7 and 10: each test makes the attack (or slip) the issue describes and
 * checks that it does not get through — and that nothing was stored.
 */
describe('data protection rules (issue 24)', () => {
  let t: TestApp;
  let anna: Signed; // counsellor
  let ben: Signed; // counsellor, same office
  let lead: Signed; // team lead, same office
  let admin: Signed;
  let districtId: string;
  let providerId: string;
  let seq = 0;

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await t.dataSource.query(sql, params))[0].n);
  const lastAudit = async (action: string, id: string) =>
    (
      await t.dataSource.query(
        `SELECT user_id, details FROM audit_events WHERE action = $1 AND entity_id = $2 ORDER BY at DESC LIMIT 1`,
        [action, id],
      )
    )[0] as { user_id: string; details: Record<string, unknown> };

  beforeAll(async () => {
    t = await startTestApp();
    const office = await createOffice(t.dataSource, 'Familienbüro Regeln');
    anna = await signedIn(t, 'counsellor', { officeId: office });
    ben = await signedIn(t, 'counsellor', { officeId: office });
    lead = await signedIn(t, 'team_lead', { officeId: office });
    admin = await signedIn(t, 'admin');
    districtId = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR3'`))[0].id;
    providerId = (
      await lead.agent.post('/api/providers').send({ name: 'Kita-Träger Regeln', kind: 'independent' })
    ).body.id;
  });
  afterAll(() => t.close());

  async function family(name = `Familie Regel ${++seq}`): Promise<string> {
    const res = await anna.agent.post('/api/families').send({ name, districtId, confirmNew: true });
    expect(res.status).toBe(201);
    return res.body.id;
  }
  async function consent(familyId: string, body: object = {}) {
    const res = await anna.agent.post('/api/consents').send({ familyId, scope: 'store_data', ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; givenAt: string };
  }

  describe('3. a consent is evidence', () => {
    it('scope, provider, givenAt and expiresAt never change; a longer consent is a new one, linked', async () => {
      const f = await family();
      const c = await consent(f, { expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
      const whole = (await anna.agent.get(`/api/consents/${c.id}`)).body;
      for (const change of [
        { expiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString() },
        { givenAt: '2020-01-01T00:00:00.000Z' },
        { scope: 'contact_by_phone' },
      ]) {
        const res = await anna.agent.put(`/api/consents/${c.id}`).send({ ...whole, ...change });
        expect([change, res.status, res.body.code]).toEqual([change, 400, 'READ_ONLY_FIELD']);
        const partial = await anna.agent.put(`/api/consents/${c.id}`).send({ ...change, version: c.version });
        expect([change, partial.status]).toEqual([change, 400]);
      }
      expect((await anna.agent.get(`/api/consents/${c.id}`)).body).toEqual(whole);
      await expect(
        t.dataSource.query(`UPDATE consents SET expires_at = NULL WHERE id = $1`, [c.id]),
      ).rejects.toThrow(/evidence/);

      const longer = await anna.agent
        .post('/api/consents')
        .send({ familyId: f, scope: 'store_data', replacesConsentId: c.id });
      expect(longer.status).toBe(201);
      expect(longer.body.replacesConsentId).toBe(c.id);
      const otherScope = await anna.agent
        .post('/api/consents')
        .send({ familyId: f, scope: 'contact_by_phone', replacesConsentId: c.id });
      expect([otherScope.status, otherScope.body.code]).toEqual([400, 'INVALID_REFERENCE']);
    });

    it('withdrawnAt is set once, now or in the past, not before givenAt; audited with old and new value', async () => {
      const f = await family();
      const c = await consent(f, { givenAt: new Date(Date.now() - 10 * 86_400_000).toISOString() });
      const put = (body: object) =>
        anna.agent.put(`/api/consents/${c.id}`).send({ version: c.version, ...body });
      const future = await put({ withdrawnAt: new Date(Date.now() + 86_400_000).toISOString() });
      expect([future.status, future.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const beforeGiven = await put({ withdrawnAt: new Date(Date.now() - 20 * 86_400_000).toISOString() });
      expect([beforeGiven.status, beforeGiven.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const at = new Date(Date.now() - 86_400_000).toISOString();
      const ok = await put({ withdrawnAt: at });
      expect(ok.status).toBe(200);
      expect(ok.body.withdrawnAt).toBe(at);
      const audit = await lastAudit('consent.update', c.id);
      expect(audit.details).toEqual({ fields: ['withdrawnAt'], withdrawnAt: { old: null, new: at } });

      for (const change of [{ withdrawnAt: null }, { withdrawnAt: new Date().toISOString() }]) {
        const res = await anna.agent
          .put(`/api/consents/${c.id}`)
          .send({ version: ok.body.version, ...change });
        expect([change, res.status, res.body.code]).toEqual([change, 409, 'ILLEGAL_TRANSITION']);
      }
      expect((await anna.agent.get(`/api/consents/${c.id}`)).body.withdrawnAt).toBe(at);
    });

    it('a warm referral is sent only with a consent valid at that moment (not one given tomorrow)', async () => {
      const f = await family();
      const offer = await lead.agent
        .post('/api/offers')
        .send({ providerId, title: `Kita ${seq}`, categoryKeys: ['kita_gutschein'] });
      const need = await anna.agent.post('/api/needs').send({ familyId: f, categoryKey: 'kita_gutschein' });
      const tomorrow = await anna.agent.post('/api/consents').send({
        familyId: f,
        scope: 'share_with_provider',
        providerId,
        givenAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      const draft = await anna.agent
        .post('/api/referrals')
        .send({ needId: need.body.id, offerId: offer.body.id, mode: 'warm' });
      expect(draft.status).toBe(201);
      const sent = await anna.agent.post(`/api/referrals/${draft.body.id}/transition`).send({ to: 'sent' });
      expect([sent.status, sent.body.code]).toEqual([409, 'CONSENT_REQUIRED']);
      expect(tomorrow.status).toBe(201);
    });
  });

  describe('7. anonymous means anonymous, in every text field', () => {
    it('refuses a name, birth date and phone number in an anonymous contact’s summary and need description', async () => {
      const before = await count(`SELECT count(*) AS n FROM contacts`);
      const summary = await anna.agent
        .post('/api/contacts')
        .send({ channel: 'phone', districtId, summary: SLIP });
      expect([summary.status, summary.body.code]).toEqual([400, 'PERSONAL_DATA_NOT_ALLOWED']);
      expect(summary.body.details[0].field).toBe('summary');
      const need = await anna.agent.post('/api/contacts').send({
        channel: 'walk_in',
        summary: 'Fragt nach Kitaplatz',
        needs: [{ categoryKey: 'kita_gutschein', description: 'Rückmeldung an max.mustermann@example.org' }],
      });
      expect([need.status, need.body.code]).toEqual([400, 'PERSONAL_DATA_NOT_ALLOWED']);
      expect(need.body.details[0].field).toBe('needs.0.description');
      expect(await count(`SELECT count(*) AS n FROM contacts`)).toBe(before);

      const plain = await anna.agent.post('/api/contacts').send({
        channel: 'phone',
        summary: 'Fragt nach Kitaplatz',
        needs: [{ categoryKey: 'kita_gutschein', description: 'ab August, Teilzeit' }],
      });
      expect(plain.status).toBe(201);
      const edit = await anna.agent
        .put(`/api/contacts/${plain.body.id}`)
        .send({ summary: 'Frau Özdemir ruft zurück', version: plain.body.version });
      expect([edit.status, edit.body.code]).toEqual([400, 'PERSONAL_DATA_NOT_ALLOWED']);
      const needEdit = await anna.agent
        .put(`/api/needs/${plain.body.needs[0].id}`)
        .send({ description: SLIP, version: plain.body.needs[0].version });
      expect([needEdit.status, needEdit.body.code]).toEqual([400, 'PERSONAL_DATA_NOT_ALLOWED']);
      // a family's contact is the place for names
      const f = await family();
      expect(
        (await anna.agent.post('/api/contacts').send({ familyId: f, channel: 'phone', summary: SLIP }))
          .status,
      ).toBe(201);
    });

    it('a text stored by mistake is cleared by its author or the team lead, audited; not by a colleague', async () => {
      const contact = await anna.agent.post('/api/contacts').send({
        channel: 'phone',
        summary: 'Wohngeld',
        needs: [{ categoryKey: 'wohngeld', description: 'Antrag' }],
      });
      const needId = contact.body.needs[0].id as string;
      // stored before the rule existed
      await t.dataSource.query(`UPDATE contacts SET summary = $2 WHERE id = $1`, [contact.body.id, SLIP]);
      await t.dataSource.query(`UPDATE needs SET description = $2 WHERE id = $1`, [needId, SLIP]);
      const version = (await anna.agent.get(`/api/contacts/${contact.body.id}`)).body.version;
      const colleague = await ben.agent
        .put(`/api/contacts/${contact.body.id}`)
        .send({ summary: null, version });
      expect([colleague.status, colleague.body.code]).toEqual([403, 'FORBIDDEN']);
      const author = await anna.agent
        .put(`/api/contacts/${contact.body.id}`)
        .send({ summary: null, version });
      expect(author.status).toBe(200);
      expect(author.body.summary).toBeNull();
      expect((await lastAudit('contact.update', contact.body.id)).details).toEqual({ fields: ['summary'] });

      const needVersion = (await anna.agent.get(`/api/needs/${needId}`)).body.version;
      expect(
        (await ben.agent.put(`/api/needs/${needId}`).send({ description: null, version: needVersion }))
          .status,
      ).toBe(403);
      const cleared = await lead.agent
        .put(`/api/needs/${needId}`)
        .send({ description: null, version: needVersion });
      expect(cleared.status).toBe(200);
      expect(cleared.body.description).toBeNull();
      expect((await lastAudit('need.update', needId)).user_id).toBe(lead.user.id);
    });
  });

  describe('10. small holes', () => {
    it('after store_data is withdrawn the family takes no new personal data until consent is given again', async () => {
      const f = await family();
      const c = await consent(f);
      const person = await anna.agent
        .post('/api/persons')
        .send({ familyId: f, relation: 'parent', firstName: 'Eva', confirmNew: true });
      expect(person.status).toBe(201);
      const need = await anna.agent.post('/api/needs').send({ familyId: f, categoryKey: 'kita_gutschein' });
      const offer = await lead.agent
        .post('/api/offers')
        .send({ providerId, title: 'Kita Regel', categoryKeys: ['kita_gutschein'] });
      const familyVersion = (await anna.agent.get(`/api/families/${f}`)).body.version;
      const withdrawn = await anna.agent
        .put(`/api/consents/${c.id}`)
        .send({ withdrawnAt: new Date().toISOString(), version: c.version });
      expect(withdrawn.status).toBe(200);
      const attempts = [
        anna.agent
          .post('/api/persons')
          .send({ familyId: f, relation: 'child', firstName: 'Tim', confirmNew: true }),
        anna.agent
          .put(`/api/persons/${person.body.id}`)
          .send({ phone: '0331 555555', version: person.body.version }),
        anna.agent.post('/api/contacts').send({ familyId: f, channel: 'phone', summary: 'Rückfrage' }),
        anna.agent.post('/api/needs').send({ familyId: f, categoryKey: 'wohngeld' }),
        anna.agent.put(`/api/families/${f}`).send({ householdSize: 4, version: familyVersion }),
        anna.agent
          .post('/api/referrals')
          .send({ needId: need.body.id, offerId: offer.body.id, mode: 'info' }),
        anna.agent
          .post('/api/follow-ups')
          .send({ familyId: f, title: 'Anrufen', dueAt: new Date(Date.now() + 86_400_000).toISOString() }),
      ];
      for (const res of await Promise.all(attempts)) {
        expect([res.status, res.body.code]).toEqual([409, 'STORE_CONSENT_WITHDRAWN']);
      }
      expect(await count(`SELECT count(*) AS n FROM persons WHERE family_id = $1`, [f])).toBe(1);
      expect(await count(`SELECT count(*) AS n FROM contacts WHERE family_id = $1`, [f])).toBe(0);
      await consent(f); // given again
      const again = await anna.agent
        .post('/api/persons')
        .send({ familyId: f, relation: 'child', firstName: 'Tim', confirmNew: true });
      expect(again.status).toBe(201);
    });

    it('offers refuse unknown district and category ids (400 INVALID_REFERENCE), storing nothing', async () => {
      const before = await count(`SELECT count(*) AS n FROM offers`);
      for (const body of [
        { districtIds: [districtId, randomUUID()] },
        { categoryKeys: ['wohngeld', 'gibt_es_nicht'] },
      ]) {
        const res = await lead.agent.post('/api/offers').send({ providerId, title: 'Angebot', ...body });
        expect([body, res.status, res.body.code]).toEqual([body, 400, 'INVALID_REFERENCE']);
        expect(res.body.details[0].field).toMatch(/^(districtIds\.1|categoryKeys\.1)$/);
      }
      expect(await count(`SELECT count(*) AS n FROM offers`)).toBe(before);
      const ok = await lead.agent
        .post('/api/offers')
        .send({ providerId, title: 'Angebot', districtIds: [districtId], categoryKeys: ['wohngeld'] });
      expect(ok.status).toBe(201);
      const put = await lead.agent
        .put(`/api/offers/${ok.body.id}`)
        .send({ districtIds: [randomUUID()], version: ok.body.version });
      expect([put.status, put.body.code]).toEqual([400, 'INVALID_REFERENCE']);
    });

    it('a name needs a letter', async () => {
      for (const name of ['---', '12345', '  ..  ']) {
        const res = await anna.agent.post('/api/families').send({ name, districtId, confirmNew: true });
        expect([name, res.status, res.body.code]).toEqual([name, 400, 'VALIDATION_FAILED']);
      }
      const f = await family('Ørsted-Çelik');
      for (const field of ['firstName', 'lastName']) {
        const res = await anna.agent
          .post('/api/persons')
          .send({ familyId: f, relation: 'parent', [field]: '42', confirmNew: true });
        expect([field, res.status, res.body.code]).toEqual([field, 400, 'VALIDATION_FAILED']);
      }
    });

    it('% and _ in a search are literal characters (families, offers, providers, users)', async () => {
      await family('Familie 100%');
      await family('Familie Unter_Strich');
      const search = async (who: Signed, path: string, q: string) =>
        (await who.agent.get(path).query({ filter: JSON.stringify({ q }) })).body as {
          name?: string;
          title?: string;
        }[];
      expect((await search(anna, '/api/families', '%')).map((f) => f.name)).toEqual(['Familie 100%']);
      expect((await search(anna, '/api/families', '_')).map((f) => f.name)).toEqual(['Familie Unter_Strich']);
      // unescaped, `_` would match the blank of "Familie 100%"
      expect(await search(anna, '/api/families', 'e_1')).toEqual([]);
      await lead.agent.post('/api/offers').send({ providerId, title: 'Rabatt 50%' });
      expect((await search(anna, '/api/offers', '%')).map((o) => o.title)).toEqual(['Rabatt 50%']);
      expect(await search(anna, '/api/offers', '_')).toEqual([]);
      expect(await search(anna, '/api/providers', '%')).toEqual([]);
      expect(await search(admin, '/api/users', '%')).toEqual([]);
    });
  });
});
