import { JobName } from './job-types';

/** Every schedule is in the office's time zone. */
export const SCHEDULE_TIME_ZONE = 'Europe/Berlin';

export type ScheduleRule =
  | { kind: 'every'; ms: number }
  | { kind: 'daily'; hour: number; minute: number }
  /** The first day of January, April, July and October. */
  | { kind: 'quarterStart'; hour: number; minute: number };

export interface Schedule {
  /** Stable id: the BullMQ job scheduler's id, and part of the in-process runs' dedupe key. */
  id: string;
  job: JobName;
  rule: ScheduleRule;
}

/** The worker's timetable (issue "Background work on BullMQ"). */
export const SCHEDULES: readonly Schedule[] = [
  {
    id: 'follow-up-overdue-sweep',
    job: JobName.FollowUpOverdueSweep,
    rule: { kind: 'every', ms: 5 * 60_000 },
  },
  {
    id: 'referral-reminder-sweep',
    job: JobName.ReferralReminderSweep,
    rule: { kind: 'every', ms: 60 * 60_000 },
  },
  { id: 'daily-summary', job: JobName.DailySummary, rule: { kind: 'daily', hour: 7, minute: 0 } },
  {
    id: 'quarterly-snapshot',
    job: JobName.QuarterlySnapshot,
    rule: { kind: 'quarterStart', hour: 2, minute: 0 },
  },
  { id: 'retention', job: JobName.Retention, rule: { kind: 'daily', hour: 3, minute: 30 } },
  { id: 'rollup-check', job: JobName.RollupCheck, rule: { kind: 'daily', hour: 2, minute: 30 } },
  {
    id: 'offer-confirm-reminder',
    job: JobName.OfferConfirmReminder,
    rule: { kind: 'daily', hour: 6, minute: 30 },
  },
  // weekly in effect: each run tests the last complete week, and a week already tested is skipped,
  // so a Monday missed (worker down) is made up the next day
  { id: 'early-warning', job: JobName.EarlyWarning, rule: { kind: 'daily', hour: 4, minute: 15 } },
];

/** The rule as BullMQ's repeat options (cron patterns are read in SCHEDULE_TIME_ZONE). */
export function repeatOptions(rule: ScheduleRule): { every: number } | { pattern: string; tz: string } {
  switch (rule.kind) {
    case 'every':
      return { every: rule.ms };
    case 'daily':
      return { pattern: `${rule.minute} ${rule.hour} * * *`, tz: SCHEDULE_TIME_ZONE };
    case 'quarterStart':
      return { pattern: `${rule.minute} ${rule.hour} 1 1,4,7,10 *`, tz: SCHEDULE_TIME_ZONE };
  }
}

interface WallClock {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const wallFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SCHEDULE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The Berlin wall clock at an instant. */
export function berlinWallClock(instant: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const p of wallFormat.formatToParts(instant))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** The instant at which Berlin's clocks show this date and time (DST-aware). */
export function berlinToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let t = wanted;
  for (let i = 0; i < 3; i++) {
    const w = berlinWallClock(new Date(t));
    const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    t += wanted - shown;
  }
  return new Date(t);
}

/** The first run of `rule` strictly after `after`. */
export function nextRun(rule: ScheduleRule, after: Date): Date {
  if (rule.kind === 'every') return new Date((Math.floor(after.getTime() / rule.ms) + 1) * rule.ms);
  const now = berlinWallClock(after);
  if (rule.kind === 'daily') {
    for (let add = 0; ; add++) {
      const d = new Date(Date.UTC(now.year, now.month - 1, now.day + add));
      const at = berlinToInstant(
        d.getUTCFullYear(),
        d.getUTCMonth() + 1,
        d.getUTCDate(),
        rule.hour,
        rule.minute,
      );
      if (at.getTime() > after.getTime()) return at;
    }
  }
  const firstMonth = now.month - ((now.month - 1) % 3); // the current quarter's first month
  for (let add = 0; ; add += 3) {
    const d = new Date(Date.UTC(now.year, firstMonth - 1 + add, 1));
    const at = berlinToInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, 1, rule.hour, rule.minute);
    if (at.getTime() > after.getTime()) return at;
  }
}

/** Today's date in Berlin, `YYYY-MM-DD`. */
export function berlinDate(instant: Date = new Date()): string {
  const w = berlinWallClock(instant);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}
