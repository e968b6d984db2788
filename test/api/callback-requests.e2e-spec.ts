import { LIFE_SITUATIONS } from '@lotsen/domain';
import { JobRunner } from '../../apps/api/src/jobs/job-runner.service';
import { JobName } from '../../apps/api/src/jobs/job-types';
import { signedIn } from '../support/factories';
import { callbackWorld } from './callback-fixture';

/**
 * "Rückruf erbitten" (issue 17 point 7; docs/portal.md), the staff side: the office's inbox
 * (scope, roles, audited reads, the open count), take / done / close / contact with their state
 * rules and versions, erasure at once on withdrawn consent, and by the retention job. The public
 * side: portal-callbacks.e2e-spec.ts.
 */
describe('Rückrufbitten from the Familienportal: the staff inbox and erasure', () => {
  const w = callbackWorld();

  describe('the staff inbox', () => {
    it('lists the office’s requests only, with German topic labels and Content-Range; reads are audited', async () => {
      const mine = await w.stored(w.officeA, { topic: `leistung:${w.serviceId}` });
      const theirs = await w.stored(w.officeB);
      const res = await w.counsellor.agent.get('/api/callback-requests').query({
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
      const audit = await w.t.dataSource.query(
        `SELECT action, office_id FROM audit_events WHERE entity = 'callback_request' AND entity_id = $1`,
        [mine],
      );
      expect(audit).toContainEqual({ action: 'callback_request.list', office_id: w.officeA });
      expect((await w.otherOffice.agent.get(`/api/callback-requests/${mine}`)).status).toBe(404);
      // the menu's badge: the office's open requests, a count only (not audited)
      const open = await w.t.dataSource.query(
        `SELECT count(*)::int AS n FROM callback_requests WHERE office_id = $1 AND status = 'open'`,
        [w.officeA],
      );
      const audited = await w.count('SELECT count(*)::int AS n FROM audit_events');
      const badge = await w.counsellor.agent.get('/api/callback-requests/open-count');
      expect(badge.body).toEqual({ open: open[0].n });
      expect(open[0].n).toBeGreaterThan(0);
      expect(await w.count('SELECT count(*)::int AS n FROM audit_events')).toBe(audited);
      const elsewhere = await w.otherOffice.agent.get('/api/callback-requests/open-count');
      expect(elsewhere.body).toEqual({ open: 1 }); // office B's one request above
      expect((await w.teamLead.agent.get(`/api/callback-requests/${mine}`)).status).toBe(200);
    });

    it('refuses analysts, admins and provider users (403), other offices 404, nobody signed in 401', async () => {
      const id = await w.stored();
      for (const role of ['admin', 'analyst', 'provider'] as const) {
        const who = await signedIn(w.t, role);
        for (const res of [
          await who.agent.get('/api/callback-requests'),
          await who.agent.get(`/api/callback-requests/${id}`),
          await who.agent.post(`/api/callback-requests/${id}/take`).send({}),
        ]) {
          expect([role, res.status, res.body.code]).toEqual([role, 403, 'FORBIDDEN']);
        }
      }
      for (const move of ['take', 'done', 'close', 'contact']) {
        const res = await w.otherOffice.agent.post(`/api/callback-requests/${id}/${move}`).send({});
        expect([move, res.status]).toEqual([move, move === 'take' || move === 'contact' ? 404 : 400]);
      }
      expect((await w.t.http().get('/api/callback-requests')).status).toBe(401);
      const [row] = await w.t.dataSource.query(`SELECT status FROM callback_requests WHERE id = $1`, [id]);
      expect(row.status).toBe('open');
    });

    it('moves open → taken → done with the outcome; a wrong move is 409 CALLBACK_STATE_CONFLICT; a stale version 409', async () => {
      const id = await w.stored();
      const path = (m: string) => `/api/callback-requests/${id}/${m}`;
      const tooEarly = await w.counsellor.agent.post(path('done')).send({ outcome: 'Zurückgerufen' });
      expect([tooEarly.status, tooEarly.body.code]).toEqual([409, 'CALLBACK_STATE_CONFLICT']);
      const stale = await w.counsellor.agent.post(path('take')).send({ version: 7 });
      expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
      const taken = await w.counsellor.agent.post(path('take')).send({ version: 1 });
      expect(taken.status).toBe(200);
      expect(taken.body).toMatchObject({ status: 'taken', takenById: w.counsellor.user.id, version: 2 });
      const twice = await w.colleague.agent.post(path('take')).send({});
      expect([twice.status, twice.body.code]).toEqual([409, 'CALLBACK_STATE_CONFLICT']);
      expect((await w.counsellor.agent.post(path('done')).send({ outcome: '' })).status).toBe(400);
      expect((await w.counsellor.agent.post(path('done')).send({ outcome: 'x'.repeat(1001) })).status).toBe(
        400,
      );
      const done = await w.counsellor.agent
        .post(path('done'))
        .send({ outcome: 'Zurückgerufen, Termin am Montag' });
      expect(done.body).toMatchObject({ status: 'done', outcome: 'Zurückgerufen, Termin am Montag' });
      expect(done.body.doneAt).toEqual(expect.any(String));
      const close = await w.counsellor.agent.post(path('close')).send({ reason: 'duplicate' });
      expect([close.status, close.body.code]).toEqual([409, 'CALLBACK_STATE_CONFLICT']);
      const audit = await w.t.dataSource.query(
        `SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'callback_request.%' ORDER BY at`,
        [id],
      );
      expect(
        audit.map((a: { action: string }) => a.action).filter((a: string) => !a.endsWith('.read')),
      ).toEqual(['callback_request.take', 'callback_request.done']);
    });

    it('closes an open or taken request with a reason; a closed one moves no more', async () => {
      const open = await w.stored();
      const closed = await w.teamLead.agent
        .post(`/api/callback-requests/${open}/close`)
        .send({ reason: 'spam' });
      expect(closed.body).toMatchObject({ status: 'closed', closeReason: 'spam' });
      expect(
        (await w.teamLead.agent.post(`/api/callback-requests/${open}/close`).send({ reason: 'spam' })).status,
      ).toBe(409);
      expect((await w.teamLead.agent.post(`/api/callback-requests/${open}/take`).send({})).status).toBe(409);
      const bad = await w.teamLead.agent
        .post(`/api/callback-requests/${open}/close`)
        .send({ reason: 'keine Lust' });
      expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const taken = await w.stored();
      await w.counsellor.agent.post(`/api/callback-requests/${taken}/take`).send({});
      const closedTaken = await w.counsellor.agent
        .post(`/api/callback-requests/${taken}/close`)
        .send({ reason: 'not_reachable' });
      expect(closedTaken.body.status).toBe('closed');
    });

    it('turns a request into an anonymous contact of the office, once: channel and the topic’s needs', async () => {
      const byPhone = await w.stored(w.officeA, { topic: 'lebenslage:kinderbetreuung' });
      await w.counsellor.agent.post(`/api/callback-requests/${byPhone}/take`).send({});
      const res = await w.counsellor.agent.post(`/api/callback-requests/${byPhone}/contact`).send({});
      expect(res.status).toBe(200);
      expect(res.body.contactId).toEqual(expect.any(String));
      const contact = await w.counsellor.agent.get(`/api/contacts/${res.body.contactId}`);
      expect(contact.body).toMatchObject({
        familyId: null,
        officeId: w.officeA,
        channel: 'phone',
        counsellorId: w.counsellor.user.id,
      });
      const childcare = LIFE_SITUATIONS.find((s) => s.key === 'kinderbetreuung');
      expect(contact.body.needs.map((n: { categoryKey: string }) => n.categoryKey)).toEqual([
        childcare?.categoryKeys[0],
      ]);
      expect(JSON.stringify(contact.body)).not.toContain('Pseudonym');
      const again = await w.counsellor.agent.post(`/api/callback-requests/${byPhone}/contact`).send({});
      expect([again.status, again.body.code]).toEqual([409, 'CALLBACK_STATE_CONFLICT']);

      const byMail = await w.stored(w.officeA, {
        topic: `leistung:${w.serviceId}`,
        phone: null,
        email: 'a@b.example',
      });
      const mail = await w.teamLead.agent.post(`/api/callback-requests/${byMail}/contact`).send({});
      const mailContact = await w.teamLead.agent.get(`/api/contacts/${mail.body.contactId}`);
      expect(mailContact.body.channel).toBe('email');
      expect(mailContact.body.needs.map((n: { categoryKey: string }) => n.categoryKey)).toEqual(['wohngeld']);

      const closed = await w.stored();
      await w.counsellor.agent.post(`/api/callback-requests/${closed}/close`).send({ reason: 'withdrawn' });
      const refused = await w.counsellor.agent.post(`/api/callback-requests/${closed}/contact`).send({});
      expect([refused.status, refused.body.code]).toEqual([409, 'CALLBACK_STATE_CONFLICT']);
    });
  });

  it('erases a request at once when the family withdraws its consent; the contact made from it stays', async () => {
    const id = await w.stored();
    const made = await w.counsellor.agent.post(`/api/callback-requests/${id}/contact`).send({});
    expect(made.status).toBe(200);
    expect((await w.otherOffice.agent.delete(`/api/callback-requests/${id}`)).status).toBe(404);
    const res = await w.teamLead.agent.delete(`/api/callback-requests/${id}`);
    expect([res.status, res.body]).toEqual([200, { id }]);
    expect(await w.count(`SELECT count(*)::int AS n FROM callback_requests WHERE id = '${id}'`)).toBe(0);
    expect((await w.counsellor.agent.get(`/api/callback-requests/${id}`)).status).toBe(404);
    expect((await w.counsellor.agent.get(`/api/contacts/${made.body.contactId}`)).status).toBe(200);
    const [audit] = await w.t.dataSource.query(
      `SELECT user_id, office_id, details FROM audit_events WHERE action = 'callback_request.delete' AND entity_id = $1`,
      [id],
    );
    expect(audit).toEqual({ user_id: w.teamLead.user.id, office_id: w.officeA, details: { status: 'open' } });
  });

  it('the retention job erases untaken requests after 30 days and done or closed ones 30 days after; it keeps the rest', async () => {
    const at = (days: number) => `now() - interval '${days} days'`;
    const make = async (status: string, created: number, doneOrClosed?: number): Promise<string> => {
      const id = await w.stored();
      await w.t.dataSource.query(
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
    const runner = (await w.t.worker()).context.get(JobRunner);
    const result = await runner.run(
      JobName.Retention,
      {},
      { outboxId: null, jobId: 'test-retention-callbacks' },
    );
    expect(result).toMatchObject({ callbackRequestsDeleted: erased.length });
    const left: { id: string }[] = await w.t.dataSource.query(
      `SELECT id FROM callback_requests WHERE id = ANY ($1::uuid[])`,
      [[...erased, ...kept]],
    );
    expect(left.map((r) => r.id).sort()).toEqual([...kept].sort());
    const [run] = await w.t.dataSource.query(
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
