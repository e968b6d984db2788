import { readFileSync } from 'node:fs';
import { createOffice, loginAs } from '../support/factories';
import { createNamedUser, gone, journey, menu, snapshot, visible, JOURNEY } from '../support/browser';
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

/** The quarter before `period` and its one German name ("2. Quartal 2026"). */
function previousOf(period: string): { period: string; name: string } {
  const [y, q] = [Number(period.slice(0, 4)), Number(period.slice(-1))];
  const [year, quarter] = q === 1 ? [y - 1, 4] : [y, q - 1];
  return { period: `${year}-Q${quarter}`, name: `${quarter}. Quartal ${year}` };
}

/**
 * The city's social planner (issue 8): the quarter's demand report under "Berichte", with "." where
 * a count is too small to publish, frozen and downloaded as CSV for a German spreadsheet.
 */
describe('analyst (browser, German): the quarter report', () => {
  const j = journey();

  it(
    'opens the quarter report, sees "." for suppressed cells, downloads it live (vorläufig), freezes it once after confirming, downloads the CSV',
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
      const name = `${period.slice(-1)}. Quartal ${period.slice(0, 4)}`;
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
      const answer = page.waitForResponse(
        (r) => /\/api\/reports\/demand\?/.test(r.url()) && r.request().method() === 'GET',
      );
      await menu(page, 'Berichte').click();
      await page.waitForURL(/#\/reports/);
      const zerosMayBeSuppressed = ((await (await answer).json()) as { zerosMayBeSuppressed: boolean })
        .zerosMayBeSuppressed;
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
      // the answer says whether a hidden value may be 0 (issue 24.1), and the page says it too
      expect(typeof zerosMayBeSuppressed).toBe('boolean');
      expect(await page.getByText(/Ein „\.“ kann in diesem Bericht auch für 0 stehen/).count()).toBe(
        zerosMayBeSuppressed ? 1 : 0,
      );
      await expectAccessible(page, 'the reports page');
      await snapshot(page, 'reports');

      // ---- the live report downloads beside the period picker, marked "vorläufig"
      const live = page.waitForEvent('download');
      await page.getByRole('button', { name: 'CSV (vorläufig)' }).click();
      const liveFile = await live;
      expect(liveFile.suggestedFilename()).toMatch(/^bedarfsbericht-vorlaeufig-.*\.csv$/);
      const liveText = readFileSync(await liveFile.path())
        .subarray(3)
        .toString('utf8');
      expect(liveText.split('\r\n')[0]).toMatch(new RegExp(`^Bedarfsbericht ${name} \\(vorläufig\\)`));
      expect(liveText).toMatch(/Stern[^\r\n]*;\./); // suppressed like the page
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM report_snapshots`)).toEqual([{ n: 0 }]);

      // ---- freezing asks first; cancelling freezes nothing
      const freeze = page.getByRole('button', { name: 'Bericht einfrieren' });
      await freeze.click();
      const confirm = page.getByRole('dialog', { name: `${name} einfrieren?` });
      await visible(confirm);
      await confirm.getByRole('button', { name: 'Abbrechen' }).click();
      await gone(confirm);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM report_snapshots`)).toEqual([{ n: 0 }]);
      await freeze.click();
      await page
        .getByRole('dialog', { name: `${name} einfrieren?` })
        .getByRole('button', { name: 'Einfrieren' })
        .click();
      await visible(page.getByText(`Der Bericht für das ${name} wurde eingefroren.`));
      // the quarter is marked frozen, and cannot be frozen again
      await visible(page.getByText(`Das ${name} ist bereits eingefroren`));
      expect(await freeze.isDisabled()).toBe(true);
      await page.getByRole('combobox', { name: 'Quartal' }).click();
      await visible(page.getByRole('option', { name: new RegExp(`^${name} .* · eingefroren$`) }));
      await page.keyboard.press('Escape');

      // ---- a colleague froze the quarter before: the page says so in German, nothing is written
      const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM report_snapshots`))[0].n;
      const earlier = previousOf(period);
      const colleague = await createNamedUser(t.dataSource, 'analyst', 'Olga Ott', { officeId: null });
      const colleagueApi = await loginAs(t, colleague);
      expect(
        (await colleagueApi.post('/api/report-snapshots').send({ kind: 'demand', period: earlier.period }))
          .status,
      ).toBe(201);
      await page.getByRole('combobox', { name: 'Quartal' }).click();
      await page.getByRole('option', { name: new RegExp(`^${earlier.name} `) }).click();
      await freeze.click();
      await page
        .getByRole('dialog', { name: `${earlier.name} einfrieren?` })
        .getByRole('button', { name: 'Einfrieren' })
        .click();
      await visible(page.getByText(/Dieser Bericht ist für diesen Zeitraum und Bereich schon eingefroren/));
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM report_snapshots`))[0].n).toBe(
        before + 1,
      );
      await visible(page.getByText(`Das ${earlier.name} ist bereits eingefroren`));

      // ---- the frozen report downloads as CSV
      await page.getByRole('combobox', { name: 'Quartal' }).click();
      await page.getByRole('option', { name: new RegExp(`^${name} `) }).click();
      const snapshots = page.getByRole('listitem').filter({ hasText: `${name} · Gesamte Stadt` });
      const download = page.waitForEvent('download');
      await snapshots
        .filter({ hasNotText: 'Olga' })
        .first()
        .getByRole('button', { name: 'CSV herunterladen' })
        .click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      const csv = readFileSync(await file.path());
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 with BOM, for Excel
      const text = csv.subarray(3).toString('utf8');
      const lines = text.split('\r\n');
      expect(lines[0]).toContain(';');
      expect(lines[0]).toMatch(new RegExp(`^Bedarfsbericht ${name};`));
      expect(text).toMatch(/Babelsberg/);
      expect(text).toMatch(/Stern[^\r\n]*;\./);
      expect(text).not.toMatch(/Stern[^\r\n]*;2(;|\r|$)/);
      expect(
        await t.dataSource.query(`SELECT period, created_by_id FROM report_snapshots ORDER BY created_at`),
      ).toEqual([
        { period, created_by_id: nora.id },
        { period: earlier.period, created_by_id: colleague.id },
      ]);
    },
    JOURNEY,
  );
});
