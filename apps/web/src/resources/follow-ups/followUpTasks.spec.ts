import { berlinDateOf } from '../../common/dates';
import { endOfWeek, postponedDue, taskFilter } from './followUpTasks';

describe('follow-ups as a task list', () => {
  it('a week ends on Sunday', () => {
    expect(endOfWeek('2026-12-07')).toBe('2026-12-13'); // Monday
    expect(endOfWeek('2026-12-10')).toBe('2026-12-13'); // Thursday
    expect(endOfWeek('2026-12-13')).toBe('2026-12-13'); // Sunday
  });

  it('filters each view of the caller’s open follow-ups', () => {
    expect(taskFilter('today', 'u1', '2026-12-10')).toEqual({
      assigneeId: 'u1',
      status: 'open',
      dueFrom: '2026-12-10',
      dueBefore: '2026-12-10',
    });
    expect(taskFilter('overdue', 'u1', '2026-12-10')).toEqual({
      assigneeId: 'u1',
      status: 'open',
      overdue: true,
    });
    expect(taskFilter('week', 'u1', '2026-12-10')).toEqual({
      assigneeId: 'u1',
      status: 'open',
      dueBefore: '2026-12-13',
    });
    expect(taskFilter('all', 'u1', '2026-12-10')).toEqual({ assigneeId: 'u1', status: 'open' });
  });

  it('moves a follow-up from its due day, an overdue one from today, to the end of that day', () => {
    const dueFriday = '2026-12-11T22:59:59.999Z'; // end of Friday in Berlin
    expect(berlinDateOf(postponedDue(dueFriday, 1, '2026-12-10'))).toBe('2026-12-12');
    expect(berlinDateOf(postponedDue(dueFriday, 7, '2026-12-10'))).toBe('2026-12-18');
    // overdue since Friday, today is Tuesday: +1 day is Wednesday
    expect(berlinDateOf(postponedDue(dueFriday, 1, '2026-12-15'))).toBe('2026-12-16');
    expect(postponedDue(dueFriday, 1, '2026-12-10')).toBe('2026-12-12T22:59:59.999Z');
  });
});
