import { countOf, defaultQuarter, fileNameOf, quarterChoices, sumByGroup } from './demandReport';

const groups: Record<string, string> = {
  rent: 'Finanzielle Hilfen',
  benefits: 'Finanzielle Hilfen',
  daycare: 'Kinderbetreuung',
  midwife: 'Rund um die Geburt',
};
const groupOf = (key: string) => groups[key];

describe('sumByGroup', () => {
  it('sums the categories of each group in the order of the taxonomy', () => {
    const rows = [
      { categoryKey: 'daycare', needs: 7 },
      { categoryKey: 'rent', needs: 5 },
      { categoryKey: 'benefits', needs: 6 },
    ];
    expect(sumByGroup(rows, groupOf, 'needs')).toEqual([
      { group: 'Finanzielle Hilfen', value: 11 },
      { group: 'Kinderbetreuung', value: 7 },
    ]);
  });

  it('makes a group unknown when one of its categories is suppressed, wherever it comes', () => {
    const rows = [
      { categoryKey: 'rent', needs: 9 },
      { categoryKey: 'benefits', needs: null, suppressed: true as const, suppressedFields: ['needs'] },
      { categoryKey: 'daycare', needs: 12 },
      { categoryKey: 'midwife', needs: null, suppressed: true as const, suppressedFields: ['needs'] },
    ];
    expect(sumByGroup(rows, groupOf, 'needs')).toEqual([
      { group: 'Finanzielle Hilfen', value: null },
      { group: 'Kinderbetreuung', value: 12 },
      { group: 'Rund um die Geburt', value: null },
    ]);
    // the suppressed category first: the group stays unknown
    expect(sumByGroup([...rows].reverse(), groupOf, 'needs')[0]).toEqual({
      group: 'Finanzielle Hilfen',
      value: null,
    });
  });

  it('only looks at the field asked for', () => {
    const rows = [
      { categoryKey: 'rent', needs: 9, unmet: null, suppressed: true as const, suppressedFields: ['unmet'] },
      { categoryKey: 'benefits', needs: 6, unmet: 5 },
    ];
    expect(sumByGroup(rows, groupOf, 'needs')).toEqual([{ group: 'Finanzielle Hilfen', value: 15 }]);
    expect(sumByGroup(rows, groupOf, 'unmet')).toEqual([{ group: 'Finanzielle Hilfen', value: null }]);
  });

  it('treats a field named in suppressedFields as suppressed even with a number, and zero as zero', () => {
    expect(countOf({ needs: 3, suppressedFields: ['needs'] }, 'needs')).toBeNull();
    expect(sumByGroup([{ categoryKey: 'daycare', needs: 0 }], groupOf, 'needs')).toEqual([
      { group: 'Kinderbetreuung', value: 0 },
    ]);
  });

  it('puts categories of an unknown group last under the fallback', () => {
    const rows = [
      { categoryKey: 'mystery', needs: 5 },
      { categoryKey: 'daycare', needs: 5 },
    ];
    expect(sumByGroup(rows, groupOf, 'needs').map((sum) => sum.group)).toEqual(['Kinderbetreuung', 'other']);
  });
});

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

describe('fileNameOf', () => {
  it('reads the file name of a Content-Disposition header', () => {
    expect(fileNameOf('attachment; filename="bericht-2026-Q3.csv"', 'x.csv')).toBe('bericht-2026-Q3.csv');
    expect(fileNameOf("attachment; filename*=UTF-8''Bericht%20Q3.csv", 'x.csv')).toBe('Bericht Q3.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
  });
});
