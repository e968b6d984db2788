import ExcelJS from 'exceljs';
import type { TrendsAnswer } from '@lotsen/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, signedIn } from '../support/factories';
import { readPdf } from '../support/pdf';

/**
 * The council's quarterly report gains the trend charts (issue 20, point 6): a snapshot freezes
 * the suppressed trends of the two years up to its quarter, and its PDF and XLSX show them —
 * suppressed figures only, also in a team lead's own snapshot.
 */
describe('trends in the quarterly report (PDF, XLSX)', () => {
  let t: TestApp;
  let analyst: Awaited<ReturnType<typeof signedIn>>;
  let lead: Awaited<ReturnType<typeof signedIn>>;
  let districtX: string;
  let districtY: string;

  const download = (agent: typeof analyst.agent, id: string, format: 'pdf' | 'xlsx') =>
    agent
      .get(`/api/report-snapshots/${id}/export`)
      .query({ format })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    t = await startTestApp();
    const ds = t.dataSource;
    const office = await createOffice(ds, 'Büro Entwicklung');
    analyst = await signedIn(t, 'analyst');
    lead = await signedIn(t, 'team_lead', { officeId: office });
    const districts: { id: string }[] = await ds.query(
      `SELECT id FROM districts WHERE code <> 'unknown' ORDER BY sort_order, code`,
    );
    [districtX, districtY] = [districts[0].id, districts[1].id];
    const need = async (district: string, at: string, unmet: boolean) => {
      const contact = (
        await ds.query(
          `INSERT INTO contacts (office_id, counsellor_id, occurred_at, channel, district_id)
           VALUES ($1, $2, $3, 'phone', $4) RETURNING id`,
          [office, lead.user.id, at, district],
        )
      )[0].id;
      await ds.query(
        `INSERT INTO needs (contact_id, office_id, category_key, status, unmet_reason, identified_at, resolved_at)
         VALUES ($1, $2, 'kita_gutschein', $3, $4, $5, $6)`,
        [contact, office, unmet ? 'unmet' : 'open', unmet ? 'no_offer' : null, at, unmet ? at : null],
      );
    };
    // Y: 12 unmet Kita needs in August 2026, 6 a year earlier; X: 3 (too few to publish)
    for (let i = 0; i < 12; i++) await need(districtY, `2026-08-1${i % 10}T10:00:00Z`, true);
    for (let i = 0; i < 6; i++) await need(districtY, `2025-08-1${i}T10:00:00Z`, true);
    for (let i = 0; i < 3; i++) await need(districtX, `2026-08-2${i}T10:00:00Z`, true);
  }, 60000);
  afterAll(() => t.close());

  it('a snapshot freezes the suppressed trends of the two years up to its quarter', async () => {
    const res = await analyst.agent.post('/api/report-snapshots').send({ kind: 'demand', period: '2026-Q3' });
    expect(res.status).toBe(201);
    const trends = res.body.data.trends as TrendsAnswer;
    expect(trends).toMatchObject({
      from: '2024-10',
      to: '2026-09',
      suppressed: true,
      latestQuarter: '2026-Q3',
      previousQuarter: '2025-Q3',
    });
    const x = trends.byDistrict.find((s) => s.districtId === districtX);
    expect(x?.points.find((p) => p.month === '2026-08')?.unmet).toBeNull();
    // a team lead's own snapshot is suppressed too: it is read by the analyst and the council
    const own = await lead.agent.post('/api/report-snapshots').send({ kind: 'demand', period: '2026-Q3' });
    expect(own.status).toBe(201);
    expect((own.body.data.trends as TrendsAnswer).suppressed).toBe(true);
    const ownX = (own.body.data.trends as TrendsAnswer).byDistrict.find((s) => s.districtId === districtX);
    expect(ownX?.latest.unmet).toBeNull();
  });

  it('the PDF draws the trend charts, the XLSX has their tables, with "." for hidden values', async () => {
    const list = await analyst.agent.get('/api/report-snapshots');
    const city = (list.body as { id: string; officeId: string | null }[]).find((s) => s.officeId === null);
    expect(city).toBeDefined();
    const snap = (await analyst.agent.get(`/api/report-snapshots/${city?.id}`)).body as {
      id: string;
      data: { trends: TrendsAnswer; labels: { districts: Record<string, string> } };
    };
    const names = snap.data.labels.districts;

    const pdfRes = await download(analyst.agent, snap.id, 'pdf');
    expect(pdfRes.status).toBe(200);
    const pdf = readPdf(pdfRes.body as Buffer);
    for (const title of [
      'Entwicklung: Bedarfe und ungedeckte Bedarfe nach Monat (Okt 2024 bis Sep 2026)',
      'Entwicklung: ungedeckte Bedarfe je Sozialraum, 3. Quartal 2026',
      'Entwicklung: ungedeckte Bedarfe je Sozialraum, 3. Quartal 2025',
      'Entwicklung Monate',
      'Entwicklung Sozialräume',
    ])
      expect([title, pdf.texts.includes(title)]).toEqual([title, true]);

    const xlsxRes = await download(analyst.agent, snap.id, 'xlsx');
    expect(xlsxRes.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    const body = xlsxRes.body as Buffer;
    await workbook.xlsx.load(
      body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
    );
    const values = (name: string) =>
      (workbook.getWorksheet(name)?.getSheetValues() ?? [])
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1));
    const months = values('Entwicklung Monate');
    expect(months.filter((r) => /^\d{4}-\d{2}$/.test(String(r[0])))).toHaveLength(24);
    // August 2026: the city's totals as the frozen trends publish them
    const august = snap.data.trends.selection.points.find((p) => p.month === '2026-08');
    expect(months.find((r) => r[0] === '2026-08')).toEqual([
      '2026-08',
      august?.needs ?? '.',
      august?.unmet ?? '.',
    ]);
    const districts = values('Entwicklung Sozialräume');
    // X's three needs are never published, and nothing is compared with them
    expect(districts.find((r) => r[0] === names[districtX])).toEqual([
      names[districtX],
      0,
      '.',
      '–',
      'kein Vergleich möglich',
    ]);
    const y = snap.data.trends.byDistrict.find((s) => s.districtId === districtY);
    expect(districts.find((r) => r[0] === names[districtY])).toEqual([
      names[districtY],
      y?.previous.unmet ?? '.',
      y?.latest.unmet ?? '.',
      y?.unmetChange === null || y?.unmetChange === undefined
        ? '–'
        : `${y.unmetChange > 0 ? '+' : ''}${y.unmetChange.toLocaleString('de-DE')} %`,
      expect.any(String),
    ]);
  });
});
