import type { Agent } from 'supertest';
import { createOffice, signedIn, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

type Signed = { user: TestUser; agent: Agent };

interface Entry {
  type: string;
  id: string;
  at: string;
  title: string;
  detail: string | null;
  userId: string | null;
  from: string | null;
  to: string | null;
  confidential: boolean;
}

/**
 * Issue 25.4: the family's history is the whole story, in time order — and a confidential note
 * only for its author. Issue 25.7: the task list's "heute" view (dueFrom).
 */
describe('the family history and the follow-up task list', () => {
  let t: TestApp;
  let office: string;
  let anna: Signed;
  let ben: Signed;
  let lead: Signed;
  let districtId: string;

  beforeAll(async () => {
    t = await startTestApp();
    office = await createOffice(t.dataSource, 'Familienbüro Verlauf');
    anna = await signedIn(t, 'counsellor', { officeId: office });
    ben = await signedIn(t, 'counsellor', { officeId: office });
    lead = await signedIn(t, 'team_lead', { officeId: office });
    districtId = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR3'`))[0].id;
  });
  afterAll(() => t.close());

  const timeline = async (who: Signed, familyId: string): Promise<Entry[]> => {
    const res = await who.agent.get(`/api/families/${familyId}/timeline`);
    expect(res.status).toBe(200);
    return res.body;
  };

  it('tells contacts, needs and status changes, consents, follow-ups moved and done, exports — newest first', async () => {
    const family = (
      await anna.agent.post('/api/families').send({ name: 'Familie Chronik', districtId, confirmNew: true })
    ).body;
    const contact = await anna.agent.post('/api/contacts').send({
      familyId: family.id,
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      channel: 'walk_in',
      summary: 'Erstgespräch',
      notes: 'Mutter berichtet von Gewalt in der Familie',
      confidential: true,
    });
    expect(contact.status).toBe(201);
    const need = (await anna.agent.post('/api/needs').send({ familyId: family.id, categoryKey: 'wohngeld' }))
      .body;
    const unmet = await anna.agent
      .put(`/api/needs/${need.id}`)
      .send({ ...need, status: 'unmet', unmetReason: 'no_offer' });
    expect(unmet.status).toBe(200);
    const consent = (
      await anna.agent.post('/api/consents').send({ familyId: family.id, scope: 'contact_by_phone' })
    ).body;
    const withdrawn = await anna.agent
      .put(`/api/consents/${consent.id}`)
      .send({ ...consent, withdrawnAt: new Date().toISOString() });
    expect(withdrawn.status).toBe(200);
    const followUp = (
      await anna.agent.post('/api/follow-ups').send({
        familyId: family.id,
        title: 'Wohngeldantrag prüfen',
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      })
    ).body;
    const later = new Date(Date.now() + 8 * 86_400_000).toISOString();
    const moved = await anna.agent.put(`/api/follow-ups/${followUp.id}`).send({ ...followUp, dueAt: later });
    expect(moved.status).toBe(200);
    const done = await anna.agent
      .put(`/api/follow-ups/${followUp.id}`)
      .send({ ...moved.body, status: 'done', note: 'Antrag ist vollständig' });
    expect(done.status).toBe(200);
    expect((await anna.agent.get(`/api/families/${family.id}/export`)).status).toBe(200);

    const mine = await timeline(anna, family.id);
    const types = mine.map((e) => e.type);
    for (const kind of [
      'contact',
      'need',
      'need_status',
      'consent_given',
      'consent_withdrawn',
      'follow_up',
      'follow_up_moved',
      'follow_up_done',
      'export',
    ]) {
      expect(types).toContain(kind);
    }
    const times = mine.map((e) => new Date(e.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(mine.find((e) => e.type === 'need_status')).toMatchObject({
      from: 'open',
      to: 'unmet',
      userId: anna.user.id,
    });
    expect(mine.find((e) => e.type === 'follow_up_moved')).toMatchObject({
      id: followUp.id,
      to: new Date(later).toISOString(),
    });
    expect(mine.find((e) => e.type === 'follow_up_done')).toMatchObject({ detail: 'Antrag ist vollständig' });
    expect(mine.find((e) => e.type === 'consent_withdrawn')).toMatchObject({ title: 'contact_by_phone' });
    // the author reads her confidential note; a colleague and the team lead only learn that there is one
    expect(mine.find((e) => e.type === 'contact')).toMatchObject({
      detail: 'Mutter berichtet von Gewalt in der Familie',
      confidential: false,
    });
    for (const other of [ben, lead]) {
      const theirs = await timeline(other, family.id);
      expect(theirs.find((e) => e.type === 'contact')).toMatchObject({ detail: null, confidential: true });
      expect(JSON.stringify(theirs)).not.toContain('Gewalt');
    }

    // the anonymization closes the story
    expect(
      (await lead.agent.post(`/api/families/${family.id}/anonymize`).send({ reason: 'purpose_fulfilled' }))
        .status,
    ).toBe(200);
    expect((await timeline(lead, family.id))[0]).toMatchObject({ type: 'anonymized', userId: lead.user.id });
  });

  it('"heute" holds what is due today; overdue and later ones are elsewhere', async () => {
    const family = (
      await anna.agent.post('/api/families').send({ name: 'Familie Termine', districtId, confirmNew: true })
    ).body;
    const make = async (title: string) =>
      (
        await anna.agent.post('/api/follow-ups').send({
          familyId: family.id,
          title,
          dueAt: new Date(Date.now() + 3_600_000).toISOString(),
        })
      ).body.id as string;
    const today = await make('Heute');
    const overdue = await make('Überfällig');
    const nextWeek = await make('Später');
    await t.dataSource.query(
      `UPDATE follow_ups SET due_at = CASE id
         WHEN $1 THEN ((now() AT TIME ZONE 'Europe/Berlin')::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin' - interval '1 ms'
         WHEN $2 THEN now() - interval '2 days'
         ELSE now() + interval '9 days' END
       WHERE id = ANY($4) OR id IN ($1, $2, $3)`,
      [today, overdue, nextWeek, [today, overdue, nextWeek]],
    );
    const day = (
      await t.dataSource.query(
        `SELECT to_char((now() AT TIME ZONE 'Europe/Berlin')::date, 'YYYY-MM-DD') AS d`,
      )
    )[0].d;
    const ids = async (filter: object) =>
      (
        (
          await anna.agent
            .get('/api/follow-ups')
            .query({ filter: JSON.stringify({ familyId: family.id, ...filter }) })
        ).body as { id: string }[]
      ).map((f) => f.id);
    expect(await ids({ dueFrom: day, dueBefore: day })).toEqual([today]);
    expect(await ids({ overdue: true })).toEqual([overdue]);
    expect((await anna.agent.get('/api/follow-ups').query({ filter: '{"dueFrom":"gestern"}' })).status).toBe(
      400,
    );
  });
});
