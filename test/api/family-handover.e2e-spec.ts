import type { Agent } from 'supertest';
import { createOffice, signedIn, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

type Signed = { user: TestUser; agent: Agent };

/**
 * Issue 25.3: a handover carries the case. The old owner's open follow-ups of the family go to
 * the new owner (unless the caller says otherwise), and the handover note reaches the new owner
 * in the notification — read from the handoff when the inbox is shown, never from a job payload.
 */
describe('family handover carries the case', () => {
  let t: TestApp;
  let officeA: string;
  let anna: Signed; // counsellor, the old owner
  let ben: Signed; // counsellor, the new owner
  let carla: Signed; // counsellor, a colleague with a follow-up of her own on anna's family
  let lead: Signed;
  let analyst: Signed;
  let districtId: string;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    officeA = await createOffice(t.dataSource, 'Familienbüro Übergabe');
    anna = await signedIn(t, 'counsellor', { officeId: officeA });
    ben = await signedIn(t, 'counsellor', { officeId: officeA });
    carla = await signedIn(t, 'counsellor', { officeId: officeA });
    lead = await signedIn(t, 'team_lead', { officeId: officeA });
    analyst = await signedIn(t, 'analyst');
    districtId = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR2'`))[0].id;
  });
  afterAll(() => t.close());

  async function family(owner: Signed, name: string): Promise<string> {
    const res = await owner.agent.post('/api/families').send({ name, districtId, confirmNew: true });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  async function followUp(by: Signed, familyId: string, assigneeId?: string): Promise<string> {
    const res = await by.agent.post('/api/follow-ups').send({
      familyId,
      title: `Rückruf ${++seq}`,
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      ...(assigneeId ? { assigneeId } : {}),
    });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  const assignees = async (familyId: string): Promise<Record<string, string>> =>
    Object.fromEntries(
      (
        (await t.dataSource.query(`SELECT id, assignee_id, status FROM follow_ups WHERE family_id = $1`, [
          familyId,
        ])) as { id: string; assignee_id: string }[]
      ).map((r) => [r.id, r.assignee_id]),
    );

  /** How many follow-ups a handover of these families would carry, as the dialog asks. */
  async function carried(agent: Agent, ids: string[]): Promise<number> {
    const res = await agent.get('/api/follow-ups').query({
      filter: JSON.stringify({ familyId: ids, status: 'open', ownerAssigned: true }),
      range: '[0,0]',
    });
    expect(res.status).toBe(200);
    return Number(res.headers['content-range'].split('/')[1]);
  }

  it("moves the old owner's open follow-ups with the family and shows the note to the new owner", async () => {
    const familyId = await family(anna, 'Familie Staffelstab');
    const mine1 = await followUp(anna, familyId);
    const mine2 = await followUp(anna, familyId);
    const done = await followUp(anna, familyId);
    const current = (await anna.agent.get(`/api/follow-ups/${done}`)).body;
    expect(
      (await anna.agent.put(`/api/follow-ups/${done}`).send({ ...current, status: 'done' })).status,
    ).toBe(200);
    const carlas = await followUp(anna, familyId, carla.user.id);
    expect(await carried(anna.agent, [familyId])).toBe(2);

    const res = await anna.agent
      .post(`/api/families/${familyId}/handoff`)
      .send({ toUserId: ben.user.id, note: 'Kita-Antrag liegt bei der Stadt, bitte Mitte Mai nachfragen' });
    expect(res.status).toBe(200);

    expect(await assignees(familyId)).toEqual({
      [mine1]: ben.user.id,
      [mine2]: ben.user.id,
      [done]: anna.user.id,
      [carlas]: carla.user.id,
    });
    const handoffs = await ben.agent.get('/api/handoffs').query({ filter: JSON.stringify({ familyId }) });
    expect(handoffs.body).toEqual([expect.objectContaining({ followUpsMoved: 2, fromUserId: anna.user.id })]);
    // ben now sees the follow-ups in his own list
    const mine = await ben.agent
      .get('/api/follow-ups')
      .query({ filter: JSON.stringify({ assigneeId: ben.user.id, status: 'open', familyId }) });
    expect(mine.body.map((f: { id: string }) => f.id).sort()).toEqual([mine1, mine2].sort());

    // the note travels by id: not in the outbox, not in the stored title
    const payloads: { payload: unknown }[] = await t.dataSource.query(
      `SELECT payload FROM outbox WHERE payload->>'kind' = 'handoff' AND payload->'familyIds' ? $1`,
      [familyId],
    );
    expect(payloads).toHaveLength(1);
    expect(JSON.stringify(payloads[0].payload)).not.toContain('Kita-Antrag');
    await t.drainJobs();
    const inbox = await ben.agent.get('/api/notifications').query({ filter: '{"type":"handoff"}' });
    const note = inbox.body.find((n: { link: string }) => n.link === `#/families/${familyId}/show`);
    expect(note).toMatchObject({
      familyName: 'Familie Staffelstab',
      handoffNote: 'Kita-Antrag liegt bei der Stadt, bitte Mitte Mai nachfragen',
    });
    expect(note.title).not.toContain('Kita-Antrag');
    const stored = await t.dataSource.query(`SELECT title FROM notifications WHERE id = $1`, [note.id]);
    expect(JSON.stringify(stored)).not.toContain('Kita-Antrag');
    // marking it read sends the whole record back, note included: accepted as unchanged
    const read = await ben.agent
      .put(`/api/notifications/${note.id}`)
      .send({ ...note, readAt: new Date().toISOString() });
    expect(read.status).toBe(200);
    expect(read.body.handoffNote).toBe(note.handoffNote);

    // the note stays in the family's history
    const timeline = await ben.agent.get(`/api/families/${familyId}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body).toContainEqual(
      expect.objectContaining({
        type: 'handoff',
        detail: expect.stringContaining('Kita-Antrag liegt bei der Stadt'),
      }),
    );

    // after anonymization the note is gone from the inbox too
    expect(
      (await lead.agent.post(`/api/families/${familyId}/anonymize`).send({ reason: 'data_subject_request' }))
        .status,
    ).toBe(200);
    const after = await ben.agent.get(`/api/notifications/${note.id}`);
    expect(after.body).toMatchObject({ handoffNote: null, familyName: null });
  });

  it('leaves the follow-ups where they are when told so', async () => {
    const familyId = await family(anna, 'Familie Ohne Mitnahme');
    const mine = await followUp(anna, familyId);
    const res = await anna.agent
      .post(`/api/families/${familyId}/handoff`)
      .send({ toUserId: ben.user.id, moveFollowUps: false });
    expect(res.status).toBe(200);
    expect(await assignees(familyId)).toEqual({ [mine]: anna.user.id });
  });

  it('a bulk handover moves each family’s follow-ups of its own old owner', async () => {
    const f1 = await family(anna, 'Familie Bulk Anna');
    const f2 = await family(carla, 'Familie Bulk Carla');
    const a1 = await followUp(anna, f1);
    const c1 = await followUp(carla, f2);
    const c2 = await followUp(carla, f2);
    // anna's follow-up on carla's family is not carla's: it stays with anna
    const a2 = await followUp(carla, f2, anna.user.id);
    expect(await carried(lead.agent, [f1, f2])).toBe(3);
    const res = await lead.agent
      .post('/api/families/handoff')
      .send({ ids: [f1, f2], toUserId: ben.user.id, note: 'Neuverteilung wegen Elternzeit' });
    expect(res.status).toBe(200);
    expect({ ...(await assignees(f1)), ...(await assignees(f2)) }).toEqual({
      [a1]: ben.user.id,
      [c1]: ben.user.id,
      [c2]: ben.user.id,
      [a2]: anna.user.id,
    });
    await t.drainJobs();
    const inbox = await ben.agent.get('/api/notifications').query({ filter: '{"type":"handoff"}' });
    expect(inbox.body).toContainEqual(
      expect.objectContaining({
        title: expect.stringContaining('2 Familien'),
        handoffNote: 'Neuverteilung wegen Elternzeit',
        familyName: null,
      }),
    );
  });

  it('refuses bad input and a wrong role without changing anything', async () => {
    const familyId = await family(anna, 'Familie Unverändert');
    const mine = await followUp(anna, familyId);
    const bad = await anna.agent
      .post(`/api/families/${familyId}/handoff`)
      .send({ toUserId: ben.user.id, moveFollowUps: 'ja' });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const refused = await analyst.agent
      .post(`/api/families/${familyId}/handoff`)
      .send({ toUserId: ben.user.id });
    expect(refused.status).toBe(403);
    const filter = await analyst.agent
      .get('/api/follow-ups')
      .query({ filter: JSON.stringify({ familyId, ownerAssigned: true }) });
    expect(filter.status).toBe(403);
    expect(await assignees(familyId)).toEqual({ [mine]: anna.user.id });
    const owner = await t.dataSource.query(`SELECT owner_id FROM families WHERE id = $1`, [familyId]);
    expect(owner[0].owner_id).toBe(anna.user.id);
  });
});
