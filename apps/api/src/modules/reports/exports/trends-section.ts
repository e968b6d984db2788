import { quarterName, type TrendLevel, type TrendsAnswer } from '@lotsen/domain';
import { monthLabel, type ExportChart, type ExportTable } from './tables';

/**
 * The trends of the council's quarterly report (issue 20, point 6): unmet needs and needs month
 * by month over the two years up to the quarter's last month, and per Sozialraum the quarter
 * against the same quarter a year earlier, as charts (PDF) and tables (every format). The
 * figures are the snapshot's frozen trends, always suppressed (`buildTrends` with `suppress`):
 * a "." stands for a hidden value, a change is given only where both quarters are published.
 */

const LEVELS_DE: Record<TrendLevel, string> = {
  strongRise: 'starker Anstieg',
  rise: 'Anstieg',
  stable: 'gleichbleibend',
  fall: 'Rückgang',
  strongFall: 'starker Rückgang',
  noData: 'kein Vergleich möglich',
};

const count = (v: number | null): string | number => (v === null ? '.' : v);
const change = (v: number | null): string =>
  v === null ? '–' : `${v > 0 ? '+' : ''}${v.toLocaleString('de-DE', { maximumFractionDigits: 1 })} %`;

/** The section's tables and charts; none for a snapshot frozen before trends existed. */
export function trendsSection(
  trends: TrendsAnswer | undefined,
  district: (id: unknown) => string,
): { tables: ExportTable[]; charts: ExportChart[] } {
  if (!trends) return { tables: [], charts: [] };
  const latest = quarterName(trends.latestQuarter);
  const previous = quarterName(trends.previousQuarter);
  const points = trends.selection.points;
  // every third month named on the axis: 24 labels do not fit the page's width
  const labels = points.map((p, i) => (i % 3 === 0 || i === points.length - 1 ? monthLabel(p.month) : ''));
  const perDistrict = (pick: 'latest' | 'previous'): ExportChart => ({
    kind: 'bar',
    title: `Entwicklung: ungedeckte Bedarfe je Sozialraum, ${pick === 'latest' ? latest : previous}`,
    items: trends.byDistrict.map((s) => ({ label: district(s.districtId), value: s[pick].unmet })),
  });
  return {
    charts: [
      {
        kind: 'line',
        title: `Entwicklung: Bedarfe und ungedeckte Bedarfe nach Monat (${monthLabel(trends.from)} bis ${monthLabel(trends.to)})`,
        labels,
        series: [
          { label: 'Bedarfe', values: points.map((p) => p.needs) },
          { label: 'ungedeckte Bedarfe', values: points.map((p) => p.unmet) },
        ],
      },
      perDistrict('latest'),
      perDistrict('previous'),
    ],
    tables: [
      {
        name: 'Entwicklung Monate',
        header: ['Monat (Entwicklung über zwei Jahre)', 'Bedarfe', 'ungedeckt'],
        rows: points.map((p) => [p.month, count(p.needs), count(p.unmet)]),
      },
      {
        name: 'Entwicklung Sozialräume',
        header: [
          `Sozialraum: ungedeckte Bedarfe ${latest} und ${previous}`,
          previous,
          latest,
          'Veränderung',
          'Einstufung',
        ],
        rows: trends.byDistrict.map((s) => [
          district(s.districtId),
          count(s.previous.unmet),
          count(s.latest.unmet),
          change(s.unmetChange),
          LEVELS_DE[s.level],
        ]),
      },
    ],
  };
}
