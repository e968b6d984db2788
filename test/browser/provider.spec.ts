import type { Page, Response } from 'playwright-core';
import { createOffice, loginAs } from '../support/factories';
import {
  createNamedUser,
  gone,
  journey,
  menu,
  row,
  sendWarmReferral,
  snapshot,
  visible,
  VIEWPORT,
  JOURNEY,
} from '../support/browser';
import { expectAccessible, expectDialogTrapsFocus } from '../support/axe';

const KITA = 'Kita-Platz / Kita-Gutschein';
const PROVIDER = 'Kitaservice Potsdam';
const OFFER = 'Beratung zum Kita-Gutschein';
const PHONE = '0331 2345678';
const NOTE = 'Bitte die Mutter vormittags anrufen.';
/** What the family told the office and never agreed to share with the provider. */
const PRIVATE = ['Henrike', 'henrike.hoffmann@example.org', 'Emil', 'Elterngeld Plus', 'Platz ab August'];

/**
 * A provider's user (issue 8): on her start page one incoming warm referral, with only what the
 * family agreed to share; she accepts it, starts and completes it with an outcome. The counsellor
 * then finds the need met. The start page fits an office screen (1366 px) and is accessible.
 */
describe('provider user (browser, German): an incoming referral answered', () => {
  const j = journey();

  it(
    'sees one incoming referral, accepts it, completes it with an outcome',
    async () => {
      const { t } = j;
      // ---- the office has referred a need of Familie Hoffmann to the provider's offer
      const officeId = await createOffice(t.dataSource, 'Familienbüro Babelsberg');
      const lead = await createNamedUser(t.dataSource, 'team_lead', 'Tom Teichmann', { officeId });
      const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers', { officeId });
      const leadApi = await loginAs(t, lead);
      const [provider, other] = await Promise.all([
        leadApi.post('/api/providers').send({ name: PROVIDER, kind: 'city_department', languages: ['de'] }),
        leadApi.post('/api/providers').send({ name: 'Kita-Lotsen Nord', kind: 'independent' }),
      ]);
      expect([provider.status, other.status]).toEqual([201, 201]);
      const providerId: string = provider.body.id;
      const [offer, otherOffer] = await Promise.all([
        leadApi.post('/api/offers').send({
          providerId,
          title: OFFER,
          categoryKeys: ['kita_gutschein'],
          phone: '0331 289-0000',
        }),
        leadApi.post('/api/offers').send({
          providerId: other.body.id,
          title: 'Kita-Suche im Norden',
          categoryKeys: ['kita_gutschein'],
        }),
      ]);
      expect([offer.status, otherOffer.status]).toEqual([201, 201]);
      const paula = await createNamedUser(t.dataSource, 'provider', 'Paula Pohl', {
        providerId,
        officeId: null,
      });

      const api = await loginAs(t, anna);
      const family = await api
        .post('/api/families')
        .send({ name: 'Familie Hoffmann', districtId: await j.districtId('SR4') });
      const neighbour = await api.post('/api/families').send({ name: 'Familie Nowak' });
      expect([family.status, neighbour.status]).toEqual([201, 201]);
      const familyId: string = family.body.id;
      const setup = [
        await api.post('/api/persons').send({
          familyId,
          relation: 'parent',
          firstName: 'Henrike',
          lastName: 'Hoffmann',
          phone: PHONE,
          email: 'henrike.hoffmann@example.org',
        }),
        await api
          .post('/api/persons')
          .send({ familyId, relation: 'child', firstName: 'Emil', lastName: 'Hoffmann' }),
        await api.post('/api/consents').send({ familyId, scope: 'contact_by_phone' }),
        await api
          .post('/api/needs')
          .send({ familyId, categoryKey: 'elterngeld', description: 'Elterngeld Plus' }),
      ];
      const need = await api
        .post('/api/needs')
        .send({ familyId, categoryKey: 'kita_gutschein', description: 'Platz ab August für Emil (2)' });
      const neighbourNeed = await api
        .post('/api/needs')
        .send({ familyId: neighbour.body.id, categoryKey: 'kita_gutschein' });
      expect([...setup, need, neighbourNeed].map((response) => response.status)).toEqual([
        201, 201, 201, 201, 201, 201,
      ]);
      const referralId = await sendWarmReferral(api, {
        familyId,
        needId: need.body.id,
        providerId,
        offerId: offer.body.id,
        note: NOTE,
      });
      // another family's referral goes to another provider: Paula never sees it
      await sendWarmReferral(api, {
        familyId: neighbour.body.id,
        needId: neighbourNeed.body.id,
        providerId: other.body.id,
        offerId: otherOffer.body.id,
      });

      // ---- Paula's start page: exactly this one referral, and no more than the family shared
      let listed: Promise<Response> | undefined;
      const page = await j.signIn(paula, (p) => {
        listed = p.waitForResponse(
          (response) =>
            new URL(response.url()).pathname === '/api/referrals' && response.request().method() === 'GET',
        );
      });
      await visible(page.getByRole('heading', { name: 'Eingegangene Vermittlungen', level: 2 }));
      const incoming = row(page, 'Familie Hoffmann');
      await visible(incoming.getByText('gesendet', { exact: true }));
      await visible(incoming.getByText(KITA));
      await visible(incoming.getByText(OFFER));
      expect(await row(page).count()).toBe(2); // the header and this one referral
      const seen = await incoming.innerText();
      for (const text of [PHONE, NOTE]) expect(seen).toContain(text);
      const wholePage = await page.locator('body').innerText();
      for (const text of [...PRIVATE, 'Familie Nowak']) expect(wholePage).not.toContain(text);
      const body = await (await listed)?.text();
      for (const text of [...PRIVATE, familyId, need.body.id]) expect(body).not.toContain(text);

      // fits the screen of an office PC: no sideways scrolling, neither of the page nor of the table
      expect(await sidewaysOverflow(page)).toEqual([]);
      await expectAccessible(page, 'the provider start page');
      await snapshot(page, 'provider-start');

      // ---- accept, start, complete with an outcome
      await incoming.getByRole('button', { name: 'Annehmen', exact: true }).click();
      await visible(page.getByText('Status geändert: angenommen'));
      await visible(incoming.getByText('angenommen', { exact: true }));
      await incoming.getByRole('button', { name: 'In Bearbeitung', exact: true }).click();
      await visible(incoming.getByText('in Bearbeitung', { exact: true }));
      const completeButton = incoming.getByRole('button', { name: 'Abschließen', exact: true });
      await completeButton.click();
      const outcome = page.getByRole('dialog', { name: 'Vermittlung abschließen' });
      await visible(outcome);
      await expectAccessible(page, 'the dialog "Vermittlung abschließen"');
      await expectDialogTrapsFocus(page, outcome, completeButton);
      await completeButton.click();
      await visible(outcome);
      const complete = outcome.getByRole('button', { name: 'Abschließen', exact: true });
      expect(await complete.isDisabled()).toBe(true); // no outcome chosen yet
      await outcome.getByRole('radio', { name: 'erfolgreich', exact: true }).check();
      await complete.click();
      await gone(outcome);
      await visible(incoming.getByText('abgeschlossen', { exact: true }));
      await visible(incoming.getByText('erfolgreich', { exact: true }));
      expect(
        await t.dataSource.query(`SELECT status, outcome FROM referrals WHERE id = $1`, [referralId]),
      ).toEqual([{ status: 'completed', outcome: 'successful' }]);
      expect(await t.dataSource.query(`SELECT status FROM needs WHERE id = $1`, [need.body.id])).toEqual([
        { status: 'met' },
      ]);

      // ---- Anna hears of it from the bell and finds the referral completed
      const desk = await j.signIn(anna);
      const bell = desk.getByRole('button', { name: 'Benachrichtigungen (3 ungelesen)' });
      await visible(bell); // accepted, in progress, completed: each answer of the provider
      await bell.click();
      await desk
        .getByRole('menuitem', { name: /Vermittlung abgeschlossen \(Rückmeldung des Trägers\)/ })
        .click();
      await desk.waitForURL(new RegExp(`#/families/${familyId}/show/referrals`));
      await visible(row(desk, PROVIDER, OFFER).getByText('erfolgreich', { exact: true }));

      // ---- the provider's own offers
      await menu(page, 'Unsere Angebote').click();
      await page.waitForURL(/#\/our-offers/);
      await visible(page.getByText(OFFER).first());
      expect(await page.getByText('Kita-Suche im Norden').count()).toBe(0);
      await expectAccessible(page, 'Unsere Angebote');
    },
    JOURNEY,
  );
});

/** Elements wider than their box (scrolling sideways) or reaching past the window's right edge. */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    interface Box {
      tagName: string;
      className: unknown;
      scrollWidth: number;
      clientWidth: number;
      getBoundingClientRect(): { right: number; width: number };
    }
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<Box> } })
      .document;
    return Array.from(
      doc.querySelectorAll('html, body, main, table, [class*="RaList"], [class*="MuiTableContainer"]'),
    )
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > width + 1)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} ${el.scrollWidth}/${el.clientWidth}`,
      );
  }, VIEWPORT.width);
}
