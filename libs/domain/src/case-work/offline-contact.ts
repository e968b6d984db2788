import { findPersonalData } from '../validation/personal-data';
import type { UnmetReason } from './need-status';

/**
 * Offline outreach (issue 22, docs/offline-outreach.md): anonymous contacts recorded on a device
 * without network, kept in its queue and sent with `POST /api/contacts/batch`. The rules here are
 * the same on both sides: the web checks an entry before it queues it and shows why a queued
 * entry will be refused; the API decides with them.
 */

/** The most entries one batch may hold; more is 413 `BATCH_TOO_LARGE`. */
export const CONTACT_BATCH_MAX = 500;

/** How old an offline entry may be when it arrives: older ones are refused (`OUTSIDE_SYNC_WINDOW`). */
export const OFFLINE_WINDOW_DAYS = 30;

/** A device clock may run this far ahead of the server's before an entry counts as in the future. */
export const OFFLINE_CLOCK_SKEW_MINUTES = 5;

/** At most this many needs per entry, as in the desk's quick contact. */
export const OFFLINE_MAX_NEEDS = 3;

/** The short note of an offline entry (the contact's `summary`): it names nobody. */
export const OFFLINE_NOTE_MAX = 200;

/** What the batch did with one entry. */
export const CONTACT_BATCH_RESULTS = ['created', 'duplicate', 'rejected'] as const;
export type ContactBatchResult = (typeof CONTACT_BATCH_RESULTS)[number];

/** An offline entry as the device keeps and sends it. */
export interface OfflineContactEntry {
  /** A UUID made on the device; the same id is stored once. */
  id: string;
  occurredAt: string;
  districtId?: string | null;
  summary?: string | null;
  needs?: { categoryKey: string; unmetReason?: UnmetReason | null }[];
}

/** Why an entry is refused by the rules that need no database. */
export type OfflineEntryProblem =
  | { code: 'CONTACT_IN_FUTURE'; field: 'occurredAt' }
  | { code: 'OUTSIDE_SYNC_WINDOW'; field: 'occurredAt' }
  | { code: 'VALIDATION_FAILED'; field: string }
  | { code: 'PERSONAL_DATA_NOT_ALLOWED'; field: string };

const DAY_MS = 24 * 3600 * 1000;

/** The time problem of `occurredAt` at `now`: in the future (beyond the clock skew) or too old. */
export function offlineTimeProblem(
  occurredAt: string | Date,
  now: Date = new Date(),
): 'CONTACT_IN_FUTURE' | 'OUTSIDE_SYNC_WINDOW' | 'INVALID' | null {
  const time = new Date(occurredAt).getTime();
  if (Number.isNaN(time)) return 'INVALID';
  if (time > now.getTime() + OFFLINE_CLOCK_SKEW_MINUTES * 60_000) return 'CONTACT_IN_FUTURE';
  if (time < now.getTime() - OFFLINE_WINDOW_DAYS * DAY_MS) return 'OUTSIDE_SYNC_WINDOW';
  return null;
}

/**
 * The first problem of an entry that the rules alone decide (time, number of needs, each category
 * once, no personal data in the note), or null. Unknown categories and districts are the API's.
 */
export function offlineEntryProblem(
  entry: Pick<OfflineContactEntry, 'occurredAt' | 'summary' | 'needs'>,
  now: Date = new Date(),
): OfflineEntryProblem | null {
  const time = offlineTimeProblem(entry.occurredAt, now);
  if (time === 'INVALID') return { code: 'VALIDATION_FAILED', field: 'occurredAt' };
  if (time) return { code: time, field: 'occurredAt' };
  const needs = entry.needs ?? [];
  if (needs.length > OFFLINE_MAX_NEEDS) return { code: 'VALIDATION_FAILED', field: 'needs' };
  const keys = needs.map((n) => n.categoryKey);
  const twice = keys.findIndex((key, i) => keys.indexOf(key) !== i);
  if (twice >= 0) return { code: 'VALIDATION_FAILED', field: `needs.${twice}.categoryKey` };
  if ((entry.summary ?? '').length > OFFLINE_NOTE_MAX) return { code: 'VALIDATION_FAILED', field: 'summary' };
  if (findPersonalData(entry.summary).length > 0)
    return { code: 'PERSONAL_DATA_NOT_ALLOWED', field: 'summary' };
  return null;
}

/** The need an offline entry raises: unmet with its reason, else open. */
export function offlineNeedStatus(need: { unmetReason?: UnmetReason | null }): 'open' | 'unmet' {
  return need.unmetReason ? 'unmet' : 'open';
}

/** The queue's entries that belong to `userId` (sent under their session) and those that wait for another user. */
export function entriesOf<T extends { ownerId: string }>(
  entries: readonly T[],
  userId: string | null,
): { mine: T[]; others: T[] } {
  return {
    mine: entries.filter((e) => userId !== null && e.ownerId === userId),
    others: entries.filter((e) => userId === null || e.ownerId !== userId),
  };
}

/** Wait before the n-th retry of a failed send (1, 2, 4 … seconds, at most five minutes). */
export function retryDelayMs(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt), 5 * 60_000);
}
