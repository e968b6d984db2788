import { previousQuarter, quarterRange } from './periods';

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
