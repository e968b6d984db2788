import {
  CONTACT_BATCH_MAX,
  entriesOf,
  OFFLINE_CLOCK_SKEW_MINUTES,
  OFFLINE_MAX_NEEDS,
  OFFLINE_WINDOW_DAYS,
  offlineEntryProblem,
  offlineNeedStatus,
  offlineTimeProblem,
  retryDelayMs,
} from './offline-contact';

const NOW = new Date('2026-12-06T15:00:00Z');
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000).toISOString();
const DAY = 24 * 60;

describe('offline outreach rules (issue 22)', () => {
  it('a batch holds at most 500 entries, an entry at most three needs', () => {
    expect(CONTACT_BATCH_MAX).toBe(500);
    expect(OFFLINE_MAX_NEEDS).toBe(3);
  });

  it('the time: not beyond the clock skew in the future, not older than the window', () => {
    expect(offlineTimeProblem(minutes(0), NOW)).toBeNull();
    expect(offlineTimeProblem(minutes(OFFLINE_CLOCK_SKEW_MINUTES), NOW)).toBeNull();
    expect(offlineTimeProblem(minutes(OFFLINE_CLOCK_SKEW_MINUTES + 1), NOW)).toBe('CONTACT_IN_FUTURE');
    expect(offlineTimeProblem(minutes(-OFFLINE_WINDOW_DAYS * DAY + 1), NOW)).toBeNull();
    expect(offlineTimeProblem(minutes(-OFFLINE_WINDOW_DAYS * DAY - 1), NOW)).toBe('OUTSIDE_SYNC_WINDOW');
    expect(offlineTimeProblem('gestern', NOW)).toBe('INVALID');
  });

  it('an entry: first problem with its field, or null', () => {
    const ok = { occurredAt: minutes(-30), needs: [{ categoryKey: 'wohngeld' }] };
    expect(offlineEntryProblem(ok, NOW)).toBeNull();
    expect(offlineEntryProblem({ ...ok, occurredAt: minutes(60) }, NOW)).toEqual({
      code: 'CONTACT_IN_FUTURE',
      field: 'occurredAt',
    });
    expect(offlineEntryProblem({ ...ok, occurredAt: minutes(-40 * DAY) }, NOW)?.code).toBe(
      'OUTSIDE_SYNC_WINDOW',
    );
    expect(
      offlineEntryProblem(
        { ...ok, needs: ['a', 'b', 'c', 'd'].map((categoryKey) => ({ categoryKey })) },
        NOW,
      ),
    ).toEqual({ code: 'VALIDATION_FAILED', field: 'needs' });
    expect(
      offlineEntryProblem({ ...ok, needs: [{ categoryKey: 'wohngeld' }, { categoryKey: 'wohngeld' }] }, NOW),
    ).toEqual({ code: 'VALIDATION_FAILED', field: 'needs.1.categoryKey' });
    expect(offlineEntryProblem({ ...ok, summary: 'x'.repeat(201) }, NOW)?.field).toBe('summary');
    expect(offlineEntryProblem({ ...ok, summary: 'Rückruf unter 0331 1234567' }, NOW)).toEqual({
      code: 'PERSONAL_DATA_NOT_ALLOWED',
      field: 'summary',
    });
    expect(offlineEntryProblem({ ...ok, summary: 'Fragen zum Kitaplatz' }, NOW)).toBeNull();
  });

  it('a need with an unmet reason is unmet, else open', () => {
    expect(offlineNeedStatus({})).toBe('open');
    expect(offlineNeedStatus({ unmetReason: null })).toBe('open');
    expect(offlineNeedStatus({ unmetReason: 'waitlist' })).toBe('unmet');
  });

  it('the queue is sent by its owner only; everybody else sees whose entries wait', () => {
    const entries = [
      { id: '1', ownerId: 'anna' },
      { id: '2', ownerId: 'ben' },
      { id: '3', ownerId: 'anna' },
    ];
    expect(entriesOf(entries, 'anna')).toEqual({ mine: [entries[0], entries[2]], others: [entries[1]] });
    expect(entriesOf(entries, 'ben').mine).toEqual([entries[1]]);
    expect(entriesOf(entries, null)).toEqual({ mine: [], others: entries });
  });

  it('retries back off: 1, 2, 4 … seconds, never more than five minutes', () => {
    expect([0, 1, 2, 3].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(30)).toBe(300_000);
  });
});
