import ExcelJS from 'exceljs';
import type { Agent } from 'supertest';
import { readPdf } from '../support/pdf';
import { startTestApp, type TestApp } from '../support/test-app';
import { seedFixture, type Fixture } from './authorization-fixture';

/**
 * Issue 20.6 (signals part): the council's report export carries the section "Frühwarnsignale"
 * with the open signals — a small recent count as "< 5" — and what a signal means and does not mean.
 */
describe('the report export: section "Frühwarnsignale"', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    f = await seedFixture(t);
    const insert = `INSERT INTO signals (district_id, category_key, opened_week, week_tested, baseline_rate, recent_rate,
                                         ratio, p_value, recent_count, baseline_count, baseline_weeks, status, closed_at)
                    VALUES ($1, $2, '2026-11-02', '2026-11-23', $3, $4, $5, $6, $7, 26, 26, $8, $9)`;
    await t.dataSource.query(insert, [
      f.own.districtId,
      'kita_gutschein',
      1,
      3,
      3,
      0.000002,
      18,
      'open',
      null,
    ]);
    await t.dataSource.query(insert, [
      f.other.districtId,
      'wohngeld',
      0.1,
      0.67,
      6.5,
      0.0004,
      4,
      'open',
      null,
    ]);
    // a closed signal is not in the report
    await t.dataSource.query(insert, [f.own.districtId, 'schulden', 1, 1, 1, 0.5, 6, 'closed', new Date()]);
  }, 120000);
  afterAll(() => t.close());

  const download = async (agent: Agent, format: 'xlsx' | 'pdf'): Promise<Buffer> => {
    const res = await agent
      .get(`/api/report-snapshots/${f.own.snapshotId}/export`)
      .query({ format })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    return res.body as Buffer;
  };

  it('the XLSX has a sheet "Frühwarnsignale" with the open signals, suppressed counts and the explanation', async () => {
    const body = await download(f.analyst.agent, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Frühwarnsignale');
    expect(sheet).toBeDefined();
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));
    const kita = rows.find((r) => String(r[1]).startsWith('Kita'));
    expect(kita?.[2]).toBe(18);
    expect(kita?.[5]).toBe('3 ×');
    expect(kita?.[6]).toBe('< 0,0001');
    const wohngeld = rows.find((r) => r[1] === 'Wohngeld');
    expect(wohngeld?.[2]).toBe('< 5');
    // the rate, ratio and p-value would give the count back: withheld as "."
    expect(wohngeld?.slice(3, 7)).toEqual(['.', '0,1', '.', '.']);
    expect(rows.find((r) => String(r[1]).startsWith('Schulden'))).toBeUndefined();
    const text = rows.map((r) => r.join(' ')).join('\n');
    expect(text).toContain('Offene Signale: 2.');
    expect(text).toContain('Was ein Signal bedeutet:');
    expect(text).toContain('Was ein Signal nicht bedeutet:');
  });

  it('the PDF has the section with its explanation', async () => {
    const pdf = readPdf(await download(f.analyst.agent, 'pdf'));
    const all = pdf.texts.join('\n');
    expect(all).toContain('Frühwarnsignale');
    expect(all).toContain('< 5');
    expect(all).toMatch(/Was ein Signal bedeutet/);
    expect(all).toMatch(/Was ein Signal nicht bedeutet/);
  });
});
