import { countOf, type DemandReport, type TrendSeries, type TrendsAnswer } from '@lotsen/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, signedIn } from '../support/factories';

/**
 * GET /api/reports/trends (issue 20, point 4): a team lead sees their own office unsuppressed,
 * the analyst the city suppressed, a counsellor nothing; bad parameters are a 400 with a code.
 */
describe('GET /api/reports/trends', () => {
  let t: TestApp;
  let analyst: Awaited<ReturnType<typeof signedIn>>;
  let lead: Awaited<ReturnType<typeof signedIn>>;
  let counsellor: Awaited<ReturnType<typeof signedIn>>;
  let officeA: string;
  let officeB: string;
  let districtX: string;
  let districtY: string;
  const made: { office: string; district: string; category: string; month: string; unmet: boolean }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const ds = t.dataSource;
    officeA = await createOffice(ds, 'Büro A');
    officeB = await createOffice(ds, 'Büro B');
    analyst = await signedIn(t, 'analyst');
    lead = await signedIn(t, 'team_lead', { officeId: officeA });
    counsellor = await signedIn(t, 'counsellor', { officeId: officeA });
    const districts: { id: string }[] = await ds.query(
      `SELECT id FROM districts WHERE code <> 'unknown' ORDER BY code`,
    );
    [districtX, districtY] = [districts[0].id, districts[1].id];
    const need = async (
      office: string,
      district: string,
      category: string,
      at: string,
      month: string,
      unmet: boolean,
      cancelled = false,
    ) => {
      const user = office === officeA ? lead.user.id : counsellor.user.id;
      const contact = (
        await ds.query(
          `INSERT INTO contacts (office_id, counsellor_id, occurred_at, channel, district_id)
           VALUES ($1, $2, $3, 'phone', $4) RETURNING id`,
          [office, user, at, district],
        )
      )[0].id;
      await ds.query(
        `INSERT INTO needs (contact_id, office_id, category_key, status, unmet_reason, identified_at, resolved_at, cancelled_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          contact,
          office,
          category,
          unmet ? 'unmet' : 'open',
          unmet ? 'no_offer' : null,
          at,
          unmet ? at : null,
          cancelled ? at : null,
        ],
      );
      if (!cancelled) made.push({ office, district, category, month, unmet });
    };
    // office A: two unmet Kita needs in X in August 2026 (one just after Berlin midnight), four a year earlier
    await need(officeA, districtX, 'kita_gutschein', '2026-07-31T22:30:00Z', '2026-08', true);
    await need(officeA, districtX, 'kita_gutschein', '2026-08-10T10:00:00Z', '2026-08', true);
    await need(officeA, districtX, 'kita_gutschein', '2026-08-11T10:00:00Z', '2026-08', false, true);
    for (let i = 0; i < 4; i++)
      await need(officeA, districtX, 'kita_gutschein', `2025-08-1${i}T10:00:00Z`, '2025-08', true);
    // office B: larger numbers in Y
    for (let i = 0; i < 10; i++)
      await need(officeB, districtY, 'kita_gutschein', `2026-08-1${i}T10:00:00Z`, '2026-08', i < 5);
    for (let i = 0; i < 6; i++)
      await need(officeB, districtY, 'wohngeld', `2026-08-2${i}T10:00:00Z`, '2026-08', false);
    // outside the two years
    await need(officeA, districtX, 'kita_gutschein', '2024-09-15T10:00:00Z', '2024-09', true);
  }, 60000);
  afterAll(() => t.close());

  const count = (pick: (m: (typeof made)[number]) => boolean, measure: 'needs' | 'unmet'): number =>
    made.filter((m) => pick(m) && (measure === 'needs' || m.unmet)).length;

  /** Every published value of a series equals the true count (null: suppressed). */
  function checkSeries(s: TrendSeries, office: string | null, nulls: 'none' | 'allowed') {
    for (const p of s.points)
      for (const measure of ['needs', 'unmet'] as const) {
        const truth = count(
          (m) =>
            m.month === p.month &&
            (office === null || m.office === office) &&
            (s.districtId === null || m.district === s.districtId) &&
            (s.categoryKey === null || m.category === s.categoryKey),
          measure,
        );
        if (p[measure] === null) expect(nulls).toBe('allowed');
        else expect(`${p.month} ${measure} ${p[measure]}`).toBe(`${p.month} ${measure} ${truth}`);
      }
  }

  it('a team lead sees their own office, unsuppressed, month by month over two years', async () => {
    const res = await lead.agent.get('/api/reports/trends').query({ to: '2026-09' });
    expect(res.status).toBe(200);
    const body = res.body as TrendsAnswer;
    expect(body).toMatchObject({
      scope: 'office',
      officeId: officeA,
      from: '2024-10',
      to: '2026-09',
      suppressed: false,
      latestQuarter: '2026-Q3',
      previousQuarter: '2025-Q3',
    });
    expect(body.months).toHaveLength(24);
    for (const s of [body.selection, ...body.byDistrict, ...body.byCategory]) checkSeries(s, officeA, 'none');
    expect(body.selection.latest).toMatchObject({ needs: 2, unmet: 2 });
    expect(body.selection.previous).toMatchObject({ needs: 4, unmet: 4 });
    expect(body.selection.unmetChange).toBe(-50);
    expect(body.byDistrict.find((d) => d.districtId === districtX)?.level).toBe('strongFall');
    // office B's needs are not the team lead's
    expect(body.byDistrict.find((d) => d.districtId === districtY)?.latest.needs).toBe(0);
  });

  it('filters by Sozialraum and category', async () => {
    const res = await lead.agent
      .get('/api/reports/trends')
      .query({ to: '2026-09', district: districtX, category: 'kita_gutschein' });
    expect(res.status).toBe(200);
    const body = res.body as TrendsAnswer;
    expect(body).toMatchObject({ district: districtX, category: 'kita_gutschein' });
    expect(body.selection.points.find((p) => p.month === '2026-08')).toEqual({
      month: '2026-08',
      needs: 2,
      unmet: 2,
    });
  });

  it('the analyst sees the city, suppressed: small counts are hidden, published ones are right', async () => {
    const res = await analyst.agent.get('/api/reports/trends').query({ to: '2026-09' });
    expect(res.status).toBe(200);
    const body = res.body as TrendsAnswer;
    expect(body).toMatchObject({ scope: 'city', officeId: null, suppressed: true, minCell: 5 });
    for (const s of [body.selection, ...body.byDistrict, ...body.byCategory]) checkSeries(s, null, 'allowed');
    const cell = await analyst.agent
      .get('/api/reports/trends')
      .query({ to: '2026-09', district: districtX, category: 'kita_gutschein' });
    const august = (cell.body as TrendsAnswer).selection.points.find((p) => p.month === '2026-08');
    expect(august).toEqual({ month: '2026-08', needs: null, unmet: null });
    // a quarter built on a hidden month is hidden too, and so is its change
    expect((cell.body as TrendsAnswer).selection.latest.unmet).toBeNull();
    expect((cell.body as TrendsAnswer).selection.level).toBe('noData');
    // nothing in the answer names a person
    const keys = new Set<string>();
    JSON.stringify(body, (key, value: unknown) => (keys.add(key), value));
    expect([...keys].filter((k) => /name|email|phone|family|person|contact/i.test(k))).toEqual([]);
  });

  it('the analyst’s trends publish a month’s needs exactly as the demand report of that month does', async () => {
    const trends = (await analyst.agent.get('/api/reports/trends').query({ to: '2026-09' }))
      .body as TrendsAnswer;
    for (const month of ['2026-08', '2025-08']) {
      const [y, m] = month.split('-');
      const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
      const demand = (
        await analyst.agent.get('/api/reports/demand').query({ from: `${month}-01`, to: `${month}-${last}` })
      ).body as DemandReport;
      const k = trends.months.indexOf(month);
      expect(trends.selection.points[k].needs).toBe(countOf(demand.totals, 'needs'));
      expect(trends.selection.points[k].unmet).toBe(countOf(demand.totals, 'unmetNeeds'));
      for (const row of demand.byDistrict)
        expect([
          row.districtId,
          trends.byDistrict.find((s) => s.districtId === row.districtId)?.points[k].needs,
        ]).toEqual([row.districtId, countOf(row, 'needs')]);
      for (const row of demand.byCategory) {
        const s = trends.byCategory.find((c) => c.categoryKey === row.categoryKey);
        expect([row.categoryKey, s?.points[k].needs, s?.points[k].unmet]).toEqual([
          row.categoryKey,
          countOf(row, 'needs'),
          countOf(row, 'unmet'),
        ]);
      }
    }
  });

  it('refuses a counsellor', async () => {
    const res = await counsellor.agent.get('/api/reports/trends');
    expect(res.status).toBe(403);
  });

  it.each([
    [{ to: '2026-13' }, 'to'],
    [{ to: '2099-01' }, 'to'],
    [{ district: 'x' }, 'district'],
    [{ district: '00000000-0000-4000-8000-000000000000' }, 'district'],
    [{ category: 'no_such_category' }, 'category'],
    [{ category: 'DROP TABLE' }, 'category'],
    [{ officeId: '00000000-0000-4000-8000-000000000000' }, 'officeId'],
  ])('answers bad parameters %j with 400 VALIDATION_FAILED', async (query, field) => {
    const res = await analyst.agent.get('/api/reports/trends').query(query);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.body)).toContain(field);
  });

  it('defaults to the last complete month', async () => {
    const res = await lead.agent.get('/api/reports/trends');
    expect(res.status).toBe(200);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
    const [y, m] = today.split('-').map(Number);
    const last = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    expect((res.body as TrendsAnswer).to).toBe(last);
  });
});
