import { createOffice, loginAs } from '../support/factories';
import { createNamedUser, journey, menu, row, visible, JOURNEY } from '../support/browser';
import { expectAccessible } from '../support/axe';

const PROVIDER = 'Familienzentrum am Schlaatz';
const OFFER = 'Elternfrühstück am Schlaatz';
const NEW_TEXT = 'Jeden Mittwoch ab 9 Uhr, jetzt auch mit Kinderbetreuung.';

/**
 * Issue 21.3: a provider's user proposes a new description of its offer ("Unsere Angebote"); the
 * portal keeps the published text; the team lead opens "Änderungen prüfen", sees before and
 * after and accepts; the portal shows the new text.
 */
describe('offer changes (browser, German): the provider proposes, the team lead accepts', () => {
  const j = journey();

  it(
    'a proposal waits in "Änderungen prüfen" and goes public when accepted',
    async () => {
      const { t } = j;
      const officeId = await createOffice(t.dataSource, 'Familienbüro Schlaatz');
      const lead = await createNamedUser(t.dataSource, 'team_lead', 'Tom Tiedemann', { officeId });
      const leadApi = await loginAs(t, lead);
      const provider = await leadApi.post('/api/providers').send({ name: PROVIDER, kind: 'independent' });
      expect(provider.status).toBe(201);
      const offer = await leadApi
        .post('/api/offers')
        .send({ providerId: provider.body.id, title: OFFER, description: 'Mittwochs ab 9 Uhr.' });
      expect(offer.status).toBe(201);
      const paula = await createNamedUser(t.dataSource, 'provider', 'Petra Pauli', {
        providerId: provider.body.id,
        officeId: null,
      });
      const portalText = async () =>
        (await t.http().get(`/api/portal/offers/${offer.body.id}`)).body.description as string;

      // ---- Petra proposes a new description
      const page = await j.signIn(paula);
      await menu(page, 'Unsere Angebote').click();
      await page.waitForURL(/#\/our-offers/);
      await row(page, OFFER).getByRole('button', { name: 'Angebot aktualisieren' }).click();
      const dialog = page.getByRole('dialog');
      await visible(dialog.getByText('prüft das Familienbüro', { exact: false }));
      await dialog.getByRole('textbox', { name: 'Beschreibung' }).fill(NEW_TEXT);
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await portalText()).toBe('Mittwochs ab 9 Uhr.');
      await menu(page, 'Änderungen prüfen').click();
      await visible(row(page, OFFER).getByText('offen', { exact: true }));

      // ---- Tom reviews and accepts
      const desk = await j.signIn(lead);
      await menu(desk, 'Änderungen prüfen').click();
      await desk.waitForURL(/#\/offer-change-requests/);
      await row(desk, OFFER, PROVIDER).click();
      const compare = desk.getByRole('table', { name: 'Vorher und nachher' });
      await visible(compare.getByText('Mittwochs ab 9 Uhr.'));
      await visible(compare.getByText(NEW_TEXT));
      await expectAccessible(desk, '"Änderungen prüfen" with before and after');
      await desk.getByRole('button', { name: 'Übernehmen' }).click();
      await visible(desk.getByText('Die Änderung ist übernommen und öffentlich.'));
      expect(await portalText()).toBe(NEW_TEXT);
    },
    JOURNEY,
  );
});
