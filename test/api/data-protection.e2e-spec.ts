import type { Agent } from 'supertest';
import { FamilyAnonymizer } from '../../apps/api/src/modules/families/family-anonymizer.service';
import { DemandReportService } from '../../apps/api/src/modules/reports/demand-report.service';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-data';
import { readPdf } from '../support/pdf';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, createUser, signedIn, TEST_PASSWORD, type TestUser } from '../support/factories';

type Signed = { user: TestUser; agent: Agent };

/** Berlin day of an instant (the office's days are Europe/Berlin). */
const berlinDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/** Every personal value the family below is given; none may survive its anonymization. */
const SECRET = {
  familyName: 'Familie Quendelbaum',
  firstName: 'Ottilie',
  lastName: 'Quendelbaum',
  childName: 'Friedolin',
  phone: '0331 7654321',
  email: 'ottilie.quendelbaum@familie.example',
  summary: 'Quendelbaum fragt nach Wohngeld',
  notes: 'Notiz: Ottilie wohnt bei ihrer Schwester',
  confidential: 'VERTRAULICH: Ottilie erzählte von Gewalt',
  needDescription: 'Quendelbaum braucht Hilfe beim Antrag',
  consentNote: 'mündlich bei Ottilie eingeholt',
  referralNote: 'Bitte Ottilie direkt anrufen',
  referralMessage: 'Ottilie kann nur vormittags zum Termin',
  followUpTitle: 'Ottilie Quendelbaum zurückrufen',
  followUpNote: 'erreichbar nach 16 Uhr bei der Schwester',
  handoffNote: 'Ottilie kennt Ben schon aus der Kita',
};

describe('data protection (DSGVO rights, audit trail, password policy)', () => {
  let t: TestApp;
  let officeA: string;
  let anna: Signed; // counsellor, office A: writes the confidential note
  let ben: Signed; // counsellor, office A
  let lead: Signed; // team lead, office A
  let leadB: Signed; // team lead, office B
  let counsellorB: Signed;
  let analyst: Signed;
  let admin: Signed;
  let providerUser: Signed;
  let districtId: string;
  let providerId: string;

  beforeAll(async () => {
    t = await startTestApp({ REPORT_MIN_CELL: '3' });
    officeA = await createOffice(t.dataSource, 'Familienbüro A');
    const officeB = await createOffice(t.dataSource, 'Familienbüro B');
    anna = await signedIn(t, 'counsellor', { officeId: officeA });
    ben = await signedIn(t, 'counsellor', { officeId: officeA });
    lead = await signedIn(t, 'team_lead', { officeId: officeA });
    leadB = await signedIn(t, 'team_lead', { officeId: officeB });
    counsellorB = await signedIn(t, 'counsellor', { officeId: officeB });
    analyst = await signedIn(t, 'analyst');
    admin = await signedIn(t, 'admin');
    districtId = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR6'`))[0].id;
    providerId = (
      await lead.agent.post('/api/providers').send({ name: 'Wohngeldstelle Test', kind: 'city_department' })
    ).body.id;
    providerUser = await signedIn(t, 'provider', { providerId });
  });
  afterAll(() => t.close());

  /** A family with everything a family can have, each field holding one of SECRET's values. */
  async function richFamily() {
    const ok = (res: { status: number; body: unknown }, status = 201) => {
      if (res.status !== status) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { id: string; version: number } & Record<string, unknown>;
    };
    const family = ok(
      await anna.agent.post('/api/families').send({
        name: SECRET.familyName,
        districtId,
        householdSize: 3,
        childrenCount: 1,
        singleParent: true,
        languages: ['de', 'tr'],
        interpreterNeeded: true,
        confirmNew: true,
      }),
    );
    ok(
      await anna.agent.post('/api/persons').send({
        familyId: family.id,
        relation: 'parent',
        firstName: SECRET.firstName,
        lastName: SECRET.lastName,
        birthDate: '1990-04-01',
        phone: SECRET.phone,
        email: SECRET.email,
        confirmNew: true,
      }),
    );
    ok(
      await anna.agent.post('/api/persons').send({
        familyId: family.id,
        relation: 'child',
        firstName: SECRET.childName,
        lastName: SECRET.lastName,
      }),
    );
    const consent = ok(
      await anna.agent.post('/api/consents').send({
        familyId: family.id,
        scope: 'share_with_provider',
        providerId,
        form: 'oral',
        note: SECRET.consentNote,
      }),
    );
    const contact = ok(
      await anna.agent.post('/api/contacts').send({
        familyId: family.id,
        channel: 'walk_in',
        summary: SECRET.summary,
        notes: SECRET.notes,
        needs: [{ categoryKey: 'wohngeld', description: SECRET.needDescription }],
      }),
    );
    const confidential = ok(
      await anna.agent
        .post('/api/contacts')
        .send({ familyId: family.id, channel: 'phone', notes: SECRET.confidential, confidential: true }),
    );
    // more contacts with needs, so that the report's cells are above the minimum
    for (let i = 0; i < 4; i++) {
      ok(
        await ben.agent
          .post('/api/contacts')
          .send({ familyId: family.id, channel: 'walk_in', needs: [{ categoryKey: 'kita_gutschein' }] }),
      );
    }
    const needId = (contact.needs as { id: string }[])[0].id;
    const referral = ok(
      await anna.agent
        .post('/api/referrals')
        .send({ needId, providerId, mode: 'warm', note: SECRET.referralNote }),
    );
    ok(await anna.agent.post(`/api/referrals/${referral.id}/transition`).send({ to: 'sent' }), 200);
    // a message on the warm referral (issue 21.1): erased with the family, exported with it
    ok(
      await anna.agent.post(`/api/referrals/${referral.id}/messages`).send({ text: SECRET.referralMessage }),
    );
    const followUp = ok(
      await anna.agent.post('/api/follow-ups').send({
        familyId: family.id,
        title: SECRET.followUpTitle,
        note: SECRET.followUpNote,
        dueAt: new Date(Date.now() + 7 * 86400000).toISOString(),
      }),
    );
    const handed = ok(
      await anna.agent
        .post(`/api/families/${family.id}/handoff`)
        .send({ toUserId: ben.user.id, note: SECRET.handoffNote }),
      200,
    );
    return { family: handed, consent, contact, confidential, needId, referral, followUp };
  }

  /** Every row that belongs to the family in every case table, as text, for a scan for personal values. */
  async function everyCaseText(familyId: string): Promise<string> {
    const where: Record<string, string> = {
      families: 'id = $1',
      persons: 'family_id = $1',
      consents: 'family_id = $1',
      contacts: 'family_id = $1',
      needs: 'family_id = $1',
      referrals: 'family_id = $1',
      referral_messages: 'referral_id IN (SELECT id FROM referrals WHERE family_id = $1)',
      follow_ups: 'family_id = $1',
      handoffs: 'family_id = $1',
      notifications: "link LIKE '%' || $1 || '%'",
      outbox: "payload->>'link' LIKE '%' || $1 || '%'",
    };
    const parts: string[] = [];
    for (const [table, condition] of Object.entries(where)) {
      const rows: { row: string }[] = await t.dataSource.query(
        `SELECT row_to_json(x)::text AS row FROM ${table} x WHERE ${condition}`,
        [familyId],
      );
      parts.push(...rows.map((r) => r.row));
    }
    return parts.join('\n');
  }

  describe('GET /api/families/{id}/export (Art. 15)', () => {
    it('gives the author everything stored about the family as a JSON download, and is audited', async () => {
      const made = await richFamily();
      const res = await anna.agent.get(`/api/families/${made.family.id}/export`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.headers['content-disposition']).toMatch(
        new RegExp(
          `^attachment; filename="Auskunft-Familie-${made.family.id.slice(0, 8)}-\\d{4}-\\d{2}-\\d{2}\\.json"$`,
        ),
      );
      expect(res.headers['cache-control']).toBe('no-store');
      const body = res.body;
      expect(body.family).toMatchObject({
        id: made.family.id,
        name: SECRET.familyName,
        languages: ['de', 'tr'],
      });
      expect(body.members.map((p: { firstName: string }) => p.firstName).sort()).toEqual(
        [SECRET.childName, SECRET.firstName].sort(),
      );
      expect(body.members.find((p: { phone: string | null }) => p.phone)).toMatchObject({
        phone: SECRET.phone,
        email: SECRET.email,
      });
      expect(body.consents).toEqual([
        expect.objectContaining({
          id: made.consent.id,
          scope: 'share_with_provider',
          note: SECRET.consentNote,
        }),
      ]);
      expect(body.contacts).toHaveLength(6);
      expect(body.contacts.find((c: { id: string }) => c.id === made.confidential.id)).toMatchObject({
        confidential: true,
        notes: SECRET.confidential,
      });
      expect(body.needs).toHaveLength(5);
      expect(body.needs.find((n: { id: string }) => n.id === made.needId)).toMatchObject({
        description: SECRET.needDescription,
        status: 'referred',
      });
      expect(body.referrals).toEqual([
        expect.objectContaining({ id: made.referral.id, status: 'sent', note: SECRET.referralNote }),
      ]);
      expect(body.referralMessages).toEqual([
        expect.objectContaining({
          referralId: made.referral.id,
          authorSide: 'office',
          authorId: anna.user.id,
          text: SECRET.referralMessage,
        }),
      ]);
      // the one written by hand and the one that sending the referral created
      expect(body.followUps).toHaveLength(2);
      expect(body.followUps.map((f: { title: string }) => f.title)).toContain(SECRET.followUpTitle);
      expect(body.handoffs).toEqual([
        expect.objectContaining({
          fromUserId: anna.user.id,
          toUserId: ben.user.id,
          note: SECRET.handoffNote,
        }),
      ]);
      expect(body.providers).toEqual([{ id: providerId, name: 'Wohngeldstelle Test' }]);
      expect(body.staff.map((s: { id: string }) => s.id)).toEqual(
        expect.arrayContaining([anna.user.id, ben.user.id]),
      );
      const actions = body.auditEvents.map((e: { action: string }) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'family.create',
          'person.create',
          'consent.create',
          'contact.create',
          'referral.create',
          'referral.sent',
          'follow_up.create',
          'family.handoff',
          'family.export',
        ]),
      );
      expect(body.auditEvents[0]).not.toHaveProperty('ip');

      const audit: { user_id: string; office_id: string }[] = await t.dataSource.query(
        `SELECT user_id, office_id FROM audit_events WHERE action = 'family.export' AND entity_id = $1`,
        [made.family.id],
      );
      expect(audit).toEqual([{ user_id: anna.user.id, office_id: officeA }]);
    });

    it('shows others that a confidential note exists, never its text (team lead included)', async () => {
      const made = await richFamily();
      for (const who of [lead, ben]) {
        const res = await who.agent.get(`/api/families/${made.family.id}/export`);
        expect(res.status).toBe(200);
        expect(res.body.contacts.find((c: { id: string }) => c.id === made.confidential.id)).toMatchObject({
          confidential: true,
          notes: null,
        });
        // the ordinary note is part of the file, the confidential one nowhere
        expect(JSON.stringify(res.body)).toContain(SECRET.notes);
        expect(JSON.stringify(res.body)).not.toContain(SECRET.confidential);
      }
    });

    it('offers the same content as a readable German PDF for the family (format=pdf), also audited', async () => {
      const made = await richFamily();
      const res = await anna.agent
        .get(`/api/families/${made.family.id}/export`)
        .query({ format: 'pdf' })
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/application\/pdf/);
      expect(res.headers['content-disposition']).toMatch(
        new RegExp(
          `^attachment; filename="Auskunft-Familie-${made.family.id.slice(0, 8)}-\\d{4}-\\d{2}-\\d{2}\\.pdf"$`,
        ),
      );
      expect(res.headers['cache-control']).toBe('no-store');
      const pdf = readPdf(res.body as Buffer);
      const all = pdf.texts.join('\n');
      expect(pdf.texts[0]).toBe(`Auskunft nach Art. 15 DSGVO: ${SECRET.familyName}`);
      for (const text of [
        'Personen',
        'Einwilligungen',
        'Kontakte',
        'Bedarfe',
        `Vorname: ${SECRET.firstName}`,
        `Telefon: ${SECRET.phone}`,
        `Seite 1 von ${pdf.pages}`,
      ])
        expect([text, all.includes(text)]).toEqual([text, true]);
      // dates as TT.MM.JJJJ, yes/no in words, no raw ids or ISO timestamps
      expect(all).toMatch(/Erstellt am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
      expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      expect(all).not.toContain(made.family.id);
      expect(all).toContain(`Thema: ${SECRET.summary}`);
      // an unknown format is refused
      const odd = await anna.agent.get(`/api/families/${made.family.id}/export`).query({ format: 'docx' });
      expect([odd.status, odd.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const count: { n: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'family.export' AND entity_id = $1`,
        [made.family.id],
      );
      expect(count[0].n).toBe(1);
    });

    it('answers 404 to another office and 403 to roles without case work', async () => {
      const made = await richFamily();
      const path = `/api/families/${made.family.id}/export`;
      for (const who of [counsellorB, leadB]) {
        const res = await who.agent.get(path);
        expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
      }
      for (const who of [admin, analyst, providerUser]) expect((await who.agent.get(path)).status).toBe(403);
      expect((await t.http().get(path)).status).toBe(401);
      expect((await anna.agent.get('/api/families/kein-uuid/export')).status).toBe(404);
      const count: { n: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'family.export' AND entity_id = $1`,
        [made.family.id],
      );
      expect(count[0].n).toBe(0);
    });
  });

  describe('POST /api/families/{id}/anonymize (Art. 17)', () => {
    const today = berlinDay(new Date());
    const period = { from: berlinDay(new Date(Date.now() - 3 * 86400000)), to: today };
    // the analyst reads calendar periods only (issue 16): the year of today
    const cityPeriod = { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };

    it('erases every personal value, keeps the demand report identical, and is audited with the reason', async () => {
      const made = await richFamily();
      // anonymous contacts and another family count in the same report
      for (let i = 0; i < 3; i++) {
        await anna.agent
          .post('/api/contacts')
          .send({ channel: 'phone', districtId, needs: [{ categoryKey: 'wohngeld' }] });
      }
      const counts = t.app.get(DemandReportService);
      const rawBefore = await counts.counts(period.from, period.to, null);
      expect(rawBefore.contacts).toBeGreaterThanOrEqual(9);
      expect(rawBefore.families).toBeGreaterThanOrEqual(1);
      const before = await analyst.agent.get('/api/reports/demand').query(cityPeriod);
      expect(before.status).toBe(200);
      const leadBefore = await lead.agent.get('/api/reports/demand').query(period);
      const outcomesBefore = await analyst.agent.get('/api/reports/referral-outcomes').query(cityPeriod);

      // the handoff's notification is delivered (it names the family); an overdue reminder as the
      // jobs write it repeats the follow-up's title
      await t.drainJobs();
      await t.dataSource.query(
        `INSERT INTO notifications (user_id, type, title, link) VALUES ($1, 'follow_up_due', $2, $3)`,
        [
          anna.user.id,
          `Wiedervorlage überfällig: ${SECRET.followUpTitle}`,
          `#/families/${made.family.id}/show/follow-ups`,
        ],
      );
      const titles = (
        await t.dataSource.query(`SELECT title FROM notifications WHERE link LIKE $1`, [
          `#/families/${made.family.id}/show%`,
        ])
      ).map((n: { title: string }) => n.title);
      expect(titles).toEqual(
        expect.arrayContaining([
          expect.stringContaining(SECRET.familyName),
          expect.stringContaining(SECRET.followUpTitle),
        ]),
      );
      // the scan below finds every value while it is stored
      const stored = await everyCaseText(made.family.id);
      for (const [key, value] of Object.entries(SECRET))
        expect([key, stored.includes(value)]).toEqual([key, true]);

      const res = await lead.agent
        .post(`/api/families/${made.family.id}/anonymize`)
        .send({ reason: 'data_subject_request' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: made.family.id,
        status: 'anonymized',
        name: 'Anonymisiert',
        districtId,
        householdSize: null,
        childrenCount: null,
        singleParent: null,
        languages: [],
        interpreterNeeded: false,
      });

      const after = await analyst.agent.get('/api/reports/demand').query(cityPeriod);
      expect(after.status).toBe(200);
      expect(after.body).toEqual(before.body);
      expect((await lead.agent.get('/api/reports/demand').query(period)).body).toEqual(leadBefore.body);
      expect((await analyst.agent.get('/api/reports/referral-outcomes').query(cityPeriod)).body).toEqual(
        outcomesBefore.body,
      );
      expect(await counts.counts(period.from, period.to, null)).toEqual(rawBefore);

      // nothing personal left anywhere in the case tables
      const text = await everyCaseText(made.family.id);
      expect(text).toContain('Anonymisiert');
      for (const [key, value] of Object.entries(SECRET)) {
        expect([key, text.includes(value)]).toEqual([key, false]);
      }
      const left: { persons: number; consents: number; contacts: number; needs: number; open: number }[] =
        await t.dataSource.query(
          `SELECT (SELECT count(*) FROM persons WHERE family_id = $1)::int AS persons,
                  (SELECT count(*) FROM consents WHERE family_id = $1)::int AS consents,
                  (SELECT count(*) FROM contacts WHERE family_id = $1)::int AS contacts,
                  (SELECT count(*) FROM needs WHERE family_id = $1)::int AS needs,
                  (SELECT count(*) FROM follow_ups WHERE family_id = $1 AND status = 'open')::int AS open`,
          [made.family.id],
        );
      expect(left).toEqual([{ persons: 0, consents: 0, contacts: 6, needs: 5, open: 0 }]);

      const audit: { user_id: string; details: { rule: string; erased: Record<string, number> } }[] =
        await t.dataSource.query(
          `SELECT user_id, details FROM audit_events WHERE action = 'family.anonymize' AND entity_id = $1`,
          [made.family.id],
        );
      expect(audit).toHaveLength(1);
      expect(audit[0].user_id).toBe(lead.user.id);
      expect(audit[0].details.rule).toBe('data_subject_request');
      expect(audit[0].details.erased).toMatchObject({ persons: 2, consents: 1, contacts: 6, needs: 5 });

      // the provider no longer sees the warm referral: the consent it was sent under is gone
      expect((await providerUser.agent.get(`/api/referrals/${made.referral.id}`)).status).toBe(404);
      // the export after the erasure holds only the statistics
      const exported = await lead.agent.get(`/api/families/${made.family.id}/export`);
      expect(exported.status).toBe(200);
      expect(exported.body.members).toEqual([]);
      expect(exported.body.consents).toEqual([]);
      for (const value of Object.values(SECRET)) expect(JSON.stringify(exported.body)).not.toContain(value);
    });

    it('answers 409 FAMILY_ANONYMIZED to a second call and refuses every later write', async () => {
      const made = await richFamily();
      const path = `/api/families/${made.family.id}/anonymize`;
      // the handoff's notification names the family once delivered (the outbox holds ids only,
      // issue 16.2; rows of earlier versions with a title are still erased by the anonymizer)
      await t.drainJobs();
      const pending: { title: string }[] = await t.dataSource.query(
        `SELECT payload->>'title' AS title FROM outbox WHERE payload->>'link' = $1
         UNION ALL SELECT title FROM notifications WHERE link = $1`,
        [`#/families/${made.family.id}/show`],
      );
      expect(pending.map((p) => p.title)).toContainEqual(expect.stringContaining(SECRET.familyName));
      expect((await lead.agent.post(path).send({ reason: 'purpose_fulfilled' })).status).toBe(200);
      const again = await lead.agent.post(path).send({ reason: 'purpose_fulfilled' });
      expect([again.status, again.body.code]).toEqual([409, 'FAMILY_ANONYMIZED']);

      const family = (await anna.agent.get(`/api/families/${made.family.id}`)).body;
      const contact = (await anna.agent.get(`/api/contacts/${made.contact.id}`)).body;
      const followUp = (await anna.agent.get(`/api/follow-ups/${made.followUp.id}`)).body;
      const need = (await anna.agent.get(`/api/needs/${made.needId}`)).body;
      const writes = [
        anna.agent
          .put(`/api/families/${made.family.id}`)
          .send({ name: 'Wieder da', version: family.version }),
        anna.agent
          .post('/api/persons')
          .send({ familyId: made.family.id, relation: 'parent', lastName: 'Neu' }),
        anna.agent.post('/api/consents').send({ familyId: made.family.id, scope: 'store_data' }),
        anna.agent.post('/api/contacts').send({ familyId: made.family.id, channel: 'phone', notes: 'neu' }),
        anna.agent.post('/api/needs').send({ familyId: made.family.id, categoryKey: 'wohngeld' }),
        anna.agent.post('/api/follow-ups').send({
          familyId: made.family.id,
          title: 'neu',
          dueAt: new Date(Date.now() + 86400000).toISOString(),
        }),
        anna.agent
          .put(`/api/contacts/${made.contact.id}`)
          .send({ notes: 'Name wieder rein', version: contact.version }),
        anna.agent.put(`/api/needs/${made.needId}`).send({ description: 'Name', version: need.version }),
        anna.agent
          .put(`/api/follow-ups/${made.followUp.id}`)
          .send({ note: 'Name', version: followUp.version }),
        anna.agent
          .post(`/api/referrals/${made.referral.id}/transition`)
          .send({ to: 'cancelled', note: 'Name' }),
        lead.agent.post(`/api/families/${made.family.id}/handoff`).send({ toUserId: anna.user.id }),
      ];
      for (const [i, res] of (await Promise.all(writes)).entries()) {
        expect([i, res.status, res.body.code]).toEqual([i, 409, 'FAMILY_ANONYMIZED']);
      }
      for (const value of Object.values(SECRET))
        expect(await everyCaseText(made.family.id)).not.toContain(value);
    });

    it('is for the office’s team lead only, with a reason from the list', async () => {
      const made = await richFamily();
      const path = `/api/families/${made.family.id}/anonymize`;
      for (const who of [anna, admin, analyst, providerUser]) {
        expect((await who.agent.post(path).send({ reason: 'data_subject_request' })).status).toBe(403);
      }
      const other = await leadB.agent.post(path).send({ reason: 'data_subject_request' });
      expect([other.status, other.body.code]).toEqual([404, 'NOT_FOUND']);
      for (const body of [
        {},
        { reason: 'Frau Quendelbaum wollte es' },
        { reason: 'data_subject_request', x: 1 },
      ]) {
        const bad = await lead.agent.post(path).send(body);
        expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      }
      expect((await anna.agent.get(`/api/families/${made.family.id}`)).body.name).toBe(SECRET.familyName);
    });

    it('FamilyAnonymizer serves the retention job: system actor, its rule, false when done or gone', async () => {
      const made = await richFamily();
      const anonymizer = t.app.get(FamilyAnonymizer);
      const actor = { userId: null, rule: 'retention:24_months' };
      expect(await t.dataSource.transaction((em) => anonymizer.anonymize(em, made.family.id, actor))).toBe(
        true,
      );
      expect(await t.dataSource.transaction((em) => anonymizer.anonymize(em, made.family.id, actor))).toBe(
        false,
      );
      expect(
        await t.dataSource.transaction((em) =>
          anonymizer.anonymize(em, '00000000-0000-4000-8000-000000000000', actor),
        ),
      ).toBe(false);
      const audit: { user_id: string | null; ip: string | null; details: { rule: string } }[] =
        await t.dataSource.query(
          `SELECT user_id, ip, details FROM audit_events WHERE action = 'family.anonymize' AND entity_id = $1`,
          [made.family.id],
        );
      expect(audit).toEqual([
        { user_id: null, ip: null, details: expect.objectContaining({ rule: 'retention:24_months' }) },
      ]);
      // the caller's transaction decides: rolled back, nothing is erased and nothing is logged
      const second = await richFamily();
      await expect(
        t.dataSource.transaction(async (em) => {
          await anonymizer.anonymize(em, second.family.id, actor);
          throw new Error('job failed later');
        }),
      ).rejects.toThrow('job failed later');
      const still = (await anna.agent.get(`/api/families/${second.family.id}`)).body;
      expect(still).toMatchObject({ status: 'active', name: SECRET.familyName });
      const none: unknown[] = await t.dataSource.query(
        `SELECT 1 FROM audit_events WHERE action = 'family.anonymize' AND entity_id = $1`,
        [second.family.id],
      );
      expect(none).toEqual([]);
    });
  });

  describe('audit trail', () => {
    it('records a read: GET of a family writes an event the team lead sees', async () => {
      const family = (
        await anna.agent.post('/api/families').send({ name: 'Familie Leseprobe', confirmNew: true })
      ).body;
      const events = () =>
        lead.agent
          .get('/api/audit-events')
          .query({ filter: JSON.stringify({ entityId: family.id, action: 'family.read' }) });
      expect((await events()).body).toEqual([]);
      expect((await ben.agent.get(`/api/families/${family.id}`)).status).toBe(200);
      const after = await events();
      expect(after.body).toEqual([
        expect.objectContaining({
          userId: ben.user.id,
          action: 'family.read',
          entity: 'family',
          entityId: family.id,
        }),
      ]);
      expect(after.body[0].ip).toBeTruthy();
    });

    it('cannot be changed: UPDATE, DELETE and TRUNCATE of audit_events fail in the database', async () => {
      const rows: { id: string; action: string }[] = await t.dataSource.query(
        `SELECT id, action FROM audit_events ORDER BY at LIMIT 1`,
      );
      expect(rows).toHaveLength(1);
      const [{ id, action }] = rows;
      await expect(
        t.dataSource.query(`UPDATE audit_events SET user_id = NULL, action = 'nichts' WHERE id = $1`, [id]),
      ).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(t.dataSource.query(`DELETE FROM audit_events WHERE id = $1`, [id])).rejects.toThrow(
        /append-only: DELETE refused/,
      );
      await expect(t.dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(
        /append-only: TRUNCATE refused/,
      );
      expect(await t.dataSource.query(`SELECT action FROM audit_events WHERE id = $1`, [id])).toEqual([
        { action },
      ]);
    });
  });

  describe('password policy: at least 12 characters, not one of the 10,000 most common', () => {
    const newUser = (password: string) => ({
      email: `neu.${Math.random().toString(36).slice(2, 8)}@test.example`,
      displayName: 'Neue Kollegin',
      role: 'analyst',
      password,
    });

    it('refuses a common password on create and on reset with WEAK_PASSWORD, and a short one', async () => {
      const weak = await admin.agent.post('/api/users').send(newUser('Qwerty123456'));
      expect(weak.status).toBe(400);
      expect(weak.body).toMatchObject({
        statusCode: 400,
        code: 'WEAK_PASSWORD',
        details: [{ field: 'password', messages: ['is one of the 10,000 most common passwords'] }],
      });
      expect(weak.body.message).toMatch(/Choose another one/);
      const short = await admin.agent.post('/api/users').send(newUser('kurz-2026'));
      expect([short.status, short.body.code]).toEqual([400, 'VALIDATION_FAILED']);

      const user = await createUser(t.dataSource, 'analyst');
      const current = (await admin.agent.get(`/api/users/${user.id}`)).body;
      const reset = await admin.agent
        .put(`/api/users/${user.id}`)
        .send({ password: '1qaz2wsx3edc', version: current.version });
      expect([reset.status, reset.body.code]).toEqual([400, 'WEAK_PASSWORD']);
      // the old password still works: nothing was changed
      const login = await t
        .agent()
        .post('/api/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD });
      expect(login.status).toBe(200);
    });

    it('accepts a passphrase; the demo and the test password pass the policy', async () => {
      for (const password of ['Kaffee ist fertig um neun', DEMO_PASSWORD, TEST_PASSWORD]) {
        const res = await admin.agent.post('/api/users').send(newUser(password));
        expect([password, res.status]).toEqual([password, 201]);
        const login = await t.agent().post('/api/auth/login').send({ email: res.body.email, password });
        expect(login.status).toBe(200);
      }
    });
  });
});
