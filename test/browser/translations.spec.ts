import { createNamedUser, journey, menu, row, visible, JOURNEY } from '../support/browser';
import { expectAccessible } from '../support/axe';

/**
 * Übersetzungen (issue 17 point 5; docs/portal.md): an admin opens a Verwaltungsleistung, gives
 * it a Ukrainian title in the tab "Übersetzungen" and marks it "geprüft"; the Familienportal then
 * answers in Ukrainian. On the way: the services list and the page "Lebenslagen", accessible.
 */
describe('admin (browser, German): translations of the portal texts', () => {
  const j = journey();

  it(
    'gives a service a Ukrainian title, marks it reviewed, and the portal shows it',
    async () => {
      const { t } = j;
      const ada = await createNamedUser(t.dataSource, 'admin', 'Ada Adler', { officeId: null });
      const [provider]: { id: string }[] = await t.dataSource.query(
        `INSERT INTO providers (name, kind) VALUES ('Wohngeldstelle Potsdam', 'city_department') RETURNING id`,
      );
      const [service]: { id: string }[] = await t.dataSource.query(
        `INSERT INTO services (title_de, description_de, responsible_provider_id, checklist)
         VALUES ('Wohngeld', 'Ein Zuschuss zur Miete.', $1, '{Personalausweis}') RETURNING id`,
        [provider.id],
      );

      const page = await j.signIn(ada);
      await menu(page, 'Verwaltungsleistungen').click();
      await page.waitForURL(/#\/services/);
      await visible(row(page, 'Wohngeld'));
      await expectAccessible(page, 'the list Verwaltungsleistungen');
      await row(page, 'Wohngeld').click();
      await page.waitForURL(new RegExp(`#/services/${service.id}/show`));
      await page.getByRole('link', { name: 'Bearbeiten' }).click();
      await page.waitForURL(new RegExp(`#/services/${service.id}$`));
      await visible(page.getByRole('textbox', { name: /^Titel/ }));
      await expectAccessible(page, 'the form "Verwaltungsleistung bearbeiten"');

      await page.getByRole('tab', { name: 'Übersetzungen' }).click();
      await visible(page.getByText('Noch keine Übersetzungen.'));
      await page.getByRole('button', { name: 'Übersetzung hinzufügen' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: /^Sprache/ }).click();
      await page.getByRole('option', { name: 'Ukrainisch' }).click();
      await dialog.getByRole('combobox', { name: /^Feld/ }).click();
      await page.getByRole('option', { name: 'Titel' }).click();
      await dialog.getByRole('textbox', { name: /^Text/ }).fill('Допомога на житло');
      await dialog.getByLabel('Geprüft').check();
      await expectAccessible(page, 'the dialog "Übersetzung hinzufügen"');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await visible(row(page, 'Ukrainisch', 'Допомога на житло'));
      await visible(row(page, 'Ukrainisch').getByText('Ada Adler'));
      await expectAccessible(page, 'the tab Übersetzungen');

      const stored: { lang: string; text: string; reviewed_by_id: string; reviewed: boolean }[] =
        await t.dataSource.query(
          `SELECT lang, text, reviewed_by_id, reviewed_at IS NOT NULL AS reviewed FROM translations
            WHERE entity = 'service' AND entity_id = $1`,
          [service.id],
        );
      expect(stored).toEqual([
        { lang: 'uk', text: 'Допомога на житло', reviewed_by_id: ada.id, reviewed: true },
      ]);
      const portal = await fetch(`${j.baseUrl}/api/portal/services/${service.id}?lang=uk`);
      expect(await portal.json()).toMatchObject({ title: 'Допомога на житло', textLang: 'uk' });

      // the text changes: no longer reviewed, until an admin says so again
      await row(page, 'Ukrainisch').getByRole('button', { name: 'Bearbeiten' }).click();
      await dialog.getByRole('textbox', { name: /^Text/ }).fill('Житлова допомога');
      await dialog.getByLabel('Geprüft').uncheck();
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await visible(row(page, 'Ukrainisch', 'Житлова допомога').getByText('ungeprüft'));

      // the life situations' intros per language
      await menu(page, 'Lebenslagen').click();
      await page.waitForURL(/#\/life-situations/);
      await visible(page.getByRole('heading', { name: 'Schwangerschaft und Geburt' }));
      await expectAccessible(page, 'the page Lebenslagen');
    },
    JOURNEY,
  );
});
