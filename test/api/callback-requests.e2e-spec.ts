import { CALLBACK_CONSENT_TEXTS, CALLBACK_CONSENT_VERSION, LIFE_SITUATIONS } from '@lotsen/domain';
import type { Agent } from 'supertest';
import { JobRunner } from '../../apps/api/src/jobs/job-runner.service';
import { JobName } from '../../apps/api/src/jobs/job-types';
import { signCallbackFormToken } from '../../apps/api/src/modules/portal/callback-token';
import { changedTables, tableChecksums } from '../support/db-checksum';
import { createOffice, signedIn, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * "Rückruf erbitten" (issue 17 point 7; docs/portal.md): the public form and request with its
 * abuse rules, the staff inbox (office scope, roles, moves, contact), the bell and the erasure
 * by the retention job.
 */
describe('Rückrufbitten from the Familienportal', () => {
  let t: TestApp;
  let officeA: string;
  let officeB: string;
  let inactiveOffice: string;
  let counsellor: { user: TestUser; agent: Agent };
  let teamLead: { user: TestUser; agent: Agent };
  let colleague: { user: TestUser; agent: Agent };
  let otherOffice: { user: TestUser; agent: Agent };
  let serviceId: string;
  let ipSeq = 0;

  /** A client of its own address (TRUST_PROXY=1): each test has its own rate-limit window. */
  const client = () => {
    const ip = `203.0.113.${++ipSeq}`;
    return {
      ip,
      post: (body: object) => t.http().post('/api/portal/callbacks').set('X-Forwarded-For', ip).send(body),
    };
  };
  /** A form issued `agoMs` ago. */
  const token = (agoMs = 10_000) =>
    signCallbackFormToken(t.config.sessionSecret, new Date(Date.now() - agoMs));
  const valid = (extra: object = {}) => ({
    token: token(),
    website: '',
    officeId: officeA,
    topic: 'lebenslage:kinderbetreuung',
    name: 'Mama von Mia',
    phone: '0331 555 0123',
    lang: 'uk',
    preferredTime: 'vormittags',
    consent: true,
    consentVersion: CALLBACK_CONSENT_VERSION,
    ...extra,
  });
  const count = async (sql = 'SELECT count(*)::int AS n FROM callback_requests') =>
    ((await t.dataSource.query(sql))[0] as { n: number }).n;
  /** A request of `officeId` stored directly (for the staff side's tests). */
  const stored = async (officeId = officeA, fields: Record<string, unknown> = {}): Promise<string> => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO callback_requests (office_id, topic, name, phone, email, lang, consent_text, consent_version)
       VALUES ($1, $2, 'Pseudonym', $3, $4, 'de', $5, $6) RETURNING id`,
      [
        officeId,
        fields.topic ?? 'sonstiges',
        fields.phone === undefined ? '0331 1' + '23456' : fields.phone,
        fields.email ?? null,
        CALLBACK_CONSENT_TEXTS.de,
        CALLBACK_CONSENT_VERSION,
      ],
    );
    return id as string;
  };

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', TRUST_PROXY: '1', CALLBACK_RATE_LIMIT: '5' });
    officeA = await createOffice(t.dataSource, 'Familienbüro Rückruf');
    officeB = await createOffice(t.dataSource, 'Familienbüro Anderswo');
    inactiveOffice = await createOffice(t.dataSource, 'Geschlossener Standort');
    await t.dataSource.query(`UPDATE offices SET active = false WHERE id = $1`, [inactiveOffice]);
    counsellor = await signedIn(t, 'counsellor', { officeId: officeA });
    colleague = await signedIn(t, 'counsellor', { officeId: officeA });
    teamLead = await signedIn(t, 'team_lead', { officeId: officeA });
    otherOffice = await signedIn(t, 'counsellor', { officeId: officeB });
    const admin = await signedIn(t, 'admin');
    const provider = await admin.agent
      .post('/api/providers')
      .send({ name: 'Wohngeldstelle', kind: 'city_department' });
    const service = await admin.agent.post('/api/services').send({
      titleDe: 'Wohngeld',
      responsibleProviderId: provider.body.id,
      categoryKeys: ['wohngeld'],
    });
    expect(service.status).toBe(201);
    serviceId = service.body.id;
  }, 120000);
  afterAll(() => t.close());

  describe('public form and request', () => {
    it('GET /api/portal/callback-form: token, consent text in the language, active offices, topics', async () => {
      const res = await t.http().get('/api/portal/callback-form').query({ lang: 'ar' });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(
        ['consentText', 'consentVersion', 'lang', 'offices', 'token', 'topics'].sort(),
      );
      expect(res.body).toMatchObject({
        lang: 'ar',
        consentVersion: CALLBACK_CONSENT_VERSION,
        consentText: CALLBACK_CONSENT_TEXTS.ar,
      });
      expect(res.body.token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
      const offices = res.body.offices as { id: string; name: string }[];
      expect(offices).toContainEqual({ id: officeA, name: 'Familienbüro Rückruf' });
      expect(offices.map((o) => o.id)).not.toContain(inactiveOffice);
      const topics = res.body.topics as { value: string; label: string }[];
      expect(topics.slice(0, LIFE_SITUATIONS.length).map((x) => x.label)).toEqual(
        LIFE_SITUATIONS.map((s) => s.labels.ar),
      );
      expect(topics).toContainEqual({ value: `leistung:${serviceId}`, label: 'Wohngeld' });
      expect(topics[topics.length - 1]).toEqual({ value: 'sonstiges', label: 'موضوع آخر' });
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.headers['cache-control']).toBe('no-store');
      // no lang: German; an unknown one: 400
      expect((await t.http().get('/api/portal/callback-form')).body.consentText).toBe(
        CALLBACK_CONSENT_TEXTS.de,
      );
      expect((await t.http().get('/api/portal/callback-form').query({ lang: 'fr' })).status).toBe(400);
    });

    it('a filled honeypot is answered exactly like success and stores nothing', async () => {
      const before = await tableChecksums(t.dataSource);
      const res = await client().post(valid({ website: 'https://spam.example' }));
      expect([res.status, res.body]).toEqual([201, { ok: true }]);
      expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
    });

    it('refuses, with its own code, and writes nothing: too fast, expired, forged, consent, contact, office, topic', async () => {
      const before = await tableChecksums(t.dataSource);
      const forged = token().replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
      const cases: [object, number, string][] = [
        [valid({ token: token(500) }), 400, 'CALLBACK_TOO_FAST'],
        [valid({ token: token(-60_000) }), 400, 'CALLBACK_TOO_FAST'], // issued in the future
        [valid({ token: token(2 * 3600_000 + 1000) }), 400, 'CALLBACK_FORM_EXPIRED'],
        [valid({ token: forged }), 400, 'CALLBACK_FORM_EXPIRED'],
        [valid({ token: 'irgendwas' }), 400, 'CALLBACK_FORM_EXPIRED'],
        [valid({ consent: false }), 400, 'CALLBACK_CONSENT_MISSING'],
        [valid({ consentVersion: '2025-01-v0' }), 400, 'CALLBACK_CONSENT_MISSING'],
        [valid({ phone: undefined }), 400, 'CALLBACK_CONTACT_MISSING'],
        [valid({ phone: '  ', email: '' }), 400, 'CALLBACK_CONTACT_MISSING'],
        [valid({ officeId: inactiveOffice }), 400, 'VALIDATION_FAILED'],
        [valid({ officeId: '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4' }), 400, 'VALIDATION_FAILED'],
        [valid({ topic: 'lebenslage:mond' }), 400, 'VALIDATION_FAILED'],
        [valid({ topic: 'leistung:6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4' }), 400, 'VALIDATION_FAILED'],
        [valid({ name: 'x'.repeat(81) }), 400, 'VALIDATION_FAILED'],
        [valid({ name: '   ' }), 400, 'VALIDATION_FAILED'],
        [valid({ preferredTime: 'y'.repeat(121) }), 400, 'VALIDATION_FAILED'],
        [valid({ phone: 'ruf mich an' }), 400, 'VALIDATION_FAILED'],
        [valid({ email: 'keine-adresse' }), 400, 'VALIDATION_FAILED'],
        [valid({ lang: 'fr' }), 400, 'VALIDATION_FAILED'],
        [valid({ ip: '1.2.3.4' }), 400, 'VALIDATION_FAILED'],
      ];
      const wrong: string[] = [];
      for (const [i, [body, status, code]] of cases.entries()) {
        const res = await client().post(body);
        if (res.status !== status || res.body.code !== code) {
          wrong.push(`case ${i}: ${res.status} ${JSON.stringify(res.body)}`);
        }
      }
      expect(wrong).toEqual([]);
      const office = await client().post(valid({ officeId: inactiveOffice }));
      expect(office.body.details).toEqual([{ field: 'officeId', messages: ['no active office'] }]);
      expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
    });

    it('stores a valid request with the consent text shown, no IP, no cookie; the office is told (bell)', async () => {
      const before = await count();
      const audits = await count('SELECT count(*)::int AS n FROM audit_events');
      const res = await client().post(valid({ email: 'mama@example.org', preferredTime: '  nachmittags ' }));
      expect([res.status, res.body]).toEqual([201, { ok: true }]);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(await count()).toBe(before + 1);
      expect(await count('SELECT count(*)::int AS n FROM audit_events')).toBe(audits);
      const [row] = await t.dataSource.query(
        `SELECT * FROM callback_requests ORDER BY created_at DESC LIMIT 1`,
      );
      expect(row).toMatchObject({
        office_id: officeA,
        topic: 'lebenslage:kinderbetreuung',
        name: 'Mama von Mia',
        phone: '0331 555 0123',
        email: 'mama@example.org',
        lang: 'uk',
        preferred_time: 'nachmittags',
        consent_text: CALLBACK_CONSENT_TEXTS.uk,
        consent_version: CALLBACK_CONSENT_VERSION,
        status: 'open',
        taken_by_id: null,
        contact_id: null,
      });
      expect(JSON.stringify(row)).not.toContain('203.0.113');
      // the bell: counsellors and the team lead of office A, nobody of office B; no personal data
      await t.drainJobs();
      const bells: { user_id: string; title: string; link: string; type: string }[] =
        await t.dataSource.query(`SELECT user_id, title, link, type FROM notifications WHERE link = $1`, [
          `#/callback-requests/${row.id}/show`,
        ]);
      expect(bells.map((b) => b.user_id).sort()).toEqual(
        [counsellor.user.id, colleague.user.id, teamLead.user.id].sort(),
      );
      for (const bell of bells) {
        expect(bell).toMatchObject({
          type: 'callback_request',
          title: 'Neue Rückrufbitte aus dem Familienportal',
        });
      }
      const [outbox] = await t.dataSource.query(
        `SELECT payload FROM outbox WHERE job = 'notify' ORDER BY created_at DESC LIMIT 1`,
      );
      expect(JSON.stringify(outbox.payload)).not.toMatch(/Mama|0331|example\.org/);
    });

    it('limits requests per client address in memory: the 6th of a window is 429 CALLBACK_RATE_LIMITED', async () => {
      const c = client();
      const before = await count();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await c.post(valid({ consent: i === 0 ? true : false }))).status);
      expect(statuses).toEqual([201, 400, 400, 400, 400]); // bad attempts count too
      const limited = await c.post(valid());
      expect([limited.status, limited.body.code]).toEqual([429, 'CALLBACK_RATE_LIMITED']);
      expect(await count()).toBe(before + 1);
      // another address is not affected
      expect((await client().post(valid())).status).toBe(201);
    });
  });

  describe('the staff inbox', () => {
    it('lists the office’s requests only, with German topic labels and Content-Range; reads are audited', async () => {
      const mine = await stored(officeA, { topic: `leistung:${serviceId}` });
      const theirs = await stored(officeB);
      const res = await counsellor.agent.get('/api/callback-requests').query({
        filter: JSON.stringify({ status: 'open' }),
        sort: JSON.stringify(['createdAt', 'DESC']),
        range: '[0,99]',
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-range']).toMatch(/^callback-requests 0-\d+\/\d+$/);
      const ids = (res.body as { id: string }[]).map((r) => r.id);
      expect(ids).toContain(mine);
      expect(ids).not.toContain(theirs);
      expect(res.body.find((r: { id: string }) => r.id === mine)).toMatchObject({
        topicLabel: 'Leistung: Wohngeld',
        status: 'open',
        name: 'Pseudonym',
      });
      const audit = await t.dataSource.query(
        `SELECT action, office_id FROM audit_events WHERE entity = 'callback_request' AND entity_id = $1`,
        [mine],
      );
      expect(audit).toContainEqual({ action: 'callback_request.list', office_id: officeA });
      expect((await otherOffice.agent.get(`/api/callback-requests/${mine}`)).status).toBe(404);
      // the menu's badge: the office's open requests, a count only (not audited)
      const open = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM callback_requests WHERE office_id = $1 AND status = 'open'`,
        [officeA],
      );
      const audited = await count('SELECT count(*)::int AS n FROM audit_events');
      const badge = await counsellor.agent.get('/api/callback-requests/open-count');
      expect(badge.body).toEqual({ open: open[0].n });
      expect(open[0].n).toBeGreaterThan(0);
      expect(await count('SELECT count(*)::int AS n FROM audit_events')).toBe(audited);
      const elsewhere = await otherOffice.agent.get('/api/callback-requests/open-count');
      expect(elsewhere.body).toEqual({ open: 1 }); // office B's one request above
      expect((await teamLead.agent.get(`/api/callback-requests/${mine}`)).status).toBe(200);
    });

    it('refuses analysts, admins and provider users (403), other offices 404, nobody signed in 401', async () => {
      const id = await stored();
      for (const role of ['admin', 'analyst', 'provider'] as const) {
        const who = await signedIn(t, role);
        for (const res of [
          await who.agent.get('/api/callback-requests'),
          await who.agent.get(`/api/callback-requests/${id}`),
          await who.agent.post(`/api/callback-requests/${id}/take`).send({}),
        ]) {
          expect([role, res.status, res.body.code]).toEqual([role, 403, 'FORBIDDEN']);
        }
      }
      for (const move of ['take', 'done', 'close', 'contact']) {
        const res = await otherOffice.agent.post(`/api/callback-requests/${id}/${move}`).send({});
        expect([move, res.status]).toEqual([move, move === 'take' || move === 'contact' ? 404 : 400]);
      }
      expect((await t.http().get('/api/callback-requests')).status).toBe(401);
      const [row] = await t.dataSource.query(`SELECT status FROM callback_requests WHERE id = $1`, [id]);
      expect(row.status).toBe('open');
    });

    it('moves open → taken → done with the outcome; a wrong move is 409 CALLBACK_STATE_CONFLICT; a stale version 409', async () => {
      const id = await stored();
      const path = (m: string) => `/api/callback-requests/${id}/${m}`;
      const tooEarly = await counsellor.agent.post(path('done')).send({ outcome: 'Zurückgerufen' });
      expect([tooEarly.status, tooEarly.body.code]).toEqual([409, 'CALLBACK_STATE_CONFLICT']);
      const stale = await counsellor.agent.post(path('take')).send({ version: 7 });
      expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
      const taken = await counsellor.agent.post(path('take')).send({ version: 1 });
      expect(taken.status).toBe(200);
      expect(taken.body).toMatchObject({ status: 'taken', takenById: counsellor.user.id, version: 2 });
      const twice = await colleague.agent.post(path('take')).send({});
      expect([twice.status, twice.body.code]).toEqual([409, 'CALLBACK_STATE_CONFLICT']);
      expect((await counsellor.agent.post(path('done')).send({ outcome: '' })).status).toBe(400);
      expect((await counsellor.agent.post(path('done')).send({ outcome: 'x'.repeat(1001) })).status).toBe(
        400,
      );
      const done = await counsellor.agent
        .post(path('done'))
        .send({ outcome: 'Zurückgerufen, Termin am Montag' });
      expect(done.body).toMatchObject({ status: 'done', outcome: 'Zurückgerufen, Termin am Montag' });
      expect(done.body.doneAt).toEqual(expect.any(String));
      const close = await counsellor.agent.post(path('close')).send({ reason: 'duplicate' });
      expect([close.status, close.body.code]).toEqual([409, 'CALLBACK_STATE_CONFLICT']);
      const audit = await t.dataSource.query(
        `SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'callback_request.%' ORDER BY at`,
        [id],
      );
      expect(
        audit.map((a: { action: string }) => a.action).filter((a: string) => !a.endsWith('.read')),
      ).toEqual(['callback_request.take', 'callback_request.done']);
    });

    it('closes an open or taken request with a reason; a closed one moves no more', async () => {
      const open = await stored();
      const closed = await teamLead.agent
        .post(`/api/callback-requests/${open}/close`)
        .send({ reason: 'spam' });
      expect(closed.body).toMatchObject({ status: 'closed', closeReason: 'spam' });
      expect(
        (await teamLead.agent.post(`/api/callback-requests/${open}/close`).send({ reason: 'spam' })).status,
      ).toBe(409);
      expect((await teamLead.agent.post(`/api/callback-requests/${open}/take`).send({})).status).toBe(409);
      const bad = await teamLead.agent
        .post(`/api/callback-requests/${open}/close`)
        .send({ reason: 'keine Lust' });
      expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const taken = await stored();
      await counsellor.agent.post(`/api/callback-requests/${taken}/take`).send({});
      const closedTaken = await counsellor.agent
        .post(`/api/callback-requests/${taken}/close`)
        .send({ reason: 'not_reachable' });
      expect(closedTaken.body.status).toBe('closed');
    });

    it('turns a request into an anonymous contact of the office, once: channel and the topic’s needs', async () => {
      const byPhone = await stored(officeA, { topic: 'lebenslage:kinderbetreuung' });
      await counsellor.agent.post(`/api/callback-requests/${byPhone}/take`).send({});
      const res = await counsellor.agent.post(`/api/callback-requests/${byPhone}/contact`).send({});
      expect(res.status).toBe(200);
      expect(res.body.contactId).toEqual(expect.any(String));
      const contact = await counsellor.agent.get(`/api/contacts/${res.body.contactId}`);
      expect(contact.body).toMatchObject({
        familyId: null,
        officeId: officeA,
        channel: 'phone',
        counsellorId: counsellor.user.id,
      });
      const childcare = LIFE_SITUATIONS.find((s) => s.key === 'kinderbetreuung');
      expect(contact.body.needs.map((n: { categoryKey: string }) => n.categoryKey)).toEqual([
        childcare?.categoryKeys[0],
      ]);
      expect(JSON.stringify(contact.body)).not.toContain('Pseudonym');
      const again = await counsellor.agent.post(`/api/callback-requests/${byPhone}/contact`).send({});
      expect([again.status, again.body.code]).toEqual([409, 'CALLBACK_STATE_CONFLICT']);

      const byMail = await stored(officeA, {
        topic: `leistung:${serviceId}`,
        phone: null,
        email: 'a@b.example',
      });
      const mail = await teamLead.agent.post(`/api/callback-requests/${byMail}/contact`).send({});
      const mailContact = await teamLead.agent.get(`/api/contacts/${mail.body.contactId}`);
      expect(mailContact.body.channel).toBe('email');
      expect(mailContact.body.needs.map((n: { categoryKey: string }) => n.categoryKey)).toEqual(['wohngeld']);

      const closed = await stored();
      await counsellor.agent.post(`/api/callback-requests/${closed}/close`).send({ reason: 'withdrawn' });
      const refused = await counsellor.agent.post(`/api/callback-requests/${closed}/contact`).send({});
      expect([refused.status, refused.body.code]).toEqual([409, 'CALLBACK_STATE_CONFLICT']);
    });
  });

  it('erases a request at once when the family withdraws its consent; the contact made from it stays', async () => {
    const id = await stored();
    const made = await counsellor.agent.post(`/api/callback-requests/${id}/contact`).send({});
    expect(made.status).toBe(200);
    expect((await otherOffice.agent.delete(`/api/callback-requests/${id}`)).status).toBe(404);
    const res = await teamLead.agent.delete(`/api/callback-requests/${id}`);
    expect([res.status, res.body]).toEqual([200, { id }]);
    expect(await count(`SELECT count(*)::int AS n FROM callback_requests WHERE id = '${id}'`)).toBe(0);
    expect((await counsellor.agent.get(`/api/callback-requests/${id}`)).status).toBe(404);
    expect((await counsellor.agent.get(`/api/contacts/${made.body.contactId}`)).status).toBe(200);
    const [audit] = await t.dataSource.query(
      `SELECT user_id, office_id, details FROM audit_events WHERE action = 'callback_request.delete' AND entity_id = $1`,
      [id],
    );
    expect(audit).toEqual({ user_id: teamLead.user.id, office_id: officeA, details: { status: 'open' } });
  });

  it('the retention job erases untaken requests after 30 days and done or closed ones 30 days after; it keeps the rest', async () => {
    const at = (days: number) => `now() - interval '${days} days'`;
    const make = async (status: string, created: number, doneOrClosed?: number): Promise<string> => {
      const id = await stored();
      await t.dataSource.query(
        `UPDATE callback_requests SET status = $2, created_at = ${at(created)},
           taken_at = CASE WHEN $2 = 'open' THEN NULL ELSE ${at(created)} END,
           outcome = CASE WHEN $2 = 'done' THEN 'erledigt' END,
           done_at = CASE WHEN $2 = 'done' THEN ${at(doneOrClosed ?? 0)} END,
           closed_at = CASE WHEN $2 = 'closed' THEN ${at(doneOrClosed ?? 0)} END
         WHERE id = $1`,
        [id, status],
      );
      return id;
    };
    const erased = [await make('open', 31), await make('done', 70, 31), await make('closed', 40, 30.5)];
    const kept = [
      await make('open', 29),
      await make('taken', 90),
      await make('done', 70, 29),
      await make('closed', 40, 10),
    ];
    const runner = (await t.worker()).context.get(JobRunner);
    const result = await runner.run(
      JobName.Retention,
      {},
      { outboxId: null, jobId: 'test-retention-callbacks' },
    );
    expect(result).toMatchObject({ callbackRequestsDeleted: erased.length });
    const left: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM callback_requests WHERE id = ANY ($1::uuid[])`,
      [[...erased, ...kept]],
    );
    expect(left.map((r) => r.id).sort()).toEqual([...kept].sort());
    const [run] = await t.dataSource.query(
      `SELECT callback_requests_deleted FROM retention_runs ORDER BY started_at DESC LIMIT 1`,
    );
    expect(run.callback_requests_deleted).toBe(erased.length);
    const second = await runner.run(
      JobName.Retention,
      {},
      { outboxId: null, jobId: 'test-retention-callbacks-2' },
    );
    expect(second).toMatchObject({ callbackRequestsDeleted: 0 });
  });
});
