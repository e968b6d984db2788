import { pdfDocumentClass } from '../../common/exports/document-libraries';
import type { FamilyExport } from './family-export.service';

/**
 * The Art. 15 export as a PDF a family can read (issue 25, point 12): the same content as the
 * JSON, in German, section by section, each record as "Feld: Wert" lines with dates as
 * TT.MM.JJJJ and names instead of ids. Standard Helvetica (WinAnsi covers the German letters),
 * like the report PDFs.
 */

const MARGIN = 50;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/** German names of the fields; a field not listed is shown with its own name. */
const LABELS: Record<string, string> = {
  name: 'Name',
  status: 'Status',
  householdSize: 'Personen im Haushalt',
  childrenCount: 'Kinder',
  singleParent: 'Alleinerziehend',
  languages: 'Sprachen',
  interpreterNeeded: 'Dolmetschen nötig',
  relation: 'Beziehung',
  firstName: 'Vorname',
  lastName: 'Nachname',
  birthDate: 'Geburtsdatum',
  phone: 'Telefon',
  email: 'E-Mail',
  scope: 'Einwilligung',
  givenAt: 'Erteilt am',
  expiresAt: 'Gültig bis',
  withdrawnAt: 'Widerrufen am',
  providerId: 'Träger',
  channel: 'Kanal',
  occurredAt: 'Datum',
  durationMinutes: 'Dauer (Minuten)',
  summary: 'Thema',
  notes: 'Notizen',
  confidential: 'Vertraulich',
  categoryKey: 'Bedarf',
  description: 'Beschreibung',
  identifiedAt: 'Erfasst am',
  mode: 'Art',
  sentAt: 'Gesendet am',
  respondedAt: 'Beantwortet am',
  outcome: 'Ergebnis',
  note: 'Notiz',
  title: 'Titel',
  dueAt: 'Fällig am',
  doneAt: 'Erledigt am',
  reason: 'Grund',
  fromUserId: 'Von',
  toUserId: 'An',
  ownerId: 'Fallverantwortung',
  counsellorId: 'Beraterin / Berater',
  assigneeId: 'Zuständig',
  authorId: 'Verfasst von',
  authorSide: 'Seite (office: Familienbüro, provider: Träger)',
  text: 'Text',
  createdAt: 'Angelegt am',
  updatedAt: 'Geändert am',
  at: 'Zeitpunkt',
  userId: 'Person',
  action: 'Vorgang',
  entity: 'Datensatz',
};

/** Technical fields a reader does not need (ids, versions, search keys). */
const SKIPPED =
  /^(id|version|officeId|familyId|contactId|needId|offerId|consentId|entityId|referralId|districtId|createdById|namePhonetic|lastNamePhonetic|lastActivityAt)$/;

const SECTIONS: { key: keyof FamilyExport; title: string }[] = [
  { key: 'members', title: 'Personen' },
  { key: 'consents', title: 'Einwilligungen' },
  { key: 'contacts', title: 'Kontakte' },
  { key: 'needs', title: 'Bedarfe' },
  { key: 'referrals', title: 'Vermittlungen' },
  { key: 'referralMessages', title: 'Nachrichten zu Vermittlungen' },
  { key: 'followUps', title: 'Wiedervorlagen' },
  { key: 'handoffs', title: 'Übergaben' },
  { key: 'auditEvents', title: 'Wer hat wann auf die Daten zugegriffen' },
];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `03.04.2019` for a day, `03.04.2019, 14:30` for an instant (Europe/Berlin). */
function germanValue(value: unknown): string {
  if (value instanceof Date) return germanInstant(value);
  if (typeof value === 'string' && DAY.test(value))
    return `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
    return germanInstant(new Date(value));
  if (value === true) return 'Ja';
  if (value === false) return 'Nein';
  if (Array.isArray(value)) return value.map(germanValue).join(', ');
  return String(value);
}

function germanInstant(at: Date): string {
  return at.toLocaleString('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The lines of one record: "Feld: Wert", ids of staff and providers replaced by their names. */
export function recordLines(record: object, names: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (SKIPPED.test(field) || value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const shown =
      typeof value === 'string' && names.has(value) ? (names.get(value) as string) : germanValue(value);
    lines.push(`${LABELS[field] ?? field}: ${shown}`);
  }
  return lines;
}

/** The family's export as a PDF (A4, page numbers). */
export function familyExportPdf(data: FamilyExport): Promise<Buffer> {
  const names = new Map<string, string>([
    ...data.staff.map((s) => [s.id, s.displayName] as [string, string]),
    ...data.providers.map((p) => [p.id, p.name] as [string, string]),
  ]);
  const title = `Auskunft nach Art. 15 DSGVO: ${data.family.name}`;
  const PDFDocument = pdfDocumentClass();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    info: { Title: title, Author: 'Lotsen CRM – Familienbüro', Creator: 'Lotsen CRM' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  doc.font(BOLD).fontSize(18).text(title, { width });
  doc.moveDown(0.3);
  doc.font(FONT).fontSize(10).fillColor('#444444');
  doc.text(`Erstellt am ${germanValue(data.exportedAt)} von ${data.exportedBy.displayName}`, { width });
  doc.text(data.legalBasis, { width });
  doc.fillColor('#000000').moveDown(0.8);

  const section = (heading: string, records: object[]) => {
    doc.font(BOLD).fontSize(13).text(heading, { width });
    doc.moveDown(0.2);
    doc.font(FONT).fontSize(10);
    if (records.length === 0)
      doc.fillColor('#444444').text('Keine Einträge.', { width }).fillColor('#000000');
    records.forEach((record, i) => {
      if (i > 0) doc.moveDown(0.4);
      for (const line of recordLines(record, names)) doc.text(line, { width });
    });
    doc.moveDown(0.8);
  };
  section('Familie', [data.family]);
  for (const { key, title: heading } of SECTIONS) section(heading, data[key] as object[]);
  section('Genannte Mitarbeitende und Träger', [
    ...data.staff.map((s) => ({ name: s.displayName })),
    ...data.providers.map((p) => ({ name: p.name })),
  ]);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing into the margin must not open a new page
    const y = doc.page.height - MARGIN + 15;
    doc.font(FONT).fontSize(8).fillColor('#444444');
    doc.text(`Seite ${i - range.start + 1} von ${range.count}`, MARGIN, y, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
