import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, loginAs, type TestUser } from '../support/factories';
import {
  createNamedUser,
  germanPage,
  gone,
  launchChromium,
  row,
  signInAndGreet,
  visible,
} from '../support/browser';

const WEB_DIR = join(__dirname, '..', '..', 'dist', 'web');

/**
 * A warm referral from need to completion (issue 4, point 8): the counsellor refers a family's
 * Kita-Gutschein need to a provider's offer and records the family's consent in the dialog; the
 * provider's user sees the referral with only what the family agreed to share, accepts, starts
 * and completes it; the counsellor learns of it from the bell and finds the need met. Each step
 * checks what the user notices on screen and what the database holds afterwards.
 */
describe('referral (browser, German): a warm referral from need to completion', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    t = await startTestApp({ SERVE_WEB: 'true', WEB_DIR }, true);
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await t?.close();
  });

  /** Signs `user` in through the login page in a fresh browser context and waits for the greeting. */
  async function signIn(user: TestUser & { displayName: string }, beforeSignIn?: (page: Page) => void) {
    const page = await germanPage(browser);
    contexts.push(page.context());
    beforeSignIn?.(page);
    await signInAndGreet(page, baseUrl, user);
    return page;
  }

  async function districtId(code: string): Promise<string> {
    const rows: { id: string }[] = await t.dataSource.query(`SELECT id FROM districts WHERE code = $1`, [
      code,
    ]);
    return rows[0].id;
  }

  const KITA = 'Kita-Platz / Kita-Gutschein';
  const PROVIDER = 'Kitaservice Potsdam';
  const OFFER = 'Beratung zum Kita-Gutschein';
  const PHONE = '0331 2345678';
  const NOTE = 'Bitte die Mutter vormittags anrufen.';
  /** What the family told the office and never agreed to share with the provider. */
  const PRIVATE = ['Henrike', 'henrike.hoffmann@example.org', 'Emil', 'Elterngeld Plus', 'Platz ab August'];

  it('need → "Vermitteln" with consent → provider accepts, starts, completes → bell, need met', async () => {
    // ---- setup through the API: an office with a team lead and a counsellor, the directory, a family
    const officeId = await createOffice(t.dataSource, 'Familienbüro Babelsberg');
    const lead = await createNamedUser(t.dataSource, 'team_lead', 'Tom Teichmann', { officeId });
    const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers', { officeId });
    const leadApi = await loginAs(t, lead);
    const provider = await leadApi
      .post('/api/providers')
      .send({ name: PROVIDER, kind: 'city_department', languages: ['de'] });
    const other = await leadApi
      .post('/api/providers')
      .send({ name: 'Kita-Lotsen Nord', kind: 'independent' });
    expect([provider.status, other.status]).toEqual([201, 201]);
    const providerId: string = provider.body.id;
    const offers = await Promise.all([
      // proposed: the need's category, the whole city
      leadApi.post('/api/offers').send({
        providerId,
        title: OFFER,
        categoryKeys: ['kita_gutschein'],
        districtIds: [],
        phone: '0331 289-0000',
      }),
      // not proposed: another category
      leadApi
        .post('/api/offers')
        .send({ providerId, title: 'Elterngeld-Sprechstunde', categoryKeys: ['elterngeld'] }),
      // not proposed: another district than the family's
      leadApi.post('/api/offers').send({
        providerId: other.body.id,
        title: 'Kita-Suche im Norden',
        categoryKeys: ['kita_gutschein'],
        districtIds: [await districtId('SR1')],
      }),
    ]);
    expect(offers.map((response) => response.status)).toEqual([201, 201, 201]);
    const offerId: string = offers[0].body.id;
    const paula = await createNamedUser(t.dataSource, 'provider', 'Paula Pohl', {
      providerId,
      officeId: null,
    });

    const api = await loginAs(t, anna);
    const family = await api
      .post('/api/families')
      .send({ name: 'Familie Hoffmann', districtId: await districtId('SR4') });
    expect(family.status).toBe(201);
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
    expect([...setup, need].map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    const needId: string = need.body.id;

    // ---- 1. the counsellor refers the need, recording the family's consent in the dialog
    const page = await signIn(anna);
    await page.goto(`${baseUrl}/#/families/${familyId}/show`);
    await page.getByRole('tab', { name: 'Bedarfe' }).click();
    const needRow = row(page, KITA, 'Platz ab August');
    await visible(needRow.getByText('offen', { exact: true }));
    await needRow.getByRole('button', { name: 'Vermitteln' }).click();

    const dialog = page.getByRole('dialog', { name: `Bedarf vermitteln: ${KITA}` });
    await visible(dialog);
    // only the offer of the need's category for the family's district (or the whole city), chosen
    const proposals = dialog.getByRole('radiogroup', { name: 'Passende Angebote' }).getByRole('radio');
    await visible(proposals.filter({ hasText: OFFER }));
    expect(await proposals.count()).toBe(1);
    await visible(proposals.first().getByText(PROVIDER, { exact: true }));
    expect(await proposals.first().getAttribute('aria-checked')).toBe('true');

    const warm = dialog.getByRole('radio', { name: 'Daten weitergeben (mit Einwilligung)' });
    expect(await dialog.getByRole('radio', { name: 'Kontaktdaten mitgeben' }).isChecked()).toBe(true);
    await warm.check();
    await visible(dialog.getByText(/Für diesen Träger liegt keine gültige Einwilligung/));
    const consent = dialog.getByRole('checkbox', {
      name: `Die Familie hat eingewilligt, dass ihre Daten an „${PROVIDER}“ weitergegeben werden.`,
    });
    await visible(consent);
    // the send button (labelled "Vermitteln" in the dialog) waits for the consent
    const send = dialog.getByRole('button', { name: 'Vermitteln' });
    expect(await send.isDisabled()).toBe(true);
    await consent.check();
    await dialog.getByRole('textbox', { name: 'Notiz zur Vermittlung' }).fill(NOTE);
    expect(await send.isEnabled()).toBe(true);
    await send.click();

    await visible(page.getByText('Die Vermittlung wurde gesendet.'));
    await gone(dialog);
    await visible(needRow.getByText('vermittelt', { exact: true }));
    await page.getByRole('tab', { name: 'Vermittlungen' }).click();
    const referralRow = row(page, PROVIDER, OFFER);
    await visible(referralRow.getByText('gesendet', { exact: true }));
    expect(await referralRow.innerText()).toContain('Daten weitergegeben');

    const consents: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id, provider_id, form, recorded_by_id, withdrawn_at, expires_at
         FROM consents WHERE family_id = $1 AND scope = 'share_with_provider'`,
      [familyId],
    );
    expect(consents).toEqual([
      {
        id: expect.any(String),
        provider_id: providerId,
        form: 'written',
        recorded_by_id: anna.id,
        withdrawn_at: null,
        expires_at: null,
      },
    ]);
    const referrals: Array<{ id: string; sent_at: Date | null }> = await t.dataSource.query(
      `SELECT id, need_id, office_id, counsellor_id, offer_id, provider_id, mode, consent_id, status, note, sent_at
         FROM referrals WHERE family_id = $1`,
      [familyId],
    );
    expect(referrals).toEqual([
      {
        id: expect.any(String),
        need_id: needId,
        office_id: officeId,
        counsellor_id: anna.id,
        offer_id: offerId,
        provider_id: providerId,
        mode: 'warm',
        consent_id: consents[0].id,
        status: 'sent',
        note: NOTE,
        sent_at: expect.any(Date),
      },
    ]);
    const referralId = referrals[0].id;
    expect(await t.dataSource.query(`SELECT status FROM needs WHERE id = $1`, [needId])).toEqual([
      { status: 'referred' },
    ]);
    expect(
      await t.dataSource.query(
        `SELECT need_id, assignee_id, title, status FROM follow_ups WHERE referral_id = $1`,
        [referralId],
      ),
    ).toEqual([
      {
        need_id: needId,
        assignee_id: anna.id,
        title: `Rückmeldung zur Vermittlung: ${OFFER}`,
        status: 'open',
      },
    ]);

    // ---- 2. the provider's user answers, in a browser of her own
    let listed: Promise<Response> | undefined;
    const providerPage = await signIn(paula, (p) => {
      listed = p.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === '/api/referrals' && response.request().method() === 'GET',
      );
    });
    await visible(providerPage.getByRole('heading', { name: 'Eingegangene Vermittlungen', level: 2 }));
    const incoming = row(providerPage, 'Familie Hoffmann');
    await visible(incoming.getByText('gesendet', { exact: true }));
    expect(await row(providerPage).count()).toBe(2); // the header and this one referral
    // category and offer names arrive with their own requests: wait for them as a reader would
    await visible(incoming.getByText(KITA));
    await visible(incoming.getByText(OFFER));
    const seen = await incoming.innerText();
    for (const text of [PHONE, KITA, OFFER, NOTE]) expect(seen).toContain(text);
    const wholePage = await providerPage.locator('body').innerText();
    for (const text of PRIVATE) expect(wholePage).not.toContain(text);
    // nor does the browser receive more than it shows
    const body = await (await listed)?.text();
    expect(body).toContain(PHONE);
    for (const text of [...PRIVATE, familyId, needId]) expect(body).not.toContain(text);

    await incoming.getByRole('button', { name: 'Annehmen', exact: true }).click();
    await visible(providerPage.getByText('Status geändert: angenommen'));
    await visible(incoming.getByText('angenommen', { exact: true }));
    await incoming.getByRole('button', { name: 'In Bearbeitung', exact: true }).click();
    await visible(incoming.getByText('in Bearbeitung', { exact: true }));
    await incoming.getByRole('button', { name: 'Abschließen', exact: true }).click();
    const outcome = providerPage.getByRole('dialog', { name: 'Vermittlung abschließen' });
    await visible(outcome);
    const complete = outcome.getByRole('button', { name: 'Abschließen', exact: true });
    expect(await complete.isDisabled()).toBe(true); // no outcome chosen yet
    await outcome.getByRole('radio', { name: 'erfolgreich', exact: true }).check();
    await complete.click();
    await gone(outcome);
    await visible(incoming.getByText('abgeschlossen', { exact: true }));
    await visible(incoming.getByText('erfolgreich', { exact: true }));

    // ---- 3. the counsellor, on a fresh page, hears of it from the bell
    const annaAgain = await signIn(anna);
    const bell = annaAgain.getByRole('button', { name: 'Benachrichtigungen (3 ungelesen)' });
    await visible(bell); // accepted, in progress, completed: each answer of the provider
    await bell.click();
    const done = annaAgain.getByRole('menuitem', {
      name: /Vermittlung abgeschlossen \(Rückmeldung des Trägers\)/,
    });
    await visible(done);
    await done.click();
    await annaAgain.waitForURL(new RegExp(`#/families/${familyId}/show/referrals`));
    await visible(annaAgain.getByRole('button', { name: 'Benachrichtigungen (2 ungelesen)' }));
    const finished = row(annaAgain, PROVIDER, OFFER);
    await visible(finished.getByText('abgeschlossen', { exact: true }));
    await visible(finished.getByText('erfolgreich', { exact: true }));
    await annaAgain.getByRole('tab', { name: 'Bedarfe' }).click();
    const metRow = row(annaAgain, KITA, 'Platz ab August');
    await visible(metRow.getByText('gedeckt', { exact: true }));
    expect(await metRow.getByRole('button', { name: 'Vermitteln' }).count()).toBe(0); // a met need is done
    // the other need stays as it was
    await visible(row(annaAgain, 'Elterngeld Plus').getByText('offen', { exact: true }));

    const [referral]: Array<{ responded_at: Date | null; completed_at: Date | null }> =
      await t.dataSource.query(
        `SELECT status, outcome, consent_id, responded_at, completed_at FROM referrals WHERE id = $1`,
        [referralId],
      );
    expect(referral).toEqual({
      status: 'completed',
      outcome: 'successful',
      consent_id: consents[0].id,
      responded_at: expect.any(Date),
      completed_at: expect.any(Date),
    });
    const [met]: Array<{ status: string; resolved_at: Date | null }> = await t.dataSource.query(
      `SELECT status, resolved_at FROM needs WHERE id = $1`,
      [needId],
    );
    expect(met).toEqual({ status: 'met', resolved_at: expect.any(Date) });
    expect(Math.abs(Date.now() - (met.resolved_at?.getTime() ?? 0))).toBeLessThan(120_000);
    expect(
      await t.dataSource.query(
        `SELECT type, title, link, read_at IS NOT NULL AS read FROM notifications WHERE user_id = $1 ORDER BY created_at`,
        [anna.id],
      ),
    ).toEqual(
      ['angenommen', 'in Bearbeitung', 'abgeschlossen'].map((status) => ({
        type: 'referral_update',
        title: `Vermittlung ${status} (Rückmeldung des Trägers)`,
        link: `#/families/${familyId}/show/referrals`,
        read: status === 'abgeschlossen', // opened from the bell
      })),
    );
  });
});
