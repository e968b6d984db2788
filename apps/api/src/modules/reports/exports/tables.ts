import { calendarPeriodOf, quarterName } from '@lotsen/domain';
import type { PortalDemand } from '../portal-demand';
import type { SnapshotData } from '../report-snapshot.entity';
import { trendsSection } from './trends-section';

/** A table of an export: a name (sheet name), a header and rows; `.` stands for a suppressed count. */
export interface ExportTable {
  name: string;
  header: string[];
  rows: (string | number)[][];
  /** Paragraphs under the table (e.g. the explanation of the early warning signals). */
  notes?: string[];
}

/** A chart of the PDF: bars (one value per label) or lines over months; `null` is suppressed. */
export type ExportChart =
  | { kind: 'bar'; title: string; items: { label: string; value: number | null }[] }
  | { kind: 'line'; title: string; labels: string[]; series: { label: string; values: (number | null)[] }[] };

export interface ExportDocument {
  title: string;
  subtitle: string;
  period: string;
  /** The period's first and last day (`YYYY-MM-DD`). */
  from: string;
  to: string;
  minCell: number;
  /**
   * A live report (GET /api/reports/demand/export): its numbers may still change, so every format
   * says "vorläufig" (title, and the PDF's stand line); a snapshot's are frozen.
   */
  provisional: boolean;
  tables: ExportTable[];
  /** Drawn by the PDF only; CSV and XLSX carry the same numbers in their tables. */
  charts: ExportChart[];
  legend: string;
}

/** `30.09.2026` for `2026-09-30`. */
export function germanDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

const MONTH_NAMES_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/**
 * The German name of a report period: "3. Quartal 2026" (the one name of a quarter, see
 * `quarterName`), "Juli 2026", "2026", or "01.07.2026 bis 15.08.2026" for a free range.
 */
export function periodName(from: string, to: string): string {
  const calendar = calendarPeriodOf(from, to);
  if (calendar?.kind === 'quarter')
    return quarterName(`${from.slice(0, 4)}-Q${(Number(from.slice(5, 7)) + 2) / 3}`);
  if (calendar?.kind === 'month')
    return `${MONTH_NAMES_DE[Number(from.slice(5, 7)) - 1]} ${from.slice(0, 4)}`;
  if (calendar?.kind === 'year') return from.slice(0, 4);
  return `${germanDate(from)} bis ${germanDate(to)}`;
}

const MONTHS_DE = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];

/** `Jul 2026` for `2026-07`. */
export function monthLabel(month: string): string {
  return `${MONTHS_DE[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

/** A published count for a chart: the number, or `null` where it is suppressed. */
const chartValue = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** A published count, or `.` where it is suppressed (the convention of the statistics office). */
const count = (v: unknown): string | number => (v === null || v === undefined ? '.' : (v as number));

const CHANNELS_DE: Record<string, string> = {
  walk_in: 'Persönlich vor Ort',
  phone: 'Telefon',
  email: 'E-Mail',
  video: 'Video',
  outreach: 'Aufsuchend / Sprechstunde',
  letter: 'Brief',
};

/**
 * "Nachfrage im Familienportal": the portal's searches of the period, the whole city's (absent in
 * snapshots frozen before the portal counted searches).
 */
function portalTables(portal: PortalDemand | undefined, district: (id: unknown) => string): ExportTable[] {
  if (!portal) return [];
  const where = (id: string | null) => (id === null ? 'ganze Stadt (kein Sozialraum gewählt)' : district(id));
  return [
    {
      name: 'Familienportal Themen',
      header: ['Suchen im Familienportal nach Thema (ganze Stadt)', 'Suchen'],
      rows: [...portal.byKey.map((r) => [r.label, count(r.searches)]), ['insgesamt', count(portal.searches)]],
    },
    {
      name: 'Familienportal Sozialräume',
      header: ['Suchen im Familienportal nach Sozialraum', 'Suchen'],
      rows: portal.byDistrict.map((r) => [where(r.districtId), count(r.searches)]),
    },
  ];
}

/**
 * The demand report (of a snapshot, or the live one with `provisional`) as the tables every export
 * format shows, titled with the period's German name. Pure.
 */
export function demandReportTables(data: SnapshotData, provisional = false): ExportDocument {
  const { report, labels } = data;
  const rows = (list: unknown) => list as Record<string, unknown>[];
  const category = (key: unknown) => labels.categories[String(key)] ?? String(key);
  const district = (id: unknown) => labels.districts[String(id)] ?? String(id);
  const t = report.totals as Record<string, unknown>;
  // snapshots made before category groups were published have none
  const groups = rows(report.byCategoryGroup ?? []);
  const groupTable: ExportTable[] =
    groups.length > 0
      ? [
          {
            name: 'Bedarfsgruppen',
            header: ['Bedarfsgruppe', 'Bedarfe', 'ungedeckt', 'vermittelt'],
            rows: groups.map((r) => [String(r.group), count(r.needs), count(r.unmet), count(r.referred)]),
          },
        ]
      : [];
  // the council's trends (issue 20.6), frozen with the snapshot; absent in live exports and older snapshots
  const trends = trendsSection(data.trends, district);
  const charts: ExportChart[] = [
    ...(groups.length > 0
      ? [
          {
            kind: 'bar' as const,
            title: 'Bedarfe nach Bedarfsgruppe',
            items: groups.map((r) => ({ label: String(r.group), value: chartValue(r.needs) })),
          },
        ]
      : []),
    {
      kind: 'bar',
      title: 'Bedarfe nach Sozialraum',
      items: rows(report.byDistrict).map((r) => ({
        label: district(r.districtId),
        value: chartValue(r.needs),
      })),
    },
    {
      kind: 'line',
      title: 'Kontakte und Bedarfe nach Monat',
      labels: rows(report.byMonth).map((r) => monthLabel(String(r.month))),
      series: [
        { label: 'Kontakte', values: rows(report.byMonth).map((r) => chartValue(r.contacts)) },
        { label: 'Bedarfe', values: rows(report.byMonth).map((r) => chartValue(r.needs)) },
      ],
    },
    ...trends.charts,
  ];
  return {
    title: `Bedarfsbericht ${periodName(report.from, report.to)}${provisional ? ' (vorläufig)' : ''}`,
    subtitle: labels.office ?? 'Stadt Potsdam (alle Standorte)',
    period: `${germanDate(report.from)} bis ${germanDate(report.to)}`,
    provisional,
    from: report.from,
    to: report.to,
    minCell: report.minCell,
    charts,
    tables: [
      {
        name: 'Kennzahlen',
        header: ['Kennzahl', 'Anzahl'],
        rows: [
          ['Kontakte', count(t.contacts)],
          ['davon anonym', count(t.anonymousContacts)],
          ['Familien', count(t.families)],
          ['Bedarfe', count(t.needs)],
          ['ungedeckte Bedarfe', count(t.unmetNeeds)],
          ['Vermittlungen', count(t.referrals)],
          ['abgeschlossene Vermittlungen', count(t.referralsCompleted)],
        ],
      },
      {
        name: 'Kanäle',
        header: ['Kanal', 'Kontakte'],
        rows: rows(report.byChannel).map((r) => [
          CHANNELS_DE[String(r.channel)] ?? String(r.channel),
          count(r.contacts),
        ]),
      },
      {
        name: 'Bedarfskategorien',
        header: ['Bedarfskategorie', 'Bedarfe', 'ungedeckt', 'vermittelt'],
        rows: rows(report.byCategory).map((r) => [
          category(r.categoryKey),
          count(r.needs),
          count(r.unmet),
          count(r.referred),
        ]),
      },
      ...groupTable,
      {
        name: 'Sozialräume',
        header: ['Sozialraum', 'Kontakte', 'Familien', 'Bedarfe'],
        rows: rows(report.byDistrict).map((r) => [
          district(r.districtId),
          count(r.contacts),
          count(r.families),
          count(r.needs),
        ]),
      },
      {
        name: 'Kategorie × Sozialraum',
        header: ['Bedarfskategorie', 'Sozialraum', 'Bedarfe'],
        rows: rows(report.byCategoryAndDistrict).map((r) => [
          category(r.categoryKey),
          district(r.districtId),
          count(r.needs),
        ]),
      },
      {
        name: 'Monate',
        header: ['Monat', 'Kontakte', 'Bedarfe'],
        rows: rows(report.byMonth).map((r) => [String(r.month), count(r.contacts), count(r.needs)]),
      },
      ...portalTables(report.portalDemand as PortalDemand | undefined, district),
      ...trends.tables,
    ],
    legend: `Zeichenerklärung: . = Zahlenwert unterdrückt (weniger als ${report.minCell} Fälle, oder aus anderen Werten rückrechenbar)`,
  };
}
