import type { Agent } from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, createUser, signedIn, type TestUser } from '../support/factories';

type Signed = { user: TestUser; agent: Agent };

describe('case work', () => {
  let t: TestApp;
  let officeA: string;
  let officeB: string;
  let anna: Signed; // counsellor, office A
  let ben: Signed; // counsellor, office A
  let lead: Signed; // team lead, office A
  let bea: Signed; // counsellor, office B
  let admin: Signed;
  let districtId: string;

  beforeAll(async () => {
    t = await startTestApp();
    officeA = await createOffice(t.dataSource, 'Familienbüro A');
    officeB = await createOffice(t.dataSource, 'Familienbüro B');
    anna = await signedIn(t, 'counsellor', { officeId: officeA });
    ben = await signedIn(t, 'counsellor', { officeId: officeA });
    lead = await signedIn(t, 'team_lead', { officeId: officeA });
    bea = await signedIn(t, 'counsellor', { officeId: officeB });
    admin = await signedIn(t, 'admin');
    const rows: { id: string }[] = await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR6'`);
    districtId = rows[0].id;
  });
  afterAll(() => t.close());

  async function newFamily(who: Signed, name: string, extra: object = {}) {
    const res = await who.agent.post('/api/families').send({ name, districtId, confirmNew: true, ...extra });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; ownerId: string; lastActivityAt: string; name: string };
  }

  describe('office scope', () => {
    it('another office gets 404 for a family and everything hanging off it, and never sees it listed', async () => {
      const family = await newFamily(anna, 'Familie Scope');
      const person = await anna.agent
        .post('/api/persons')
        .send({ familyId: family.id, relation: 'parent', lastName: 'Scope' });
      const contact = await anna.agent
        .post('/api/contacts')
        .send({ familyId: family.id, channel: 'phone', needs: [{ categoryKey: 'wohngeld' }] });
      const followUp = await anna.agent.post('/api/follow-ups').send({
        familyId: family.id,
        title: 'Rückruf',
        dueAt: new Date(Date.now() + 86400000).toISOString(),
      });
      expect([person.status, contact.status, followUp.status]).toEqual([201, 201, 201]);
      const needId = contact.body.needs[0].id;

      for (const path of [
        `/api/families/${family.id}`,
        `/api/families/${family.id}/timeline`,
        `/api/persons/${person.body.id}`,
        `/api/contacts/${contact.body.id}`,
        `/api/needs/${needId}`,
        `/api/follow-ups/${followUp.body.id}`,
      ]) {
        const res = await bea.agent.get(path);
        expect([path, res.status, res.body.code]).toEqual([path, 404, 'NOT_FOUND']);
      }
      const put = await bea.agent
        .put(`/api/families/${family.id}`)
        .send({ name: 'Gekapert', version: family.version });
      expect(put.status).toBe(404);
      const addPerson = await bea.agent.post('/api/persons').send({ familyId: family.id, relation: 'child' });
      expect(addPerson.status).toBe(404);
      for (const resource of ['families', 'persons', 'contacts', 'needs', 'follow-ups']) {
        const list = await bea.agent.get(`/api/${resource}`).query({ range: '[0,499]' });
        expect(list.status).toBe(200);
        expect(JSON.stringify(list.body)).not.toContain(family.id);
      }
      // a colleague of the same office sees it
      expect((await ben.agent.get(`/api/families/${family.id}`)).status).toBe(200);
      // and the change by the other office changed nothing
      expect((await anna.agent.get(`/api/families/${family.id}`)).body.name).toBe('Familie Scope');
    });

    it('admins and analysts read no case data', async () => {
      expect((await admin.agent.get('/api/families')).status).toBe(403);
      const analyst = await signedIn(t, 'analyst');
      expect((await analyst.agent.get('/api/contacts')).status).toBe(403);
    });
  });

  describe('anonymous contacts', () => {
    it('creates an anonymous contact with its needs in one go; the needs take occurredAt', async () => {
      const occurredAt = new Date(Date.now() - 3 * 86400000).toISOString();
      const res = await anna.agent.post('/api/contacts').send({
        familyId: null,
        channel: 'walk_in',
        districtId,
        occurredAt,
        needs: [{ categoryKey: 'kita_gutschein' }, { categoryKey: 'elterngeld', status: 'met' }],
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        familyId: null,
        officeId: officeA,
        counsellorId: anna.user.id,
        channel: 'walk_in',
        notes: null,
      });
      expect(res.body.needs).toHaveLength(2);
      for (const need of res.body.needs) {
        expect(new Date(need.identifiedAt).toISOString()).toBe(occurredAt);
        expect(need.familyId).toBeNull();
        expect(need.contactId).toBe(res.body.id);
      }
      expect(res.body.needs[1]).toMatchObject({ status: 'met' });
      expect(res.body.needs[1].resolvedAt).not.toBeNull();
    });

    it('refuses personal data on an anonymous contact, and unknown fields such as a name', async () => {
      const before = (await anna.agent.get('/api/contacts').query({ range: '[0,0]' })).headers[
        'content-range'
      ];
      const notes = await anna.agent
        .post('/api/contacts')
        .send({ channel: 'phone', notes: 'Frau M. aus der Hauptstraße' });
      expect(notes.status).toBe(400);
      expect(notes.body.code).toBe('PERSONAL_DATA_NOT_ALLOWED');
      expect(notes.body.details).toEqual([
        { field: 'notes', messages: ['not allowed on an anonymous contact'] },
      ]);
      const name = await anna.agent.post('/api/contacts').send({ channel: 'phone', lastName: 'Müller' });
      expect(name.status).toBe(400);
      expect(name.body.details[0].field).toBe('lastName');
      const future = await anna.agent
        .post('/api/contacts')
        .send({ channel: 'phone', occurredAt: new Date(Date.now() + 3600000).toISOString() });
      expect(future.status).toBe(400);
      expect(future.body.details[0].field).toBe('occurredAt');
      const after = (await anna.agent.get('/api/contacts').query({ range: '[0,0]' })).headers[
        'content-range'
      ];
      expect(after).toBe(before);
    });

    it('writes nothing when one of the needs is invalid (one transaction)', async () => {
      const count = async () =>
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM contacts`))[0].n as number;
      const before = await count();
      const res = await anna.agent.post('/api/contacts').send({
        channel: 'phone',
        needs: [{ categoryKey: 'wohngeld' }, { categoryKey: 'gibt_es_nicht' }],
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_REFERENCE');
      expect(await count()).toBe(before);
    });
  });

  describe('families', () => {
    it('finds a family by name, member, phone — accent- and case-insensitive and with a typo', async () => {
      const family = await newFamily(anna, 'Familie Çelik-Schultz');
      await anna.agent.post('/api/persons').send({
        familyId: family.id,
        relation: 'parent',
        firstName: 'Zoë',
        lastName: 'Çelik',
        phone: '0331 / 200 4711',
      });
      const search = async (q: string) =>
        (
          (await anna.agent.get('/api/families').query({ filter: JSON.stringify({ q }) })).body as {
            id: string;
          }[]
        ).map((f) => f.id);
      expect(await search('celik')).toContain(family.id);
      expect(await search('SCHULTZ')).toContain(family.id);
      expect(await search('Schulz')).toContain(family.id); // typo
      expect(await search('zoe')).toContain(family.id);
      expect(await search('2004711')).toContain(family.id);
      expect(await search('0331 200 4711')).toContain(family.id);
      expect(await search('Nguyen')).not.toContain(family.id);
    });

    it('warns of a possible duplicate (same or similar-sounding name), then creates with confirmNew', async () => {
      await newFamily(anna, 'Familie Meyer');
      const res = await anna.agent.post('/api/families').send({ name: 'Maier', districtId });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('POSSIBLE_DUPLICATE');
      expect(res.body.possibleDuplicates).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'Familie Meyer', districtId })]),
      );
      // another office's families are not in the caller's scope
      const other = await bea.agent.post('/api/families').send({ name: 'Maier', districtId });
      expect(other.status).toBe(201);
      const confirmed = await anna.agent
        .post('/api/families')
        .send({ name: 'Maier', districtId, confirmNew: true });
      expect(confirmed.status).toBe(201);
    });

    it('warns when a member of another family has the same last name and birth date', async () => {
      const first = await newFamily(anna, 'Familie Nowak');
      const second = await newFamily(anna, 'Familie Kowalski');
      const child = { relation: 'child', firstName: 'Jan', lastName: 'Nowak', birthDate: '2019-04-02' };
      expect((await anna.agent.post('/api/persons').send({ familyId: first.id, ...child })).status).toBe(201);
      const dup = await anna.agent
        .post('/api/persons')
        .send({ familyId: second.id, ...child, lastName: 'Nowack' });
      expect(dup.status).toBe(409);
      expect(dup.body.possibleDuplicates).toEqual([{ id: first.id, name: 'Familie Nowak', districtId }]);
      expect(
        (await anna.agent.post('/api/persons').send({ familyId: second.id, ...child, confirmNew: true }))
          .status,
      ).toBe(201);
    });

    it('moves lastActivityAt with every related write and answers 409 for a stale version', async () => {
      const family = await newFamily(anna, 'Familie Aktiv');
      const before = family.lastActivityAt;
      await new Promise((r) => setTimeout(r, 20));
      await anna.agent.post('/api/contacts').send({ familyId: family.id, channel: 'email' });
      const after = (await anna.agent.get(`/api/families/${family.id}`)).body;
      expect(new Date(after.lastActivityAt).getTime()).toBeGreaterThan(new Date(before).getTime());
      const ok = await anna.agent
        .put(`/api/families/${family.id}`)
        .send({ childrenCount: 3, version: after.version });
      expect(ok.status).toBe(200);
      const stale = await anna.agent
        .put(`/api/families/${family.id}`)
        .send({ childrenCount: 4, version: after.version });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('STALE_VERSION');
    });

    it('a closed family is reopened by a new contact; a family contact takes the family district', async () => {
      const family = await newFamily(anna, 'Familie Geschlossen');
      const closed = await anna.agent
        .put(`/api/families/${family.id}`)
        .send({ status: 'closed', version: family.version });
      expect(closed.body.status).toBe('closed');
      const contact = await anna.agent
        .post('/api/contacts')
        .send({ familyId: family.id, channel: 'walk_in' });
      expect(contact.body.districtId).toBe(districtId);
      expect((await anna.agent.get(`/api/families/${family.id}`)).body.status).toBe('active');
    });
  });

  describe('confidential notes', () => {
    it('shows notes to their author only — not to a colleague, not to the team lead, not in lists', async () => {
      const family = await newFamily(anna, 'Familie Vertraulich');
      const res = await anna.agent.post('/api/contacts').send({
        familyId: family.id,
        channel: 'walk_in',
        notes: 'Anvertraut: Gewalt in der Beziehung',
        confidential: true,
      });
      expect(res.status).toBe(201);
      expect(res.body.notes).toBe('Anvertraut: Gewalt in der Beziehung');
      for (const who of [ben, lead]) {
        const one = await who.agent.get(`/api/contacts/${res.body.id}`);
        expect(one.body).toMatchObject({ confidential: true, notes: null });
        const list = await who.agent
          .get('/api/contacts')
          .query({ filter: JSON.stringify({ familyId: family.id }) });
        expect(list.body[0]).toMatchObject({ confidential: true, notes: null });
        expect(JSON.stringify(list.body)).not.toContain('Gewalt');
        const edit = await who.agent
          .put(`/api/contacts/${res.body.id}`)
          .send({ notes: 'überschrieben', version: 1 });
        expect(edit.status).toBe(404);
      }
      expect((await anna.agent.get(`/api/contacts/${res.body.id}`)).body.notes).toContain('Gewalt');
    });
  });

  describe('needs', () => {
    it('applies the manual rules of libs/domain', async () => {
      const family = await newFamily(anna, 'Familie Bedarf');
      const created = await anna.agent
        .post('/api/needs')
        .send({ familyId: family.id, categoryKey: 'kindertagespflege' });
      expect(created.body).toMatchObject({ status: 'open', unmetReason: null, resolvedAt: null });
      const noReason = await anna.agent
        .put(`/api/needs/${created.body.id}`)
        .send({ status: 'unmet', version: 1 });
      expect(noReason.status).toBe(400);
      expect(noReason.body.details[0].field).toBe('unmetReason');
      const unmet = await anna.agent
        .put(`/api/needs/${created.body.id}`)
        .send({ status: 'unmet', unmetReason: 'no_offer', version: 1 });
      expect(unmet.body).toMatchObject({ status: 'unmet', unmetReason: 'no_offer' });
      expect(unmet.body.resolvedAt).not.toBeNull();
      const referred = await anna.agent
        .put(`/api/needs/${created.body.id}`)
        .send({ status: 'referred', version: 2 });
      expect(referred.status).toBe(409);
      expect(referred.body.code).toBe('ILLEGAL_TRANSITION');
      const reopened = await anna.agent
        .put(`/api/needs/${created.body.id}`)
        .send({ status: 'open', version: 2 });
      expect(reopened.body).toMatchObject({ status: 'open', unmetReason: null, resolvedAt: null });
    });

    it('a kinderschutz need notifies every active team lead of the office at once', async () => {
      const otherLead = await createUser(t.dataSource, 'team_lead', { officeId: officeA });
      const inactiveLead = await createUser(t.dataSource, 'team_lead', { officeId: officeA, active: false });
      const leadB = await createUser(t.dataSource, 'team_lead', { officeId: officeB });
      const res = await ben.agent
        .post('/api/contacts')
        .send({ channel: 'phone', needs: [{ categoryKey: 'kinderschutz', urgency: 'high' }] });
      expect(res.status).toBe(201);
      await t.drainJobs(); // the worker delivers what the write put in the outbox
      const rows: { user_id: string; type: string }[] = await t.dataSource.query(
        `SELECT user_id, type FROM notifications WHERE type = 'child_protection' AND created_at > now() - interval '1 minute'`,
      );
      const notified = rows.map((r) => r.user_id);
      expect(notified).toEqual(expect.arrayContaining([lead.user.id, otherLead.id]));
      expect(notified).not.toContain(inactiveLead.id);
      expect(notified).not.toContain(leadB.id);
      const inbox = await lead.agent
        .get('/api/notifications')
        .query({ filter: '{"read":false,"type":"child_protection"}' });
      expect(inbox.body[0].title).toMatch(/Kinderschutz/);
    });
  });

  describe('follow-ups', () => {
    it('lists overdue ones with overdue=true and sets doneAt when marked done', async () => {
      const family = await newFamily(anna, 'Familie Wiedervorlage');
      const overdue = await anna.agent.post('/api/follow-ups').send({
        familyId: family.id,
        title: 'Überfällig',
        dueAt: new Date(Date.now() - 86400000).toISOString(),
      });
      const later = await anna.agent.post('/api/follow-ups').send({
        familyId: family.id,
        title: 'Später',
        dueAt: new Date(Date.now() + 7 * 86400000).toISOString(),
      });
      expect(overdue.body).toMatchObject({ assigneeId: anna.user.id, status: 'open', overdue: true });
      expect(later.body.overdue).toBe(false);
      const list = await anna.agent
        .get('/api/follow-ups')
        .query({ filter: JSON.stringify({ overdue: true, assigneeId: anna.user.id, familyId: family.id }) });
      expect(list.body.map((f: { id: string }) => f.id)).toEqual([overdue.body.id]);
      const done = await anna.agent
        .put(`/api/follow-ups/${overdue.body.id}`)
        .send({ status: 'done', version: 1 });
      expect(done.body.status).toBe('done');
      expect(done.body.doneAt).not.toBeNull();
      expect(done.body.overdue).toBe(false);
      const wrongAssignee = await anna.agent
        .post('/api/follow-ups')
        .send({ familyId: family.id, title: 'X', dueAt: new Date().toISOString(), assigneeId: bea.user.id });
      expect(wrongAssignee.status).toBe(400);
    });
  });

  describe('handoff', () => {
    it('changes the owner, writes a handoff row and notifies the new owner', async () => {
      const family = await newFamily(anna, 'Familie Übergabe');
      const res = await anna.agent
        .post(`/api/families/${family.id}/handoff`)
        .send({ toUserId: ben.user.id, note: 'Urlaub' });
      expect(res.status).toBe(200);
      expect(res.body.ownerId).toBe(ben.user.id);
      const handoffs = await ben.agent
        .get('/api/handoffs')
        .query({ filter: JSON.stringify({ familyId: family.id }) });
      expect(handoffs.body).toEqual([
        expect.objectContaining({
          fromUserId: anna.user.id,
          toUserId: ben.user.id,
          byUserId: anna.user.id,
          note: 'Urlaub',
        }),
      ]);
      await t.drainJobs();
      const inbox = await ben.agent
        .get('/api/notifications')
        .query({ filter: '{"read":false,"type":"handoff"}' });
      expect(inbox.body[0]).toMatchObject({ link: `#/families/${family.id}/show` });
      expect(inbox.body[0].title).toContain('Familie Übergabe');
      // anna no longer owns it: a counsellor hands off only her own families
      const again = await anna.agent
        .post(`/api/families/${family.id}/handoff`)
        .send({ toUserId: lead.user.id });
      expect(again.status).toBe(404);
    });

    it('refuses a target outside the office, an inactive one, or the current owner', async () => {
      const family = await newFamily(anna, 'Familie Ziel');
      const inactive = await createUser(t.dataSource, 'counsellor', { officeId: officeA, active: false });
      for (const toUserId of [bea.user.id, inactive.id, anna.user.id, admin.user.id]) {
        const res = await anna.agent.post(`/api/families/${family.id}/handoff`).send({ toUserId });
        expect([res.status, res.body.code]).toEqual([400, 'INVALID_HANDOFF_TARGET']);
      }
      expect((await anna.agent.get(`/api/families/${family.id}`)).body.ownerId).toBe(anna.user.id);
    });

    it('is atomic: when the notification cannot be recorded in the outbox, the owner does not change', async () => {
      const family = await newFamily(anna, 'Familie Atomar');
      await t.dataSource.query(`
        CREATE FUNCTION test_fail_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'outbox unavailable'; END $$`);
      await t.dataSource.query(
        `CREATE TRIGGER test_fail BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION test_fail_outbox()`,
      );
      try {
        const res = await anna.agent
          .post(`/api/families/${family.id}/handoff`)
          .send({ toUserId: ben.user.id });
        expect(res.status).toBe(500);
      } finally {
        await t.dataSource.query(`DROP TRIGGER test_fail ON outbox`);
        await t.dataSource.query(`DROP FUNCTION test_fail_outbox()`);
      }
      const after = (await anna.agent.get(`/api/families/${family.id}`)).body;
      expect(after.ownerId).toBe(anna.user.id);
      expect(after.version).toBe(family.version);
      const rows = await t.dataSource.query(`SELECT 1 FROM handoffs WHERE family_id = $1`, [family.id]);
      expect(rows).toHaveLength(0);
    });

    it('a team lead hands off many families at once, all or nothing', async () => {
      const f1 = await newFamily(anna, 'Familie Bulk Eins');
      const f2 = await newFamily(ben, 'Familie Bulk Zwei');
      const foreign = await newFamily(bea, 'Familie Bulk Fremd');
      const mixed = await lead.agent
        .post('/api/families/handoff')
        .send({ ids: [f1.id, f2.id, foreign.id], toUserId: ben.user.id });
      expect(mixed.status).toBe(404);
      expect((await lead.agent.get(`/api/families/${f1.id}`)).body.ownerId).toBe(anna.user.id);
      const toAnna = await lead.agent
        .post('/api/families/handoff')
        .send({ ids: [f2.id], toUserId: anna.user.id });
      expect(toAnna.status).toBe(200);
      const bulk = await lead.agent
        .post('/api/families/handoff')
        .send({ ids: [f1.id, f2.id], toUserId: ben.user.id, note: 'Neuverteilung' });
      expect(bulk.status).toBe(200);
      expect(bulk.body.map((f: { ownerId: string }) => f.ownerId)).toEqual([ben.user.id, ben.user.id]);
      await t.drainJobs();
      const inbox = await ben.agent
        .get('/api/notifications')
        .query({ filter: '{"read":false,"type":"handoff"}' });
      expect(inbox.body.some((n: { title: string }) => n.title.includes('2 Familien'))).toBe(true);
    });
  });

  describe('notifications', () => {
    it('are the user’s own: mark one read, then all; others get 404', async () => {
      const family = await newFamily(anna, 'Familie Glocke');
      await anna.agent.post(`/api/families/${family.id}/handoff`).send({ toUserId: lead.user.id });
      await t.drainJobs();
      const unread = await lead.agent
        .get('/api/notifications')
        .query({ filter: '{"read":false}', range: '[0,0]' });
      const total = Number(unread.headers['content-range'].split('/')[1]);
      expect(total).toBeGreaterThan(0);
      const one = unread.body[0];
      expect((await ben.agent.get(`/api/notifications/${one.id}`)).status).toBe(404);
      const read = await lead.agent
        .put(`/api/notifications/${one.id}`)
        .send({ readAt: new Date().toISOString(), version: one.version });
      expect(read.status).toBe(200);
      const all = await lead.agent.post('/api/notifications/read-all');
      expect(all.body.updated).toBe(total - 1);
      const none = await lead.agent
        .get('/api/notifications')
        .query({ filter: '{"read":false}', range: '[0,0]' });
      expect(none.headers['content-range']).toMatch(/\/0$/);
    });
  });

  describe('audit log', () => {
    it('records reads (show, list) and writes of family data with user, action, entity, id, ip', async () => {
      const family = await newFamily(anna, 'Familie Protokoll');
      await ben.agent.get(`/api/families/${family.id}`);
      await ben.agent.get('/api/families').query({ filter: JSON.stringify({ q: 'Protokoll' }) });
      const rows: {
        user_id: string;
        action: string;
        entity: string;
        ip: string | null;
        office_id: string;
      }[] = await t.dataSource.query(
        `SELECT user_id, action, entity, ip, office_id FROM audit_events WHERE entity_id = $1 ORDER BY at`,
        [family.id],
      );
      expect(
        rows.map(
          (r) =>
            `${r.action}:${r.user_id === anna.user.id ? 'anna' : r.user_id === ben.user.id ? 'ben' : '?'}`,
        ),
      ).toEqual(['family.create:anna', 'family.read:ben', 'family.list:ben']);
      expect(rows.every((r) => r.ip && r.office_id === officeA)).toBe(true);
    });

    it('team leads read their office’s events, admins all, counsellors none', async () => {
      const family = await newFamily(bea, 'Familie Andere Stelle');
      const leadView = await lead.agent
        .get('/api/audit-events')
        .query({ filter: JSON.stringify({ entityId: family.id }) });
      expect(leadView.status).toBe(200);
      expect(leadView.body).toEqual([]);
      const adminView = await admin.agent
        .get('/api/audit-events')
        .query({ filter: JSON.stringify({ entityId: family.id }) });
      expect(adminView.body.length).toBeGreaterThan(0);
      expect((await anna.agent.get('/api/audit-events')).status).toBe(403);
    });

    it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
      await expect(t.dataSource.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    });
  });

  describe('staff and team overview', () => {
    it('lists the active colleagues of the office and a team lead’s caseload table', async () => {
      const staff = await anna.agent.get('/api/staff').query({ range: '[0,99]' });
      const ids = staff.body.map((s: { id: string }) => s.id);
      expect(ids).toEqual(expect.arrayContaining([anna.user.id, ben.user.id, lead.user.id]));
      expect(ids).not.toContain(bea.user.id);
      // issue 25.11: name, role, office and work e-mail tell colleagues apart in pickers
      expect(Object.keys(staff.body[0]).sort()).toEqual(['displayName', 'email', 'id', 'officeName', 'role']);
      expect(staff.body.find((s: { id: string }) => s.id === ben.user.id)).toMatchObject({
        email: ben.user.email,
        officeName: expect.any(String),
      });
      const overview = await lead.agent.get('/api/team/overview');
      expect(overview.status).toBe(200);
      const annaRow = overview.body.find((r: { userId: string }) => r.userId === anna.user.id);
      expect(annaRow).toMatchObject({
        activeFamilies: expect.any(Number),
        openFollowUps: expect.any(Number),
      });
      expect((await anna.agent.get('/api/team/overview')).status).toBe(403);
    });
  });
});
