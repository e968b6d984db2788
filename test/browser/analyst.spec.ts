import { readFileSync } from 'node:fs';
import { createOffice, loginAs } from '../support/factories';
import { createNamedUser, journey, menu, snapshot, visible, JOURNEY } from '../support/browser';
import { expectAccessible } from '../support/axe';

/** The last complete quarter in Berlin ("2026-Q3") and a day in its middle. */
function lastQuarter(): { period: string; day: string } {
  const [year, month] = new Date()
    .toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' })
    .split('-')
    .map(Number);
  const current = Math.ceil(month / 3);
  const [y, q] = current === 1 ? [year - 1, 4] : [year, current - 1];
  return { period: `${y}-Q${q}`, day: `${y}-${String(q * 3 - 1).padStart(2, '0')}-15` };
}

/**
 * The city's social planner (issue 8): the quarter's demand report under "Berichte", with "." where
 * a count is too small to publish, frozen and downloaded as CSV for a German spreadsheet.
 */
describe('analyst (browser, German): the quarter report', () => {
  const j = journey();

  it(
    'opens the quarter report, sees "." for suppressed cells, downloads the CSV',
    async () => {
      const { t } = j;
      // ---- six Kita needs in Babelsberg, two Elterngeld needs in Stern
      const officeId = await createOffice(t.dataSource, 'Familienbüro Babelsberg');
      const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers', { officeId });
      const nora = await createNamedUser(t.dataSource, 'analyst', 'Nora Neumann', { officeId: null });
      const api = await loginAs(t, anna);
      const contacts = [
        ...Array.from({ length: 6 }, () => ({ district: 'SR4', categoryKey: 'kita_gutschein' })),
        ...Array.from({ length: 2 }, () => ({ district: 'SR5', categoryKey: 'elterngeld' })),
      ];
      for (const contact of contacts) {
        const created = await api.post('/api/contacts').send({
          channel: 'phone',
          districtId: await j.districtId(contact.district),
          needs: [{ categoryKey: contact.categoryKey }],
        });
        expect(created.status).toBe(201);
      }

      // … in the last complete quarter, the one the report opens with and the one that can be frozen
      const { period, day } = lastQuarter();
      await t.dataSource.query(
        `UPDATE contacts SET occurred_at = ($1::date + time '10:00') AT TIME ZONE 'Europe/Berlin'`,
        [day],
      );
      await t.dataSource.query(
        `UPDATE needs SET identified_at = ($1::date + time '10:00') AT TIME ZONE 'Europe/Berlin'`,
        [day],
      );

      const page = await j.signIn(nora);
      await expectAccessible(page, 'the analyst dashboard');
      await menu(page, 'Berichte').click();
      await page.waitForURL(/#\/reports/);
      await visible(page.getByRole('heading', { name: 'Bedarfsbericht', level: 1 }));
      const byDistrict = page.getByRole('table', { name: /Bedarfe nach Sozialraum/ }).first();
      await visible(byDistrict);
      const babelsberg = byDistrict.getByRole('row').filter({ hasText: 'Babelsberg' });
      const stern = byDistrict.getByRole('row').filter({ hasText: 'Stern' });
      await visible(babelsberg);
      // two needs in Stern: not published, a "." instead
      await visible(stern.getByText('.', { exact: true }));
      expect(await stern.innerText()).not.toMatch(/\b2\b/);
      await visible(page.getByText(/„\.“ steht für einen nicht veröffentlichten Wert/));
      await expectAccessible(page, 'the reports page');
      await snapshot(page, 'reports');

      // ---- freeze the quarter, then download it as CSV
      await page.getByRole('button', { name: 'Bericht einfrieren' }).click();
      await visible(page.getByText(`Der Bericht für ${period} wurde eingefroren.`));
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'CSV herunterladen' }).first().click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      const csv = readFileSync(await file.path());
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 with BOM, for Excel
      const text = csv.subarray(3).toString('utf8');
      const lines = text.split('\r\n');
      expect(lines[0]).toContain(';');
      expect(text).toMatch(/Babelsberg/);
      expect(text).toMatch(/Stern[^\r\n]*;\./);
      expect(text).not.toMatch(/Stern[^\r\n]*;2(;|\r|$)/);
      expect(await t.dataSource.query(`SELECT period, created_by_id FROM report_snapshots`)).toEqual([
        { period: period, created_by_id: nora.id },
      ]);
    },
    JOURNEY,
  );
});
