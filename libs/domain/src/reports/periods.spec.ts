import {
  calendarPeriodOf,
  monthPeriod,
  periodsOfYear,
  previousQuarter,
  quarterPeriod,
  quarterName,
  quarterRange,
  yearPeriod,
} from './periods';

describe('reporting periods', () => {
  it('turns a quarter into its first and last day', () => {
    expect(quarterRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterRange('2028-Q1')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterRange('2026-Q5')).toBeNull();
    expect(quarterRange('Q3-2026')).toBeNull();
  });

  it('names the quarter before a day', () => {
    expect(previousQuarter('2026-10-01')).toBe('2026-Q3');
    expect(previousQuarter('2027-01-01')).toBe('2026-Q4');
    expect(previousQuarter('2026-05-17')).toBe('2026-Q1');
  });
});

describe('calendar periods for the analyst', () => {
  it('knows a month, a quarter and a year exactly, leap years included', () => {
    expect(calendarPeriodOf('2026-07-01', '2026-07-31')).toMatchObject({ kind: 'month', name: '2026-07' });
    expect(calendarPeriodOf('2028-02-01', '2028-02-29')).toMatchObject({ kind: 'month', name: '2028-02' });
    expect(calendarPeriodOf('2026-07-01', '2026-09-30')).toMatchObject({
      kind: 'quarter',
      name: '2026-Q3',
      months: ['2026-07', '2026-08', '2026-09'],
    });
    expect(calendarPeriodOf('2026-01-01', '2026-12-31')).toMatchObject({ kind: 'year', name: '2026' });
    expect(calendarPeriodOf('2026-01-01', '2026-12-31')?.months).toHaveLength(12);
  });

  it('refuses free ranges, shifted quarters, ranges across years and impossible days', () => {
    for (const [from, to] of [
      ['2026-07-01', '2026-07-30'], // not the whole month
      ['2026-07-02', '2026-07-31'],
      ['2026-02-01', '2026-04-30'], // three months, but no quarter
      ['2026-07-01', '2026-08-31'], // two months
      ['2026-01-01', '2026-06-30'], // half a year
      ['2026-12-01', '2027-01-31'],
      ['2026-02-01', '2026-02-29'], // 2026 is no leap year
      ['2026-09-01', '2026-07-31'],
      ['2026-13-01', '2026-13-31'],
      ['x', '2026-07-31'],
    ])
      expect([from, to, calendarPeriodOf(from, to)]).toEqual([from, to, null]);
  });

  it('lays out a year as its quarters and months', () => {
    const y = periodsOfYear(2026);
    expect(y.year).toEqual(yearPeriod(2026));
    expect(y.quarters.map((q) => [q.from, q.to])).toEqual([
      ['2026-01-01', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-09-30'],
      ['2026-10-01', '2026-12-31'],
    ]);
    expect(y.months.map((m) => m.name)).toEqual(y.year.months);
    expect(quarterPeriod(2026, 4)).toEqual(calendarPeriodOf('2026-10-01', '2026-12-31'));
    expect(monthPeriod(2026, 12).to).toBe('2026-12-31');
  });
});

describe('the name of a quarter', () => {
  it('is "3. Quartal 2026" for 2026-Q3, and leaves anything else as it is', () => {
    expect(quarterName('2026-Q3')).toBe('3. Quartal 2026');
    expect(quarterName('2025-Q1')).toBe('1. Quartal 2025');
    expect(quarterName('2026-Q5')).toBe('2026-Q5');
    expect(quarterName('2026')).toBe('2026');
  });
});
