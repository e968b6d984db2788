import {
  addMonths,
  buildTrends,
  changePercent,
  comparedQuarters,
  lastCompleteMonth,
  trendLevel,
  trendMonths,
  type TrendCount,
  type TrendsInput,
} from './trends';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DISTRICTS = ['d1', 'd2', 'd3', 'd4'];
const CATEGORIES = [
  { key: 'kita', sensitive: false },
  { key: 'wohnen', sensitive: false },
  { key: 'schutz', sensitive: true },
];

function input(counts: TrendCount[], suppress: boolean, extra: Partial<TrendsInput> = {}): TrendsInput {
  return {
    counts,
    categories: CATEGORIES,
    districts: DISTRICTS,
    from: '2024-12',
    to: '2026-11',
    officeId: suppress ? null : 'office-a',
    suppress,
    minCellSetting: 3,
    ...extra,
  };
}

function randomCounts(seed: number): TrendCount[] {
  const random = lcg(seed);
  const out: TrendCount[] = [];
  for (const month of trendMonths('2026-11'))
    for (const districtId of DISTRICTS)
      for (const { key } of CATEGORIES) {
        const needs = Math.floor(random() * random() * 14);
        out.push({ month, districtId, categoryKey: key, needs, unmet: Math.floor(random() * (needs + 1)) });
      }
  return out;
}

describe('months and quarters', () => {
  it('counts months across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-11', -23)).toBe('2024-12');
    expect(lastCompleteMonth('2026-01-15')).toBe('2025-12');
    expect(trendMonths('2026-11')).toHaveLength(24);
  });

  it('compares the latest complete quarter with the same quarter a year earlier', () => {
    expect(comparedQuarters('2026-11')).toEqual({ latest: '2026-Q3', previous: '2025-Q3' });
    expect(comparedQuarters('2026-09')).toEqual({ latest: '2026-Q3', previous: '2025-Q3' });
    expect(comparedQuarters('2026-02')).toEqual({ latest: '2025-Q4', previous: '2024-Q4' });
  });

  it('computes the change and the tile level', () => {
    expect(changePercent(15, 10)).toBe(50);
    expect(changePercent(9, 12)).toBe(-25);
    expect(changePercent(5, 0)).toBeNull();
    expect(changePercent(null, 4)).toBeNull();
    expect(trendLevel(15, 10)).toBe('strongRise');
    expect(trendLevel(11, 10)).toBe('rise');
    expect(trendLevel(10, 10)).toBe('stable');
    expect(trendLevel(8, 10)).toBe('fall');
    expect(trendLevel(7, 10)).toBe('strongFall');
    expect(trendLevel(3, 0)).toBe('strongRise');
    expect(trendLevel(0, 0)).toBe('stable');
    expect(trendLevel(null, 10)).toBe('noData');
  });
});

describe('buildTrends for a team lead (unsuppressed)', () => {
  const counts = randomCounts(7);
  const answer = buildTrends(input(counts, false));

  it('sums the counts month by month, per Sozialraum and per category', () => {
    expect(answer.months).toHaveLength(24);
    expect(answer.scope).toBe('office');
    const sum = (pick: (c: TrendCount) => boolean, m: 'needs' | 'unmet') =>
      counts.filter(pick).reduce((a, c) => a + c[m], 0);
    answer.months.forEach((month, k) => {
      expect(answer.selection.points[k].needs).toBe(sum((c) => c.month === month, 'needs'));
      expect(answer.selection.points[k].unmet).toBe(sum((c) => c.month === month, 'unmet'));
      for (const s of answer.byDistrict)
        expect(s.points[k].needs).toBe(
          sum((c) => c.month === month && c.districtId === s.districtId, 'needs'),
        );
      for (const s of answer.byCategory)
        expect(s.points[k].unmet).toBe(
          sum((c) => c.month === month && c.categoryKey === s.categoryKey, 'unmet'),
        );
    });
  });

  it('compares the quarters', () => {
    const q = (months: string[]) =>
      counts.filter((c) => months.includes(c.month)).reduce((a, c) => a + c.unmet, 0);
    const latest = q(['2026-07', '2026-08', '2026-09']);
    const previous = q(['2025-07', '2025-08', '2025-09']);
    expect(answer.selection.latest).toMatchObject({ period: '2026-Q3', unmet: latest });
    expect(answer.selection.previous).toMatchObject({ period: '2025-Q3', unmet: previous });
    expect(answer.selection.unmetChange).toBe(changePercent(latest, previous));
    expect(answer.selection.level).toBe(trendLevel(latest, previous));
  });

  it('filters by Sozialraum and category', () => {
    const one = buildTrends(input(counts, false, { district: 'd2', category: 'kita' }));
    const cell = counts.filter((c) => c.districtId === 'd2' && c.categoryKey === 'kita');
    expect(one.selection.points.map((p) => p.needs)).toEqual(
      one.months.map((m) => cell.filter((c) => c.month === m).reduce((a, c) => a + c.needs, 0)),
    );
    expect(one.byDistrict.map((s) => s.categoryKey)).toEqual(['kita', 'kita', 'kita', 'kita']);
    expect(one.byCategory.map((s) => s.districtId)).toEqual(['d2', 'd2', 'd2']);
  });
});

describe('buildTrends for the analyst (suppressed)', () => {
  it('hides small counts, with the higher threshold for sensitive categories', () => {
    const counts: TrendCount[] = trendMonths('2026-11').flatMap((month) =>
      DISTRICTS.flatMap((districtId) => [
        { month, districtId, categoryKey: 'kita', needs: 20, unmet: 10 },
        { month, districtId, categoryKey: 'wohnen', needs: 20, unmet: 10 },
        { month, districtId, categoryKey: 'schutz', needs: 20, unmet: districtId === 'd1' ? 4 : 10 },
      ]),
    );
    // minCell 3 would publish 4; the sensitive category's threshold is 5
    const answer = buildTrends(input(counts, true));
    const schutz = buildTrends(input(counts, true, { district: 'd1', category: 'schutz' }));
    expect(schutz.selection.points.every((p) => p.unmet === null && p.needs === 20)).toBe(true);
    // secondary suppression: the hidden cell is not alone in its Sozialraum
    const d1 = CATEGORIES.map(
      (c) => buildTrends(input(counts, true, { district: 'd1', category: c.key })).selection.points[0].unmet,
    );
    expect([...d1, answer.byDistrict[0].points[0].unmet].filter((v) => v === null).length).toBeGreaterThan(1);
    expect(answer.suppressed).toBe(true);
  });

  it('no hidden cell of a month can be worked out from the published margins', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const counts = randomCounts(seed);
      const answer = buildTrends(input(counts, true));
      const cell = (d: string, c: string) => buildTrends(input(counts, true, { district: d, category: c }));
      const cells = DISTRICTS.map((d) => CATEGORIES.map((c) => cell(d, c.key).selection.points));
      answer.months.forEach((_, k) => {
        for (const measure of ['needs', 'unmet'] as const) {
          // a row (category) or column (Sozialraum) with exactly one hidden entry among its cells
          // and its published total would give that entry away
          DISTRICTS.forEach((_, j) => {
            const line = [...cells[j].map((p) => p[k][measure]), answer.byDistrict[j].points[k][measure]];
            expect(line.filter((v) => v === null).length).not.toBe(1);
          });
          CATEGORIES.forEach((_, i) => {
            const line = [...cells.map((row) => row[i][k][measure]), answer.byCategory[i].points[k][measure]];
            expect(line.filter((v) => v === null).length).not.toBe(1);
          });
          // small counts are never published
          for (const row of cells)
            for (const p of row) {
              const v = p[k][measure];
              expect(v === null || v === 0 || v >= 3).toBe(true);
            }
        }
      });
    }
  });

  it('publishes a quarter only when its three months are published', () => {
    for (const seed of [11, 12, 13]) {
      const answer = buildTrends(input(randomCounts(seed), true));
      for (const s of [answer.selection, ...answer.byDistrict, ...answer.byCategory]) {
        const months = s.points.filter((p) => ['2026-07', '2026-08', '2026-09'].includes(p.month));
        const all = months.every((p) => p.unmet !== null);
        expect(s.latest.unmet === null).toBe(!all);
        if (all) expect(s.latest.unmet).toBe(months.reduce((a, p) => a + (p.unmet ?? 0), 0));
        if (s.latest.unmet === null || s.previous.unmet === null) expect(s.level).toBe('noData');
      }
    }
  });

  it('a filter only picks rows of the same suppressed tables', () => {
    const counts = randomCounts(21);
    const all = buildTrends(input(counts, true));
    const kita = buildTrends(input(counts, true, { category: 'kita' }));
    expect(kita.selection.points).toEqual(all.byCategory[0].points);
  });
});
