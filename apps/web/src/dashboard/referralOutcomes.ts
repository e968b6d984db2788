import { addDays, todayInBerlin } from '../common/dates';
import type { ReferralOutcomeCounts } from '../providers/dataProvider';

/** Days the team lead's outcome table looks back by default. */
export const OUTCOME_PERIOD_DAYS = 90;

/** The last 90 Berlin days, today included (the report counts both ends). */
export function defaultOutcomePeriod(today: string = todayInBerlin()): { from: string; to: string } {
  return { from: addDays(today, -(OUTCOME_PERIOD_DAYS - 1)), to: today };
}

/** Rows with the most referrals first (suppressed ones after), then by name; merged providers last. */
export function sortOutcomeRows<T extends ReferralOutcomeCounts & { otherProviders?: true }>(
  rows: readonly T[],
  nameOf: (row: T) => string,
): T[] {
  return [...rows].sort(
    (a, b) =>
      Number(!!a.otherProviders) - Number(!!b.otherProviders) ||
      (b.sent ?? -1) - (a.sent ?? -1) ||
      nameOf(a).localeCompare(nameOf(b), 'de'),
  );
}

/** The median in days with at most one decimal, in the UI's number format; '–' when there is none. */
export function formatMedianDays(value: number | null | undefined, locale = 'de'): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return value.toLocaleString(locale === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
}

/** The sum over all rows (a total line under the table); only for reports without suppression. */
export function totalOf(
  rows: readonly ReferralOutcomeCounts[],
): Record<'sent' | 'accepted' | 'declined' | 'completed' | 'notTakenUp', number> {
  return rows.reduce(
    (total, row) => ({
      sent: total.sent + (row.sent ?? 0),
      accepted: total.accepted + (row.accepted ?? 0),
      declined: total.declined + (row.declined ?? 0),
      completed: total.completed + (row.completed ?? 0),
      notTakenUp: total.notTakenUp + (row.notTakenUp ?? 0),
    }),
    { sent: 0, accepted: 0, declined: 0, completed: 0, notTakenUp: 0 },
  );
}

const DAY_MS = 86_400_000;

/** Whole days since an instant (never negative). */
export function daysSince(value: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(value).getTime()) / DAY_MS));
}
