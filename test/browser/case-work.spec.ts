import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, loginAs, type TestUser } from '../support/factories';
import {
  chooseByKeyboard,
  createNamedUser,
  focused,
  germanPage,
  gone,
  launchChromium,
  menu,
  reads,
  row,
  signInAndGreet,
  visible,
} from '../support/browser';

const WEB_DIR = join(__dirname, '..', '..', 'dist', 'web');
const DAY = 86_400_000;

/**
 * A counsellor's day in the German web app (issue 3, point 12): a quick anonymous contact, a new
 * family with a member and a need, a follow-up marked done, a handoff. Each journey checks what
 * the user notices on screen and what the database holds afterwards; each has its own office,
 * users and families.
 */
describe("case work (browser, German): a counsellor's day", () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    t = await startTestApp({ SERVE_WEB: 'true', WEB_DIR }, true);
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  /** A counsellor with a human name, in `officeId` or in an office of their own. */
  const counsellor = (displayName: string, officeId?: string) =>
    createNamedUser(t.dataSource, 'counsellor', displayName, officeId ? { officeId } : {});

  /** Signs `user` in through the login page in a fresh browser context and waits for the greeting. */
  async function signIn(user: TestUser & { displayName: string }): Promise<Page> {
    const page = await germanPage(browser);
    contexts.push(page.context());
    await signInAndGreet(page, baseUrl, user);
    return page;
  }

  async function districtId(code: string): Promise<string> {
    const rows: { id: string }[] = await t.dataSource.query(`SELECT id FROM districts WHERE code = $1`, [
      code,
    ]);
    return rows[0].id;
  }

  it('a quick anonymous contact: Alt+K, Telefon, a district and two needs by keyboard, Enter', async () => {
    const anna = await counsellor('Anna Albers');
    const babelsberg = await districtId('SR4');
    const page = await signIn(anna);

    // from any page: here the contacts list, still empty
    await menu(page, 'Kontakte').click();
    await page.waitForURL(/#\/contacts/);
    await visible(page.getByText(/Noch keine Kontakte/));
    await visible(page.getByRole('button', { name: 'Schnellerfassung' }));

    await page.keyboard.press('Alt+KeyK');
    const dialog = page.getByRole('dialog', { name: /Schnellerfassung: anonymer Kontakt/ });
    await visible(dialog);
    // the channel comes first and has the focus: one arrow key from "Persönlich vor Ort" to "Telefon"
    const walkIn = dialog.getByRole('radio', { name: 'Persönlich vor Ort' });
    await focused(walkIn);
    expect(await walkIn.isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await dialog.getByRole('radio', { name: 'Telefon' }).isChecked()).toBe(true);

    await page.keyboard.press('Tab');
    const district = dialog.getByRole('combobox', { name: 'Sozialraum (optional)' });
    await focused(district);
    await chooseByKeyboard(page, district, 'Babels', 'Babelsberg, Zentrum Ost');
    expect(await district.inputValue()).toBe('Babelsberg, Zentrum Ost');

    await page.keyboard.press('Tab');
    const needs = dialog.getByRole('combobox', { name: 'Bedarfe (bis zu 3)' });
    await focused(needs);
    await chooseByKeyboard(page, needs, 'Kita', 'Kita-Platz / Kita-Gutschein');
    await chooseByKeyboard(page, needs, 'Elterng', 'Elterngeld / Elternzeit');
    await visible(dialog.getByRole('button', { name: 'Kita-Platz / Kita-Gutschein' }));
    await visible(dialog.getByRole('button', { name: 'Elterngeld / Elternzeit' }));

    // Enter in the (now empty) needs field saves the contact
    await page.keyboard.press('Enter');
    await visible(page.getByText('Kontakt gespeichert'));
    await gone(dialog);
    // the contacts list behind it shows the new anonymous phone contact
    await visible(row(page, 'Telefon', 'anonym', 'Babelsberg, Zentrum Ost', 'Anna Albers'));

    const contacts: Array<{ id: string; family_id: string | null; channel: string; office_id: string }> =
      await t.dataSource.query(
        `SELECT id, family_id, channel, office_id, district_id, notes, confidential
           FROM contacts WHERE counsellor_id = $1`,
        [anna.id],
      );
    expect(contacts).toEqual([
      expect.objectContaining({
        family_id: null,
        channel: 'phone',
        office_id: anna.officeId,
        district_id: babelsberg,
        notes: null,
        confidential: false,
      }),
    ]);
    const needRows: Array<{ category_key: string }> = await t.dataSource.query(
      `SELECT category_key, family_id, office_id, status FROM needs WHERE contact_id = $1 ORDER BY category_key`,
      [contacts[0].id],
    );
    expect(needRows).toEqual([
      { category_key: 'elterngeld', family_id: null, office_id: anna.officeId, status: 'open' },
      { category_key: 'kita_gutschein', family_id: null, office_id: anna.officeId, status: 'open' },
    ]);
  });

  it('a new family with a member and a need, past the duplicate hint', async () => {
    const anna = await counsellor('Anna Albers');
    const stern = await districtId('SR5');
    const api = await loginAs(t, anna);
    const meier = await api.post('/api/families').send({ name: 'Familie Meier', districtId: stern });
    expect(meier.status).toBe(201);
    const page = await signIn(anna);

    await menu(page, 'Familien').click();
    await visible(row(page, 'Familie Meier'));
    await page.getByRole('link', { name: 'Anlegen' }).click();
    await page.waitForURL(/#\/families\/create/);
    await page.getByRole('textbox', { name: /^Name/ }).fill('Familie Meyer');
    await chooseByKeyboard(
      page,
      page.getByRole('combobox', { name: 'Sozialraum' }),
      'Stern',
      'Stern, Drewitz, Kirchsteigfeld',
    );
    await page.getByRole('button', { name: 'Speichern' }).click();

    // a similar-sounding name in the office: the hint lists "Familie Meier"
    const hint = page.getByRole('dialog', { name: 'Mögliche Dublette' });
    await visible(hint);
    await visible(hint.getByText('Familie Meier'));
    await hint.getByRole('button', { name: 'Trotzdem neu anlegen' }).click();

    await page.waitForURL(/#\/families\/[0-9a-f-]{36}\/show/);
    const familyId = /#\/families\/([0-9a-f-]{36})\/show/.exec(page.url())?.[1];
    await visible(page.getByRole('tab', { name: 'Überblick' }));
    await reads(page, /Sozialraum\s+Stern, Drewitz, Kirchsteigfeld/);

    // a parent
    await page.getByRole('tab', { name: 'Personen' }).click();
    await visible(page.getByText('Noch keine Personen erfasst.'));
    await page.getByRole('button', { name: 'Person hinzufügen' }).click();
    const personDialog = page.getByRole('dialog', { name: 'Person hinzufügen' });
    await visible(personDialog);
    expect(await personDialog.getByRole('radio', { name: 'Elternteil' }).isChecked()).toBe(true);
    await personDialog.getByRole('textbox', { name: 'Vorname' }).fill('Aylin');
    await personDialog.getByRole('textbox', { name: 'Nachname' }).fill('Meyer');
    await personDialog.getByRole('button', { name: 'Speichern' }).click();
    await gone(personDialog);
    await visible(row(page, 'Elternteil', 'Aylin', 'Meyer'));

    // a need
    await page.getByRole('tab', { name: 'Bedarfe' }).click();
    await visible(page.getByText('Noch keine Bedarfe erfasst.'));
    await page.getByRole('button', { name: 'Bedarf erfassen' }).click();
    const needDialog = page.getByRole('dialog', { name: 'Bedarf erfassen' });
    await visible(needDialog);
    await chooseByKeyboard(
      page,
      needDialog.getByRole('combobox', { name: /^Kategorie/ }),
      'Kita-G',
      'Kita-Platz / Kita-Gutschein',
    );
    await needDialog.getByRole('textbox', { name: 'Beschreibung' }).fill('Platz ab August für Emil (2)');
    await needDialog.getByRole('button', { name: 'Speichern' }).click();
    await gone(needDialog);
    await visible(row(page, 'Kita-Platz / Kita-Gutschein', 'Platz ab August', 'offen'));

    const families: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id, name, office_id, owner_id, district_id, status FROM families WHERE office_id = $1 ORDER BY name`,
      [anna.officeId],
    );
    expect(families).toEqual([
      {
        id: meier.body.id,
        name: 'Familie Meier',
        office_id: anna.officeId,
        owner_id: anna.id,
        district_id: stern,
        status: 'active',
      },
      {
        id: familyId,
        name: 'Familie Meyer',
        office_id: anna.officeId,
        owner_id: anna.id,
        district_id: stern,
        status: 'active',
      },
    ]);
    expect(
      await t.dataSource.query(`SELECT relation, first_name, last_name FROM persons WHERE family_id = $1`, [
        familyId,
      ]),
    ).toEqual([{ relation: 'parent', first_name: 'Aylin', last_name: 'Meyer' }]);
    expect(
      await t.dataSource.query(
        `SELECT category_key, description, status, urgency, office_id FROM needs WHERE family_id = $1`,
        [familyId],
      ),
    ).toEqual([
      {
        category_key: 'kita_gutschein',
        description: 'Platz ab August für Emil (2)',
        status: 'open',
        urgency: 'normal',
        office_id: anna.officeId,
      },
    ]);
  });

  it('a follow-up marked done: overdue in "Meine Wiedervorlagen", one click on "Erledigt"', async () => {
    const anna = await counsellor('Anna Albers');
    const api = await loginAs(t, anna);
    const family = await api.post('/api/families').send({ name: 'Familie Krüger' });
    expect(family.status).toBe(201);
    const overdue = await api.post('/api/follow-ups').send({
      familyId: family.body.id,
      title: 'Rückruf wegen Kita-Gutschein',
      dueAt: new Date(Date.now() - 3 * DAY).toISOString(),
      assigneeId: anna.id,
    });
    const later = await api.post('/api/follow-ups').send({
      familyId: family.body.id,
      title: 'Unterlagen Elterngeld prüfen',
      dueAt: new Date(Date.now() + 5 * DAY).toISOString(),
      assigneeId: anna.id,
    });
    expect([overdue.status, later.status]).toEqual([201, 201]);
    const page = await signIn(anna);

    await menu(page, 'Meine Wiedervorlagen').click();
    await page.waitForURL(/#\/my-follow-ups/);
    const overdueRow = row(page, 'Rückruf wegen Kita-Gutschein');
    const laterRow = row(page, 'Unterlagen Elterngeld prüfen');
    await visible(overdueRow);
    await visible(laterRow);
    await visible(overdueRow.getByText('überfällig'));
    expect(await overdueRow.innerText()).toContain('Familie Krüger');
    expect(await laterRow.getByText('überfällig').count()).toBe(0);

    await overdueRow.getByRole('button', { name: 'Erledigt' }).click();
    await visible(page.getByText('Wiedervorlage erledigt.'));
    await gone(overdueRow);
    await visible(laterRow);

    const rows: Array<{ id: string; status: string; done_at: Date | null }> = await t.dataSource.query(
      `SELECT id, status, done_at FROM follow_ups WHERE family_id = $1`,
      [family.body.id],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(overdue.body.id)).toMatchObject({ status: 'done' });
    expect(byId.get(overdue.body.id)?.done_at).toBeInstanceOf(Date);
    expect(Math.abs(Date.now() - (byId.get(overdue.body.id)?.done_at?.getTime() ?? 0))).toBeLessThan(60_000);
    expect(byId.get(later.body.id)).toMatchObject({ status: 'open', done_at: null });
  });

  it('a handoff: "Übergeben" to a colleague, who sees the bell and the family', async () => {
    const officeId = await createOffice(t.dataSource, 'Familienbüro Babelsberg');
    const anna = await counsellor('Anna Albers', officeId);
    const ben = await counsellor('Ben Brandt', officeId);
    await counsellor('Clara Conrad'); // a counsellor of another office: never offered
    const api = await loginAs(t, anna);
    const family = await api.post('/api/families').send({ name: 'Familie Schulze' });
    expect(family.status).toBe(201);
    const familyId: string = family.body.id;

    const page = await signIn(anna);
    await page.goto(`${baseUrl}/#/families/${familyId}/show`);
    await reads(page, /Fallverantwortung\s+Anna Albers/);

    await page.getByRole('button', { name: 'Übergeben' }).click();
    const dialog = page.getByRole('dialog', { name: 'Familie Schulze übergeben' });
    await visible(dialog);
    const target = dialog.getByRole('combobox', { name: /Übergeben an/ });
    await target.click();
    await visible(page.getByRole('option', { name: 'Ben Brandt (Berater*in)' }));
    const offered = await page.getByRole('option').allInnerTexts();
    expect(offered).toEqual(['Ben Brandt (Berater*in)']); // not the owner herself, not another office
    await page.getByRole('option', { name: 'Ben Brandt (Berater*in)' }).click();
    await dialog.getByRole('textbox', { name: 'Notiz zur Übergabe' }).fill('Bitte wegen Kita-Platz melden.');
    await dialog.getByRole('button', { name: 'Übergeben' }).click();
    await visible(page.getByText('Die Familie wurde übergeben.'));
    await gone(dialog);
    await reads(page, /Fallverantwortung\s+Ben Brandt/);
    await page.getByRole('tab', { name: 'Verlauf' }).click();
    await visible(page.getByText('Anna Albers → Ben Brandt'));

    // Ben, in a browser of his own
    const benPage = await signIn(ben);
    const bell = benPage.getByRole('button', { name: 'Benachrichtigungen (1 ungelesen)' });
    await visible(bell);
    const myFamilies = benPage.getByRole('region', { name: 'Meine aktiven Familien' });
    await visible(myFamilies.getByRole('link', { name: /Familie Schulze/ }));
    await bell.click();
    const notification = benPage.getByRole('menuitem', {
      name: /Anna Albers hat Ihnen die Familie „Familie Schulze“ übergeben/,
    });
    await visible(notification);
    await notification.click();
    await benPage.waitForURL(new RegExp(`#/families/${familyId}/show`));
    await visible(benPage.getByRole('button', { name: 'Benachrichtigungen (0 ungelesen)' }));
    await menu(benPage, 'Familien').click();
    await visible(row(benPage, 'Familie Schulze', 'Ben Brandt'));

    expect(await t.dataSource.query(`SELECT owner_id FROM families WHERE id = $1`, [familyId])).toEqual([
      { owner_id: ben.id },
    ]);
    expect(
      await t.dataSource.query(
        `SELECT from_user_id, to_user_id, by_user_id, office_id, note FROM handoffs WHERE family_id = $1`,
        [familyId],
      ),
    ).toEqual([
      {
        from_user_id: anna.id,
        to_user_id: ben.id,
        by_user_id: anna.id,
        office_id: officeId,
        note: 'Bitte wegen Kita-Platz melden.',
      },
    ]);
    const notifications: Array<{ type: string; read_at: Date | null }> = await t.dataSource.query(
      `SELECT type, link, read_at FROM notifications WHERE user_id = $1`,
      [ben.id],
    );
    expect(notifications).toEqual([
      expect.objectContaining({ type: 'handoff', link: `#/families/${familyId}/show` }),
    ]);
    expect(notifications[0].read_at).toBeInstanceOf(Date); // opened from the bell
  });
});
