// the assembly is libs/domain's (demand-assembly.ts, its unit tests beside it); here the attack
// on what it publishes, with the API's exact attacker
import {
  CONTACT_CHANNELS,
  buildDemandReport,
  monthsBetween,
  protectLinear,
  recoverableEntries,
  type DemandCounts,
  type DemandReport,
} from '@lotsen/domain';
import { lcg, norm, recoverableUnknowns, type Q } from './testing/exact-attacker';

/**
 * The attacker: reads the published report only, writes every sum the report implies as an
 * equation (`parts = total`, hidden numbers as unknowns, absent category × Sozialraum cells as 0)
 * and returns the names of the hidden numbers that are a linear combination of published ones.
 */
function attack(r: DemandReport, groupOf: Map<string, string>): string[] {
  const unknowns = new Map<string, number>();
  const equations: Map<number, Q>[] = [];
  const term = (name: string, value: number | null) => {
    if (value !== null) return { known: value };
    if (!unknowns.has(name)) unknowns.set(name, unknowns.size);
    return { unknown: unknowns.get(name) as number };
  };
  type Term = ReturnType<typeof term>;
  const sum = (parts: Term[], total: Term) => {
    const eq = new Map<number, Q>();
    const add = (t: Term, sign: bigint) => {
      if ('unknown' in t && t.unknown !== undefined) {
        const before = eq.get(t.unknown) ?? [0n, 1n];
        eq.set(t.unknown, norm([before[0] + sign * before[1], before[1]]));
      }
    };
    parts.forEach((t) => add(t, 1n));
    add(total, -1n);
    equations.push(eq);
  };
  const t = r.totals;
  const needsTotal = term('totals.needs', t.needs);
  const contactsTotal = term('totals.contacts', t.contacts);
  const cell = new Map(r.byCategoryAndDistrict.map((x) => [`${x.categoryKey}|${x.districtId}`, x.needs]));
  const cellTerm = (k: string, d: string) =>
    cell.has(`${k}|${d}`) ? term(`cell ${k}|${d}`, cell.get(`${k}|${d}`) ?? null) : { known: 0 };
  const catNeeds = r.byCategory.map((x) => term(`needs ${x.categoryKey}`, x.needs));
  const distNeeds = r.byDistrict.map((x) => term(`needs ${x.districtId}`, x.needs));
  r.byCategory.forEach((x, i) =>
    sum(
      r.byDistrict.map((d) => cellTerm(x.categoryKey, d.districtId)),
      catNeeds[i],
    ),
  );
  r.byDistrict.forEach((d, j) =>
    sum(
      r.byCategory.map((x) => cellTerm(x.categoryKey, d.districtId)),
      distNeeds[j],
    ),
  );
  sum(catNeeds, needsTotal);
  sum(distNeeds, needsTotal);
  sum(
    r.byMonth.map((m) => term(`needs ${m.month}`, m.needs)),
    needsTotal,
  );
  sum(
    r.byCategory.map((x) => term(`unmet ${x.categoryKey}`, x.unmet)),
    term('totals.unmetNeeds', t.unmetNeeds),
  );
  for (const g of r.byCategoryGroup) {
    const members = r.byCategory.filter((x) => groupOf.get(x.categoryKey) === g.group);
    for (const field of ['needs', 'unmet', 'referred'] as const)
      sum(
        members.map((x) => term(`${field} ${x.categoryKey}`, x[field])),
        term(`group ${field} ${g.group}`, g[field]),
      );
  }
  sum(
    r.byChannel.map((x) => term(`contacts ${x.channel}`, x.contacts)),
    contactsTotal,
  );
  sum(
    r.byDistrict.map((x) => term(`contacts ${x.districtId}`, x.contacts)),
    contactsTotal,
  );
  sum(
    r.byMonth.map((x) => term(`contacts ${x.month}`, x.contacts)),
    contactsTotal,
  );

  return recoverableUnknowns(equations, [...unknowns.keys()]);
}

function randomCounts(random: () => number): DemandCounts {
  const groupNames = ['Finanzielle Hilfen', 'Kinderbetreuung', 'Beratung', 'Gesundheit', 'Neue Gruppe'];
  const categoryCount = 3 + Math.floor(random() * 10);
  const categories = Array.from({ length: categoryCount }, (_, i) => ({
    key: `k${i}`,
    sensitive: random() < 0.15,
    group: groupNames[Math.floor(random() * (1 + Math.floor(random() * groupNames.length)))],
  }));
  const districts = Array.from({ length: 2 + Math.floor(random() * 5) }, (_, j) => `d${j}`);
  const months = monthsBetween('2026-07-01', random() < 0.3 ? '2026-07-31' : '2026-09-30');
  // mostly small counts, some large, some zero: suppression has work to do
  const count = () => {
    const x = random();
    return x < 0.3 ? 0 : x < 0.6 ? 1 + Math.floor(random() * 5) : Math.floor(random() * 40);
  };
  const needs = new Map<string, Map<string, number>>();
  const unmet = new Map<string, number>();
  const referred = new Map<string, number>();
  for (const k of categories) {
    const row = new Map(districts.map((d) => [d, count()]));
    needs.set(k.key, row);
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    const u = Math.floor(random() * (total + 1));
    unmet.set(k.key, u);
    referred.set(k.key, Math.floor(random() * (total - u + 1)));
  }
  const needTotal = [...needs.values()].reduce(
    (a, row) => a + [...row.values()].reduce((x, y) => x + y, 0),
    0,
  );
  // months add up to the needs total; contacts split over channels, districts and months alike
  const split = (total: number, keys: string[]) => {
    const out = new Map(keys.map((k) => [k, 0]));
    for (let i = 0; i < total; i++) {
      const k = keys[random() < 0.5 ? 0 : Math.floor(random() * keys.length)];
      out.set(k, (out.get(k) ?? 0) + 1);
    }
    return out;
  };
  const contacts = Math.floor(random() * 60);
  return {
    categories,
    districts,
    months,
    contacts,
    anonymousContacts: Math.floor(contacts / 2),
    families: Math.floor(contacts / 3),
    referrals: 7,
    referralsCompleted: 2,
    channel: split(contacts, [...CONTACT_CHANNELS]),
    districtContacts: split(contacts, districts),
    districtFamilies: new Map(districts.map((d) => [d, 2])),
    monthContacts: split(contacts, months),
    monthNeeds: split(needTotal, months),
    needs,
    unmet,
    referred,
  };
}

describe('protectLinear', () => {
  it('finds what a sum gives away and hides the cheapest entry that stops it', () => {
    // a + b = t, a hidden: b is the cheapest (smallest) partner
    const hidden = protectLinear(
      [
        { value: 3, hidden: true, cost: 0 },
        { value: 9, hidden: false, cost: 0 },
        { value: 12, hidden: false, cost: 1 },
      ],
      [
        [
          [0, 1],
          [1, 1],
          [2, -1],
        ],
      ],
    );
    expect(hidden).toEqual([true, true, false]);
    expect(
      recoverableEntries(
        [true, false, false],
        [
          [
            [0, 1],
            [1, 1],
            [2, -1],
          ],
        ],
      ),
    ).toEqual([0]);
  });

  it('needs no protection for an entry that is unknown and not published', () => {
    expect(
      protectLinear(
        [
          { value: 3, hidden: true, cost: 0 },
          { value: 12, hidden: true, unpublished: true, cost: 0 },
          { value: 9, hidden: false, cost: 0 },
        ],
        [
          [
            [0, 1],
            [2, 1],
            [1, -1],
          ],
        ],
      ),
    ).toEqual([true, true, false]);
  });
});

describe('buildDemandReport', () => {
  const groupMap = (c: DemandCounts) => new Map(c.categories.map((k) => [k.key, k.group]));

  it('publishes group totals summed from exact counts, also where a category of the group is hidden', () => {
    const c = randomCounts(lcg(1));
    c.categories = [
      { key: 'a', sensitive: false, group: 'Finanzielle Hilfen' },
      { key: 'b', sensitive: false, group: 'Finanzielle Hilfen' },
      { key: 'c', sensitive: false, group: 'Finanzielle Hilfen' },
      { key: 'd', sensitive: false, group: 'Kinderbetreuung' },
    ];
    c.districts = ['x', 'y'];
    const rows: Record<string, [number, number]> = { a: [2, 0], b: [1, 1], c: [20, 30], d: [15, 25] };
    c.needs = new Map(
      Object.entries(rows).map(([k, [x, y]]) => [
        k,
        new Map([
          ['x', x],
          ['y', y],
        ]),
      ]),
    );
    c.unmet = new Map(Object.keys(rows).map((k) => [k, 0]));
    c.referred = new Map(Object.keys(rows).map((k) => [k, 0]));
    c.monthNeeds = new Map([['2026-07', 94]]);
    c.months = ['2026-07'];
    const r = buildDemandReport(c, '2026-07-01', '2026-07-31', null, 5);
    // a (2) and b (2) are hidden; their group is published with the exact sum
    expect(r.byCategory.find((x) => x.categoryKey === 'a')?.needs).toBeNull();
    expect(r.byCategory.find((x) => x.categoryKey === 'b')?.needs).toBeNull();
    expect(r.byCategoryGroup).toEqual([
      { group: 'Finanzielle Hilfen', needs: 54, unmet: 0, referred: 0 },
      { group: 'Kinderbetreuung', needs: 40, unmet: 0, referred: 0 },
    ]);
    expect(attack(r, groupMap(c))).toEqual([]);
  });

  it('hides a group that would give away its only hidden category', () => {
    const c = randomCounts(lcg(2));
    c.categories = [
      { key: 'a', sensitive: false, group: 'Finanzielle Hilfen' },
      { key: 'b', sensitive: false, group: 'Finanzielle Hilfen' },
      { key: 'c', sensitive: false, group: 'Kinderbetreuung' },
      { key: 'd', sensitive: false, group: 'Beratung' },
    ];
    c.districts = ['x', 'y'];
    const rows: Record<string, [number, number]> = { a: [3, 0], b: [20, 30], c: [9, 9], d: [15, 25] };
    c.needs = new Map(
      Object.entries(rows).map(([k, [x, y]]) => [
        k,
        new Map([
          ['x', x],
          ['y', y],
        ]),
      ]),
    );
    c.monthNeeds = new Map([['2026-07', 111]]);
    c.months = ['2026-07'];
    const r = buildDemandReport(c, '2026-07-01', '2026-07-31', null, 5);
    expect(r.byCategory.find((x) => x.categoryKey === 'a')?.needs).toBeNull();
    const group = r.byCategoryGroup.find((g) => g.group === 'Finanzielle Hilfen');
    expect(group?.needs).toBeNull();
    expect(group?.suppressedFields).toContain('needs');
    // and not much more: the largest category and the grand total stay published
    expect(r.byCategory.find((x) => x.categoryKey === 'd')?.needs).toBe(40);
    expect(r.totals.needs).toBe(111);
    expect(attack(r, groupMap(c))).toEqual([]);
  });

  it('lists a hidden zero cell as hidden rather than leaving it out', () => {
    for (let seed = 0; seed < 60; seed++) {
      const c = randomCounts(lcg(seed));
      const r = buildDemandReport(c, '2026-07-01', '2026-09-30', null, 5);
      for (const x of r.byCategoryAndDistrict) {
        const truth = c.needs.get(x.categoryKey)?.get(x.districtId) ?? 0;
        if (x.needs !== null) expect(x.needs).toBe(truth);
        else expect(x.suppressedFields).toEqual(['needs']);
      }
    }
  });

  it('property: over random reports no hidden number can be computed back from everything published', () => {
    const started = Date.now();
    let hiddenSeen = 0;
    let groupsPublished = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const random = lcg(seed * 7919);
      const c = randomCounts(random);
      const minCell = random() < 0.5 ? 5 : 3;
      const r = buildDemandReport(c, '2026-07-01', '2026-09-30', null, minCell);
      expect([seed, attack(r, groupMap(c))]).toEqual([seed, []]);
      // every published number is the true one; every small one is hidden
      for (const g of r.byCategoryGroup) {
        const members = c.categories.filter((k) => k.group === g.group);
        const truth = members.reduce(
          (a, k) => a + [...(c.needs.get(k.key)?.values() ?? [])].reduce((x, y) => x + y, 0),
          0,
        );
        const threshold = members.some((k) => k.sensitive) ? 5 : minCell;
        if (g.needs === null) hiddenSeen++;
        else {
          groupsPublished++;
          expect([seed, g.group, g.needs]).toEqual([seed, g.group, truth]);
          expect(truth === 0 || truth >= threshold).toBe(true);
        }
      }
      for (const x of r.byCategory) {
        const k = c.categories.find((cat) => cat.key === x.categoryKey);
        if (x.needs !== null && x.needs > 0)
          expect(x.needs).toBeGreaterThanOrEqual(k?.sensitive ? 5 : minCell);
      }
    }
    // the test exercises both outcomes, and stays fast enough for a request
    expect(hiddenSeen).toBeGreaterThan(10);
    expect(groupsPublished).toBeGreaterThan(50);
    expect(Date.now() - started).toBeLessThan(30000);
  });

  it('stays fast at the size of the real taxonomy (50 categories × 8 Sozialräume, a sparse office)', () => {
    const random = lcg(99);
    const c = randomCounts(random);
    const groups = ['Finanzielle Hilfen', 'Kinderbetreuung', 'Beratung', 'Gesundheit', 'Leben', 'Schutz'];
    c.categories = Array.from({ length: 50 }, (_, i) => ({
      key: `k${i}`,
      sensitive: i % 11 === 0,
      group: groups[i % groups.length],
    }));
    c.districts = Array.from({ length: 8 }, (_, j) => `d${j}`);
    c.needs = new Map(
      c.categories.map((k) => [
        k.key,
        new Map(c.districts.map((d) => [d, random() < 0.5 ? 0 : Math.floor(random() * 12)])),
      ]),
    );
    c.unmet = new Map(c.categories.map((k) => [k.key, Math.floor(random() * 4)]));
    c.referred = new Map(c.categories.map((k) => [k.key, Math.floor(random() * 8)]));
    const total = c.categories.reduce(
      (a, k) => a + [...(c.needs.get(k.key)?.values() ?? [])].reduce((x, y) => x + y, 0),
      0,
    );
    c.monthNeeds = new Map([
      ['2026-07', Math.floor(total / 3)],
      ['2026-08', Math.floor(total / 3)],
      ['2026-09', total - 2 * Math.floor(total / 3)],
    ]);
    const started = Date.now();
    const r = buildDemandReport(c, '2026-07-01', '2026-09-30', null, 5);
    const ms = Date.now() - started;
    expect(ms).toBeLessThan(5000);
    expect(attack(r, new Map(c.categories.map((k) => [k.key, k.group])))).toEqual([]);
  });
});
