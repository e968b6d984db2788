import { defaultQuarter, fileNameOf, monthChoices, quarterChoices, yearChoices } from './demandReport';

describe('quarters', () => {
  it('offers the current quarter and the eight before it; the default is the last complete one', () => {
    const choices = quarterChoices('2026-08-15');
    expect(choices).toHaveLength(9);
    expect(choices[0]).toBe('2026-Q3');
    expect(choices[1]).toBe('2026-Q2');
    expect(choices[8]).toBe('2024-Q3');
    expect(defaultQuarter('2026-08-15')).toBe('2026-Q2');
    expect(defaultQuarter('2026-01-02')).toBe('2025-Q4');
  });
});

describe('months and years (calendar periods of the analyst)', () => {
  it('offers the current month and the eleven before it, across the turn of the year', () => {
    const months = monthChoices('2026-02-10');
    expect(months).toHaveLength(12);
    expect(months.slice(0, 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(months[11]).toBe('2025-03');
    expect(yearChoices('2026-02-10')).toEqual(['2026', '2025', '2024']);
  });
});

describe('fileNameOf', () => {
  it('reads the file name of a Content-Disposition header', () => {
    expect(fileNameOf('attachment; filename="bericht-2026-Q3.csv"', 'x.csv')).toBe('bericht-2026-Q3.csv');
    expect(fileNameOf("attachment; filename*=UTF-8''Bericht%20Q3.csv", 'x.csv')).toBe('Bericht Q3.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
  });
});
