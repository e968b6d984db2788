import {
  addDays,
  berlinDateOf,
  endOfBerlinDay,
  formatDateTime,
  formatGermanDateTime,
  formatGermanDay,
  fromBerlinWallTime,
  parseGermanDateTime,
  parseGermanDay,
  startOfBerlinDay,
  toBerlinWallTime,
  todayInBerlin,
} from './dates';

describe('dates in Europe/Berlin', () => {
  it('formats instants in German, in Berlin time, whatever the machine’s zone', () => {
    // 22:30 UTC on 31 March 2026 is 00:30 on 1 April in Berlin (summer time, +2).
    expect(formatDateTime('2026-03-31T22:30:00Z', 'de', true)).toBe('01.04.2026, 00:30');
    expect(formatDateTime('2026-03-31T22:30:00Z', 'de')).toBe('01.04.2026');
    // Winter time (+1).
    expect(formatDateTime('2026-01-15T08:05:00Z', 'de', true)).toBe('15.01.2026, 09:05');
    expect(formatDateTime('2026-01-15T08:05:00Z', 'en', true)).toBe('15/01/2026, 09:05');
  });

  it('shows a plain date as that day and ignores empty values', () => {
    expect(formatDateTime('2019-07-01', 'de')).toBe('01.07.2019');
    expect(formatDateTime('2019-07-01', 'de', true)).toBe('01.07.2019');
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime('nonsense')).toBe('');
  });

  it('knows today’s Berlin day', () => {
    expect(todayInBerlin(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInBerlin(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(berlinDateOf('2026-12-31T23:00:00Z')).toBe('2027-01-01');
  });

  it('converts between Berlin wall-clock time and instants, in summer and winter', () => {
    expect(fromBerlinWallTime('2026-07-01T10:15')).toBe('2026-07-01T08:15:00.000Z');
    expect(fromBerlinWallTime('2026-01-01T10:15')).toBe('2026-01-01T09:15:00.000Z');
    expect(toBerlinWallTime('2026-07-01T08:15:00.000Z')).toBe('2026-07-01T10:15');
    expect(toBerlinWallTime('2026-01-01T09:15:00.000Z')).toBe('2026-01-01T10:15');
    // Around the switch to summer time (29 March 2026, 02:00 → 03:00).
    expect(fromBerlinWallTime('2026-03-29T01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(fromBerlinWallTime('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromBerlinWallTime('29.03.2026')).toBeNull();
  });

  it('gives the first and last moment of a Berlin day', () => {
    expect(startOfBerlinDay('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    expect(endOfBerlinDay('2026-07-01')).toBe('2026-07-01T21:59:59.999Z');
    expect(endOfBerlinDay('2026-01-01')).toBe('2026-01-01T22:59:59.999Z');
    expect(endOfBerlinDay('')).toBeNull();
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('dates typed the German way (TT.MM.JJJJ, whatever the browser locale)', () => {
  it('reads real days, with or without leading zeros, and a pasted ISO day', () => {
    expect(parseGermanDay('01.07.2026')).toBe('2026-07-01');
    expect(parseGermanDay(' 1.7.2026 ')).toBe('2026-07-01');
    expect(parseGermanDay('29.02.2028')).toBe('2028-02-29');
    expect(parseGermanDay('2026-07-01')).toBe('2026-07-01');
  });

  it('refuses what is no day: impossible dates, two-digit years, US order, text', () => {
    for (const text of [
      '31.02.2026',
      '29.02.2027',
      '1.7.26',
      '07/01/2026',
      '2026-02-30',
      'morgen',
      '',
      '1.13.2026',
    ])
      expect([text, parseGermanDay(text)]).toEqual([text, null]);
  });

  it('writes a day as TT.MM.JJJJ', () => {
    expect(formatGermanDay('2026-07-01')).toBe('01.07.2026');
    expect(formatGermanDay('nonsense')).toBe('');
  });

  it('reads and writes a date with time in Berlin time', () => {
    expect(parseGermanDateTime('01.07.2026 14:30')).toBe('2026-07-01T14:30');
    expect(parseGermanDateTime('1.7.2026, 9:05 Uhr')).toBe('2026-07-01T09:05');
    expect(parseGermanDateTime('01.07.2026 24:00')).toBeNull();
    expect(parseGermanDateTime('01.07.2026')).toBeNull();
    // 12:30 UTC in July is 14:30 in Berlin (summer time)
    expect(formatGermanDateTime('2026-07-01T12:30:00Z')).toBe('01.07.2026 14:30');
  });
});
