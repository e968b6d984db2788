import type { ExportDocument } from './tables';

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

/** UTF-8 with BOM, CRLF, one block per table, the legend at the end. */
export function toCsv(doc: ExportDocument): string {
  const out: string[] = [line([doc.title, doc.subtitle]), line(['Zeitraum', doc.period])];
  for (const table of doc.tables) {
    out.push('', line(table.header), ...table.rows.map(line), ...(table.notes ?? []).map((n) => line([n])));
  }
  out.push('', line([doc.legend]));
  return BOM + out.join('\r\n') + '\r\n';
}
