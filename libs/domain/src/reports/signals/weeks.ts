/**
 * Weeks of the early warning: a week is named by its Monday (`YYYY-MM-DD`, Europe/Berlin), i.e.
 * the ISO week; `isoWeekName` gives the usual `2026-W49`.
 */
const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the ISO week that `day` (`YYYY-MM-DD`) lies in. */
export function mondayOf(day: string): string {
  const n = dayNumber(day);
  const weekday = (new Date(n * DAY_MS).getUTCDay() + 6) % 7; // 0 = Monday
  return dayString(n - weekday);
}

export function addWeeks(monday: string, weeks: number): string {
  return dayString(dayNumber(monday) + 7 * weeks);
}

/** Whole weeks from `from` to `to` (both Mondays). */
export function weeksBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / 7);
}

/** The last complete week on `today` (`YYYY-MM-DD`): the week before the one today lies in. */
export function lastCompleteWeek(today: string): string {
  return addWeeks(mondayOf(today), -1);
}

/** `2026-W49` for the week whose Monday is given. */
export function isoWeekName(monday: string): string {
  const n = dayNumber(monday);
  const thursday = new Date((n + 3) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
  const week = Math.floor((n + 3 - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Sunday that ends the week. */
export function weekEnd(monday: string): string {
  return dayString(dayNumber(monday) + 6);
}

/**
 * Weekly series per cell from rows of counts: every week from `firstWeek` to `lastWeek` (both
 * Mondays, included), zeros where a cell had no row.
 */
export function weeklySeries(
  rows: readonly { week: string; key: string; n: number }[],
  firstWeek: string,
  lastWeek: string,
): Map<string, number[]> {
  const length = weeksBetween(firstWeek, lastWeek) + 1;
  const series = new Map<string, number[]>();
  for (const row of rows) {
    const i = weeksBetween(firstWeek, row.week);
    if (i < 0 || i >= length) continue;
    let s = series.get(row.key);
    if (!s) series.set(row.key, (s = Array<number>(length).fill(0)));
    s[i] += row.n;
  }
  return series;
}
