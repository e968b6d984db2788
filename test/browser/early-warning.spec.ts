import { createNamedUser, journey, menu, row, visible, JOURNEY } from '../support/browser';
import { expectAccessible } from '../support/axe';

/**
 * Issue 20.5: the analyst opens "Frühwarnung", finds the open signal with its values and the plain
 * explanation, and opens it to see its weekly history; a counsellor has no such menu entry.
 */
describe('early warning (browser, German)', () => {
  const j = journey();

  it(
    'the analyst reads the open signal, its explanation and its history',
    async () => {
      const { t } = j;
      const [{ id: districtId }] = await t.dataSource.query(`SELECT id FROM districts WHERE code = 'SR6'`);
      const [{ id: signalId }] = await t.dataSource.query(
        `INSERT INTO signals (district_id, category_key, opened_week, week_tested, baseline_rate, recent_rate,
                              ratio, p_value, recent_count, baseline_count, baseline_weeks)
         VALUES ($1, 'kita_gutschein', '2026-11-16', '2026-11-23', 0.27, 3.5, 12.96, 0.0000001, 21, 7, 26)
         RETURNING id`,
        [districtId],
      );
      await t.dataSource.query(
        `INSERT INTO signal_tests (signal_id, week, baseline_rate, recent_rate, ratio, p_value, recent_count, open)
         VALUES ($1, '2026-11-16', 0.23, 2.83, 12.3, 0.0000002, 17, true),
                ($1, '2026-11-23', 0.27, 3.5, 12.96, 0.0000001, 21, true)`,
        [signalId],
      );
      const analyst = await createNamedUser(t.dataSource, 'analyst', 'Anna Analytica', { officeId: null });
      const page = await j.signIn(analyst);
      await menu(page, 'Frühwarnung').click();
      await page.waitForURL(/#\/signals/);
      await visible(row(page, 'Kita-Platz / Kita-Gutschein', 'Schlaatz'));
      await visible(page.getByRole('heading', { name: 'Was ein Frühwarnsignal bedeutet' }));
      await visible(page.getByText('Ein Signal ist kein Beweis für eine Notlage', { exact: false }));
      await expectAccessible(page, '"Frühwarnung" list with the explanation');
      await row(page, 'Kita-Platz / Kita-Gutschein').click();
      await page.waitForURL(new RegExp(`#/signals/${signalId}/show`));
      await visible(page.getByRole('heading', { name: 'Verlauf der wöchentlichen Prüfungen' }));
      await visible(page.getByRole('cell', { name: '2026-W47' }));
      await visible(page.getByRole('cell', { name: '2026-W48' }));
      await expectAccessible(page, 'a signal with its history');

      const counsellor = await createNamedUser(t.dataSource, 'counsellor', 'Carla Conrad');
      const desk = await j.signIn(counsellor);
      await visible(menu(desk, 'Familien'));
      expect(await menu(desk, 'Frühwarnung').count()).toBe(0);
    },
    JOURNEY,
  );
});
