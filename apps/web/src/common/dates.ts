/**
 * Dates and times of Lotsen CRM: shown in German format and always in Europe/Berlin, whatever
 * the browser's own time zone; calendar days (`YYYY-MM-DD`) are Berlin days, as in the API.
 */
export const TIME_ZONE = 'Europe/Berlin';

/** The Intl locale of a UI language: German format for German, British (day first) for English. */
export const INTL_LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

export function intlLocale(locale: string): string {
  return INTL_LOCALES[locale] ?? locale;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A plain date (`YYYY-MM-DD`, e.g. a birth date) is a calendar day, not an instant. */
export function isDateOnly(value: unknown): value is string {
  return typeof value === 'string' && DATE_ONLY.test(value);
}

/**
 * Intl options for a value: day, month, year (and hour, minute with `showTime`), in Berlin time;
 * a plain date is shown as it is (UTC, so that no time zone moves it to another day).
 */
export function dateTimeOptions(value: unknown, showTime = false): Intl.DateTimeFormatOptions {
  const options: Intl.DateTimeFormatOptions = {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: isDateOnly(value) ? 'UTC' : TIME_ZONE,
  };
  if (showTime && !isDateOnly(value)) {
    options.hour = '2-digit';
    options.minute = '2-digit';
  }
  return options;
}

/** "12.05.2026" or "12.05.2026, 14:30" (German UI), in Berlin time; '' for no value. */
export function formatDateTime(
  value: string | Date | null | undefined,
  locale = 'de',
  showTime = false,
): string {
  if (value === null || value === undefined || value === '') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(intlLocale(locale), dateTimeOptions(value, showTime));
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const berlinFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The Berlin wall-clock time of an instant. */
function berlinWallTime(instant: Date): WallTime {
  const parts = Object.fromEntries(
    berlinFormat.formatToParts(instant).map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

/** Minutes that Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
function berlinOffsetMinutes(epochMs: number): number {
  const wall = berlinWallTime(new Date(epochMs));
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/** Today's calendar day in Berlin, `YYYY-MM-DD`. */
export function todayInBerlin(now: Date = new Date()): string {
  return berlinDateOf(now);
}

/** The Berlin calendar day of an instant, `YYYY-MM-DD`. */
export function berlinDateOf(value: string | Date): string {
  const wall = berlinWallTime(value instanceof Date ? value : new Date(value));
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The Berlin wall-clock time of an instant as `YYYY-MM-DDTHH:mm` (for datetime-local inputs). */
export function toBerlinWallTime(value: string | Date): string {
  const wall = berlinWallTime(value instanceof Date ? value : new Date(value));
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * The instant (ISO, UTC) of a Berlin wall-clock time `YYYY-MM-DDTHH:mm[:ss]`; null when the text
 * is no such time. In the hour skipped in spring the later offset applies.
 */
export function fromBerlinWallTime(text: string, milliseconds = 0): string | null {
  const match = WALL_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds);
  if (Number.isNaN(asUtc)) return null;
  let instant = asUtc - berlinOffsetMinutes(asUtc) * 60000;
  instant = asUtc - berlinOffsetMinutes(instant) * 60000;
  return new Date(instant).toISOString();
}

/** The last moment of a Berlin day (`YYYY-MM-DD`), as an ISO instant; null for no valid day. */
export function endOfBerlinDay(day: string): string | null {
  return isDateOnly(day) ? fromBerlinWallTime(`${day}T23:59:59`, 999) : null;
}

/** The first moment of a Berlin day (`YYYY-MM-DD`), as an ISO instant; null for no valid day. */
export function startOfBerlinDay(day: string): string | null {
  return isDateOnly(day) ? fromBerlinWallTime(`${day}T00:00`) : null;
}

/** A calendar day `days` later (or earlier). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, date + days));
  return shifted.toISOString().slice(0, 10);
}

const GERMAN_DAY = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;
const GERMAN_DATE_TIME = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*,?\s+(\d{1,2}):(\d{2})\s*(?:Uhr)?\s*$/;

/** `YYYY-MM-DD` when the parts name a real calendar day, else null. */
function realDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * A day typed the German way, TT.MM.JJJJ ("1.7.2026" too; a pasted `2026-07-01` is taken as
 * well), as `YYYY-MM-DD`; null for anything else (31.02.2026, 1.7.26, text).
 */
export function parseGermanDay(text: string): string | null {
  if (isDateOnly(text.trim())) {
    const [y, m, d] = text.trim().split('-').map(Number);
    return realDay(y, m, d);
  }
  const match = GERMAN_DAY.exec(text);
  return match ? realDay(Number(match[3]), Number(match[2]), Number(match[1])) : null;
}

/** `01.07.2026` for `2026-07-01` — the same in every UI language and browser locale. */
export function formatGermanDay(day: string): string {
  return isDateOnly(day) ? `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}` : '';
}

/** "TT.MM.JJJJ HH:MM" (also with a comma, or "Uhr") as a Berlin wall time `YYYY-MM-DDTHH:mm`; else null. */
export function parseGermanDateTime(text: string): string | null {
  const match = GERMAN_DATE_TIME.exec(text);
  if (!match) return null;
  const day = realDay(Number(match[3]), Number(match[2]), Number(match[1]));
  const [hour, minute] = [Number(match[4]), Number(match[5])];
  if (!day || hour > 23 || minute > 59) return null;
  return `${day}T${pad(hour)}:${pad(minute)}`;
}

/** `01.07.2026 14:30` for an instant, in Berlin time. */
export function formatGermanDateTime(value: string | Date): string {
  const wall = toBerlinWallTime(value);
  return `${formatGermanDay(wall.slice(0, 10))} ${wall.slice(11, 16)}`;
}
