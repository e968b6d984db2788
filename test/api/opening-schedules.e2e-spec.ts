import { isOpenAt, parseOpeningHours } from '@lotsen/domain';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { changedTables, tableChecksums } from '../support/db-checksum';
import { signedIn } from '../support/factories';
import { hsdsValidator } from '../support/hsds-schemas';
import { startTestApp, type TestApp } from '../support/test-app';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Structured opening hours (issue 18 point 3): weekly slots beside the free-text note on offers and
 * providers — validated by the API, editable by the office and by the offer's provider, shown in the
 * portal and as HSDS schedules; the demo directory's notes are read into slots where they are clear.
 */
describe('Opening schedules', () => {
  let t: TestApp;
  let providerId: string;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  const week = [
    { day: 'mo', opens: '09:00', closes: '12:00' },
    { day: 'mo', opens: '14:00', closes: '18:00' },
    { day: 'th', opens: '09:00', closes: '12:00' },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.dataSource);
    admin = await signedIn(t, 'admin');
    [{ id: providerId }] = await t.dataSource.query(
      `INSERT INTO providers (name, kind) VALUES ('Familienzentrum Zeiten', 'independent') RETURNING id`,
    );
  }, 300000);

  afterAll(async () => {
    await t?.close();
  });

  it('the office enters slots with a note; the portal and HSDS show them', async () => {
    const created = await admin.agent.post('/api/offers').send({
      providerId,
      title: 'Elterncafé mit Zeiten',
      openingHours: 'in den Ferien nach Aushang',
      openingSchedule: week,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ openingSchedule: week, openingHours: 'in den Ferien nach Aushang' });
    const portal = await t.http().get(`/api/portal/offers/${created.body.id}`);
    expect(portal.body).toMatchObject({ openingSchedule: week, openingHours: 'in den Ferien nach Aushang' });

    const hsds = await t.http().get(`/api/hsds/services/${created.body.id}`);
    expect(hsdsValidator().problems('service.json', hsds.body)).toEqual([]);
    const schedules = hsds.body.schedules as Obj[];
    expect(
      schedules.slice(0, 3).map((s) => [s.freq, s.byday, s.opens_at.slice(0, 5), s.closes_at.slice(0, 5)]),
    ).toEqual([
      ['WEEKLY', 'MO', '09:00', '12:00'],
      ['WEEKLY', 'MO', '14:00', '18:00'],
      ['WEEKLY', 'TH', '09:00', '12:00'],
    ]);
    // Potsdam's offset on the day of the answer, and the note as a schedule of its own
    expect(schedules[0].opens_at).toMatch(/^09:00\+0[12]:00$/);
    expect([1, 2]).toContain(schedules[0].timezone);
    expect(schedules[3]).toMatchObject({ description: 'in den Ferien nach Aushang' });
  });

  it.each([
    ['overlapping slots', [week[0], { day: 'mo', opens: '11:00', closes: '13:00' }], /überschneiden/],
    ['an end before the start', [{ day: 'tu', opens: '12:00', closes: '09:00' }], /Ende nach dem Beginn/],
    ['an unknown weekday', [{ day: 'montag', opens: '09:00', closes: '12:00' }], /Wochentag/],
    ['a time without leading zero', [{ day: 'tu', opens: '9:00', closes: '12:00' }], /HH:MM/],
    ['a field of its own', [{ ...week[0], note: 'x' }], /nur Tag, Beginn und Ende/],
    [
      '22 slots',
      Array.from({ length: 22 }, (_, i) => ({
        day: 'we',
        opens: `${String(i).padStart(2, '0')}:00`,
        closes: `${String(i).padStart(2, '0')}:30`,
      })),
      /Höchstens 21/,
    ],
    ['no list', 'Mo 9–12 Uhr', /Liste/],
  ])('%s → 400 VALIDATION_FAILED naming it, and nothing changes', async (_what, openingSchedule, message) => {
    const before = await tableChecksums(t.dataSource);
    const res = await admin.agent
      .post('/api/offers')
      .send({ providerId, title: 'Falsche Zeiten', openingSchedule });
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(JSON.stringify(res.body.details)).toMatch(message);
    expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
  });

  it("a provider's user proposes the offer's hours (reviewed, issue 21.3); the provider's own hours are the office's", async () => {
    const offer = await admin.agent.post('/api/offers').send({ providerId, title: 'Beratung mit Zeiten' });
    const provider = await signedIn(t, 'provider', { providerId });
    const changed = await provider.agent
      .put(`/api/offers/${offer.body.id}`)
      .send({ version: offer.body.version, openingSchedule: [week[2]] });
    expect([changed.status, changed.body.openingSchedule]).toEqual([200, []]);
    const proposal = await admin.agent.get(
      `/api/offer-change-requests/${changed.headers['offer-change-request']}`,
    );
    expect(proposal.body.proposed).toEqual({ openingSchedule: [week[2]] });
    const own = await t.dataSource.query(`SELECT version FROM providers WHERE id = $1`, [providerId]);
    const body = await provider.agent
      .put(`/api/providers/${providerId}`)
      .send({ version: own[0].version, openingSchedule: week });
    expect(body.status).toBe(403);
    const byOffice = await admin.agent
      .put(`/api/providers/${providerId}`)
      .send({ version: own[0].version, openingSchedule: week });
    expect([byOffice.status, byOffice.body.openingSchedule]).toEqual([200, week]);
  });

  it('the demo directory: clear notes became slots, vague ones stayed notes only', async () => {
    const rows: { opening_hours: string | null; opening_schedule: unknown[] }[] = await t.dataSource.query(
      `SELECT opening_hours, opening_schedule FROM offers WHERE title NOT LIKE '%Zeiten%'`,
    );
    const withSlots = rows.filter((r) => r.opening_schedule.length > 0);
    expect(withSlots.length).toBeGreaterThan(rows.length / 2);
    for (const r of rows) expect(r.opening_schedule).toEqual(parseOpeningHours(r.opening_hours) ?? []);
    // "jetzt geöffnet" reads the same slots: a Monday 10:00 in Potsdam is inside "Mo–Fr 9–12 Uhr"
    const monFri = rows.find((r) => r.opening_hours === 'Mo–Fr 9–15 Uhr');
    expect(monFri && isOpenAt(monFri.opening_schedule as never, new Date('2026-12-07T09:00:00Z'))).toBe(true);
  });
});
