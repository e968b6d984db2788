import { addWeeks, decideWeek, lastCompleteWeek, mondayOf, weeklySeries } from '@lotsen/domain';
import { buildDemoCaseWork } from './demo-case-work';
import { berlinDayOf, isoDate } from './demo-calendar';
import { buildEarlyWarningRise, DEMO_RISE_PER_WEEK } from './demo-early-warning';

describe('the demo rise of unmet Kita needs (issue 20.7)', () => {
  const today = '2026-12-06';

  it('is deterministic and lies in the last six complete weeks, on office days', () => {
    const all = buildEarlyWarningRise(today);
    expect(buildEarlyWarningRise(today)).toEqual(all);
    const rise = all.filter((c) => c.phase === 'rise');
    const baseline = all.filter((c) => c.phase === 'baseline');
    expect(baseline.length).toBeGreaterThanOrEqual(5);
    const firstRise = addWeeks(lastCompleteWeek(today), -5);
    for (const c of baseline) expect(c.occurredAt < `${firstRise}T00:00:00Z`).toBe(true);
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

describe('the demo opens exactly one signal (detector on the built demo rows)', () => {
  // a few days across the year: the case work is random per day, the rise is not
  it.each(['2026-12-06', '2026-09-14', '2026-06-01', '2026-03-18'])('on %s', (today) => {
    const work = buildDemoCaseWork({ today: new Date(`${today}T10:00:00Z`) });
    const districtOf = new Map(work.contacts.map((c) => [c.id, c.districtCode]));
    const week = lastCompleteWeek(today);
    const rows = work.needs
      .filter((n) => n.status === 'unmet')
      .map((n) => ({
        week: mondayOf(isoDate(berlinDayOf(new Date(n.identifiedAt)))),
        key: `${(n.contactId && districtOf.get(n.contactId)) ?? 'unknown'}|${n.categoryKey}`,
        n: 1,
      }));
    for (const c of buildEarlyWarningRise(today))
      rows.push({
        week: mondayOf(isoDate(berlinDayOf(new Date(c.occurredAt)))),
        key: 'SR6|kita_gutschein',
        n: 1,
      });
    const first = rows.reduce((min, r) => (r.week < min ? r.week : min), week);
    const series = weeklySeries(rows, first, week);
    const { decisions } = decideWeek(
      [...series].map(([key, s]) => ({ key, series: s })),
      new Set(),
    );
    expect(decisions.filter((d) => d.opened).map((d) => d.key)).toEqual(['SR6|kita_gutschein']);
  });
});
