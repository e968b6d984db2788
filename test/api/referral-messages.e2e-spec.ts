import { NEW_MESSAGE_NOTICE_DE, REFERRAL_MESSAGE_LIMITS } from '@lotsen/domain';
import type { Agent } from 'supertest';
import { RetentionService } from '../../apps/api/src/modules/retention/retention.service';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-data';
import { DEMO_PROVIDER_USER } from '../../apps/api/src/seed/demo-offices-users';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';
import { startTestApp, type TestApp } from '../support/test-app';
import { must, seedFixture, unique, type Fixture, type Signed } from './authorization-fixture';

/**
 * Issue 21, points 1 and 2: messages on a referral between the referring office and the
 * receiving provider (docs/api-referrals.md "messages"), and the notice without content — in
 * the app and, for who wants it, by e-mail through a real SMTP server in this process.
 */
describe('messages on a referral', () => {
  let t: TestApp;
  let f: Fixture;
  let smtp: TestSmtpServer;
  let providerB: Signed;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({
      LOGIN_IP_LIMIT: '100000',
      LOCKOUT_THRESHOLD: '1000',
      SMTP_URL: smtp.url,
      APP_URL: 'https://lotsen.example/',
      MAIL_FROM: 'Lotsen CRM <lotsen@familienbuero.example>',
    });
    f = await seedFixture(t);
    providerB = (f.other as typeof f.other & { provider: Signed }).provider;
  }, 120000);
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const counsellor = () => f.own.counsellor.agent;
  const provider = () => f.callers.provider.agent;
  const path = (id: string) => `/api/referrals/${id}/messages`;
  const write = (agent: Agent, id: string, text: string) => agent.post(path(id)).send({ text });

  /** A new warm referral of office A's family to provider A, sent, under its own consent. */
  async function warmReferral(mode: 'warm' | 'info' = 'warm'): Promise<{ id: string; consentId: string }> {
    const consent = must(
      await counsellor()
        .post('/api/consents')
        .send({ familyId: f.own.familyId, scope: 'share_with_provider', providerId: f.own.providerId }),
      201,
      'consent',
    );
    const need = must(
      await counsellor().post('/api/needs').send({ familyId: f.own.familyId, categoryKey: 'wohngeld' }),
      201,
      'need',
    );
    const referral = must(
      await counsellor()
        .post('/api/referrals')
        .send({
          needId: need.id,
          offerId: f.own.offerId,
          mode,
          ...(mode === 'warm' ? { consentId: consent.id } : {}),
        }),
      201,
      'referral',
    );
    must(
      await counsellor().post(`/api/referrals/${referral.id}/transition`).send({ to: 'sent' }),
      200,
      'send',
    );
    return { id: referral.id as string, consentId: consent.id as string };
  }

  const auditRows = async (referralId: string, action: string) =>
    (await t.dataSource.query(
      `SELECT user_id, office_id, details FROM audit_events WHERE entity_id = $1 AND action = $2 ORDER BY at`,
      [referralId, action],
    )) as { user_id: string; office_id: string; details: Record<string, unknown> | null }[];

  it('the provider writes, the counsellor answers: both read the whole thread, audited as reads and writes', async () => {
    const { id } = await warmReferral();
    const empty = await provider().get(path(id));
    expect([empty.status, empty.body, empty.headers['thread-state']]).toEqual([200, [], 'open']);

    const first = await write(provider(), id, 'Wir können am Dienstag um 10 Uhr einen Termin anbieten.');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      referralId: id,
      authorSide: 'provider',
      authorName: 'Test provider',
      text: 'Wir können am Dienstag um 10 Uhr einen Termin anbieten.',
    });
    const answer = await write(counsellor(), id, 'Danke, die Familie kommt am Dienstag.');
    expect([answer.status, answer.body.authorSide]).toEqual([201, 'office']);
    const lead = await write(f.callers.team_lead.agent, id, 'Bitte geben Sie uns danach kurz Bescheid.');
    expect(lead.status).toBe(201);

    for (const agent of [provider(), counsellor(), f.callers.team_lead.agent]) {
      const thread = await agent.get(path(id));
      expect(thread.status).toBe(200);
      expect(thread.headers['thread-state']).toBe('open');
      expect(thread.body.map((m: { authorSide: string }) => m.authorSide)).toEqual([
        'provider',
        'office',
        'office',
      ]);
      expect(Object.keys(thread.body[0]).sort()).toEqual(
        ['authorName', 'authorSide', 'createdAt', 'id', 'referralId', 'text'].sort(),
      );
    }
    // writes: who, which referral, its office, the length — never the text
    const writes = await auditRows(id, 'referral_message.create');
    expect(writes.map((w) => w.user_id)).toEqual([
      f.callers.provider.user.id,
      f.own.counsellor.user.id,
      f.callers.team_lead.user.id,
    ]);
    expect(writes.every((w) => w.office_id === f.own.officeId)).toBe(true);
    expect(JSON.stringify(writes)).not.toContain('Dienstag');
    // reads: one row per read of the thread, in the referral's office (the provider's too)
    const reads = await auditRows(id, 'referral_messages.read');
    expect(reads.map((r) => r.user_id)).toEqual([
      f.callers.provider.user.id,
      f.callers.provider.user.id,
      f.own.counsellor.user.id,
      f.callers.team_lead.user.id,
    ]);
    expect(reads.every((r) => r.office_id === f.own.officeId)).toBe(true);
  });

  it('nobody else: another office, another provider, the admin and the analyst get 404', async () => {
    const { id } = await warmReferral();
    must(await write(counsellor(), id, 'Nur für den Träger A.'), 201, 'message');
    const otherCounsellor = f.other.counsellor.agent;
    for (const agent of [otherCounsellor, providerB.agent]) {
      const read = await agent.get(path(id));
      expect([read.status, read.body.code]).toEqual([404, 'NOT_FOUND']);
      const posted = await write(agent, id, 'Hallo?');
      expect([posted.status, posted.body.code]).toEqual([404, 'NOT_FOUND']);
    }
    for (const agent of [f.admin.agent, f.analyst.agent]) {
      const read = await agent.get(path(id));
      expect([read.status, read.body.code]).toEqual([404, 'NOT_FOUND']);
      const posted = await write(agent, id, 'Hallo?');
      expect([posted.status, posted.body.code]).toEqual([404, 'NOT_FOUND']);
    }
    // a referral that does not exist, and a malformed id: the same 404
    expect((await counsellor().get(path('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
    expect((await counsellor().get(path('nope'))).status).toBe(404);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM referral_messages WHERE referral_id = $1`,
      [id],
    );
    expect(n).toBe(1);
  });

  it('an info referral has no thread: 409 NO_MESSAGE_THREAD for reading and writing', async () => {
    const { id } = await warmReferral('info');
    const read = await counsellor().get(path(id));
    expect([read.status, read.body.code]).toEqual([409, 'NO_MESSAGE_THREAD']);
    const posted = await write(counsellor(), id, 'Hallo Träger');
    expect([posted.status, posted.body.code]).toEqual([409, 'NO_MESSAGE_THREAD']);
    // the provider does not see an info referral at all
    expect((await provider().get(path(id))).status).toBe(404);
  });

  it('a draft warm referral is not open yet: the office reads an empty thread, writing is 409 THREAD_CLOSED', async () => {
    const need = must(
      await counsellor().post('/api/needs').send({ familyId: f.own.familyId, categoryKey: 'wohngeld' }),
      201,
      'need',
    );
    const draft = must(
      await counsellor()
        .post('/api/referrals')
        .send({ needId: need.id, offerId: f.own.offerId, mode: 'warm', consentId: f.own.shareConsentId }),
      201,
      'draft',
    );
    const read = await counsellor().get(path(draft.id));
    expect([read.status, read.body, read.headers['thread-state']]).toEqual([200, [], 'closed']);
    const posted = await write(counsellor(), draft.id, 'Zu früh');
    expect([posted.status, posted.body.code]).toEqual([409, 'THREAD_CLOSED']);
    expect((await provider().get(path(draft.id))).status).toBe(404);
  });

  it('plain text: up to the limit of libs/domain, no HTML; a "<" that opens no tag is kept as typed', async () => {
    const { id } = await warmReferral();
    const max = 'x'.repeat(REFERRAL_MESSAGE_LIMITS.textMax);
    expect((await write(counsellor(), id, max)).status).toBe(201);
    const tooLong = await write(counsellor(), id, `${max}x`);
    expect([tooLong.status, tooLong.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(JSON.stringify(tooLong.body.details)).toContain('text');
    for (const html of ['<b>fett</b>', 'Hallo <img src=x onerror=alert(1)>', '<!-- versteckt -->']) {
      const res = await write(provider(), id, html);
      expect([html, res.status, res.body.code]).toEqual([html, 400, 'VALIDATION_FAILED']);
    }
    for (const bad of [{ text: '   ' }, { text: 42 }, {}, { text: 'ok', extra: 1 }]) {
      const res = await provider().post(path(id)).send(bad);
      expect([JSON.stringify(bad), res.status]).toEqual([JSON.stringify(bad), 400]);
    }
    const plain = 'Kind < 3 Jahre & Mutter > 18 – "Termin" um 9 Uhr';
    const kept = await write(provider(), id, plain);
    expect([kept.status, kept.body.text]).toEqual([201, plain]);
    const thread = await counsellor().get(path(id));
    expect(thread.body.map((m: { text: string }) => m.text)).toEqual([max, plain]);
  });

  it('withdrawing the consent closes the thread at once and hides it from the provider', async () => {
    const { id, consentId } = await warmReferral();
    must(await write(provider(), id, 'Wann passt es der Familie?'), 201, 'message');
    must(await write(counsellor(), id, 'Vormittags, am liebsten montags.'), 201, 'message');
    // a notice for the provider still waits in the outbox when the family withdraws
    const consent = must(await counsellor().get(`/api/consents/${consentId}`), 200, 'consent');
    must(
      await counsellor()
        .put(`/api/consents/${consentId}`)
        .send({ version: consent.version, withdrawnAt: new Date().toISOString() }),
      200,
      'withdraw',
    );

    const hidden = await provider().get(path(id));
    expect([hidden.status, hidden.body.code]).toEqual([404, 'NOT_FOUND']);
    const refused = await write(provider(), id, 'Noch da?');
    expect([refused.status, refused.body.code]).toEqual([404, 'NOT_FOUND']);
    // the office keeps the thread to read, closed
    const kept = await counsellor().get(path(id));
    expect([kept.status, kept.headers['thread-state'], kept.body.length]).toEqual([200, 'closed', 2]);
    const closed = await write(counsellor(), id, 'Noch eine Frage');
    expect([closed.status, closed.body.code]).toEqual([409, 'THREAD_CLOSED']);

    await t.drainJobs();
    const notices = await t.dataSource.query(
      `SELECT user_id FROM notifications WHERE type = 'referral_message' AND link = $1`,
      [`#/referrals/${id}/show`],
    );
    // the counsellor heard of the provider's message; the provider's notice was not delivered
    expect(notices.map((n: { user_id: string }) => n.user_id)).toEqual([f.own.counsellor.user.id]);
  });

  it('a new message notifies the other side in the app: no name, no content, a link to the referral', async () => {
    const { id } = await warmReferral();
    const secret = `Geheimer Inhalt ${unique()}`;
    must(await write(counsellor(), id, secret), 201, 'message');
    await t.drainJobs();
    const inbox = await provider()
      .get('/api/notifications')
      .query({ filter: JSON.stringify({ type: 'referral_message' }), range: '[0,99]' });
    expect(inbox.status).toBe(200);
    const notice = inbox.body.find((n: { link: string }) => n.link === `#/referrals/${id}/show`);
    expect(notice).toMatchObject({
      type: 'referral_message',
      title: NEW_MESSAGE_NOTICE_DE,
      familyName: null,
    });
    expect(JSON.stringify(inbox.body)).not.toContain(secret);
    // the writer is not told of their own message; the other provider hears nothing
    const own = await t.dataSource.query(
      `SELECT user_id FROM notifications WHERE type = 'referral_message' AND link = $1`,
      [`#/referrals/${id}/show`],
    );
    expect(own.map((n: { user_id: string }) => n.user_id)).toEqual([f.callers.provider.user.id]);
    const payloads = JSON.stringify(
      await t.dataSource.query(`SELECT payload FROM outbox WHERE payload->>'referralId' = $1`, [id]),
    );
    expect(payloads).not.toContain(secret);
  });

  it('an e-mail without name or content reaches who asked for it, through the SMTP server', async () => {
    const { id } = await warmReferral();
    const defaults = await provider().get('/api/auth/preferences');
    expect([defaults.status, defaults.body]).toEqual([200, { emailOnMessage: false }]);
    const on = await provider().put('/api/auth/preferences').send({ emailOnMessage: true });
    expect([on.status, on.body]).toEqual([200, { emailOnMessage: true }]);
    expect((await provider().put('/api/auth/preferences').send({ emailOnMessage: 'ja' })).status).toBe(400);

    smtp.mails.length = 0;
    const secret = `Familie braucht Hilfe bei ${unique()}`;
    must(await write(counsellor(), id, secret), 201, 'message');
    // the provider answers: the counsellor did not ask for e-mail and gets none
    must(await write(provider(), id, `Antwort ${unique()}`), 201, 'message');
    await t.drainJobs();

    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail.to).toEqual([f.callers.provider.user.email]);
    expect(mail.from).toBe('lotsen@familienbuero.example');
    expect(mail.subject).toBe(NEW_MESSAGE_NOTICE_DE);
    expect(mail.text).toContain(`https://lotsen.example/#/referrals/${id}/show`);
    const [family] = await t.dataSource.query(`SELECT name FROM families WHERE id = $1`, [f.own.familyId]);
    const [providerRow] = await t.dataSource.query(`SELECT name FROM providers WHERE id = $1`, [
      f.own.providerId,
    ]);
    const persons = await t.dataSource.query(
      `SELECT first_name, last_name FROM persons WHERE family_id = $1`,
      [f.own.familyId],
    );
    const names: string[] = [
      family.name,
      providerRow.name,
      'Test counsellor',
      ...persons.flatMap((p: { first_name: string | null; last_name: string | null }) => [
        p.first_name ?? '',
        p.last_name ?? '',
      ]),
    ].filter((n) => n.length > 2);
    expect(names.length).toBeGreaterThan(3);
    for (const needle of [secret, ...names]) {
      expect([needle, mail.raw.includes(needle), mail.text.includes(needle)]).toEqual([needle, false, false]);
    }
    must(await provider().put('/api/auth/preferences').send({ emailOnMessage: false }), 200, 'off');
  });

  it('without SMTP_URL no e-mail is attempted: nothing is queued', async () => {
    const { id } = await warmReferral();
    must(await provider().put('/api/auth/preferences').send({ emailOnMessage: true }), 200, 'on');
    const smtpUrl = t.config.smtpUrl;
    t.config.smtpUrl = null; // the API's configuration, as if SMTP_URL were unset
    try {
      must(await write(counsellor(), id, 'Ohne Mailserver'), 201, 'message');
    } finally {
      t.config.smtpUrl = smtpUrl;
    }
    const jobs = await t.dataSource.query(`SELECT job FROM outbox WHERE payload->>'referralId' = $1`, [id]);
    expect(jobs.map((j: { job: string }) => j.job)).toEqual(['notify']);
    must(await write(counsellor(), id, 'Mit Mailserver'), 201, 'message');
    const again = await t.dataSource.query(
      `SELECT job FROM outbox WHERE payload->>'referralId' = $1 ORDER BY created_at`,
      [id],
    );
    expect(again.map((j: { job: string }) => j.job).sort()).toEqual(['mail', 'notify', 'notify']);
    must(await provider().put('/api/auth/preferences').send({ emailOnMessage: false }), 200, 'off');
  });

  it('messages go with the family: Art. 17 anonymization and the retention run delete them', async () => {
    const { id } = await warmReferral();
    must(await write(provider(), id, 'Die Familie war am Montag da.'), 201, 'message');
    must(await write(f.other.counsellor.agent, f.other.referralId, 'Nachricht an Träger B'), 201, 'message');
    const count = async (familyId: string) =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM referral_messages m JOIN referrals r ON r.id = m.referral_id
           WHERE r.family_id = $1`,
          [familyId],
        )
      )[0].n as number;
    expect(await count(f.own.familyId)).toBeGreaterThan(1);
    expect(await count(f.other.familyId)).toBe(1);

    const anonymized = await f.callers.team_lead.agent
      .post(`/api/families/${f.own.familyId}/anonymize`)
      .send({ reason: 'data_subject_request' });
    expect(anonymized.status).toBe(200);
    expect(await count(f.own.familyId)).toBe(0);
    const [audit] = await auditRows(f.own.familyId, 'family.anonymize');
    expect((audit.details?.erased as Record<string, number>).referralMessages).toBeGreaterThan(1);
    const gone = await counsellor().get(path(id));
    expect([gone.status, gone.body]).toEqual([200, []]);

    // office B's family, without activity for longer than RETENTION_MONTHS: the nightly run
    await t.dataSource.query(
      `UPDATE families SET last_activity_at = now() - interval '30 months' WHERE id = $1`,
      [f.other.familyId],
    );
    const run = await (await t.worker()).context.get(RetentionService).run('manual');
    expect(run.anonymized).toBeGreaterThanOrEqual(1);
    expect(await count(f.other.familyId)).toBe(0);
  });
});

describe('demo data: threads on a few warm referrals (issue 21.6)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.dataSource);
  }, 180000);
  afterAll(() => t.close());

  it('the demo provider finds open threads from both sides on its referrals, another provider one', async () => {
    const provider = t.agent();
    const login = await provider
      .post('/api/auth/login')
      .send({ email: DEMO_PROVIDER_USER, password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const threads: { referral_id: string; provider_id: string; sides: string[] }[] = await t.dataSource.query(
      `SELECT m.referral_id, r.provider_id, array_agg(m.author_side ORDER BY m.created_at) AS sides
         FROM referral_messages m JOIN referrals r ON r.id = m.referral_id
        GROUP BY m.referral_id, r.provider_id`,
    );
    const own = threads.filter((x) => x.provider_id === login.body.providerId);
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(threads.length - own.length).toBe(1);
    for (const thread of own) {
      const res = await provider.get(`/api/referrals/${thread.referral_id}/messages`);
      expect([res.status, res.headers['thread-state']]).toEqual([200, 'open']);
      expect(res.body.map((m: { authorSide: string }) => m.authorSide)).toEqual(thread.sides);
      expect(new Set(thread.sides)).toEqual(new Set(['office', 'provider']));
      const times = res.body.map((m: { createdAt: string }) => Date.parse(m.createdAt));
      expect(times.every((time: number) => time < Date.now())).toBe(true);
    }
  });
});
