import { addDays, berlinDateOf, endOfBerlinDay } from '../../common/dates';

/** The views of "Meine Wiedervorlagen" (issue 25.7). */
export const TASK_VIEWS = ['today', 'overdue', 'week', 'all'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

/** The Sunday that ends the (ISO) week of a Berlin day `YYYY-MM-DD`. */
export function endOfWeek(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay(); // 0 = Sunday
  return addDays(day, weekday === 0 ? 0 : 7 - weekday);
}

/**
 * The API filter of a view, for the caller's open follow-ups: due today (Berlin), overdue (due
 * before now), due by the end of this week (overdue included), or all.
 */
export function taskFilter(view: TaskView, assigneeId: string, today: string): Record<string, unknown> {
  const base = { assigneeId, status: 'open' };
  switch (view) {
    case 'today':
      return { ...base, dueFrom: today, dueBefore: today };
    case 'overdue':
      return { ...base, overdue: true };
    case 'week':
      return { ...base, dueBefore: endOfWeek(today) };
    case 'all':
      return base;
  }
}

/**
 * A follow-up moved by `days`: from its due day, or from today when it is overdue (a reminder
 * moved "+1 Tag" is due tomorrow, not on a day that has passed). Due at the end of that day.
 */
export function postponedDue(dueAt: string, days: number, today: string): string {
  const due = berlinDateOf(dueAt);
  const from = due < today ? today : due;
  return endOfBerlinDay(addDays(from, days)) as string;
}
