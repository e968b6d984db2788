import type { Random } from './random';

// Time in Europe/Berlin without a time-zone library (EU rule: summer time from the last Sunday
// of March 01:00 UTC to the last Sunday of October 01:00 UTC). Days are counted from 1970-01-01.
// Shared by every demo step (case work, directory, referrals).

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export function lastSundayMs(year: number, month0: number): number {
  const lastDay = Date.UTC(year, month0 + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS;
}

export function isBerlinSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSundayMs(year, 2) + HOUR_MS && utcMs < lastSundayMs(year, 9) + HOUR_MS;
}

/** The Europe/Berlin calendar day of an instant, as days since 1970-01-01. */
export function berlinDayOf(date: Date): number {
  const ms = date.getTime();
  return Math.floor((ms + (isBerlinSummerTime(ms) ? 2 : 1) * HOUR_MS) / DAY_MS);
}

/** The instant of a Europe/Berlin wall-clock time on a day (not meant for 02:00–03:00). */
export function berlinTime(day: number, hour: number, minute = 0): Date {
  const naive = day * DAY_MS + (hour * 60 + minute) * MINUTE_MS;
  const winter = naive - HOUR_MS;
  return new Date(isBerlinSummerTime(winter) ? naive - 2 * HOUR_MS : winter);
}

export const weekday = (day: number): number => new Date(day * DAY_MS).getUTCDay(); // 0 = Sunday
export const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addMinutes = (d: Date, minutes: number): Date => new Date(d.getTime() + minutes * MINUTE_MS);
export const iso = (d: Date): string => d.toISOString();
export const maxDate = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

/** Public holidays in Brandenburg (the office is closed). */
export function holidays(year: number): number[] {
  const day = (m: number, d: number) => Math.floor(Date.UTC(year, m - 1, d) / DAY_MS);
  // Easter Sunday (anonymous Gregorian algorithm)
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const easter = day(month, ((h + l - 7 * m + 114) % 31) + 1);
  return [
    day(1, 1),
    easter - 2,
    easter + 1,
    day(5, 1),
    easter + 39,
    easter + 50,
    day(10, 3),
    day(10, 31),
    day(12, 25),
    day(12, 26),
  ];
}

/** The day itself when it is an office day in [min, max], else the nearest such day (or the day). */
export function nearestOfficeDay(
  day: number,
  min: number,
  max: number,
  isOfficeDay: (day: number) => boolean,
): number {
  for (const delta of [0, -1, 1, -2, 2, -3, 3, -4, 4]) {
    const d = day + delta;
    if (d >= min && d <= max && isOfficeDay(d)) return d;
  }
  return Math.min(max, Math.max(min, day));
}

/** Picks days of a window by weight (office days), restricted to a sub-range when asked. */
export class DayPicker {
  private readonly prefix: number[] = [0];

  constructor(
    readonly first: number,
    readonly last: number,
    readonly weightOf: (day: number) => number,
  ) {
    for (let day = first; day <= last; day++)
      this.prefix.push(this.prefix[this.prefix.length - 1] + weightOf(day));
  }

  /** A day in [from, to] (clamped to the window) by weight, or null when none has weight. */
  pick(rng: Random, from = this.first, to = this.last): number | null {
    const lo = Math.max(from, this.first) - this.first;
    const hi = Math.min(to, this.last) - this.first + 1;
    if (hi <= lo) return null;
    const total = this.prefix[hi] - this.prefix[lo];
    if (total <= 0) return null;
    const target = this.prefix[lo] + rng.next() * total;
    let a = lo;
    let b = hi - 1;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.prefix[mid + 1] > target) b = mid;
      else a = mid + 1;
    }
    return this.first + a;
  }
}
