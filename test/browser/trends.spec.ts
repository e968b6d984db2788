import { createOffice, loginAs } from '../support/factories';
import { createNamedUser, journey, menu, snapshot, visible, JOURNEY } from '../support/browser';
import { expectAccessible } from '../support/axe';

/** A day in the middle month of the last complete quarter in Berlin ("2026-08-15"). */
function dayOfLastQuarter(): string {
  const [year, month] = new Date()
    .toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' })
    .split('-')
    .map(Number);
  const current = Math.ceil(month / 3);
  const [y, q] = current === 1 ? [year - 1, 4] : [year, current - 1];
  return `${y}-${String(q * 3 - 1).padStart(2, '0')}-15`;
}

/**
 * "Entwicklung" (issue 20, point 4): the analyst sees the city's trends with "." for suppressed
 * values, a chart and its table view, and no serious axe finding; the team lead sees the figures
 * of their own office, unsuppressed.
 */
describe('trends (browser, German)', () => {
  const j = journey();

  it(
    'the analyst opens the trends page: chart, table view, tiles with "."; the team lead sees the office’s figures',
    async () => {
      const { t } = j;
      // ---- six Kita needs in Babelsberg, two Elterngeld needs in Stern, in the last quarter
      const officeId = await createOffice(t.dataSource, 'Familienbüro Babelsberg');
      const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers', { officeId });
      const tom = await createNamedUser(t.dataSource, 'team_lead', 'Tom Teichmann', { officeId });
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
      const day = dayOfLastQuarter();
      await t.dataSource.query(
        `UPDATE contacts SET occurred_at = ($1::date + time '10:00') AT TIME ZONE 'Europe/Berlin'`,
        [day],
      );
      await t.dataSource.query(
        `UPDATE needs SET identified_at = ($1::date + time '10:00') AT TIME ZONE 'Europe/Berlin'`,
        [day],
      );
      // none of them could be met
      await t.dataSource.query(
        `UPDATE needs SET status = 'unmet', unmet_reason = 'no_offer', resolved_at = identified_at`,
      );

      // ---- the analyst: the city, suppressed
      const page = await j.signIn(nora);
      await menu(page, 'Entwicklung').click();
      await page.waitForURL(/#\/trends/);
      await visible(page.getByRole('heading', { name: 'Entwicklung der Bedarfe', level: 1 }));
      const chart = page.getByRole('group', { name: /^Liniendiagramm: Bedarfe und ungedeckte Bedarfe/ });
      await visible(chart);
      await visible(chart.locator('svg').first());
      const tiles = page.getByTestId('trend-tiles');
      await visible(tiles);
      // two needs in Stern: its tile shows "." and says so in words, not by colour alone
      const stern = tiles.getByRole('listitem').filter({ hasText: 'Stern' });
      await visible(stern.getByText('.', { exact: true }));
      await visible(stern.getByText('kein Vergleich möglich'));
      await visible(page.getByText('starker Anstieg (ab +25 %)'));
      await expectAccessible(page, 'the trends page (charts)');
      await snapshot(page, 'trends');

      // the chart's table view: every month with its values
      await page.getByRole('button', { name: 'Als Tabelle anzeigen' }).first().click();
      const table = page.getByRole('table', { name: /^Liniendiagramm: Bedarfe und ungedeckte Bedarfe/ });
      await visible(table);
      expect(await table.getByRole('row').count()).toBe(25); // the header and 24 months
      // the city's month total (8) is published: its parts are hidden in pairs
      expect(await table.getByRole('cell', { name: '8', exact: true }).count()).toBe(2);
      await expectAccessible(page, 'the trends page (table)');

      // choosing Stern: the months of Stern are suppressed ("." in the table)
      await page.getByRole('combobox', { name: 'Sozialraum' }).click();
      await page.getByRole('option', { name: 'Stern' }).click();
      const sternTable = page.getByRole('table', { name: /Stern.*, Alle Kategorien/ });
      await visible(sternTable.getByText('.', { exact: true }));
      expect(await sternTable.getByRole('cell', { name: '2', exact: true }).count()).toBe(0);

      // ---- the team lead: the office's own figures, unsuppressed
      const lead = await j.signIn(tom);
      await menu(lead, 'Entwicklung').click();
      await lead.waitForURL(/#\/trends/);
      await visible(lead.getByText(/Zahlen Ihres Standorts/));
      const leadTiles = lead.getByTestId('trend-tiles');
      await visible(leadTiles);
      const leadStern = leadTiles.getByRole('listitem').filter({ hasText: 'Stern' });
      await visible(leadStern.getByText(/Quartal \d{4}: 2$/));
      await lead.getByRole('button', { name: 'Als Tabelle anzeigen' }).first().click();
      const leadTable = lead.getByRole('table', { name: /^Liniendiagramm/ });
      expect(await leadTable.getByRole('cell', { name: '8', exact: true }).count()).toBe(2);
      await expectAccessible(lead, 'the team lead’s trends page');
    },
    JOURNEY,
  );
});
