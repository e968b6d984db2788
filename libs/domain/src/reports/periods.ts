/** Reporting periods: a quarter `2026-Q3` is 1 July to 30 September 2026 (Europe/Berlin days). */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export function quarterRange(period: string): { from: string; to: string } | null {
  const match = QUARTER_PATTERN.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const q = Number(match[2]);
  const firstMonth = (q - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/**
 * The one German name of a quarter, wherever it appears (picker, snapshot list, exports, messages):
 * "3. Quartal 2026" for `2026-Q3`; any other text is returned as it is.
 */
export function quarterName(period: string): string {
  const match = QUARTER_PATTERN.exec(period);
  return match ? `${match[2]}. Quartal ${match[1]}` : period;
}

/** The quarter before the one `day` (YYYY-MM-DD) lies in: what the quarterly snapshot freezes. */
export function previousQuarter(day: string): string {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/**
 * The periods the city's analyst may ask for (issue 16): a calendar month, quarter or year. Any
 * other range could be differenced against an overlapping one; team leads keep free ranges.
 */
export type CalendarPeriodKind = 'month' | 'quarter' | 'year';

export interface CalendarPeriod {
  kind: CalendarPeriodKind;
  year: number;
  /** `2026-07`, `2026-Q3` or `2026`. */
  name: string;
  /** First and last day, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  /** The months `YYYY-MM` the period consists of. */
  months: string[];
}

/** What the 400 `INVALID_PERIOD` names as the allowed forms. */
export const ALLOWED_PERIODS_MESSAGE =
  'For the city, a report period is a calendar month (from=2026-07-01&to=2026-07-31), ' +
  'a calendar quarter (from=2026-07-01&to=2026-09-30) or a calendar year (from=2026-01-01&to=2026-12-31)';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The months `first`..`last` (1-based, both included) of a year as a period. */
function monthsPeriod(
  kind: CalendarPeriodKind,
  name: string,
  year: number,
  first: number,
  last: number,
): CalendarPeriod {
  return {
    kind,
    year,
    name,
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDayOf(year, last))}`,
    months: Array.from({ length: last - first + 1 }, (_, k) => `${year}-${pad(first + k)}`),
  };
}

export const monthPeriod = (year: number, month: number): CalendarPeriod =>
  monthsPeriod('month', `${year}-${pad(month)}`, year, month, month);
export const quarterPeriod = (year: number, quarter: number): CalendarPeriod =>
  monthsPeriod('quarter', `${year}-Q${quarter}`, year, quarter * 3 - 2, quarter * 3);
export const yearPeriod = (year: number): CalendarPeriod => monthsPeriod('year', String(year), year, 1, 12);

/**
 * The calendar period that `from`..`to` is exactly, or null (a free range, a range across years,
 * an impossible day). Years 2000–2999 only.
 */
export function calendarPeriodOf(from: string, to: string): CalendarPeriod | null {
  const day = /^(2\d{3})-(\d{2})-(\d{2})$/;
  const a = day.exec(from);
  const b = day.exec(to);
  if (!a || !b || a[1] !== b[1]) return null;
  const year = Number(a[1]);
  const firstMonth = Number(a[2]);
  const lastMonth = Number(b[2]);
  if (a[3] !== '01' || firstMonth < 1 || lastMonth > 12 || firstMonth > lastMonth) return null;
  if (Number(b[3]) !== lastDayOf(year, lastMonth)) return null;
  if (firstMonth === lastMonth) return monthPeriod(year, firstMonth);
  if (firstMonth === 1 && lastMonth === 12) return yearPeriod(year);
  if (lastMonth - firstMonth === 2 && firstMonth % 3 === 1) return quarterPeriod(year, (firstMonth + 2) / 3);
  return null;
}

/**
 * The hierarchy of a calendar year: the year, its four quarters and twelve months. Suppression
 * for the analyst is planned over all of it at once, so that no combination of published months,
 * quarters and the year recovers a hidden cell.
 */
export function periodsOfYear(year: number): {
  year: CalendarPeriod;
  quarters: CalendarPeriod[];
  months: CalendarPeriod[];
} {
  return {
    year: yearPeriod(year),
    quarters: [1, 2, 3, 4].map((q) => quarterPeriod(year, q)),
    months: Array.from({ length: 12 }, (_, k) => monthPeriod(year, k + 1)),
  };
}
