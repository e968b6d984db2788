import { CALLBACK_CONSENT_VERSION } from '@lotsen/domain';
import { signCallbackFormToken } from '../../apps/api/src/modules/portal/callback-token';
import { expectAccessible } from '../support/axe';
import { createNamedUser, journey, menu, visible, JOURNEY } from '../support/browser';
import { createOffice } from '../support/factories';

/**
 * Rückruf erbitten (issue 17 point 7), the staff side: a request sent through the portal's public
 * API reaches the office's counsellor by the bell; she takes it and records what came of it.
 */
describe('Rückrufbitten in the staff app', () => {
  const j = journey();

  it(
    'a counsellor sees a new request from the bell, takes it and records the outcome',
    async () => {
      const office = await createOffice(j.t.dataSource, 'Familienbüro Rückruf');
      const rosa = await createNamedUser(j.t.dataSource, 'counsellor', 'Rosa Rückert', { officeId: office });
      // the portal's server sends the family's form (filled in over ten seconds)
      const sent = await j.t
        .http()
        .post('/api/portal/callbacks')
        .send({
          token: signCallbackFormToken(j.t.config.sessionSecret, new Date(Date.now() - 10_000)),
          website: '',
          officeId: office,
          topic: 'lebenslage:kinderbetreuung',
          name: 'Olena K.',
          phone: '0176 5550123',
          lang: 'uk',
          preferredTime: 'werktags ab 16 Uhr',
          consent: true,
          consentVersion: CALLBACK_CONSENT_VERSION,
        });
      expect([sent.status, sent.body]).toEqual([201, { ok: true }]);

      const page = await j.signIn(rosa);
      // the menu counts the office's open requests
      await visible(page.getByRole('menuitem', { name: 'Rückrufbitten (1 offen)' }));
      // the worker relays the outbox every 200 ms: the bell rings without a reload of the data
      const bell = page.getByRole('button', { name: 'Benachrichtigungen (1 ungelesen)' });
      await visible(bell);
      await bell.click();
      const note = page.getByRole('menuitem', { name: /Neue Rückrufbitte aus dem Familienportal/ });
      await visible(note);
      await note.click();
      await page.waitForURL(/#\/callback-requests\/[0-9a-f-]{36}\/show$/);
      await visible(page.getByText('Olena K.'));
      await visible(page.getByText('0176 5550123'));
      await visible(page.getByText('werktags ab 16 Uhr'));
      await visible(page.getByText('Ukrainisch'));
      await visible(page.getByText('Kinderbetreuung').first());
      await expectAccessible(page, 'a callback request');

      await page.getByRole('button', { name: 'Übernehmen' }).click();
      await visible(page.getByText('Sie haben die Rückrufbitte übernommen.'));
      await visible(page.getByText('übernommen', { exact: true }));
      await page.getByRole('button', { name: 'Erledigt mit Ergebnis' }).click();
      const dialog = page.getByRole('dialog', { name: 'Was ist aus der Rückrufbitte geworden?' });
      await visible(dialog);
      await dialog.getByLabel('Ergebnis').fill('Zurückgerufen, Termin zur Kita-Beratung am Montag');
      await dialog.getByRole('button', { name: 'Als erledigt speichern' }).click();
      await visible(page.getByText('Die Rückrufbitte ist erledigt.'));
      await visible(page.getByText('Zurückgerufen, Termin zur Kita-Beratung am Montag'));
      await visible(page.getByText('erledigt', { exact: true }));
      expect(await page.getByRole('button', { name: 'Übernehmen' }).count()).toBe(0);

      // the inbox: "Rückrufbitten" in the menu, open ones by default — none left
      await visible(menu(page, 'Rückrufbitten')); // none open any more
      await menu(page, 'Rückrufbitten').click();
      await page.waitForURL(/#\/callback-requests/);
      await visible(page.getByText(/Keine Rückrufbitten|Noch keine Rückrufbitten/));
      const [row] = await j.t.dataSource.query(`SELECT status, taken_by_id, outcome FROM callback_requests`);
      expect(row).toEqual({
        status: 'done',
        taken_by_id: rosa.id,
        outcome: 'Zurückgerufen, Termin zur Kita-Beratung am Montag',
      });
    },
    JOURNEY,
  );
});
