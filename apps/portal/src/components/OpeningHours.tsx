import { WEEKDAYS, isOpenAt, sortSlots, type OpeningSlot, type Weekday } from '@lotsen/domain';
import type { PageContext } from './context';

/** A Monday (5 January 2026) and the days after it: the weekday names in the page's language. */
const weekdayName = (ctx: PageContext, day: Weekday): string =>
  new Intl.DateTimeFormat(ctx.lang === 'ls' ? 'de' : ctx.lang, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 5 + WEEKDAYS.indexOf(day))),
  );

/**
 * Opening hours: the weekly plan (weekday names in the page's language, times as 09:00–12:00),
 * "jetzt geöffnet" / "jetzt geschlossen" from the same slots in Potsdam time (libs/domain
 * `isOpenAt`; a page may be cached five minutes, so may the badge), and the office's note in
 * German below. Without slots only the note, without both "nicht angegeben".
 */
export function OpeningHours({
  ctx,
  slots,
  note,
  now = new Date(),
}: {
  ctx: PageContext;
  slots: readonly OpeningSlot[] | undefined;
  note: string | null | undefined;
  now?: Date;
}) {
  const o = ctx.t.offer;
  const plan = sortSlots(slots ?? []);
  if (plan.length === 0 && !note) return <>{o.notStated}</>;
  const byDay = new Map<Weekday, string[]>();
  for (const s of plan) byDay.set(s.day, [...(byDay.get(s.day) ?? []), `${s.opens}–${s.closes}`]);
  const open = plan.length > 0 && isOpenAt(plan, now);
  return (
    <>
      {plan.length > 0 && (
        <>
          <span className={`kern-badge kern-badge--${open ? 'success' : 'info'}`}>
            <span className="kern-label kern-label--small">{open ? o.openNow : o.closedNow}</span>
          </span>
          <ul className="kern-list portal-hours">
            {[...byDay].map(([day, times]) => (
              <li key={day}>
                {weekdayName(ctx, day)}: <span dir="ltr">{times.join(', ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {note && (
        <p className="kern-body" lang="de">
          {note}
        </p>
      )}
    </>
  );
}
