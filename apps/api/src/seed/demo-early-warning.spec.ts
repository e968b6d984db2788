import { addWeeks, lastCompleteWeek, mondayOf } from '@lotsen/domain';
import { berlinDayOf, isoDate } from './demo-calendar';
import { buildEarlyWarningRise, DEMO_RISE_PER_WEEK } from './demo-early-warning';

describe('the demo rise of unmet Kita needs (issue 20.7)', () => {
  const today = '2026-12-06';

  it('is deterministic and lies in the last six complete weeks, on office days', () => {
    const rise = buildEarlyWarningRise(today);
    expect(buildEarlyWarningRise(today)).toEqual(rise);
    expect(rise).toHaveLength(DEMO_RISE_PER_WEEK.reduce((a, b) => a + b, 0));
    const last = lastCompleteWeek(today);
    const perWeek = new Map<string, number>();
    for (const c of rise) {
      const day = isoDate(berlinDayOf(new Date(c.occurredAt)));
      const monday = mondayOf(day);
      perWeek.set(monday, (perWeek.get(monday) ?? 0) + 1);
      expect(new Date(`${day}T12:00:00Z`).getUTCDay()).toBeGreaterThanOrEqual(1);
      expect(new Date(`${day}T12:00:00Z`).getUTCDay()).toBeLessThanOrEqual(5);
    }
    expect([...perWeek].sort()).toEqual(DEMO_RISE_PER_WEEK.map((n, i) => [addWeeks(last, i - 5), n]));
  });
});
