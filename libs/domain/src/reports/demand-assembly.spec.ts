import { CONTACT_CHANNELS } from '../case-work/enums';
import {
  TOTAL_FIELDS,
  buildDemandReport,
  countOf,
  demandCountsOf,
  monthsBetween,
  type DemandCounts,
  type DemandQueryRows,
} from './demand-assembly';
import { groupsOf } from './demand-system';
import { effectiveMinCell } from './suppression';

/** Counts of two categories × two Sozialräume in July 2026; `needs` as [x, y] per category. */
function counts(needs: Record<string, [number, number]>, over: Partial<DemandCounts> = {}): DemandCounts {
  const total = Object.values(needs).reduce((a, [x, y]) => a + x + y, 0);
  return {
    categories: Object.keys(needs).map((key) => ({ key, sensitive: false, group: 'Kinderbetreuung' })),
    districts: ['x', 'y'],
    months: ['2026-07'],
    contacts: 60,
    anonymousContacts: 10,
    families: 40,
    referrals: 12,
    referralsCompleted: 6,
    channel: new Map([
      ['walk_in', 30],
      ['phone', 30],
    ]),
    districtContacts: new Map([
      ['x', 25],
      ['y', 35],
    ]),
    districtFamilies: new Map([
      ['x', 15],
      ['y', 25],
    ]),
    monthContacts: new Map([['2026-07', 60]]),
    monthNeeds: new Map([['2026-07', total]]),
    needs: new Map(
      Object.entries(needs).map(([k, [x, y]]) => [
        k,
        new Map([
          ['x', x],
          ['y', y],
        ]),
      ]),
    ),
    unmet: new Map(Object.keys(needs).map((k) => [k, 0])),
    referred: new Map(Object.keys(needs).map((k) => [k, 0])),
    ...over,
  };
}

describe('buildDemandReport (the one assembly of the demand report)', () => {
  it('publishes totals and rows as the exact sums when no count is small', () => {
    const r = buildDemandReport(counts({ a: [20, 30], b: [15, 25] }), '2026-07-01', '2026-07-31', null, 5);
    expect(r.totals).toEqual({
      contacts: 60,
      anonymousContacts: 10,
      families: 40,
      needs: 90,
      unmetNeeds: 0,
      referrals: 12,
      referralsCompleted: 6,
    });
    expect(r.byCategory).toEqual([
      { categoryKey: 'a', needs: 50, unmet: 0, referred: 0 },
      { categoryKey: 'b', needs: 40, unmet: 0, referred: 0 },
    ]);
    expect(r.byDistrict).toEqual([
      { districtId: 'x', contacts: 25, families: 15, needs: 35 },
      { districtId: 'y', contacts: 35, families: 25, needs: 55 },
    ]);
    expect(r.byMonth).toEqual([{ month: '2026-07', contacts: 60, needs: 90 }]);
    expect(r.byCategoryGroup).toEqual([{ group: 'Kinderbetreuung', needs: 90, unmet: 0, referred: 0 }]);
    expect(r).toMatchObject({ from: '2026-07-01', to: '2026-07-31', officeId: null, minCell: 5 });
    expect(r.zerosMayBeSuppressed).toBe(false);
  });

  it('applies suppression: a small cell is hidden with what would give it away, named in suppressedFields', () => {
    const r = buildDemandReport(counts({ a: [2, 30], b: [20, 25] }), '2026-07-01', '2026-07-31', null, 5);
    const cell = (k: string, d: string) =>
      r.byCategoryAndDistrict.find((x) => x.categoryKey === k && x.districtId === d);
    expect(cell('a', 'x')).toEqual({
      categoryKey: 'a',
      districtId: 'x',
      needs: null,
      suppressed: true,
      suppressedFields: ['needs'],
    });
    // row a: its other cell and its total cannot both be published
    const rowA = r.byCategory.find((x) => x.categoryKey === 'a');
    expect(countOf(cell('a', 'y') ?? {}, 'needs') !== null && countOf(rowA ?? {}, 'needs') !== null).toBe(
      false,
    );
    // column x: its other cell and its total cannot both be published
    const colX = r.byDistrict.find((x) => x.districtId === 'x');
    expect(countOf(cell('b', 'x') ?? {}, 'needs') !== null && countOf(colX ?? {}, 'needs') !== null).toBe(
      false,
    );
    // every published number is the true one
    const truth: Record<string, number> = { 'a/x': 2, 'a/y': 30, 'b/x': 20, 'b/y': 25 };
    for (const x of r.byCategoryAndDistrict)
      if (x.needs !== null) expect(x.needs).toBe(truth[`${x.categoryKey}/${x.districtId}`]);
  });

  it('hides small totals and small family counts (distinct, so never from sums) with the effective threshold', () => {
    const c = counts(
      { a: [20, 30] },
      {
        families: 2,
        districtFamilies: new Map([
          ['x', 1],
          ['y', 2],
        ]),
        referrals: 2,
        referralsCompleted: 0,
      },
    );
    const r = buildDemandReport(c, '2026-07-01', '2026-07-31', null, 1);
    // a setting below the floor is raised to it (3): 2 is small
    expect(r.minCell).toBe(effectiveMinCell(1));
    expect(r.minCell).toBe(3);
    expect(countOf(r.totals, 'families')).toBeNull();
    expect(r.totals.suppressedFields).toEqual(expect.arrayContaining(['families', 'referrals']));
    expect(countOf(r.totals, 'referralsCompleted')).toBe(0);
    expect(r.byDistrict.map((d) => countOf(d, 'families'))).toEqual([null, null]);
    expect(countOf(r.totals, 'needs')).toBe(50);
  });

  it('uses the sensitive threshold for sensitive categories', () => {
    const c = counts({ a: [4, 30], b: [20, 25] });
    c.categories[0].sensitive = true;
    const r = buildDemandReport(c, '2026-07-01', '2026-07-31', null, 3);
    const cell = r.byCategoryAndDistrict.find((x) => x.categoryKey === 'a' && x.districtId === 'x');
    expect(cell?.needs).toBeNull();
    // the same 4 in a category that is not sensitive is published at minCell 3
    const plain = buildDemandReport(counts({ a: [4, 30], b: [20, 25] }), '2026-07-01', '2026-07-31', null, 3);
    expect(
      plain.byCategoryAndDistrict.find((x) => x.categoryKey === 'a' && x.districtId === 'x')?.needs,
    ).toBe(4);
  });

  it('labels and orders the rows: every channel in its order, groups in taxonomy order, empty cells left out', () => {
    const c = counts({ a: [20, 0], b: [15, 25], n: [30, 30] });
    c.categories = [
      { key: 'n', sensitive: false, group: 'Neue Gruppe' },
      { key: 'b', sensitive: false, group: 'Kinderbetreuung' },
      { key: 'a', sensitive: false, group: 'Finanzielle Hilfen' },
    ];
    const r = buildDemandReport(c, '2026-07-01', '2026-07-31', 'office-1', 5);
    expect(r.officeId).toBe('office-1');
    expect(r.byChannel.map((x) => x.channel)).toEqual([...CONTACT_CHANNELS]);
    expect(r.byChannel.find((x) => x.channel === 'email')?.contacts).toBe(0);
    expect(r.byCategory.map((x) => x.categoryKey)).toEqual(['n', 'b', 'a']);
    expect(r.byCategoryGroup.map((g) => g.group)).toEqual([
      'Finanzielle Hilfen',
      'Kinderbetreuung',
      'Neue Gruppe',
    ]);
    expect(r.byCategoryAndDistrict.some((x) => x.categoryKey === 'a' && x.districtId === 'y')).toBe(false);
    expect(Object.keys(r.totals)).toEqual([...TOTAL_FIELDS]);
  });
});

describe('demandCountsOf', () => {
  it('turns the rows of the report statements into counts, adding rows of one category and Sozialraum', () => {
    const rows: DemandQueryRows = {
      categories: [{ key: 'a', sensitive: false, group: 'Beratung' }],
      districts: [{ id: 'x' }, { id: 'y' }],
      contactTotals: [{ contacts: 9, anonymous: 2, families: 5 }],
      contactsByChannel: [{ channel: 'phone', n: 9 }],
      contactsByDistrict: [{ d: 'x', n: 9, families: 5 }],
      contactsByMonth: [
        { m: '2026-12', n: 4 },
        { m: '2027-01', n: 5 },
      ],
      needsByCategoryAndDistrict: [
        { category_key: 'a', d: 'x', n: 3, unmet: 1, referred: 1 },
        { category_key: 'a', d: 'x', n: 2, unmet: 1, referred: 0 },
        { category_key: 'a', d: 'y', n: 4, unmet: 0, referred: 2 },
      ],
      needsByMonth: [{ m: '2027-01', n: 9 }],
      referralTotals: [{ sent: 3, completed: 1 }],
    };
    const c = demandCountsOf('2026-12-01', '2027-01-31', rows);
    expect(c.months).toEqual(['2026-12', '2027-01']);
    expect(c.districts).toEqual(['x', 'y']);
    expect(c.needs.get('a')).toEqual(
      new Map([
        ['x', 5],
        ['y', 4],
      ]),
    );
    expect(c.unmet.get('a')).toBe(2);
    expect(c.referred.get('a')).toBe(3);
    expect([c.contacts, c.anonymousContacts, c.families, c.referrals, c.referralsCompleted]).toEqual([
      9, 2, 5, 3, 1,
    ]);
    expect(c.districtFamilies.get('x')).toBe(5);
    expect(c.monthContacts.get('2026-12')).toBe(4);
  });
});

describe('monthsBetween and groupsOf', () => {
  it('lists the months of a range across the turn of the year, both ends included', () => {
    expect(monthsBetween('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-07-01', '2026-07-31')).toEqual(['2026-07']);
  });

  it('orders groups as the taxonomy does, unknown groups after in German order', () => {
    expect(
      groupsOf([
        { group: 'Zeta' },
        { group: 'Beratung' },
        { group: 'Ärger' },
        { group: 'Finanzielle Hilfen' },
      ]),
    ).toEqual(['Finanzielle Hilfen', 'Beratung', 'Ärger', 'Zeta']);
  });
});

describe('countOf', () => {
  it('treats a field named in suppressedFields as suppressed even with a number, and zero as zero', () => {
    expect(countOf({ needs: 3, suppressedFields: ['needs'] }, 'needs')).toBeNull();
    expect(countOf({ needs: null, suppressedFields: ['needs'] }, 'needs')).toBeNull();
    expect(countOf({ needs: 0 }, 'needs')).toBe(0);
    expect(countOf({ needs: 12, suppressedFields: ['unmet'] }, 'needs')).toBe(12);
  });
});
