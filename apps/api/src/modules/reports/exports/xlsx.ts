import { excelJs } from '../../../common/exports/document-libraries';
import type { ExportDocument } from './tables';

/** An Excel workbook with one sheet per table (cells are written as text or numbers, never formulas). */
export async function toXlsx(doc: ExportDocument): Promise<Buffer> {
  const workbook = new (excelJs().Workbook)();
  workbook.creator = 'Lotsen CRM';
  workbook.title = doc.title;
  for (const table of doc.tables) {
    const sheet = workbook.addWorksheet(table.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
    sheet.addRow([doc.title, doc.subtitle]).font = { bold: true };
    sheet.addRow(['Zeitraum', doc.period]);
    sheet.addRow([]);
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    for (const note of table.notes ?? []) sheet.addRow([note]);
    sheet.addRow([]);
    sheet.addRow([doc.legend]).font = { italic: true };
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 42 : 16;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
