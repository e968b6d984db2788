import type { Response } from 'express';
import { toCsv } from './csv';
import { toPdf } from './pdf';
import type { ExportDocument } from './tables';
import { toXlsx } from './xlsx';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

/** Sends `doc` as a download `<name>.<format>`: CSV (UTF-8 with BOM), XLSX or PDF. */
export async function sendExport(
  res: Response,
  doc: ExportDocument,
  format: ExportFormat,
  name: string,
  createdAt: Date,
): Promise<void> {
  res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
  if (format === 'pdf') {
    res.type('application/pdf').send(await toPdf(doc, createdAt));
  } else if (format === 'xlsx') {
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(doc));
  } else {
    res.type('text/csv; charset=utf-8').send(toCsv(doc));
  }
}
