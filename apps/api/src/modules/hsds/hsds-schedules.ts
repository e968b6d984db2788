import { WEEKDAY_LABELS_DE, berlinUtcOffsetHours, type OpeningSlot, type Weekday } from '@lotsen/domain';
import { partId } from './hsds-ids';

type Obj = Record<string, unknown>;

const BYDAY: Record<Weekday, string> = {
  mo: 'MO',
  tu: 'TU',
  we: 'WE',
  th: 'TH',
  fr: 'FR',
  sa: 'SA',
  su: 'SU',
};

/**
 * Structured opening hours as HSDS schedules: `freq` WEEKLY, `byday`, `opens_at`/`closes_at` as
 * HH:MM with Potsdam's UTC offset on the day of the answer (+01:00 in winter, +02:00 in summer —
 * HSDS has no field for a named time zone), `timezone` that offset in hours.
 */
export function weeklySchedules(serviceId: string, slots: readonly OpeningSlot[], now: Date): Obj[] {
  const offset = berlinUtcOffsetHours(now);
  const zone = `${offset >= 0 ? '+' : '-'}${String(Math.abs(offset)).padStart(2, '0')}:00`;
  return slots.map((s) => ({
    id: partId('schedule', serviceId, `${s.day}-${s.opens}`),
    service_id: serviceId,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: BYDAY[s.day],
    opens_at: `${s.opens}${zone}`,
    closes_at: `${s.closes}${zone}`,
    timezone: offset,
    description: `${WEEKDAY_LABELS_DE[s.day]} ${s.opens}–${s.closes} Uhr`,
  }));
}
