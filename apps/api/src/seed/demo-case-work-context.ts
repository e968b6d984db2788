import type { NeedStatus } from '@lotsen/domain';
import { berlinDayOf, berlinTime, DAY_MS, DayPicker, holidays, weekday } from './demo-calendar';
import type { DemoContactRow, DemoFamilyRow, DemoNeedRow } from './demo-case-work-rows';
import type { Origin } from './demo-names';
import { Random } from './random';

/** What every phase of the case-work generator shares: the calendar and the random streams. */
export interface CaseWorkCtx {
  /** Today's Europe/Berlin day (days since 1970-01-01). */
  T: number;
  firstDay: number;
  lastDay: number;
  /** Nothing happens at or after the start of today. */
  todayStart: Date;
  /** A stream of its own per label. */
  rng: (label: string) => Random;
  /** The one stream every id comes from: the phases must run in a fixed order. */
  ids: Random;
  days: DayPicker;
  isOfficeDay: (day: number) => boolean;
  officeTime: (r: Random, day: number) => Date;
}

export interface FamilyDraft {
  row: DemoFamilyRow;
  origin: Origin;
  createdDay: number;
  createdAt: Date;
  engagementEnd: number;
  youngestChildAge: number;
  hasPhone: boolean;
  hasEmail: boolean;
  contacts: ContactDraft[];
  usedCategories: Set<string>;
  /** Set when the owner changed: the contacts before it were the previous owner's. */
  handoff?: { at: Date; from: string; to: string };
  closedAt?: Date;
}

export interface ContactDraft {
  row: DemoContactRow;
  at: Date;
  family: FamilyDraft | null;
  first: boolean;
  needs: DemoNeedRow[];
}

export const OPEN_STATUSES: readonly NeedStatus[] = ['open', 'referred'];

export function caseWorkContext(today: Date, seed: string): CaseWorkCtx {
  const T = berlinDayOf(today);
  const firstDay = T - 365;
  const lastDay = T - 1;
  const todayStart = berlinTime(T, 0, 0);
  const rng = (label: string) => Random.derive(seed, label);
  const ids = rng('ids');

  // --- office days: more on Tuesdays and Thursdays (long hours), outreach on some Saturdays
  const closed = new Set<number>();
  const firstYear = new Date(firstDay * DAY_MS).getUTCFullYear();
  for (let y = firstYear; y <= firstYear + 2; y++) for (const h of holidays(y)) closed.add(h);
  const dayWeight = (day: number): number => {
    if (closed.has(day)) return 0;
    const date = new Date(day * DAY_MS);
    const month = date.getUTCMonth();
    const dom = date.getUTCDate();
    if (month === 11 && (dom === 24 || dom === 31)) return 0;
    const byWeekday = [0, 1.1, 1.2, 0.8, 1.2, 0.75, 0.06][weekday(day)];
    const season = month === 6 ? 0.85 : month === 7 ? 0.75 : month === 11 ? 0.8 : month === 0 ? 1.1 : 1;
    const growth = 0.85 + 0.3 * ((day - firstDay) / 365); // demand grows over the year
    return byWeekday * season * growth;
  };
  const days = new DayPicker(firstDay, lastDay, dayWeight);
  const isOfficeDay = (day: number): boolean => weekday(day) !== 6 && dayWeight(day) > 0;
  const officeTime = (r: Random, day: number): Date => {
    if (weekday(day) === 6) return berlinTime(day, r.int(10, 13), r.int(0, 59));
    const hour = Number(r.weighted({ 8: 1, 9: 3, 10: 4, 11: 4, 12: 2, 13: 2, 14: 3, 15: 3, 16: 2, 17: 1 }));
    return berlinTime(day, hour, r.int(0, 59));
  };
  return { T, firstDay, lastDay, todayStart, rng, ids, days, isOfficeDay, officeTime };
}
