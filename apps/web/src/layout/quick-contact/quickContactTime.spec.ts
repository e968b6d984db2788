import { occurredAtOf } from './quickContactTime';

describe('occurredAtOf (quick contact logged afterwards, issue 25.2)', () => {
  const now = new Date(2026, 11, 6, 10, 45, 30); // local time

  it('leaves "now" to the API', () => {
    expect(occurredAtOf({ kind: 'now' }, now)).toEqual({ occurredAt: null, problem: null });
  });

  it('goes back the chosen minutes', () => {
    const { occurredAt } = occurredAtOf({ kind: 'ago', minutes: 30 }, now);
    expect(new Date(occurredAt as string).getTime()).toBe(now.getTime() - 30 * 60000);
  });

  it('takes a time of today, local', () => {
    const at = new Date(occurredAtOf({ kind: 'time', time: '09:05' }, now).occurredAt as string);
    expect([at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes()]).toEqual([
      2026, 11, 6, 9, 5,
    ]);
  });

  it('refuses a time still to come and one that is no time', () => {
    expect(occurredAtOf({ kind: 'time', time: '10:46' }, now)).toEqual({
      occurredAt: null,
      problem: 'future',
    });
    expect(occurredAtOf({ kind: 'time', time: '25:00' }, now).problem).toBe('invalid');
    expect(occurredAtOf({ kind: 'time', time: '' }, now).problem).toBe('invalid');
  });
});
