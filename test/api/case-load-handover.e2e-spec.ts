import type { Agent } from 'supertest';
import { JobRunner } from '../../apps/api/src/jobs/job-runner.service';
import { JobName } from '../../apps/api/src/jobs/job-types';
import { familyLink } from '../../apps/api/src/modules/families/family-access.service';
import { NotificationsService } from '../../apps/api/src/modules/notifications/notifications.service';
import { createOffice, signedIn, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

type Signed = { user: TestUser; agent: Agent };

/** Every list route that returns case data or a user's inbox (what a moved user could still reach). */
const CASE_LISTS = [
  '/api/families',
  '/api/persons',
  '/api/consents',
  '/api/contacts',
  '/api/needs',
  '/api/follow-ups',
  '/api/handoffs',
  '/api/referrals',
  '/api/notifications',
];

/**
 * Issue 24.2: an admin who moves a user to another office (or deactivates them) hands the user's
 * case load of the old office to a successor, in one transaction; the user hears nothing more of
 * the old office — not in the bell, not on any route, not from a later reminder.
 */
describe('case load hand-over when a user leaves an office', () => {
  let t: TestApp;
  let runner: JobRunner;
  let officeA: string;
  let officeB: string;
  let anna: Signed; // counsellor, office A: the one who moves
  let ben: Signed; // counsellor, office A
  let lead: Signed; // team lead, office A
  let admin: Signed;
  let districtId: string;
  let seq = 0;

  const run = (job: JobName) => runner.run(job, {}, { outboxId: null, jobId: `handover-${job}-${++seq}` });
  const one = async <T>(sql: string, params: unknown[]): Promise<T> =>
    (await t.dataSource.query(sql, params))[0];

  beforeAll(async () => {
    t = await startTestApp();
    runner = (await t.worker()).context.get(JobRunner);
    officeA = await createOffice(t.dataSource, 'Familienbüro Alt');
    officeB = await createOffice(t.dataSource, 'Familienbüro Neu');
    lead = await signedIn(t, 'team_lead', { officeId: officeA });
    ben = await signedIn(t, 'counsellor', { officeId: officeA });
    admin = await signedIn(t, 'admin');
    districtId = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR2'`))[0].id;
  });
  afterAll(() => t.close());

  /** A counsellor of `officeId` who owns a family with an overdue follow-up and a notification about it. */
  async function counsellorWithCaseLoad(officeId: string) {
    const who = await signedIn(t, 'counsellor', { officeId });
    const family = await who.agent
      .post('/api/families')
      .send({ name: `Familie Umzug ${++seq}`, districtId, confirmNew: true });
    expect(family.status).toBe(201);
    const followUp = await who.agent.post('/api/follow-ups').send({
      familyId: family.body.id,
      title: 'Rückruf wegen Kita',
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(followUp.status).toBe(201);
    // overdue already (a due time in the past cannot be entered)
    await t.dataSource.query(`UPDATE follow_ups SET due_at = now() - interval '1 hour' WHERE id = $1`, [
      followUp.body.id,
    ]);
    await t.dataSource.query(
      `INSERT INTO notifications (user_id, type, title, link, dedupe_key) VALUES ($1, 'handoff', 'Familie übergeben', $2, $3)`,
      [who.user.id, familyLink(family.body.id), `test:${family.body.id}`],
    );
    return { who, familyId: family.body.id as string, followUpId: followUp.body.id as string };
  }

  /** A warm referral of the family, sent by `who` ten days ago and still unanswered. */
  async function unansweredReferral(who: Signed, familyId: string): Promise<string> {
    const provider = await lead.agent
      .post('/api/providers')
      .send({ name: `Träger ${++seq}`, kind: 'independent' });
    const offer = await lead.agent
      .post('/api/offers')
      .send({ providerId: provider.body.id, title: 'Kita', categoryKeys: ['kita_gutschein'] });
    const need = await who.agent.post('/api/needs').send({ familyId, categoryKey: 'kita_gutschein' });
    await who.agent
      .post('/api/consents')
      .send({ familyId, scope: 'share_with_provider', providerId: provider.body.id });
    const draft = await who.agent
      .post('/api/referrals')
      .send({ needId: need.body.id, offerId: offer.body.id, mode: 'warm' });
    const sent = await who.agent.post(`/api/referrals/${draft.body.id}/transition`).send({ to: 'sent' });
    expect(sent.status).toBe(200);
    await t.dataSource.query(`UPDATE referrals SET sent_at = now() - interval '10 days' WHERE id = $1`, [
      draft.body.id,
    ]);
    return draft.body.id;
  }

  const userVersion = async (id: string) =>
    (await admin.agent.get(`/api/users/${id}`)).body.version as number;

  it('moves a counsellor: family and follow-up go to the team lead; bell, routes and reminders are silent', async () => {
    const load = await counsellorWithCaseLoad(officeA);
    anna = load.who;
    await unansweredReferral(anna, load.familyId);
    const moved = await admin.agent
      .put(`/api/users/${anna.user.id}`)
      .send({ officeId: officeB, version: await userVersion(anna.user.id) });
    expect(moved.status).toBe(200);
    expect(moved.body.officeId).toBe(officeB);
    expect(moved.body.successorId).toBeUndefined();

    // the case load is the team lead's now, with a handoff row for the family
    expect(
      (await one<{ owner_id: string }>(`SELECT owner_id FROM families WHERE id = $1`, [load.familyId]))
        .owner_id,
    ).toBe(lead.user.id);
    const fu = await one<{ assignee_id: string; overdue_notified_at: Date | null }>(
      `SELECT assignee_id, overdue_notified_at FROM follow_ups WHERE id = $1`,
      [load.followUpId],
    );
    expect(fu.assignee_id).toBe(lead.user.id);
    const handoff = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM handoffs WHERE family_id = $1 AND from_user_id = $2 AND to_user_id = $3 AND by_user_id = $4`,
      [load.familyId, anna.user.id, lead.user.id, admin.user.id],
    );
    expect(handoff.n).toBe(1);

    // audited with the user's change
    const audit = await one<{ details: { changes: object; handover: object } }>(
      `SELECT details FROM audit_events WHERE action = 'user.update' AND entity_id = $1 ORDER BY at DESC LIMIT 1`,
      [anna.user.id],
    );
    expect(audit.details.changes).toEqual({ officeId: { from: officeA, to: officeB } });
    expect(audit.details.handover).toEqual({
      fromOfficeId: officeA,
      successorId: lead.user.id,
      families: 1,
      followUps: 2, // hers, and the one that sending the referral scheduled
      notificationsRemoved: 1,
    });

    // the bell is empty, and no route shows anything of the old office
    expect((await anna.agent.get('/api/notifications')).body).toEqual([]);
    for (const path of CASE_LISTS) {
      const res = await anna.agent.get(path);
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, res.body]).toEqual([path, []]);
    }
    expect((await anna.agent.get(`/api/families/${load.familyId}`)).status).toBe(404);
    expect((await anna.agent.get(`/api/follow-ups/${load.followUpId}`)).status).toBe(404);

    // later reminders do not reach her: the sweeps remind the successor (the unanswered referral
    // she sent: the family's new owner), and a notification
    // about the old office's family is dropped at delivery
    await run(JobName.FollowUpOverdueSweep);
    await run(JobName.DailySummary);
    await run(JobName.ReferralReminderSweep);
    const delivered = await t.dataSource.transaction((em) =>
      t.app.get(NotificationsService).deliver(em, [
        {
          userId: anna.user.id,
          type: 'handoff',
          title: 'alt',
          link: familyLink(load.familyId),
          dedupeKey: `late:${seq}`,
        },
      ]),
    );
    expect(delivered).toBe(0);
    await t.drainJobs();
    expect((await anna.agent.get('/api/notifications')).body).toEqual([]);
    const leadBell = (await lead.agent.get('/api/notifications')).body as { type: string; link: string }[];
    expect(leadBell.map((n) => n.type).sort()).toEqual(
      expect.arrayContaining(['follow_up_due', 'follow_up_summary', 'handoff', 'referral_unanswered']),
    );
  });

  it('deactivating hands over to the successor the admin chose', async () => {
    const load = await counsellorWithCaseLoad(officeA);
    const res = await admin.agent
      .put(`/api/users/${load.who.user.id}`)
      .send({ active: false, successorId: ben.user.id, version: await userVersion(load.who.user.id) });
    expect(res.status).toBe(200);
    expect(
      (await one<{ owner_id: string }>(`SELECT owner_id FROM families WHERE id = $1`, [load.familyId]))
        .owner_id,
    ).toBe(ben.user.id);
    const fu = await one<{ assignee_id: string }>(`SELECT assignee_id FROM follow_ups WHERE id = $1`, [
      load.followUpId,
    ]);
    expect(fu.assignee_id).toBe(ben.user.id);
    expect(
      (
        await one<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [
          load.who.user.id,
        ])
      ).n,
    ).toBe(0);
  });

  it('refuses a successor outside the old office, and a successor when nobody leaves; nothing changes', async () => {
    const load = await counsellorWithCaseLoad(officeA);
    const outsider = await signedIn(t, 'counsellor', { officeId: officeB });
    const version = await userVersion(load.who.user.id);
    const wrong = await admin.agent
      .put(`/api/users/${load.who.user.id}`)
      .send({ officeId: officeB, successorId: outsider.user.id, version });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('INVALID_REFERENCE');
    const stays = await admin.agent
      .put(`/api/users/${load.who.user.id}`)
      .send({ displayName: 'Neuer Name', successorId: ben.user.id, version });
    expect(stays.status).toBe(400);
    expect(stays.body.code).toBe('VALIDATION_FAILED');
    const user = await one<{ office_id: string; display_name: string }>(
      `SELECT office_id, display_name FROM users WHERE id = $1`,
      [load.who.user.id],
    );
    expect(user).toEqual({ office_id: officeA, display_name: 'Test counsellor' });
    expect(
      (await one<{ owner_id: string }>(`SELECT owner_id FROM families WHERE id = $1`, [load.familyId]))
        .owner_id,
    ).toBe(load.who.user.id);
  });

  it('409 SUCCESSOR_REQUIRED when the office has no active team lead and none is chosen', async () => {
    const officeC = await createOffice(t.dataSource, 'Familienbüro ohne Leitung');
    const load = await counsellorWithCaseLoad(officeC);
    const res = await admin.agent
      .put(`/api/users/${load.who.user.id}`)
      .send({ active: false, version: await userVersion(load.who.user.id) });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('SUCCESSOR_REQUIRED');
    expect(
      await one(
        `SELECT u.active, f.owner_id FROM users u JOIN families f ON f.owner_id = u.id WHERE u.id = $1`,
        [load.who.user.id],
      ),
    ).toEqual({ active: true, owner_id: load.who.user.id });
  });

  it('only an admin changes a user (a team lead is refused)', async () => {
    const res = await lead.agent.put(`/api/users/${ben.user.id}`).send({ officeId: officeB, version: 1 });
    expect(res.status).toBe(403);
  });
});
