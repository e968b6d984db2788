import { isDayInLimits, isTimestampInLimits, LIMITS, passwordProblems } from './limits';

describe('password rule', () => {
  it('asks for length, not for character classes', () => {
    expect(passwordProblems('kurz')).toEqual(['too_short']);
    expect(passwordProblems('ein langer satz ohne ziffern')).toEqual([]);
    expect(passwordProblems(' mit Leerzeichen vorn')).toEqual(['surrounding_whitespace']);
    expect(passwordProblems('x'.repeat(LIMITS.passwordMax + 1))).toEqual(['too_long']);
  });
});

describe('date limits', () => {
  it('takes real days from 1900 to 2100 only', () => {
    expect(isDayInLimits('1900-01-01')).toBe(true);
    expect(isDayInLimits('2100-12-31')).toBe(true);
    expect(isDayInLimits('2026-02-28')).toBe(true);
    for (const day of [
      '1899-12-31',
      '2101-01-01',
      '0000-01-01',
      '0001-01-01',
      '9999-12-31',
      '2026-02-30',
      '26-01-01',
      1,
    ])
      expect([day, isDayInLimits(day)]).toEqual([day, false]);
  });

  it('takes timestamps well inside those days only', () => {
    expect(isTimestampInLimits('2026-05-01T10:00:00Z')).toBe(true);
    expect(isTimestampInLimits('2026-05-01T10:00:00+02:00')).toBe(true);
    for (const ts of [
      '0001-01-01T00:00:00Z',
      '9999-12-31T00:00:00Z',
      '1900-01-01T00:00:00+02:00',
      '2101-01-01T00:00:00Z',
      'x',
    ])
      expect([ts, isTimestampInLimits(ts)]).toEqual([ts, false]);
    expect(LIMITS.intMax).toBe(2 ** 31 - 1);
  });
});
