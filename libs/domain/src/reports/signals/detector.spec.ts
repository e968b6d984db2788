import { decideWeek, SIGNAL_METHOD, testCell } from './detector';
import { publishedSignalCount, publishSignalFigures } from './publish';
import { benjaminiHochbergCutoff, binomialUpperTail, poissonUpperTail, rateRiseTest } from './exact-test';
import { addWeeks, isoWeekName, lastCompleteWeek, mondayOf, weeklySeries } from './weeks';

describe('exact tests', () => {
  it('sums binomial tails exactly', () => {
    expect(binomialUpperTail(4, 0, 0.3)).toBe(1);
    expect(binomialUpperTail(4, 5, 0.3)).toBe(0);
    expect(binomialUpperTail(4, 4, 0.5)).toBeCloseTo(1 / 16, 12);
    expect(binomialUpperTail(10, 3, 0.2)).toBeCloseTo(0.3222004736, 9);
    expect(binomialUpperTail(1000, 0, 0.25)).toBe(1);
    expect(binomialUpperTail(1000, 250, 0.25)).toBeCloseTo(0.5155, 2);
  });

  it('sums Poisson tails exactly', () => {
    expect(poissonUpperTail(0, 2)).toBe(1);
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(poissonUpperTail(10, 2)).toBeCloseTo(4.649807e-5, 9);
  });

  it('tests a rise of the recent rate conditionally on the total', () => {
    // 6 recent weeks, 26 baseline weeks, equal rates: about half the time above the middle
    expect(rateRiseTest(0, 6, 10, 26)).toBe(1);
    expect(rateRiseTest(12, 6, 26, 26)).toBeLessThan(0.05);
    expect(rateRiseTest(24, 6, 26, 26)).toBeLessThan(1e-5);
    expect(rateRiseTest(6, 6, 26, 26)).toBeGreaterThan(0.3);
  });

  it('finds the Benjamini–Hochberg cutoff', () => {
    expect(benjaminiHochbergCutoff([0.01, 0.04, 0.03, 0.5], 0.05)).toBe(0.01);
    expect(benjaminiHochbergCutoff([0.2, 0.5], 0.05)).toBe(-1);
    expect(benjaminiHochbergCutoff([], 0.05)).toBe(-1);
  });
});

describe('one cell', () => {
  const flat = (weeks: number, n: number) => Array<number>(weeks).fill(n);

  it('needs 12 baseline weeks and at least one need', () => {
    expect(testCell(flat(17, 2))).toBeNull();
    expect(testCell(flat(18, 0))).toBeNull();
    expect(testCell(flat(18, 2))).not.toBeNull();
  });

  it('reads rates and the ratio, without a seasonal factor in the first year', () => {
    const t = testCell([...flat(26, 1), ...flat(6, 3)]);
    expect(t).toMatchObject({ recentCount: 18, baselineCount: 26, baselineWeeks: 26, seasonalFactor: 1 });
    expect(t?.recentRate).toBe(3);
    expect(t?.baselineRate).toBe(1);
    expect(t?.ratio).toBe(3);
    expect(t?.pValue).toBeLessThan(1e-3);
  });

  it('scales the baseline by the season a year earlier', () => {
    // a year ago the same six weeks were twice the weeks around them: this year's doubling is usual
    const year = [...flat(20, 0), ...flat(26, 2), ...flat(6, 4)];
    const t = testCell([...year, ...flat(26, 2), ...flat(6, 4)]);
    expect(t?.seasonalFactor).toBeGreaterThan(1.5);
    expect(t?.ratio).toBeLessThan(1.3);
    expect(t?.pValue).toBeGreaterThan(0.05);
  });
});

describe('a week of decisions', () => {
  const rising = [...Array<number>(26).fill(1), ...Array<number>(6).fill(4)];
  const stable = Array<number>(32).fill(1);

  it('opens a signal once, keeps it while the rise lasts, closes it after', () => {
    const first = decideWeek(
      [
        { key: 'a', series: rising },
        { key: 'b', series: stable },
      ],
      new Set(),
    );
    expect(first.decisions).toEqual([
      expect.objectContaining({ key: 'a', open: true, opened: true, closed: false }),
    ]);
    const again = decideWeek([{ key: 'a', series: rising }], new Set(['a']));
    expect(again.decisions[0]).toMatchObject({ open: true, opened: false, closed: false });
    const over = decideWeek([{ key: 'a', series: [...rising, ...Array<number>(6).fill(1)] }], new Set(['a']));
    expect(over.decisions[0]).toMatchObject({ open: false, opened: false, closed: true });
  });

  it('closes an open cell that is no longer tested', () => {
    expect(decideWeek([], new Set(['x'])).closedUntested).toEqual(['x']);
  });

  it('does not open on a tiny count, however unlikely', () => {
    const tiny = [...Array<number>(26).fill(0), 0, 0, 0, 0, 1, 3];
    expect(decideWeek([{ key: 't', series: tiny }], new Set()).decisions).toEqual([]);
    expect(SIGNAL_METHOD.minRecentCount).toBe(5);
  });
});

describe('published count and weeks', () => {
  it('suppresses small recent counts with the configured threshold', () => {
    expect(publishedSignalCount(12, 5, false)).toBe(12);
    expect(publishedSignalCount(4, 5, false)).toBe('< 5');
    expect(publishedSignalCount(4, 3, false)).toBe(4);
    expect(publishedSignalCount(4, 3, true)).toBe('< 5');
  });

  it('withholds every figure that would give a suppressed count back', () => {
    const f = { recentCount: 18, baselineCount: 26, recentRate: 3, baselineRate: 1, ratio: 3, pValue: 1e-6 };
    expect(publishSignalFigures(f, 5, false)).toEqual({
      recentCount: 18,
      recentRate: 3,
      baselineRate: 1,
      ratio: 3,
      pValue: 1e-6,
    });
    expect(publishSignalFigures({ ...f, recentCount: 3, recentRate: 0.5 }, 5, false)).toEqual({
      recentCount: '< 5',
      recentRate: null,
      baselineRate: 1,
      ratio: null,
      pValue: null,
    });
    expect(publishSignalFigures({ ...f, baselineCount: 2, baselineRate: 0.077 }, 5, false)).toEqual({
      recentCount: 18,
      recentRate: 3,
      baselineRate: null,
      ratio: null,
      pValue: null,
    });
    // zero is never a small cell
    expect(publishSignalFigures({ ...f, baselineCount: 0, baselineRate: 0 }, 5, false).pValue).toBe(1e-6);
  });

  it('names ISO weeks by their Monday', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(lastCompleteWeek('2026-12-06')).toBe('2026-11-23');
    expect(isoWeekName('2026-11-30')).toBe('2026-W49');
    expect(isoWeekName('2026-12-28')).toBe('2026-W53');
    expect(isoWeekName('2027-01-04')).toBe('2027-W01');
    expect(addWeeks('2026-11-30', -52)).toBe('2025-12-01');
    expect([...weeklySeries([{ week: '2026-11-23', key: 'k', n: 2 }], '2026-11-16', '2026-11-30')]).toEqual([
      ['k', [0, 2, 0]],
    ]);
  });
});
