import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../support/test-app';
import { readPdf } from '../support/pdf';
import { createOffice, createUser, signedIn } from '../support/factories';
import { ReportSnapshotsService } from '../../apps/api/src/modules/reports/report-snapshots.service';

/** Reads the CSV back as a spreadsheet would: BOM, lines, `;`-separated, quoted cells. */
function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  for (const line of text.slice(1).split('\r\n')) {
    if (line === '') continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ';') {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

describe('report snapshots', () => {
  let t: TestApp;
  let office: string;
  let analyst: Awaited<ReturnType<typeof signedIn>>;
  let lead: Awaited<ReturnType<typeof signedIn>>;
  let counsellor: Awaited<ReturnType<typeof signedIn>>;
  /** The city's snapshot of 2026-Q3, frozen by the first test; the exports read it. */
  let cityQ3: { id: string; data: { report: { totals: { contacts: number } } } };

  beforeAll(async () => {
    t = await startTestApp();
    office = await createOffice(t.dataSource, 'Familienbüro Bericht');
    analyst = await signedIn(t, 'analyst');
    lead = await signedIn(t, 'team_lead', { officeId: office });
    counsellor = await signedIn(t, 'counsellor', { officeId: office });
    const admin = await signedIn(t, 'admin');
    // a category whose label tries a spreadsheet formula
    const evil = await admin.agent.post('/api/need-categories').send({
      key: 'formel',
      labelDe: '=HYPERLINK("http://evil.example";"klick")',
      labelEn: 'x',
      group: 'Sonstiges',
    });
    expect(evil.status).toBe(201);
    for (let i = 0; i < 12; i++) {
      await t.dataSource.query(
        `INSERT INTO contacts (office_id, counsellor_id, occurred_at, channel) VALUES ($1, $2, '2026-08-1${i % 9}T10:00:00Z', 'walk_in')`,
        [office, counsellor.user.id],
      );
    }
    const contact: { id: string } = (await t.dataSource.query(`SELECT id FROM contacts LIMIT 1`))[0];
    // 9 needs of the formula category, 6 of Elterngeld (the smallest partner for secondary
    // suppression), 1 of Wohngeld (suppressed)
    for (const [category, n] of [
      ['formel', 9],
      ['elterngeld', 6],
    ] as const) {
      for (let i = 0; i < n; i++) {
        await t.dataSource.query(
          `INSERT INTO needs (contact_id, office_id, category_key, identified_at) VALUES ($1, $2, $3, '2026-08-12T10:00:00Z')`,
          [contact.id, office, category],
        );
      }
    }
    await t.dataSource.query(
      `INSERT INTO needs (contact_id, office_id, category_key, identified_at) VALUES ($1, $2, 'wohngeld', '2026-08-12T10:00:00Z')`,
      [contact.id, office],
    );
  });
  afterAll(() => t.close());

  it('freezes a quarter: later changes to contacts never change the snapshot, and the database refuses edits', async () => {
    const res = await analyst.agent.post('/api/report-snapshots').send({ kind: 'demand', period: '2026-Q3' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'demand',
      period: '2026-Q3',
      periodFrom: '2026-07-01',
      periodTo: '2026-09-30',
      officeId: null,
      minCell: 5,
    });
    expect(res.body.data.report.totals.contacts).toBe(12);
    await t.dataSource.query(
      `INSERT INTO contacts (office_id, counsellor_id, occurred_at, channel) VALUES ($1, $2, '2026-08-20T10:00:00Z', 'phone')`,
      [office, counsellor.user.id],
    );
    const live = await analyst.agent
      .get('/api/reports/demand')
      .query({ from: '2026-07-01', to: '2026-09-30' });
    expect(live.body.totals.contacts).toBe(13);
    const frozen = await analyst.agent.get(`/api/report-snapshots/${res.body.id}`);
    expect(frozen.body.data.report.totals.contacts).toBe(12);
    await expect(t.dataSource.query(`UPDATE report_snapshots SET period = '2026-Q4'`)).rejects.toThrow(
      /frozen/,
    );
    await expect(t.dataSource.query(`DELETE FROM report_snapshots`)).rejects.toThrow(/frozen/);
    const list = await analyst.agent.get('/api/report-snapshots');
    expect(list.body.map((s: { id: string }) => s.id)).toContain(res.body.id);
    cityQ3 = res.body;
  });

  it('exports CSV for German spreadsheets: BOM, ";", "." for suppressed cells with a legend, formulas neutralised', async () => {
    const snap = cityQ3;
    const res = await analyst.agent
      .get(`/api/report-snapshots/${snap.id}/export`)
      .query({ format: 'csv' })
      .buffer(true)
      .parse((r, cb) => {
        let data = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (data += c));
        r.on('end', () => cb(null, data));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toContain('bedarfsbericht-2026-Q3.csv');
    const rows = parseCsv(res.body as string);
    expect(rows[0][0]).toBe('Bedarfsbericht 3. Quartal 2026');
    expect(rows[1]).toEqual(['Zeitraum', '01.07.2026 bis 30.09.2026']);
    const contacts = rows.find((r) => r[0] === 'Kontakte');
    expect(contacts?.[1]).toBe(String(snap.data.report.totals.contacts));
    expect(snap.data.report.totals.contacts).toBeGreaterThanOrEqual(12);
    const evil = rows.find((r) => r[0].includes('HYPERLINK'));
    expect(evil?.[0].startsWith("'=")).toBe(true);
    expect(evil?.[1]).toBe('9');
    const wohngeld = rows.find((r) => r[0] === 'Wohngeld');
    expect(wohngeld?.[1]).toBe('.'); // 1 need: suppressed
    expect(rows[rows.length - 1][0]).toMatch(/^Zeichenerklärung: \. = Zahlenwert unterdrückt/);
    expect(
      (await analyst.agent.get(`/api/report-snapshots/${snap.id}/export`).query({ format: 'docx' })).status,
    ).toBe(400);
  });

  it('exports XLSX with one sheet per table that opens again with the same numbers', async () => {
    const snap = cityQ3;
    const res = await analyst.agent
      .get(`/api/report-snapshots/${snap.id}/export`)
      .query({ format: 'xlsx' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    const body = res.body as Buffer;
    // exceljs types its input as an ArrayBuffer
    await workbook.xlsx.load(
      body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Kennzahlen',
      'Kanäle',
      'Bedarfskategorien',
      'Bedarfsgruppen',
      'Sozialräume',
      'Kategorie × Sozialraum',
      'Monate',
      // the Familienportal's searches of the period (issue 17 point 8)
      'Familienportal Themen',
      'Familienportal Sozialräume',
      // the trends of the two years up to the quarter (issue 20.6, trends.e2e-spec.ts)
      'Entwicklung Monate',
      'Entwicklung Sozialräume',
      // the open early warning signals at export time (issue 20.6)
      'Frühwarnsignale',
    ]);
    const values = (name: string) =>
      (workbook.getWorksheet(name)?.getSheetValues() ?? [])
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1));
    expect(values('Kennzahlen')).toEqual(
      expect.arrayContaining([['Kontakte', snap.data.report.totals.contacts]]),
    );
    const categories = values('Bedarfskategorien');
    expect(categories).toEqual(expect.arrayContaining([['Wohngeld', '.', 0, 0]])); // zero stays 0
    const formula = categories.find((r) => String(r[0]).includes('HYPERLINK'));
    expect(formula?.[1]).toBe(9);
    expect(typeof formula?.[0]).toBe('string'); // written as text, never as a formula
    expect(String(values('Monate').at(-1)?.[0])).toMatch(/^Zeichenerklärung/);
  });

  it('exports a PDF for the council: pages with numbers, title, period, tables with "." and the legend', async () => {
    const snap = cityQ3;
    const res = await analyst.agent
      .get(`/api/report-snapshots/${snap.id}/export`)
      .query({ format: 'pdf' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/pdf/);
    expect(res.headers['content-disposition']).toContain('bedarfsbericht-2026-Q3.pdf');
    const pdf = readPdf(res.body as Buffer);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.count).toBe(pdf.pages);
    const all = pdf.texts.join('\n');
    expect(pdf.texts[0]).toBe('Bedarfsbericht 3. Quartal 2026');
    expect(all).toContain('Stadt Potsdam (alle Standorte)');
    expect(all).toContain('Zeitraum: 01.07.2026 bis 30.09.2026');
    expect(all).toMatch(/Erstellt am: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/);
    // every page carries its number
    for (let i = 1; i <= pdf.pages; i++) expect(pdf.texts).toContain(`Seite ${i} von ${pdf.pages}`);
    // the charts' titles and the tables, with "." for the suppressed Wohngeld count
    for (const title of [
      'Bedarfe nach Bedarfsgruppe',
      'Bedarfe nach Sozialraum',
      'Kontakte und Bedarfe nach Monat',
      'Kennzahlen',
      'Bedarfskategorien',
      'Bedarfsgruppen',
      'Kategorie × Sozialraum',
      'Monate',
    ])
      expect([title, pdf.texts.includes(title)]).toEqual([title, true]);
    const wohngeld = pdf.texts.indexOf('Wohngeld');
    expect(pdf.texts.slice(wohngeld + 1, wohngeld + 4)).toEqual(['.', '0', '0']);
    const contacts = pdf.texts.indexOf('Kontakte', pdf.texts.indexOf('Kennzahl'));
    expect(pdf.texts[contacts + 1]).toBe(snap.data.report.totals.contacts.toLocaleString('de-DE'));
    expect(all).toContain('Zeichenerklärung: . = Zahlenwert unterdrückt');
    // a text that was never written is not found: the reader really reads
    expect(all).not.toContain('Bedarfsbericht 2. Quartal 2026');
    expect(all).not.toContain('vorläufig');
    expect(all).toContain('(eingefrorener Stand)');
  });

  it('breaks long tables across pages and repeats their header', async () => {
    const admin = await signedIn(t, 'admin');
    for (let i = 0; i < 60; i++) {
      const res = await admin.agent.post('/api/need-categories').send({
        key: `lang_${i}`,
        labelDe: `Sehr lange Bedarfskategorie Nummer ${i} mit einem Namen, der in der Tabelle umbricht`,
        labelEn: `Long ${i}`,
        group: 'Sonstiges',
      });
      expect(res.status).toBe(201);
    }
    // the office's quarter (the city's is frozen already, and a snapshot never changes)
    const frozen = await analyst.agent
      .post('/api/report-snapshots')
      .send({ kind: 'demand', period: '2026-Q3', officeId: office });
    expect(frozen.status).toBe(201);
    const snap = frozen.body;
    const res = await analyst.agent
      .get(`/api/report-snapshots/${snap.id}/export`)
      .query({ format: 'pdf' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    const pdf = readPdf(res.body as Buffer);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(pdf.texts).toContain(`Seite ${pdf.pages} von ${pdf.pages}`);
    expect(pdf.texts).toContain('Bedarfskategorien (Fortsetzung)');
    // the header row is repeated on the continued page
    const continued = pdf.texts.indexOf('Bedarfskategorien (Fortsetzung)');
    expect(pdf.texts.slice(continued + 1, continued + 5)).toEqual([
      'Bedarfskategorie',
      'Bedarfe',
      'ungedeckt',
      'vermittelt',
    ]);
  });

  it('a team lead freezes and sees only their office; counsellors may not', async () => {
    const own = await lead.agent
      .post('/api/report-snapshots')
      .send({ kind: 'demand', period: '2026-Q2', officeId: '00000000-0000-4000-8000-000000000000' });
    expect(own.status).toBe(201);
    expect(own.body.officeId).toBe(office);
    const cityWide = (
      await analyst.agent.post('/api/report-snapshots').send({ kind: 'demand', period: '2026-Q2' })
    ).body;
    expect((await lead.agent.get(`/api/report-snapshots/${cityWide.id}`)).status).toBe(404);
    expect(
      (await counsellor.agent.post('/api/report-snapshots').send({ kind: 'demand', period: '2026-Q3' }))
        .status,
    ).toBe(403);
    expect(
      (await analyst.agent.post('/api/report-snapshots').send({ kind: 'demand', period: '2026-Q7' })).status,
    ).toBe(400);
  });

  it('the quarterly job freezes the city and every active office once, as the system, and says whom to tell', async () => {
    const service = t.app.get(ReportSnapshotsService);
    const closed = await createOffice(t.dataSource, 'Geschlossener Standort');
    await t.dataSource.query(`UPDATE offices SET active = false WHERE id = $1`, [closed]);
    const formerLead = await createUser(t.dataSource, 'team_lead', { officeId: office, active: false });
    const active: { id: string }[] = await t.dataSource.query(`SELECT id FROM offices WHERE active`);
    const systemCount = async (period: string) =>
      Number(
        (
          await t.dataSource.query(
            `SELECT count(*) AS n FROM report_snapshots WHERE created_by_system AND period = $1`,
            [period],
          )
        )[0].n,
      );

    for (let i = 0; i < 7; i++) {
      await t.dataSource.query(
        `INSERT INTO contacts (office_id, counsellor_id, occurred_at, channel) VALUES ($1, $2, '2026-11-1${i}T10:00:00Z', 'phone')`,
        [office, counsellor.user.id],
      );
    }
    const first = await service.freezeQuarterForAll('2026-Q4');
    expect(first.snapshotIds).toHaveLength(1 + active.length);
    expect(first.createdIds).toEqual(first.snapshotIds);
    const [cityId] = first.snapshotIds;
    const city = await analyst.agent.get(`/api/report-snapshots/${cityId}`);
    expect(city.body).toMatchObject({
      period: '2026-Q4',
      officeId: null,
      createdById: null,
      createdBySystem: true,
    });
    const live = await analyst.agent
      .get('/api/reports/demand')
      .query({ from: '2026-10-01', to: '2026-12-31' });
    expect(city.body.data.report.totals).toEqual(live.body.totals);
    expect(city.body.data.report.totals.contacts).toBe(7);
    const ownId = first.notify.find((n) => n.userId === lead.user.id)?.snapshotId;
    const own = await lead.agent.get(`/api/report-snapshots/${ownId}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ officeId: office, createdBySystem: true });
    expect(own.body.data.labels.office).toBe('Familienbüro Bericht');
    // whom to tell: the office's active team leads, and the analysts for the city
    expect(first.notify).toEqual(
      expect.arrayContaining([
        { userId: lead.user.id, snapshotId: ownId, officeId: office, officeName: 'Familienbüro Bericht' },
        { userId: analyst.user.id, snapshotId: cityId, officeId: null, officeName: null },
      ]),
    );
    const told = first.notify.map((n) => n.userId);
    expect(told).not.toContain(counsellor.user.id);
    expect(told).not.toContain(formerLead.id);
    expect(first.notify.filter((n) => n.officeId === closed)).toEqual([]);
    expect(await systemCount('2026-Q4')).toBe(1 + active.length);

    // a second run freezes nothing new and finds the same snapshots
    const again = await service.freezeQuarterForAll('2026-Q4');
    expect(again.createdIds).toEqual([]);
    expect(again.snapshotIds).toEqual(first.snapshotIds);
    expect(await systemCount('2026-Q4')).toBe(1 + active.length);

    // two runs at once still freeze once per office (the unique index decides)
    const [a, b] = await Promise.all([
      service.freezeQuarterForAll('2026-Q1'),
      service.freezeQuarterForAll('2026-Q1'),
    ]);
    expect(a.snapshotIds).toEqual(b.snapshotIds);
    expect(a.createdIds.length + b.createdIds.length).toBe(1 + active.length);
    expect(await systemCount('2026-Q1')).toBe(1 + active.length);

    // nobody freezes the job's quarter a second time by hand (one snapshot per scope, issue 25.10)
    const manual = await analyst.agent
      .post('/api/report-snapshots')
      .send({ kind: 'demand', period: '2026-Q4' });
    expect(manual.status).toBe(409);
    expect(manual.body).toMatchObject({ code: 'SNAPSHOT_EXISTS', snapshotId: cityId });
    expect(await systemCount('2026-Q4')).toBe(1 + active.length);

    // a quarter frozen by hand before (the city's and the office's 2026-Q3) keeps those snapshots
    const q3 = await service.freezeQuarterForAll('2026-Q3');
    expect(q3.snapshotIds[0]).toBe(cityQ3.id);
    expect(q3.createdIds).not.toContain(cityQ3.id);
    expect(q3.createdIds).toHaveLength(active.length - 1);
    expect(q3.notify).toContainEqual({
      userId: analyst.user.id,
      snapshotId: cityQ3.id,
      officeId: null,
      officeName: null,
    });
    await expect(service.freezeQuarterForAll('2026-Q5')).rejects.toThrow(/period/i);
  });
  it('refuses a second snapshot of the same kind, period and scope, whoever asks (409 SNAPSHOT_EXISTS), and changes nothing', async () => {
    const count = async () =>
      Number((await t.dataSource.query(`SELECT count(*) AS n FROM report_snapshots`))[0].n);
    const first = await analyst.agent
      .post('/api/report-snapshots')
      .send({ kind: 'demand', period: '2025-Q4', officeId: office });
    expect(first.status).toBe(201);
    const before = await count();
    // the same scope: the analyst again, and the office's team lead (whose scope is the office)
    for (const [caller, body] of [
      [analyst, { kind: 'demand', period: '2025-Q4', officeId: office }],
      [lead, { kind: 'demand', period: '2025-Q4' }],
    ] as const) {
      const again = await caller.agent.post('/api/report-snapshots').send(body);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'SNAPSHOT_EXISTS', snapshotId: first.body.id });
      expect(typeof again.body.message).toBe('string');
    }
    expect(await count()).toBe(before);
    // another scope (the city) or another period is a snapshot of its own
    expect(
      (await analyst.agent.post('/api/report-snapshots').send({ kind: 'demand', period: '2025-Q4' })).status,
    ).toBe(201);
    expect(
      (await lead.agent.post('/api/report-snapshots').send({ kind: 'demand', period: '2025-Q3' })).status,
    ).toBe(201);
    expect(await count()).toBe(before + 2);

    // two people at the same moment: the unique index lets exactly one through
    const racing = await Promise.all(
      [analyst, lead].map((caller) =>
        caller.agent
          .post('/api/report-snapshots')
          .send({ kind: 'demand', period: '2025-Q2', officeId: office }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(
      Number(
        (
          await t.dataSource.query(
            `SELECT count(*) AS n FROM report_snapshots WHERE period = '2025-Q2' AND office_id = $1`,
            [office],
          )
        )[0].n,
      ),
    ).toBe(1);
    // the database itself refuses a copy that would bypass the service
    await expect(
      t.dataSource.query(
        `INSERT INTO report_snapshots (kind, period, period_from, period_to, office_id, min_cell, data)
         SELECT kind, period, period_from, period_to, office_id, min_cell, data FROM report_snapshots WHERE id = $1`,
        [first.body.id],
      ),
    ).rejects.toThrow(/report_snapshots_scope_key/);
  });

  it('downloads the live report as CSV, XLSX and PDF, marked "vorläufig", with the numbers the caller sees live', async () => {
    const download = (agent: typeof analyst.agent, query: Record<string, string>) =>
      agent
        .get('/api/reports/demand/export')
        .query(query)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
    const quarter = { from: '2026-07-01', to: '2026-09-30' };
    const live = await analyst.agent.get('/api/reports/demand').query(quarter);
    expect(live.status).toBe(200);
    const csv = await download(analyst.agent, { ...quarter, format: 'csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toContain(
      'bedarfsbericht-vorlaeufig-2026-07-01-bis-2026-09-30.csv',
    );
    const rows = parseCsv((csv.body as Buffer).toString('utf8'));
    expect(rows[0][0]).toBe('Bedarfsbericht 3. Quartal 2026 (vorläufig)');
    expect(rows.find((r) => r[0] === 'Kontakte')?.[1]).toBe(String(live.body.totals.contacts));
    // the analyst's live report is suppressed: Wohngeld's single need is a "."
    expect(rows.find((r) => r[0] === 'Wohngeld')?.[1]).toBe('.');

    const pdf = readPdf((await download(analyst.agent, { ...quarter, format: 'pdf' })).body as Buffer);
    expect(pdf.texts[0]).toBe('Bedarfsbericht 3. Quartal 2026 (vorläufig)');
    expect(pdf.texts.join('\n')).toMatch(/vorläufiger Stand/);

    const xlsx = await download(analyst.agent, { ...quarter, format: 'xlsx' });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);

    // a team lead's download is their office's, for a free range too
    const month = await download(lead.agent, { from: '2026-08-01', to: '2026-08-31', format: 'csv' });
    const leadRows = parseCsv((month.body as Buffer).toString('utf8'));
    expect(leadRows[0]).toEqual(['Bedarfsbericht August 2026 (vorläufig)', 'Familienbüro Bericht']);
    const free = await download(lead.agent, { from: '2026-08-01', to: '2026-08-20', format: 'csv' });
    expect(parseCsv((free.body as Buffer).toString('utf8'))[0][0]).toBe(
      'Bedarfsbericht 01.08.2026 bis 20.08.2026 (vorläufig)',
    );

    // the analyst's periods and the roles are those of the live report
    const refused = await download(analyst.agent, { from: '2026-08-01', to: '2026-08-20', format: 'csv' });
    expect(refused.status).toBe(400);
    expect(JSON.parse((refused.body as Buffer).toString('utf8')).code).toBe('INVALID_PERIOD');
    expect((await download(counsellor.agent, { ...quarter, format: 'csv' })).status).toBe(403);
    expect((await download(analyst.agent, { ...quarter, format: 'docx' })).status).toBe(400);
    // every download is in the audit trail, with its period and format
    const audited = await t.dataSource.query(
      `SELECT details FROM audit_events WHERE action = 'demand_report.export' AND user_id = $1`,
      [analyst.user.id],
    );
    expect(audited).toContainEqual({
      details: expect.objectContaining({ from: '2026-07-01', to: '2026-09-30', format: 'pdf' }),
    });
  });
});
