import {
  daysSince,
  defaultOutcomePeriod,
  formatMedianDays,
  sortOutcomeRows,
  totalOf,
} from './referralOutcomes';

const row = (name: string, sent: number, medianDaysToResponse: number | null = null) => ({
  name,
  sent,
  accepted: 1,
  declined: 0,
  completed: 1,
  notTakenUp: 0,
  medianDaysToResponse,
});

describe('referral outcomes', () => {
  it('looks back 90 days by default, today included', () => {
    expect(defaultOutcomePeriod('2026-06-30')).toEqual({ from: '2026-04-02', to: '2026-06-30' });
    expect(defaultOutcomePeriod('2026-01-15')).toEqual({ from: '2025-10-18', to: '2026-01-15' });
  });

  it('sorts by referrals sent, then by name', () => {
    const rows = [row('Beta', 2), row('Alpha', 2), row('Gamma', 9)];
    expect(sortOutcomeRows(rows, (r) => r.name).map((r) => r.name)).toEqual(['Gamma', 'Alpha', 'Beta']);
  });

  it('puts suppressed rows after the counted ones and the merged providers last', () => {
    const rows = [
      { ...row('weitere Träger', 40), otherProviders: true as const },
      { ...row('Beta', 2), sent: null },
      row('Alpha', 7),
    ];
    expect(sortOutcomeRows(rows, (r) => r.name).map((r) => r.name)).toEqual([
      'Alpha',
      'Beta',
      'weitere Träger',
    ]);
  });

  it('shows the median with one decimal in the UI’s format, or a dash', () => {
    expect(formatMedianDays(2.25, 'de')).toBe('2,3');
    expect(formatMedianDays(2.25, 'en')).toBe('2.3');
    expect(formatMedianDays(4, 'de')).toBe('4');
    expect(formatMedianDays(null)).toBe('–');
  });

  it('counts whole days since sending', () => {
    const now = new Date('2026-06-15T12:00:00Z');
    expect(daysSince('2026-06-05T13:00:00Z', now)).toBe(9);
    expect(daysSince('2026-06-05T11:00:00Z', now)).toBe(10);
    expect(daysSince('2026-06-16T00:00:00Z', now)).toBe(0);
  });

  it('adds the rows up', () => {
    expect(totalOf([row('A', 2), row('B', 3)])).toEqual({
      sent: 5,
      accepted: 2,
      declined: 0,
      completed: 2,
      notTakenUp: 0,
    });
  });
});
