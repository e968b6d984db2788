import type { SnapshotData } from '../report-snapshot.entity';

const BOM = '\uFEFF';

/**
 * One CSV cell as German spreadsheets read it: `;`-separated, quoted when needed, and a cell that
 * begins with `=`, `+`, `-`, `@` (or a tab or carriage return) neutralised with a leading `'`,
 * so that no spreadsheet runs it as a formula (CSV injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: (string | number | null | undefined)[]) => cells.map(csvCell).join(';');
/** A published count, or `.` where it is suppressed (the convention of the statistics office). */
const count = (v: unknown) => (v === null ? '.' : (v as number));

/** The demand report of a snapshot as CSV: UTF-8 with BOM, one block per table, a legend at the end. */
export function demandReportCsv(data: SnapshotData, period: string): string {
  const { report, labels } = data;
  const category = (key: string) => labels.categories[key] ?? key;
  const district = (id: string) => labels.districts[id] ?? id;
  const out: string[] = [];
  out.push(line([`Bedarfsbericht ${period}`, labels.office ?? 'Stadt Potsdam (alle Standorte)']));
  out.push(line(['Zeitraum', `${report.from} bis ${report.to}`]));
  out.push('');
  out.push(line(['Kennzahl', 'Anzahl']));
  const t = report.totals as Record<string, unknown>;
  const totals: [string, string][] = [
    ['Kontakte', 'contacts'],
    ['davon anonym', 'anonymousContacts'],
    ['Familien', 'families'],
    ['Bedarfe', 'needs'],
    ['ungedeckte Bedarfe', 'unmetNeeds'],
    ['Vermittlungen', 'referrals'],
    ['abgeschlossene Vermittlungen', 'referralsCompleted'],
  ];
  for (const [label, key] of totals) out.push(line([label, count(t[key])]));
  out.push('');
  out.push(line(['Kanal', 'Kontakte']));
  for (const r of report.byChannel as unknown as Record<string, unknown>[])
    out.push(line([String(r.channel), count(r.contacts)]));
  out.push('');
  out.push(line(['Bedarfskategorie', 'Bedarfe', 'ungedeckt', 'vermittelt']));
  for (const r of report.byCategory as unknown as Record<string, unknown>[]) {
    out.push(line([category(String(r.categoryKey)), count(r.needs), count(r.unmet), count(r.referred)]));
  }
  out.push('');
  out.push(line(['Sozialraum', 'Kontakte', 'Familien', 'Bedarfe']));
  for (const r of report.byDistrict as unknown as Record<string, unknown>[]) {
    out.push(line([district(String(r.districtId)), count(r.contacts), count(r.families), count(r.needs)]));
  }
  out.push('');
  out.push(line(['Bedarfskategorie', 'Sozialraum', 'Bedarfe']));
  for (const r of report.byCategoryAndDistrict as unknown as Record<string, unknown>[]) {
    out.push(line([category(String(r.categoryKey)), district(String(r.districtId)), count(r.needs)]));
  }
  out.push('');
  out.push(line(['Monat', 'Kontakte', 'Bedarfe']));
  for (const r of report.byMonth as unknown as Record<string, unknown>[])
    out.push(line([String(r.month), count(r.contacts), count(r.needs)]));
  out.push('');
  out.push(
    line([
      `Zeichenerklärung: . = Zahlenwert unterdrückt (weniger als ${report.minCell} Fälle, oder aus anderen Werten rückrechenbar)`,
    ]),
  );
  return BOM + out.join('\r\n') + '\r\n';
}
