import { CONTACT_CHANNELS } from '@lotsen/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, signedIn } from '../support/factories';
import { demandReportQueries } from '../../apps/api/src/modules/reports/demand-report.queries';

/** Berlin day of an instant, `YYYY-MM-DD` (the report counts in Europe/Berlin days). */
const berlinDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Made {
  contacts: { at: Date; channel: string; district: string; familyId: string | null; office: string }[];
  needs: {
    at: Date;
    category: string;
    district: string;
    unmet: boolean;
    referred: boolean;
    office: string;
  }[];
  referrals: { at: Date; completed: boolean; office: string }[];
}

describe('demand report: every published number is right', () => {
  let t: TestApp;
  let analyst: Awaited<ReturnType<typeof signedIn>>;
  let lead: Awaited<ReturnType<typeof signedIn>>;
  let officeA: string;
  let officeB: string;
  const made: Made = { contacts: [], needs: [], referrals: [] };
  const groupOf = new Map<string, string>();
  const FROM = '2026-07-01';
  const TO = '2026-09-30';

  beforeAll(async () => {
    t = await startTestApp();
    officeA = await createOffice(t.dataSource, 'Büro A');
    officeB = await createOffice(t.dataSource, 'Büro B');
    analyst = await signedIn(t, 'analyst');
    lead = await signedIn(t, 'team_lead', { officeId: officeA });
    const counsellorB = await signedIn(t, 'counsellor', { officeId: officeB });
    const ds = t.dataSource;
    const districts: { id: string; code: string }[] = await ds.query(
      `SELECT id, code FROM districts ORDER BY code`,
    );
    const cats = ['kita_gutschein', 'elterngeld', 'wohngeld', 'gesundheit', 'kinderschutz'];
    for (const c of (await ds.query(`SELECT key, group_name FROM need_categories`)) as {
      key: string;
      group_name: string;
    }[])
      groupOf.set(c.key, c.group_name);
    const provider = (
      await ds.query(`INSERT INTO providers (name, kind) VALUES ('Testträger', 'other') RETURNING id`)
    )[0].id;
    const random = lcg(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const offices = [
      { id: officeA, user: lead.user.id },
      { id: officeB, user: counsellorB.user.id },
    ];
    const families: { id: string; office: string; district: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const o = pick(offices);
      const district = pick(districts).id;
      const id = (
        await ds.query(
          `INSERT INTO families (office_id, owner_id, name, district_id) VALUES ($1, $2, $3, $4) RETURNING id`,
          [o.id, o.user, `Familie ${i}`, district],
        )
      )[0].id;
      families.push({ id, office: o.id, district });
    }
    // instants around the period, including the Berlin-midnight edges
    const edges = [
      '2026-06-30T21:30:00Z',
      '2026-06-30T22:30:00Z',
      '2026-09-30T21:30:00Z',
      '2026-09-30T22:30:00Z',
    ];
    const startMs = Date.parse('2026-06-20T00:00:00Z');
    const spanMs = Date.parse('2026-10-10T00:00:00Z') - startMs;
    for (let i = 0; i < 400; i++) {
      const at =
        i < edges.length * 3
          ? new Date(edges[i % edges.length])
          : new Date(startMs + Math.floor(random() * spanMs));
      const anonymous = random() < 0.7;
      const family = anonymous ? null : pick(families);
      const office = family ? family.office : pick(offices).id;
      const user = (offices.find((o) => o.id === office) ?? offices[0]).user;
      const channel = pick(CONTACT_CHANNELS);
      const district = family ? family.district : random() < 0.1 ? null : pick(districts).id;
      const contactId = (
        await ds.query(
          `INSERT INTO contacts (family_id, office_id, counsellor_id, occurred_at, channel, district_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [family?.id ?? null, office, user, at, channel, district],
        )
      )[0].id;
      const unknown = (districts.find((d) => d.code === 'unknown') ?? districts[0]).id;
      made.contacts.push({
        at,
        channel,
        district: district ?? unknown,
        familyId: family?.id ?? null,
        office,
      });
      const needCount = Math.floor(random() * 3);
      for (let k = 0; k < needCount; k++) {
        const category = pick(cats);
        const unmet = random() < 0.2;
        const needId = (
          await ds.query(
            `INSERT INTO needs (family_id, contact_id, office_id, category_key, status, unmet_reason, identified_at, resolved_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
            [
              family?.id ?? null,
              contactId,
              office,
              category,
              unmet ? 'unmet' : 'open',
              unmet ? 'no_offer' : null,
              at,
              unmet ? at : null,
            ],
          )
        )[0].id;
        let referred = false;
        if (family && !unmet && random() < 0.4) {
          referred = true;
          const sentAt = new Date(at.getTime() + Math.floor(random() * 20) * 86400000);
          const completed = random() < 0.5;
          await ds.query(
            `INSERT INTO referrals (need_id, family_id, office_id, counsellor_id, provider_id, mode, status, sent_at, responded_at, completed_at, outcome)
             VALUES ($1, $2, $3, $4, $5, 'info', $6, $7, $7, $8, $9)`,
            [
              needId,
              family.id,
              office,
              user,
              provider,
              completed ? 'completed' : 'accepted',
              sentAt,
              completed ? sentAt : null,
              completed ? 'successful' : null,
            ],
          );
          made.referrals.push({ at: sentAt, completed, office });
        }
        made.needs.push({ at, category, district: district ?? unknown, unmet, referred, office });
      }
    }
  });
  afterAll(() => t.close());

  const inPeriod = (d: Date) => berlinDay(d) >= FROM && berlinDay(d) <= TO;

  /** The same numbers, counted here in plain JavaScript from what the test inserted. */
  function expected(office: string | null) {
    const mine = <T extends { office: string; at: Date }>(list: T[]) =>
      list.filter((x) => (!office || x.office === office) && inPeriod(x.at));
    const contacts = mine(made.contacts);
    const needs = mine(made.needs);
    const referrals = mine(made.referrals);
    const count = <T>(list: T[], key: (x: T) => string) =>
      list.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map<string, number>());
    return {
      totals: {
        contacts: contacts.length,
        anonymousContacts: contacts.filter((c) => !c.familyId).length,
        families: new Set(contacts.filter((c) => c.familyId).map((c) => c.familyId)).size,
        needs: needs.length,
        unmetNeeds: needs.filter((n) => n.unmet).length,
        referrals: referrals.length,
        referralsCompleted: referrals.filter((r) => r.completed).length,
      },
      channel: count(contacts, (c) => c.channel),
      districtContacts: count(contacts, (c) => c.district),
      districtFamilies: new Map(
        [...new Set(contacts.map((c) => c.district))].map((d) => [
          d,
          new Set(contacts.filter((c) => c.district === d && c.familyId).map((c) => c.familyId)).size,
        ]),
      ),
      category: count(needs, (n) => n.category),
      unmet: count(
        needs.filter((n) => n.unmet),
        (n) => n.category,
      ),
      referred: count(
        needs.filter((n) => n.referred),
        (n) => n.category,
      ),
      categoryDistrict: count(needs, (n) => `${n.category}|${n.district}`),
      districtNeeds: count(needs, (n) => n.district),
      monthContacts: count(contacts, (c) => berlinDay(c.at).slice(0, 7)),
      monthNeeds: count(needs, (n) => berlinDay(n.at).slice(0, 7)),
    };
  }

  /** A published number is either the true one or suppressed (null, named in suppressedFields). */
  function check(row: Record<string, unknown>, field: string, truth: number, where: string) {
    const published = row[field];
    if (published === null) {
      expect([where, field, (row.suppressedFields as string[] | undefined)?.includes(field)]).toEqual([
        where,
        field,
        true,
      ]);
    } else {
      expect([where, field, published]).toEqual([where, field, truth]);
    }
  }

  it.each([
    ['the city (analyst)', null],
    ['one office (analyst with officeId)', 'A'],
  ])('for %s', async (_label, which) => {
    const office = which === 'A' ? officeA : null;
    const res = await analyst.agent
      .get('/api/reports/demand')
      .query({ from: FROM, to: TO, ...(office ? { officeId: office } : {}) });
    expect(res.status).toBe(200);
    const r = res.body;
    const e = expected(office);
    expect(r).toMatchObject({ from: FROM, to: TO, minCell: 5 });
    for (const [field, truth] of Object.entries(e.totals)) check(r.totals, field, truth, 'totals');
    expect(e.totals.contacts).toBeGreaterThan(50); // the data set is big enough to publish most numbers
    for (const row of r.byChannel)
      check(row, 'contacts', e.channel.get(row.channel) ?? 0, `channel ${row.channel}`);
    for (const row of r.byCategory) {
      check(row, 'needs', e.category.get(row.categoryKey) ?? 0, `category ${row.categoryKey}`);
      check(row, 'unmet', e.unmet.get(row.categoryKey) ?? 0, `category ${row.categoryKey}`);
      check(row, 'referred', e.referred.get(row.categoryKey) ?? 0, `category ${row.categoryKey}`);
    }
    for (const row of r.byDistrict) {
      check(row, 'contacts', e.districtContacts.get(row.districtId) ?? 0, `district ${row.districtId}`);
      check(row, 'needs', e.districtNeeds.get(row.districtId) ?? 0, `district ${row.districtId}`);
      check(row, 'families', e.districtFamilies.get(row.districtId) ?? 0, `district ${row.districtId}`);
    }
    const cells = new Map<string, Record<string, unknown>>(
      r.byCategoryAndDistrict.map((x: Record<string, string>) => [`${x.categoryKey}|${x.districtId}`, x]),
    );
    for (const [key, truth] of e.categoryDistrict) {
      const row = cells.get(key);
      expect([key, row !== undefined]).toEqual([key, true]);
      check(row as Record<string, unknown>, 'needs', truth, key);
    }
    // beyond the cells with needs only hidden ones are listed (a hidden zero is not left out)
    for (const [key, row] of cells)
      if (!e.categoryDistrict.has(key)) expect([key, row.needs, row.suppressed]).toEqual([key, null, true]);
    // category groups: every group of the taxonomy, summed from the exact counts
    expect(r.byCategoryGroup.map((g: { group: string }) => g.group).sort()).toEqual(
      [...new Set(groupOf.values())].sort(),
    );
    const groupTruth = (field: 'category' | 'unmet' | 'referred', group: string) =>
      [...e[field]].reduce((sum, [key, n]) => (groupOf.get(key) === group ? sum + n : sum), 0);
    for (const row of r.byCategoryGroup) {
      check(row, 'needs', groupTruth('category', row.group), `group ${row.group}`);
      check(row, 'unmet', groupTruth('unmet', row.group), `group ${row.group}`);
      check(row, 'referred', groupTruth('referred', row.group), `group ${row.group}`);
    }
    // the five categories of the data set lie in four groups, all big enough to be published
    const withNeeds = r.byCategoryGroup.filter((g: { group: string }) => groupTruth('category', g.group) > 0);
    expect(withNeeds.length).toBe(4);
    for (const g of withNeeds) expect(g.needs).toBe(groupTruth('category', g.group));
    expect(r.byMonth.map((m: { month: string }) => m.month)).toEqual(['2026-07', '2026-08', '2026-09']);
    for (const row of r.byMonth) {
      check(row, 'contacts', e.monthContacts.get(row.month) ?? 0, `month ${row.month}`);
      check(row, 'needs', e.monthNeeds.get(row.month) ?? 0, `month ${row.month}`);
    }
    // the published numbers are many, and every suppressed one is really small or secondary
    const published = JSON.stringify(r).match(/":\d+/g)?.length ?? 0;
    expect(published).toBeGreaterThan(30);
  });

  it('a team lead always gets their own office', async () => {
    const own = await lead.agent.get('/api/reports/demand').query({ from: FROM, to: TO, officeId: officeB });
    expect(own.status).toBe(200);
    expect(own.body.officeId).toBe(officeA);
    check(own.body.totals, 'contacts', expected(officeA).totals.contacts, 'team lead totals');
  });

  it('suppresses small counts with secondary suppression; sensitive categories at 5', async () => {
    const r = (await analyst.agent.get('/api/reports/demand').query({ from: FROM, to: TO })).body;
    for (const row of r.byCategoryAndDistrict) {
      if (row.needs !== null) expect(row.needs).toBeGreaterThanOrEqual(5);
    }
    const hidden = r.byCategoryAndDistrict.filter((x: { needs: number | null }) => x.needs === null);
    expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
  });

  it('refuses a bad period and every role but team lead and analyst', async () => {
    expect((await analyst.agent.get('/api/reports/demand').query({ from: TO, to: FROM })).status).toBe(400);
    expect((await lead.agent.get('/api/reports/demand').query({ from: TO, to: FROM })).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      (await analyst.agent.get('/api/reports/demand').query({ from: '2026-13-01', to: TO })).status,
    ).toBe(400);
    const counsellor = await signedIn(t, 'counsellor', { officeId: officeA });
    expect((await counsellor.agent.get('/api/reports/demand').query({ from: FROM, to: TO })).status).toBe(
      403,
    );
    const admin = await signedIn(t, 'admin');
    expect((await admin.agent.get('/api/reports/demand').query({ from: FROM, to: TO })).status).toBe(403);
  });

  it('analysts read calendar months, quarters and years only; team leads any range of their office', async () => {
    // the probe's attack: two overlapping free ranges, differenced
    for (const [from, to] of [
      ['2026-07-01', '2026-08-15'],
      ['2026-07-02', '2026-09-30'],
      ['2026-07-01', '2026-08-31'],
      ['2026-06-01', '2026-08-31'],
    ]) {
      const res = await analyst.agent.get('/api/reports/demand').query({ from, to });
      expect([from, to, res.status, res.body.code]).toEqual([from, to, 400, 'INVALID_PERIOD']);
      expect(res.body.message).toMatch(/calendar month .* quarter .* year/);
      const outcomes = await analyst.agent.get('/api/reports/referral-outcomes').query({ from, to });
      expect([from, to, outcomes.status, outcomes.body.code]).toEqual([from, to, 400, 'INVALID_PERIOD']);
    }
    for (const [from, to] of [
      ['2026-08-01', '2026-08-31'],
      ['2026-07-01', '2026-09-30'],
      ['2026-01-01', '2026-12-31'],
    ])
      expect([from, to, (await analyst.agent.get('/api/reports/demand').query({ from, to })).status]).toEqual(
        [from, to, 200],
      );
    const free = await lead.agent.get('/api/reports/demand').query({ from: '2026-07-02', to: '2026-08-15' });
    expect(free.status).toBe(200);
    expect(free.body.officeId).toBe(officeA);
  });

  it('the months, the quarter and the year publish one consistent pattern (the plan of the year)', async () => {
    const get = async (from: string, to: string) =>
      (await analyst.agent.get('/api/reports/demand').query({ from, to })).body;
    const year = await get('2026-01-01', '2026-12-31');
    const q3 = await get(FROM, TO);
    const months = await Promise.all([
      get('2026-07-01', '2026-07-31'),
      get('2026-08-01', '2026-08-31'),
      get('2026-09-01', '2026-09-30'),
    ]);
    // the same month is the same in every report that shows it, hidden or not
    for (const [k, m] of months.entries()) {
      const month = `2026-0${7 + k}`;
      const inYear = year.byMonth.find((x: { month: string }) => x.month === month);
      const inQuarter = q3.byMonth.find((x: { month: string }) => x.month === month);
      expect(inYear).toEqual(inQuarter);
      expect([month, inQuarter.needs, inQuarter.contacts]).toEqual([
        month,
        m.totals.needs,
        m.totals.contacts,
      ]);
    }
    // a cell hidden in the quarter cannot be differenced from the year and the other quarters:
    // wherever the quarter hides a cell, the year hides it too or another quarter does
    const quarters = await Promise.all(
      [
        ['2026-01-01', '2026-03-31'],
        ['2026-04-01', '2026-06-30'],
        ['2026-10-01', '2026-12-31'],
      ].map(([from, to]) => get(from, to)),
    );
    const cell = (r: typeof year, key: string) =>
      r.byCategoryAndDistrict.find((x: Record<string, string>) => `${x.categoryKey}|${x.districtId}` === key);
    for (const x of q3.byCategoryAndDistrict.filter((c: { needs: number | null }) => c.needs === null)) {
      const key = `${x.categoryKey}|${x.districtId}`;
      const yearCell = cell(year, key);
      const otherHidden = quarters.map((q) => cell(q, key)?.needs === null);
      expect([key, yearCell?.needs === null || otherHidden.some(Boolean)]).toEqual([key, true]);
    }
  });

  it('exposes its SQL with parameters: every statement runs and EXPLAINs as the benchmark will', async () => {
    const unknown = (await t.dataSource.query(`SELECT id FROM districts WHERE code = 'unknown'`))[0].id;
    const queries = demandReportQueries('2026-01-01', '2026-12-31', officeA, unknown);
    expect(queries.map((q) => q.name)).toEqual([
      'contactTotals',
      'contactsByChannel',
      'contactsByDistrict',
      'contactsByMonth',
      'needsByCategoryAndDistrict',
      'needsByMonth',
      'referralTotals',
    ]);
    for (const q of queries) {
      const [{ 'QUERY PLAN': plan }] = await t.dataSource.query(`EXPLAIN (FORMAT JSON) ${q.sql}`, q.params);
      expect([q.name, typeof plan[0].Plan['Node Type']]).toEqual([q.name, 'string']);
    }
    // the statements are the report's own: the year's contacts of office A as the report counts them
    const [totals] = await t.dataSource.query(queries[0].sql, queries[0].params);
    const year = (
      await analyst.agent
        .get('/api/reports/demand')
        .query({ from: '2026-01-01', to: '2026-12-31', officeId: officeA })
    ).body;
    check(year.totals, 'contacts', totals.contacts, 'year totals');
    expect(totals.contacts).toBe(made.contacts.filter((c) => c.office === officeA).length);
  });
});
