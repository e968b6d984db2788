import type { Page } from 'playwright-core';
import { createOffice, loginAs } from '../support/factories';
import { createNamedUser, journey, row, sendWarmReferral, visible, JOURNEY } from '../support/browser';
import { expectAccessible } from '../support/axe';

const PROVIDER = 'Familienzentrum am Stern';
const OFFER = 'Elternberatung am Stern';
const QUESTION = 'Guten Tag, passt der Familie ein Termin am Dienstag um 10 Uhr?\nWir sind im 2. Stock.';
const ANSWER = 'Ja, Dienstag 10 Uhr passt. Die Mutter bringt die Unterlagen mit.';

/** Waits until the worker delivered a notice of `type` to `userId` (relayed every 200 ms). */
async function noticeDelivered(page: Page, query: () => Promise<unknown[]>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await query()).length > 0) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the notice was not delivered');
}

/**
 * Issue 21.1: the provider writes on a warm referral, the counsellor hears of it from the bell
 * (no content in the notice), reads it on the referral's page and answers; the provider reads
 * the answer. Text stays text: an HTML tag is refused in the form before it is sent.
 */
describe('messages on a referral (browser, German): the provider writes, the counsellor answers', () => {
  const j = journey();

  it(
    'a thread on the referral’s page for both sides',
    async () => {
      const { t } = j;
      const officeId = await createOffice(t.dataSource, 'Familienbüro Am Stern');
      const lead = await createNamedUser(t.dataSource, 'team_lead', 'Tina Thal', { officeId });
      const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers', { officeId });
      const leadApi = await loginAs(t, lead);
      const provider = await leadApi.post('/api/providers').send({ name: PROVIDER, kind: 'independent' });
      expect(provider.status).toBe(201);
      const offer = await leadApi
        .post('/api/offers')
        .send({ providerId: provider.body.id, title: OFFER, categoryKeys: ['erziehungsberatung'] });
      expect(offer.status).toBe(201);
      const paula = await createNamedUser(t.dataSource, 'provider', 'Paula Pohl', {
        providerId: provider.body.id,
        officeId: null,
      });
      const api = await loginAs(t, anna);
      const family = await api.post('/api/families').send({ name: 'Familie Brandt' });
      expect(family.status).toBe(201);
      const need = await api
        .post('/api/needs')
        .send({ familyId: family.body.id, categoryKey: 'erziehungsberatung' });
      expect(need.status).toBe(201);
      const referralId = await sendWarmReferral(api, {
        familyId: family.body.id,
        needId: need.body.id,
        providerId: provider.body.id,
        offerId: offer.body.id,
      });

      // ---- Paula opens the referral from her start page and writes
      const page = await j.signIn(paula);
      await visible(page.getByRole('heading', { name: 'Eingegangene Vermittlungen', level: 2 }));
      await row(page, 'Familie Brandt').getByRole('link', { name: 'Öffnen' }).click();
      await page.waitForURL(new RegExp(`#/referrals/${referralId}/show`));
      const thread = page.getByRole('region', { name: 'Nachrichten' });
      await visible(thread.getByText('Noch keine Nachrichten.'));
      const box = thread.getByRole('textbox', { name: 'Neue Nachricht' });
      const send = thread.getByRole('button', { name: 'Senden' });
      await box.fill('<b>Bitte dringend</b>');
      await visible(thread.getByText('Bitte nur Text ohne HTML-Tags (<…>).'));
      expect(await send.isDisabled()).toBe(true);
      await box.fill(QUESTION);
      await send.click();
      await visible(page.getByText('Die Nachricht wurde gesendet.'));
      const mine = thread.getByTestId('referral-message');
      await visible(mine.getByText('Träger · Paula Pohl', { exact: false }));
      expect(await mine.first().locator('p').last().innerText()).toBe(QUESTION);
      await expectAccessible(page, 'the referral’s page with its messages (provider)');

      // ---- Anna hears of it from the bell: no content, a link to the referral
      await noticeDelivered(page, () =>
        t.dataSource.query(`SELECT 1 FROM notifications WHERE user_id = $1 AND type = 'referral_message'`, [
          anna.id,
        ]),
      );
      const desk = await j.signIn(anna);
      const bell = desk.getByRole('button', { name: 'Benachrichtigungen (1 ungelesen)' });
      await visible(bell);
      await bell.click();
      const notice = desk.getByRole('menuitem', { name: /Neue Nachricht zu einer Vermittlung/ });
      await visible(notice);
      expect(await notice.innerText()).not.toContain('Dienstag');
      await notice.click();
      await desk.waitForURL(new RegExp(`#/referrals/${referralId}/show`));
      const officeThread = desk.getByRole('region', { name: 'Nachrichten' });
      await visible(officeThread.getByText(/passt der Familie ein Termin am Dienstag/));
      await visible(desk.getByRole('link', { name: 'Familie Brandt' }));
      await officeThread.getByRole('textbox', { name: 'Neue Nachricht' }).fill(ANSWER);
      await officeThread.getByRole('button', { name: 'Senden' }).click();
      await visible(officeThread.getByText(ANSWER));
      await visible(officeThread.getByText('Familienbüro · Anna Albers', { exact: false }));
      await expectAccessible(desk, 'the referral’s page with its messages (counsellor)');

      // ---- Paula reads the answer
      await page.reload();
      await visible(thread.getByText(ANSWER));
      expect(await thread.getByTestId('referral-message').count()).toBe(2);
      expect(
        await t.dataSource.query(
          `SELECT author_side, text FROM referral_messages WHERE referral_id = $1 ORDER BY created_at`,
          [referralId],
        ),
      ).toEqual([
        { author_side: 'provider', text: QUESTION },
        { author_side: 'office', text: ANSWER },
      ]);
    },
    JOURNEY,
  );
});
