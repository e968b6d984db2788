import type { SnapshotData } from '../report-snapshot.entity';

/** A table of an export: a name (sheet name), a header and rows; `.` stands for a suppressed count. */
export interface ExportTable {
  name: string;
  header: string[];
  rows: (string | number)[][];
}

export interface ExportDocument {
  title: string;
  subtitle: string;
  period: string;
  tables: ExportTable[];
  legend: string;
}

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

/** The demand report of a snapshot as the tables every export format shows. Pure. */
export function demandReportTables(data: SnapshotData, period: string): ExportDocument {
  const { report, labels } = data;
  const rows = (list: unknown) => list as Record<string, unknown>[];
  const category = (key: unknown) => labels.categories[String(key)] ?? String(key);
  const district = (id: unknown) => labels.districts[String(id)] ?? String(id);
  const t = report.totals as Record<string, unknown>;
  return {
    title: `Bedarfsbericht ${period}`,
    subtitle: labels.office ?? 'Stadt Potsdam (alle Standorte)',
    period: `${report.from} bis ${report.to}`,
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
    ],
    legend: `Zeichenerklärung: . = Zahlenwert unterdrückt (weniger als ${report.minCell} Fälle, oder aus anderen Werten rückrechenbar)`,
  };
}
