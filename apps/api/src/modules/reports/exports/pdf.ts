import { pdfDocumentClass } from '../../../common/exports/document-libraries';
import { germanDate, type ExportChart, type ExportDocument, type ExportTable } from './tables';

/** The PDF for the council: A4 portrait, the standard Helvetica (WinAnsi covers German text). */
const MARGIN = 50;
const FOOTER = 28;
const COLORS = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#b8b8b8',
  header: '#e4ecf2',
  zebra: '#f5f7f9',
  series: ['#1f5f8b', '#c2571a'],
};
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

type Doc = PDFKit.PDFDocument;

export { germanDate };

/** `28.11.2026, 00:55 Uhr` in Europe/Berlin. */
function germanDateTime(at: Date): string {
  const text = at.toLocaleString('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${text} Uhr`;
}

const formatCount = (v: number): string => v.toLocaleString('de-DE');
const cellText = (v: string | number): string => (typeof v === 'number' ? formatCount(v) : v);

/** The bottom of the writable area of the current page. */
const bottom = (doc: Doc) => doc.page.height - MARGIN - FOOTER;
const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

/** Starts a new page unless `height` still fits below the current position. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) {
    doc.addPage();
    doc.y = MARGIN;
  }
}

function heading(doc: Doc, text: string): void {
  doc.font(BOLD).fontSize(12).fillColor(COLORS.text);
  doc.text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

/** Column widths: numeric columns (numbers and ".") narrow, text columns share the rest. */
function columnWidths(doc: Doc, table: ExportTable): number[] {
  const numeric = table.header.map(
    (_, j) => table.rows.length > 0 && table.rows.every((r) => typeof r[j] === 'number' || r[j] === '.'),
  );
  const numberWidth = 72;
  const numbers = numeric.filter(Boolean).length;
  const texts = numeric.length - numbers;
  const textWidth = texts > 0 ? (contentWidth(doc) - numbers * numberWidth) / texts : 0;
  return numeric.map((isNumber) => (isNumber ? numberWidth : textWidth));
}

const PAD_X = 4;
const PAD_Y = 3;

/** One row of a table; returns its height. */
function tableRow(
  doc: Doc,
  cells: string[],
  widths: number[],
  numeric: boolean[],
  options: { bold?: boolean; fill?: string },
): number {
  doc.font(options.bold ? BOLD : FONT).fontSize(9);
  const height =
    Math.max(...cells.map((c, j) => doc.heightOfString(c, { width: widths[j] - 2 * PAD_X }))) + 2 * PAD_Y;
  ensureSpace(doc, height);
  const y = doc.y;
  if (options.fill) {
    doc.rect(MARGIN, y, contentWidth(doc), height).fill(options.fill);
  }
  let x = MARGIN;
  doc.fillColor(COLORS.text);
  cells.forEach((c, j) => {
    doc.text(c, x + PAD_X, y + PAD_Y, {
      width: widths[j] - 2 * PAD_X,
      align: numeric[j] ? 'right' : 'left',
    });
    x += widths[j];
  });
  doc
    .moveTo(MARGIN, y + height)
    .lineTo(MARGIN + contentWidth(doc), y + height)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.y = y + height;
  return height;
}

/**
 * A table that breaks across pages cleanly: the heading stays with its header and first rows,
 * and every continued page repeats the header row.
 */
function table(doc: Doc, t: ExportTable): void {
  const widths = columnWidths(doc, t);
  const numeric = t.header.map(
    (_, j) => t.rows.length > 0 && t.rows.every((r) => typeof r[j] === 'number' || r[j] === '.'),
  );
  // a short table stays on one page; a long one keeps its heading with the header and two rows
  ensureSpace(doc, 16 + (t.rows.length <= 15 ? t.rows.length + 1 : 3) * 18);
  heading(doc, t.name);
  const header = () => tableRow(doc, t.header, widths, numeric, { bold: true, fill: COLORS.header });
  header();
  t.rows.forEach((row, i) => {
    const cells = row.map(cellText);
    doc.font(FONT).fontSize(9);
    const height =
      Math.max(...cells.map((c, j) => doc.heightOfString(c, { width: widths[j] - 2 * PAD_X }))) + 2 * PAD_Y;
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      doc.y = MARGIN;
      doc.font(FONT).fontSize(8).fillColor(COLORS.muted);
      doc.text(`${t.name} (Fortsetzung)`, MARGIN, doc.y, { width: contentWidth(doc) });
      doc.moveDown(0.2);
      header();
    }
    tableRow(doc, cells, widths, numeric, { fill: i % 2 === 1 ? COLORS.zebra : undefined });
  });
  if (t.rows.length === 0) {
    doc
      .font(FONT)
      .fontSize(9)
      .fillColor(COLORS.muted)
      .text('Keine Einträge.', MARGIN + PAD_X, doc.y + PAD_Y);
  }
  doc.y += 14;
}

const BAR = 14;
const BAR_GAP = 5;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 44;

/** A horizontal bar chart in vector graphics; a suppressed value has no bar and shows ".". */
function barChart(doc: Doc, chart: Extract<ExportChart, { kind: 'bar' }>): void {
  const height = chart.items.length * (BAR + BAR_GAP) + 24;
  ensureSpace(doc, height + 8);
  heading(doc, chart.title);
  const top = doc.y;
  const plot = contentWidth(doc) - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(1, ...chart.items.map((item) => item.value ?? 0));
  chart.items.forEach((item, i) => {
    const y = top + i * (BAR + BAR_GAP);
    doc.font(FONT).fontSize(8.5).fillColor(COLORS.text);
    doc.text(item.label, MARGIN, y + 2.5, {
      width: LABEL_WIDTH - 8,
      align: 'right',
      lineBreak: false,
      ellipsis: true,
      height: BAR,
    });
    const width = item.value === null ? 0 : Math.max(item.value > 0 ? 1.5 : 0, (item.value / max) * plot);
    if (width > 0) doc.rect(MARGIN + LABEL_WIDTH, y, width, BAR).fill(COLORS.series[0]);
    doc.font(FONT).fontSize(8.5).fillColor(COLORS.muted);
    doc.text(item.value === null ? '.' : formatCount(item.value), MARGIN + LABEL_WIDTH + width + 4, y + 2.5, {
      lineBreak: false,
    });
  });
  // the axis
  const axisBottom = top + chart.items.length * (BAR + BAR_GAP);
  doc
    .moveTo(MARGIN + LABEL_WIDTH, top - 2)
    .lineTo(MARGIN + LABEL_WIDTH, axisBottom)
    .lineWidth(0.7)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.y = axisBottom + 14;
}

const LINE_HEIGHT = 150;

/** A line chart over months; a suppressed value breaks its line and shows "." on the axis. */
function lineChart(doc: Doc, chart: Extract<ExportChart, { kind: 'line' }>): void {
  ensureSpace(doc, LINE_HEIGHT + 60);
  heading(doc, chart.title);
  const left = MARGIN + 40;
  const right = MARGIN + contentWidth(doc) - 10;
  const top = doc.y + 6;
  const base = top + LINE_HEIGHT;
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const x = (i: number) =>
    chart.labels.length <= 1 ? (left + right) / 2 : left + (i / (chart.labels.length - 1)) * (right - left);
  const y = (v: number) => base - (v / max) * LINE_HEIGHT;
  doc.lineWidth(0.5).strokeColor(COLORS.rule);
  for (const share of [0, 0.5, 1]) {
    doc
      .moveTo(left, y(max * share))
      .lineTo(right, y(max * share))
      .stroke();
    doc.font(FONT).fontSize(8).fillColor(COLORS.muted);
    doc.text(formatCount(Math.round(max * share)), MARGIN, y(max * share) - 4, {
      width: 34,
      align: 'right',
      lineBreak: false,
    });
  }
  chart.labels.forEach((label, i) => {
    doc.font(FONT).fontSize(8).fillColor(COLORS.muted);
    doc.text(label, x(i) - 30, base + 5, { width: 60, align: 'center', lineBreak: false });
  });
  chart.series.forEach((series, s) => {
    const color = COLORS.series[s % COLORS.series.length];
    let drawing = false;
    series.values.forEach((v, i) => {
      if (v === null) {
        if (drawing) doc.lineWidth(1.6).strokeColor(color).stroke();
        drawing = false;
        doc.font(BOLD).fontSize(10).fillColor(color);
        doc.text('.', x(i) - 2 + s * 6, base - 12, { lineBreak: false });
        return;
      }
      if (drawing) doc.lineTo(x(i), y(v));
      else doc.moveTo(x(i), y(v));
      drawing = true;
    });
    if (drawing) doc.lineWidth(1.6).strokeColor(color).stroke();
    series.values.forEach((v, i) => {
      if (v !== null) doc.circle(x(i), y(v), 2.4).fill(color);
    });
  });
  // the legend of the series
  const legendY = base + 20;
  chart.series.forEach((series, s) => {
    const lx = left + s * 120;
    doc.rect(lx, legendY + 3, 14, 3).fill(COLORS.series[s % COLORS.series.length]);
    doc.font(FONT).fontSize(8.5).fillColor(COLORS.text);
    doc.text(series.label, lx + 18, legendY, { lineBreak: false });
  });
  doc.y = legendY + 22;
}

/** The page numbers and the report's name at the foot of every page. */
function footers(doc: Doc, title: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing into the margin must not open a new page
    const y = doc.page.height - MARGIN + 8;
    doc.font(FONT).fontSize(8).fillColor(COLORS.muted);
    doc.text(`${title} · Lotsen CRM`, MARGIN, y, { lineBreak: false });
    doc.text(`Seite ${i - range.start + 1} von ${range.count}`, MARGIN, y, {
      width: contentWidth(doc),
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}

/**
 * The report as a PDF: title, office or city, period, creation date, the legend, the charts
 * (vector graphics) and every table of the export, with page numbers. Suppressed counts are ".".
 */
export function toPdf(report: ExportDocument, createdAt: Date): Promise<Buffer> {
  const PDFDocument = pdfDocumentClass();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    info: {
      Title: report.title,
      Subject: `${report.subtitle}, ${germanDate(report.from)} bis ${germanDate(report.to)}`,
      Author: 'Lotsen CRM – Familienbüro',
      Creator: 'Lotsen CRM',
      CreationDate: createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font(BOLD).fontSize(20).fillColor(COLORS.text).text(report.title, MARGIN, MARGIN);
  doc.moveDown(0.2);
  doc.font(FONT).fontSize(12).text(report.subtitle);
  doc.moveDown(0.5);
  doc.fontSize(10).fillColor(COLORS.muted);
  doc.text(`Zeitraum: ${germanDate(report.from)} bis ${germanDate(report.to)}`);
  doc.text(
    report.provisional
      ? `Erstellt am: ${germanDateTime(createdAt)} (vorläufiger Stand: die Zahlen können sich noch ändern)`
      : `Erstellt am: ${germanDateTime(createdAt)} (eingefrorener Stand)`,
  );
  doc.text(`Mindestfallzahl: ${report.minCell}`);
  doc.moveDown(0.4);
  doc
    .font(FONT)
    .fontSize(9)
    .fillColor(COLORS.text)
    .text(report.legend, { width: contentWidth(doc) });
  doc.moveDown(1);

  for (const chart of report.charts) {
    if (chart.kind === 'bar') barChart(doc, chart);
    else lineChart(doc, chart);
  }
  for (const t of report.tables) {
    table(doc, t);
    for (const note of t.notes ?? []) {
      ensureSpace(doc, 40);
      doc
        .font(FONT)
        .fontSize(9)
        .fillColor(COLORS.text)
        .text(note, MARGIN, doc.y, { width: contentWidth(doc) });
      doc.moveDown(0.4);
    }
  }
  ensureSpace(doc, 30);
  doc
    .font(FONT)
    .fontSize(9)
    .fillColor(COLORS.text)
    .text(report.legend, MARGIN, doc.y, {
      width: contentWidth(doc),
    });

  footers(doc, report.title);
  doc.end();
  return done;
}
