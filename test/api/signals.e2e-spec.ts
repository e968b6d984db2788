import { addWeeks, lastCompleteWeek } from '@lotsen/domain';
import { JobRunner } from '../../apps/api/src/jobs/job-runner.service';
import { JobName } from '../../apps/api/src/jobs/job-types';
import { startTestApp, type TestApp } from '../support/test-app';
import { berlinToday, seedFixture, type Fixture } from './authorization-fixture';

/**
 * Issue 20.5: the early warning. A rise of unmet Kita needs in one Sozialraum opens one signal,
 * tells team leads and the analyst once, stays open while the rise lasts and closes itself after
 * it, keeping its history; only team leads and the analyst read signals.
 */
describe('early warning signals', () => {
  let t: TestApp;
  let f: Fixture;
  // the week first tested lies ten weeks back, so that the weeks after it are complete too
  const first = addWeeks(lastCompleteWeek(berlinToday()), -10);

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    f = await seedFixture(t);
    // 26 baseline weeks with 1 unmet Kita need, six weeks with 5, then two with 1 and fewer after
    const weeks: [string, number][] = [];
    const count = (w: number) => (w > -6 && w <= 0 ? 5 : w <= 2 || w % 2 === 0 ? 1 : 0);
    for (let w = -31; w <= 10; w++) weeks.push([addWeeks(first, w), count(w)]);
    for (const [monday, n] of weeks) {
      await t.dataSource.query(
        `INSERT INTO needs (family_id, office_id, category_key, status, unmet_reason, identified_at)
         SELECT $1, $2, 'kita_gutschein', 'unmet', 'waitlist',
                (CAST($3 AS date) + 2 + 0)::timestamp AT TIME ZONE 'Europe/Berlin' + make_interval(hours => 9 + i)
           FROM generate_series(1, $4::int) AS i`,
        [f.own.familyId, f.own.officeId, monday, n],
      );
    }
  }, 120000);
  afterAll(() => t.close());

  const run = async (week: string) =>
    (await t.worker()).context
      .get(JobRunner)
      .run(JobName.EarlyWarning, { week }, { outboxId: null, jobId: `test-${week}` });
  const notices = async () =>
    (await t.dataSource.query(
      `SELECT u.role, count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.type = 'early_warning' GROUP BY 1 ORDER BY 1`,
    )) as { role: string; n: number }[];
  const lead = () => f.callers.team_lead.agent;

  it('opens one signal for the rising cell and notifies team leads and the analyst once', async () => {
    const result = await run(first);
    expect(result).toMatchObject({ week: first, skipped: 0, opened: 1 });
    const list = await lead().get('/api/signals');
    expect(list.status).toBe(200);
    expect(list.headers['content-range']).toMatch(/^signals 0-0\/1$/);
    const [signal] = list.body;
    expect(signal).toMatchObject({
      status: 'open',
      district: { id: f.own.districtId },
      category: { key: 'kita_gutschein', label: expect.stringContaining('Kita') },
      recentCount: 30,
      recentRate: 5,
      baselineRate: 1,
      ratio: 5,
      weekTested: first,
      closedAt: null,
    });
    expect(signal.pValue).toBeLessThan(1e-6);
    // nothing personal in a signal: exactly these fields
    expect(Object.keys(signal).sort()).toEqual(
      [
        'id',
        'status',
        'district',
        'category',
        'baselineRate',
        'recentRate',
        'ratio',
        'pValue',
        'recentCount',
        'recentWeeks',
        'baselineWeeks',
        'seasonalFactor',
        'weekTested',
        'weekTestedName',
        'openedAt',
        'openedWeek',
        'closedAt',
        'closedWeek',
      ].sort(),
    );
    const byRole = Object.fromEntries((await notices()).map((r) => [r.role, r.n]));
    expect(byRole.counsellor).toBeUndefined();
    expect(byRole.team_lead).toBeGreaterThanOrEqual(1);
    expect(byRole.analyst).toBeGreaterThanOrEqual(1);
    const [{ n: users }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE active AND role IN ('team_lead', 'analyst')`,
    );
    expect(byRole.team_lead + byRole.analyst).toBe(users);
    const [note] = await t.dataSource.query(
      `SELECT title, link FROM notifications WHERE type = 'early_warning' LIMIT 1`,
    );
    expect(note.title).toMatch(/^Frühwarnung: mehr ungedeckte Bedarfe „Kita/);
    expect(note.link).toBe(`#/signals/${signal.id}/show`);
  });

  it('a re-run of the same week changes nothing', async () => {
    const before = await notices();
    expect(await run(first)).toMatchObject({ skipped: 1, opened: 0 });
    expect(await notices()).toEqual(before);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM signals`);
    expect(n).toBe(1);
  });

  it('stays open (no second signal, no second notice) while the rise lasts', async () => {
    const before = await notices();
    expect(await run(addWeeks(first, 1))).toMatchObject({ opened: 0, closed: 0, open: 1 });
    expect(await notices()).toEqual(before);
    const list = await lead().get('/api/signals');
    expect(list.body).toHaveLength(1);
    expect(list.body[0].weekTested).toBe(addWeeks(first, 1));
  });

  it('closes itself when the rise has ended, and keeps its history', async () => {
    expect(await run(addWeeks(first, 8))).toMatchObject({ opened: 0, closed: 1, open: 0 });
    const open = await lead().get('/api/signals');
    expect(open.body).toEqual([]);
    const closed = await f.callers.analyst.agent
      .get('/api/signals')
      .query({ filter: JSON.stringify({ status: 'closed' }) });
    expect(closed.status).toBe(200);
    expect(closed.body).toHaveLength(1);
    expect(closed.body[0]).toMatchObject({ status: 'closed', closedWeek: addWeeks(first, 8) });
    const shown = await f.callers.analyst.agent.get(`/api/signals/${closed.body[0].id}`);
    expect(shown.status).toBe(200);
    expect(shown.body.history.map((h: { week: string; open: boolean }) => [h.week, h.open])).toEqual([
      [first, true],
      [addWeeks(first, 1), true],
      [addWeeks(first, 8), false],
    ]);
    // a small recent count is published as "< 5"
    expect(shown.body.history[2].recentCount).toBe('< 5');
    // … and so are the figures it could be worked out from
    expect(shown.body.history[2]).toMatchObject({ recentRate: null, ratio: null, pValue: null });
    expect(shown.body.history[2].baselineRate).toBeGreaterThan(1);
    expect(closed.body[0]).toMatchObject({ recentCount: '< 5', recentRate: null, ratio: null, pValue: null });
  });

  it('refuses counsellors, admins and provider users', async () => {
    for (const role of ['counsellor', 'admin', 'provider'] as const) {
      const res = await f.callers[role].agent.get('/api/signals');
      expect(res.status).toBe(403);
    }
    const res = await f.callers.counsellor.agent.get(`/api/signals/${f.own.familyId}`);
    expect(res.status).toBe(403);
    expect((await lead().get('/api/signals/not-a-uuid')).status).toBe(404);
  });
});
