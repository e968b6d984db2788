import { CALLBACK_CONSENT_TEXTS, CALLBACK_CONSENT_VERSION, LIFE_SITUATIONS } from '@lotsen/domain';
import { changedTables, tableChecksums } from '../support/db-checksum';
import { callbackWorld } from './callback-fixture';

/**
 * "Rückruf erbitten" (issue 17 point 7; docs/portal.md), the public side: the form, the request
 * and its abuse rules (honeypot, too fast, expired, rate limit), nothing written on bad input, no
 * IP address, no cookie, and the bell of the office. The staff side: callback-requests.e2e-spec.ts.
 */
describe('Rückrufbitten from the Familienportal: the public form and request', () => {
  const w = callbackWorld();

  describe('public form and request', () => {
    it('GET /api/portal/callback-form: token, consent text in the language, active offices, topics', async () => {
      const res = await w.t.http().get('/api/portal/callback-form').query({ lang: 'ar' });
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
      expect(offices).toContainEqual({ id: w.officeA, name: 'Familienbüro Rückruf' });
      expect(offices.map((o) => o.id)).not.toContain(w.inactiveOffice);
      const topics = res.body.topics as { value: string; label: string }[];
      expect(topics.slice(0, LIFE_SITUATIONS.length).map((x) => x.label)).toEqual(
        LIFE_SITUATIONS.map((s) => s.labels.ar),
      );
      expect(topics).toContainEqual({ value: `leistung:${w.serviceId}`, label: 'Wohngeld' });
      expect(topics[topics.length - 1]).toEqual({ value: 'sonstiges', label: 'موضوع آخر' });
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.headers['cache-control']).toBe('no-store');
      // no lang: German; an unknown one: 400
      expect((await w.t.http().get('/api/portal/callback-form')).body.consentText).toBe(
        CALLBACK_CONSENT_TEXTS.de,
      );
      expect((await w.t.http().get('/api/portal/callback-form').query({ lang: 'fr' })).status).toBe(400);
    });

    it('a filled honeypot is answered exactly like success and stores nothing', async () => {
      const before = await tableChecksums(w.t.dataSource);
      const res = await w.client().post(w.valid({ website: 'https://spam.example' }));
      expect([res.status, res.body]).toEqual([201, { ok: true }]);
      expect(changedTables(before, await tableChecksums(w.t.dataSource))).toEqual([]);
    });

    it('refuses, with its own code, and writes nothing: too fast, expired, forged, consent, contact, office, topic', async () => {
      const before = await tableChecksums(w.t.dataSource);
      const forged = w.token().replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
      const cases: [object, number, string][] = [
        [w.valid({ token: w.token(500) }), 400, 'CALLBACK_TOO_FAST'],
        [w.valid({ token: w.token(-60_000) }), 400, 'CALLBACK_TOO_FAST'], // issued in the future
        [w.valid({ token: w.token(2 * 3600_000 + 1000) }), 400, 'CALLBACK_FORM_EXPIRED'],
        [w.valid({ token: forged }), 400, 'CALLBACK_FORM_EXPIRED'],
        [w.valid({ token: 'irgendwas' }), 400, 'CALLBACK_FORM_EXPIRED'],
        [w.valid({ consent: false }), 400, 'CALLBACK_CONSENT_MISSING'],
        [w.valid({ consentVersion: '2025-01-v0' }), 400, 'CALLBACK_CONSENT_MISSING'],
        [w.valid({ phone: undefined }), 400, 'CALLBACK_CONTACT_MISSING'],
        [w.valid({ phone: '  ', email: '' }), 400, 'CALLBACK_CONTACT_MISSING'],
        [w.valid({ officeId: w.inactiveOffice }), 400, 'VALIDATION_FAILED'],
        [w.valid({ officeId: '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4' }), 400, 'VALIDATION_FAILED'],
        [w.valid({ topic: 'lebenslage:mond' }), 400, 'VALIDATION_FAILED'],
        [w.valid({ topic: 'leistung:6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4' }), 400, 'VALIDATION_FAILED'],
        [w.valid({ name: 'x'.repeat(81) }), 400, 'VALIDATION_FAILED'],
        [w.valid({ name: '   ' }), 400, 'VALIDATION_FAILED'],
        [w.valid({ preferredTime: 'y'.repeat(121) }), 400, 'VALIDATION_FAILED'],
        [w.valid({ phone: 'ruf mich an' }), 400, 'VALIDATION_FAILED'],
        [w.valid({ email: 'keine-adresse' }), 400, 'VALIDATION_FAILED'],
        [w.valid({ lang: 'fr' }), 400, 'VALIDATION_FAILED'],
        [w.valid({ ip: '1.2.3.4' }), 400, 'VALIDATION_FAILED'],
      ];
      const wrong: string[] = [];
      for (const [i, [body, status, code]] of cases.entries()) {
        const res = await w.client().post(body);
        if (res.status !== status || res.body.code !== code) {
          wrong.push(`case ${i}: ${res.status} ${JSON.stringify(res.body)}`);
        }
      }
      expect(wrong).toEqual([]);
      const office = await w.client().post(w.valid({ officeId: w.inactiveOffice }));
      expect(office.body.details).toEqual([{ field: 'officeId', messages: ['no active office'] }]);
      expect(changedTables(before, await tableChecksums(w.t.dataSource))).toEqual([]);
    });

    it('stores a valid request with the consent text shown, no IP, no cookie; the office is told (bell)', async () => {
      const before = await w.count();
      const audits = await w.count('SELECT count(*)::int AS n FROM audit_events');
      const res = await w
        .client()
        .post(w.valid({ email: 'mama@example.org', preferredTime: '  nachmittags ' }));
      expect([res.status, res.body]).toEqual([201, { ok: true }]);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(await w.count()).toBe(before + 1);
      expect(await w.count('SELECT count(*)::int AS n FROM audit_events')).toBe(audits);
      const [row] = await w.t.dataSource.query(
        `SELECT * FROM callback_requests ORDER BY created_at DESC LIMIT 1`,
      );
      expect(row).toMatchObject({
        office_id: w.officeA,
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
      await w.t.drainJobs();
      const bells: { user_id: string; title: string; link: string; type: string }[] =
        await w.t.dataSource.query(`SELECT user_id, title, link, type FROM notifications WHERE link = $1`, [
          `#/callback-requests/${row.id}/show`,
        ]);
      expect(bells.map((b) => b.user_id).sort()).toEqual(
        [w.counsellor.user.id, w.colleague.user.id, w.teamLead.user.id].sort(),
      );
      for (const bell of bells) {
        expect(bell).toMatchObject({
          type: 'callback_request',
          title: 'Neue Rückrufbitte aus dem Familienportal',
        });
      }
      const [outbox] = await w.t.dataSource.query(
        `SELECT payload FROM outbox WHERE job = 'notify' ORDER BY created_at DESC LIMIT 1`,
      );
      expect(JSON.stringify(outbox.payload)).not.toMatch(/Mama|0331|example\.org/);
    });

    it('limits requests per client address in memory: the 6th of a window is 429 CALLBACK_RATE_LIMITED', async () => {
      const c = w.client();
      const before = await w.count();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await c.post(w.valid({ consent: i === 0 ? true : false }))).status);
      expect(statuses).toEqual([201, 400, 400, 400, 400]); // bad attempts count too
      const limited = await c.post(w.valid());
      expect([limited.status, limited.body.code]).toEqual([429, 'CALLBACK_RATE_LIMITED']);
      expect(await w.count()).toBe(before + 1);
      // another address is not affected
      expect((await w.client().post(w.valid())).status).toBe(201);
    });
  });
});
