import { JobName } from './job-types';
import { berlinDate, berlinToInstant, nextRun, repeatOptions, SCHEDULES } from './schedules';

describe('schedules (Europe/Berlin)', () => {
  it('has one schedule per scheduled job, each with a unique id', () => {
    expect(new Set(SCHEDULES.map((s) => s.id)).size).toBe(SCHEDULES.length);
    expect(SCHEDULES.map((s) => s.job).sort()).toEqual(
      [
        JobName.DailySummary,
        JobName.FollowUpOverdueSweep,
        JobName.QuarterlySnapshot,
        JobName.ReferralReminderSweep,
        JobName.Retention,
        JobName.OfferConfirmReminder,
        JobName.RollupCheck,
        JobName.EarlyWarning,
      ].sort(),
    );
  });

  it('gives BullMQ cron patterns in Berlin time', () => {
    expect(repeatOptions({ kind: 'daily', hour: 7, minute: 0 })).toEqual({
      pattern: '0 7 * * *',
      tz: 'Europe/Berlin',
    });
    expect(repeatOptions({ kind: 'quarterStart', hour: 2, minute: 0 })).toEqual({
      pattern: '0 2 1 1,4,7,10 *',
      tz: 'Europe/Berlin',
    });
    expect(repeatOptions({ kind: 'every', ms: 300_000 })).toEqual({ every: 300_000 });
  });

  it('converts Berlin wall clock to instants in winter and summer time', () => {
    expect(berlinToInstant(2026, 11, 28, 7, 0).toISOString()).toBe('2026-11-28T06:00:00.000Z');
    expect(berlinToInstant(2026, 7, 1, 2, 0).toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });

  it('runs the daily summary at 07:00 Berlin, the next day once 07:00 has passed', () => {
    const daily = { kind: 'daily', hour: 7, minute: 0 } as const;
    // 23:36 UTC on 27 Nov is already 00:36 on 28 Nov in Berlin
    expect(nextRun(daily, new Date('2026-11-27T23:36:00Z')).toISOString()).toBe('2026-11-28T06:00:00.000Z');
    expect(nextRun(daily, new Date('2026-11-28T06:00:00Z')).toISOString()).toBe('2026-11-29T06:00:00.000Z');
    // across the switch to summer time (28 March 2027)
    expect(nextRun(daily, new Date('2027-03-27T12:00:00Z')).toISOString()).toBe('2027-03-28T05:00:00.000Z');
  });

  it('freezes the quarter on the first day of the next quarter at 02:00 Berlin', () => {
    const q = { kind: 'quarterStart', hour: 2, minute: 0 } as const;
    expect(nextRun(q, new Date('2026-11-27T23:36:00Z')).toISOString()).toBe('2027-01-01T01:00:00.000Z');
    expect(nextRun(q, new Date('2027-01-01T01:00:00Z')).toISOString()).toBe('2027-04-01T00:00:00.000Z');
    expect(nextRun(q, new Date('2026-09-30T22:30:00Z')).toISOString()).toBe('2026-10-01T00:00:00.000Z');
  });

  it('aligns interval schedules to multiples of their period', () => {
    const every = { kind: 'every', ms: 300_000 } as const;
    expect(nextRun(every, new Date('2026-11-27T10:02:00Z')).toISOString()).toBe('2026-11-27T10:05:00.000Z');
    expect(nextRun(every, new Date('2026-11-27T10:05:00Z')).toISOString()).toBe('2026-11-27T10:10:00.000Z');
  });

  it('tells the Berlin date, not the UTC date', () => {
    expect(berlinDate(new Date('2026-11-27T23:36:00Z'))).toBe('2026-11-28');
  });
});
