import type { Page } from 'playwright-core';
import { createOffice, loginAs } from '../support/factories';
import {
  chooseByKeyboard,
  createNamedUser,
  focused,
  gone,
  journey,
  menu,
  reads,
  row,
  snapshot,
  visible,
  JOURNEY,
} from '../support/browser';
import { expectAccessible, expectDialogTrapsFocus, expectFocusVisible } from '../support/axe';

const KITA = 'Kita-Platz / Kita-Gutschein';
const PROVIDER = 'Kitaservice Potsdam';
const OFFER = 'Beratung zum Kita-Gutschein';
const NOTE = 'Bitte die Mutter vormittags anrufen.';

/**
 * A counsellor's day at the front desk of the Familienbüro (issue 8): the keyboard-only quick
 * contact, a family found by a misspelt name, a new need, a warm referral with the consent
 * recorded in the dialog, a follow-up set and done, a handoff to a colleague, signing out. Every
 * page and open dialog on the way is checked for accessibility (WCAG 2.1 AA); each step checks
 * what she sees and what the database holds afterwards.
 */
describe("counsellor (browser, German): a day's work", () => {
  const j = journey();

  it(
    'quick contact, search, need, warm referral, follow-up, handoff, sign out',
    async () => {
      const { t } = j;
      // ---- the office as it is in the morning: a colleague, the directory, a family Anna knows
      const officeId = await createOffice(t.dataSource, 'Familienbüro Babelsberg');
      const lead = await createNamedUser(t.dataSource, 'team_lead', 'Tom Teichmann', { officeId });
      const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers', { officeId });
      const ben = await createNamedUser(t.dataSource, 'counsellor', 'Ben Brandt', { officeId });
      const leadApi = await loginAs(t, lead);
      const provider = await leadApi
        .post('/api/providers')
        .send({ name: PROVIDER, kind: 'city_department', languages: ['de'] });
      expect(provider.status).toBe(201);
      const offer = await leadApi.post('/api/offers').send({
        providerId: provider.body.id,
        title: OFFER,
        categoryKeys: ['kita_gutschein'],
        districtIds: [],
        phone: '0331 289-0000',
      });
      expect(offer.status).toBe(201);
      const api = await loginAs(t, anna);
      const family = await api
        .post('/api/families')
        .send({ name: 'Familie Schröder', districtId: await j.districtId('SR4') });
      expect(family.status).toBe(201);
      const familyId: string = family.body.id;
      const setup = await Promise.all([
        api.post('/api/persons').send({
          familyId,
          relation: 'parent',
          firstName: 'Svenja',
          lastName: 'Schröder',
          phone: '0331 7654321',
        }),
        api.post('/api/consents').send({ familyId, scope: 'contact_by_phone' }),
        api.post('/api/needs').send({ familyId, categoryKey: 'elterngeld', description: 'Elterngeld Plus' }),
      ]);
      expect(setup.map((response) => response.status)).toEqual([201, 201, 201]);

      // ---- 1. the login page, then her start page
      const page = await j.newPage();
      await page.goto(`${j.baseUrl}/#/login`);
      await visible(page.getByRole('button', { name: 'Anmelden' }));
      await expectAccessible(page, 'the login page');
      await snapshot(page, 'login');
      await page.locator('input[name="email"]').focus();
      await expectFocusVisible(page, 3);
      await page.close();

      const desk = await j.signIn(anna);
      await visible(
        desk.getByRole('region', { name: 'Meine aktiven Familien' }).getByText('Familie Schröder'),
      );
      await expectAccessible(desk, 'the counsellor dashboard');
      await snapshot(desk, 'dashboard-counsellor');
      await visible(menu(desk, 'Bedarfskategorien'));
      expect(await desk.getByRole('menuitem', { name: /Benutzer/ }).count()).toBe(0); // admin only

      // ---- 2. a caller without a name: quick contact by keyboard only (Alt+K … Enter)
      await desk.keyboard.press('Alt+KeyK');
      const quick = desk.getByRole('dialog', { name: /Schnellerfassung: anonymer Kontakt/ });
      await visible(quick);
      const walkIn = quick.getByRole('radio', { name: 'Persönlich vor Ort' });
      await focused(walkIn);
      await expectAccessible(desk, 'the quick contact dialog');
      await snapshot(desk, 'quick-contact');
      await desk.keyboard.press('ArrowRight');
      expect(await quick.getByRole('radio', { name: 'Telefon' }).isChecked()).toBe(true);
      await desk.keyboard.press('Tab');
      const district = quick.getByRole('combobox', { name: 'Sozialraum (optional)' });
      await focused(district);
      await chooseByKeyboard(desk, district, 'Babels', 'Babelsberg, Zentrum Ost');
      await desk.keyboard.press('Tab');
      const quickNeeds = quick.getByRole('combobox', { name: 'Bedarfe (bis zu 3)' });
      await focused(quickNeeds);
      await chooseByKeyboard(desk, quickNeeds, 'Kita', KITA);
      await chooseByKeyboard(desk, quickNeeds, 'Elterng', 'Elterngeld / Elternzeit');
      await desk.keyboard.press('Enter');
      await visible(desk.getByText('Kontakt gespeichert'));
      await gone(quick);
      const [contact]: Array<{ id: string }> = await t.dataSource.query(
        `SELECT id, family_id, channel, district_id FROM contacts WHERE counsellor_id = $1`,
        [anna.id],
      );
      expect(contact).toEqual({
        id: expect.any(String),
        family_id: null,
        channel: 'phone',
        district_id: await j.districtId('SR4'),
      });
      expect(
        await t.dataSource.query(
          `SELECT category_key, family_id, status FROM needs WHERE contact_id = $1 ORDER BY category_key`,
          [contact.id],
        ),
      ).toEqual([
        { category_key: 'elterngeld', family_id: null, status: 'open' },
        { category_key: 'kita_gutschein', family_id: null, status: 'open' },
      ]);

      // ---- 3. Frau Schröder comes in; Anna types the name as she hears it
      await menu(desk, 'Familien').click();
      const search = desk.getByRole('textbox', { name: 'Suche' });
      await visible(search);
      await expectAccessible(desk, 'the families list');
      await snapshot(desk, 'families');
      await search.fill('Schroeder');
      await desk.waitForURL(/Schroeder/);
      const found = row(desk, 'Familie Schröder');
      await visible(found);
      expect(await row(desk).count()).toBe(2); // the header and the family
      await found.getByText('Familie Schröder').click();
      await desk.waitForURL(new RegExp(`#/families/${familyId}/show`));
      await reads(desk, /Fallverantwortung\s+Anna Albers/);

      // every tab of the family page
      for (const tab of ['Überblick', 'Personen', 'Kontakte', 'Vermittlungen', 'Einwilligungen', 'Verlauf']) {
        await desk.getByRole('tab', { name: tab }).click();
        await visible(desk.getByRole('tab', { name: tab, selected: true }));
        await expectAccessible(desk, `the family page, tab ${tab}`);
        if (tab === 'Überblick') await snapshot(desk, 'family');
        if (tab === 'Einwilligungen') {
          // a consent is evidence: a longer one is a new consent that replaces the old one
          await desk.getByRole('button', { name: 'Verlängern' }).click();
          const extend = desk.getByRole('dialog', { name: 'Verlängern' });
          await visible(extend);
          await expectAccessible(desk, 'the dialog "Verlängern"');
          const nextYear = `${new Date().getFullYear() + 1}-12-31`;
          await extend.getByLabel('Gültig bis').fill(nextYear);
          await extend.getByRole('button', { name: 'Speichern' }).click();
          await gone(extend);
          const consents: Array<{ replaces: boolean }> = await t.dataSource.query(
            `SELECT replaces_consent_id IS NOT NULL AS replaces FROM consents WHERE family_id = $1 ORDER BY created_at`,
            [familyId],
          );
          expect(consents).toEqual([{ replaces: false }, { replaces: true }]);
        }
      }

      // ---- 4. a new need: the dialog traps the focus and gives it back; then recorded
      await desk.getByRole('tab', { name: 'Bedarfe' }).click();
      await visible(row(desk, 'Elterngeld Plus'));
      await expectAccessible(desk, 'the family page, tab Bedarfe');
      const addNeed = desk.getByRole('button', { name: 'Bedarf erfassen' });
      await addNeed.click();
      const needDialog = desk.getByRole('dialog', { name: 'Bedarf erfassen' });
      await visible(needDialog);
      await expectAccessible(desk, 'the dialog "Bedarf erfassen"');
      await expectDialogTrapsFocus(desk, needDialog, addNeed);
      await addNeed.click();
      await visible(needDialog);
      await chooseByKeyboard(desk, needDialog.getByRole('combobox', { name: /^Kategorie/ }), 'Kita-G', KITA);
      await needDialog.getByRole('textbox', { name: 'Beschreibung' }).fill('Platz ab August für Mia (2)');
      await needDialog.getByRole('button', { name: 'Speichern' }).click();
      await gone(needDialog);
      const needRow = row(desk, KITA, 'Platz ab August');
      await visible(needRow.getByText('offen', { exact: true }));
      const [need]: Array<{ id: string }> = await t.dataSource.query(
        `SELECT id, status, created_by_id FROM needs WHERE family_id = $1 AND category_key = 'kita_gutschein'`,
        [familyId],
      );
      expect(need).toEqual({ id: expect.any(String), status: 'open', created_by_id: anna.id });

      // ---- 5. warm referral: the family agrees to share their data, recorded in the dialog
      await needRow.getByRole('button', { name: 'Vermitteln' }).click();
      const refer = desk.getByRole('dialog', { name: `Bedarf vermitteln: ${KITA}` });
      const offerOption = refer.getByRole('radio', { name: new RegExp(OFFER) });
      await visible(offerOption);
      // issue 25.9: no offer is preselected
      expect(await offerOption.getAttribute('aria-checked')).toBe('false');
      await offerOption.click();
      await refer.getByRole('radio', { name: 'Daten weitergeben (mit Einwilligung)' }).check();
      // exactly what the provider receives: her phone (consented), no e-mail on file
      await visible(refer.getByText(`Das erhält „${PROVIDER}“`));
      await visible(refer.getByText('0331 7654321'));
      const consent = refer.getByRole('checkbox', {
        name: `Die Familie hat eingewilligt, dass ihre Daten an „${PROVIDER}“ weitergegeben werden.`,
      });
      await visible(consent);
      await expectAccessible(desk, 'the dialog "Bedarf vermitteln"');
      await snapshot(desk, 'referral-dialog');
      const send = refer.getByRole('button', { name: 'Vermitteln' });
      expect(await send.isDisabled()).toBe(true);
      await consent.check();
      await refer.getByRole('textbox', { name: 'Notiz zur Vermittlung' }).fill(NOTE);
      await send.click();
      await visible(desk.getByText('Die Vermittlung wurde gesendet.'));
      await gone(refer);
      await visible(needRow.getByText('vermittelt', { exact: true }));
      expect(
        await t.dataSource.query(
          `SELECT r.mode, r.status, r.note, c.scope, c.provider_id, c.recorded_by_id
           FROM referrals r JOIN consents c ON c.id = r.consent_id WHERE r.need_id = $1`,
          [need.id],
        ),
      ).toEqual([
        {
          mode: 'warm',
          status: 'sent',
          note: NOTE,
          scope: 'share_with_provider',
          provider_id: provider.body.id,
          recorded_by_id: anna.id,
        },
      ]);

      // ---- 6. a follow-up of her own: set, then done
      await desk.getByRole('tab', { name: 'Wiedervorlagen' }).click();
      await visible(row(desk, `Rückmeldung zur Vermittlung: ${OFFER}`)); // made by the referral
      await expectAccessible(desk, 'the family page, tab Wiedervorlagen');
      await desk.getByRole('button', { name: 'Wiedervorlage anlegen' }).click();
      const followUpDialog = desk.getByRole('dialog', { name: 'Wiedervorlage anlegen' });
      await visible(followUpDialog);
      await expectAccessible(desk, 'the dialog "Wiedervorlage anlegen"');
      await followUpDialog.getByRole('textbox', { name: /^Betreff/ }).fill('Kita-Antrag mitbringen lassen');
      await followUpDialog.getByRole('button', { name: 'Speichern' }).click();
      await gone(followUpDialog);
      const ownRow = row(desk, 'Kita-Antrag mitbringen lassen');
      await visible(ownRow.getByText('offen', { exact: true }));
      await ownRow.getByRole('button', { name: 'Erledigt' }).click();
      // issue 25.7: "Erledigt" takes an optional note of what came of it
      const doneDialog = desk.getByRole('dialog', { name: 'Erledigt: Kita-Antrag mitbringen lassen' });
      await visible(doneDialog);
      await expectAccessible(desk, 'the dialog "Erledigt"');
      await doneDialog.getByRole('textbox', { name: /Notiz/ }).fill('Antrag liegt vor.');
      await doneDialog.getByRole('button', { name: 'Erledigt' }).click();
      await visible(desk.getByText('Wiedervorlage erledigt.'));
      await gone(doneDialog);
      await visible(ownRow.getByText('erledigt', { exact: true }));
      const followUps: Array<{ title: string; status: string; done_at: Date | null }> =
        await t.dataSource.query(
          `SELECT title, status, done_at, assignee_id, note FROM follow_ups WHERE family_id = $1 ORDER BY title`,
          [familyId],
        );
      expect(followUps).toEqual([
        {
          title: 'Kita-Antrag mitbringen lassen',
          status: 'done',
          done_at: expect.any(Date),
          assignee_id: anna.id,
          note: 'Antrag liegt vor.',
        },
        {
          title: `Rückmeldung zur Vermittlung: ${OFFER}`,
          status: 'open',
          done_at: null,
          assignee_id: anna.id,
          note: null,
        },
      ]);

      // ---- 7. Ben takes the family over
      const handoff = desk.getByRole('button', { name: 'Übergeben' });
      await handoff.click();
      const handoffDialog = desk.getByRole('dialog', { name: 'Familie Schröder übergeben' });
      await visible(handoffDialog);
      await expectAccessible(desk, 'the handoff dialog');
      const target = handoffDialog.getByRole('combobox', { name: /Übergeben an/ });
      // issue 25.11: the picker tells colleagues apart by office, and the focused one by e-mail
      await target.focus();
      await target.pressSequentially('Ben');
      const benOption = desk.getByRole('option', { name: /^Ben Brandt \(Berater\*in\)/ });
      await visible(benOption.getByText('Familienbüro Babelsberg'));
      await visible(benOption.getByText(ben.email));
      await target.fill('');
      await chooseByKeyboard(desk, target, 'Ben', 'Ben Brandt (Berater*in)');
      await handoffDialog
        .getByRole('textbox', { name: 'Notiz zur Übergabe' })
        .fill('Kita-Vermittlung läuft.');
      // issue 25.3: her open follow-up goes with the family, on by default, counted
      const carry = handoffDialog.getByLabel('Offene Wiedervorlage mitübergeben (1)');
      await visible(carry);
      expect(await carry.isChecked()).toBe(true);
      await handoffDialog.getByRole('button', { name: 'Übergeben' }).click();
      await visible(desk.getByText('Die Familie wurde übergeben.'));
      await gone(handoffDialog);
      await desk.getByRole('tab', { name: 'Überblick' }).click();
      await reads(desk, /Fallverantwortung\s+Ben Brandt/);
      expect(await t.dataSource.query(`SELECT owner_id FROM families WHERE id = $1`, [familyId])).toEqual([
        { owner_id: ben.id },
      ]);
      expect(
        await t.dataSource.query(
          `SELECT title, assignee_id FROM follow_ups WHERE family_id = $1 ORDER BY title`,
          [familyId],
        ),
      ).toEqual([
        { title: 'Kita-Antrag mitbringen lassen', assignee_id: anna.id }, // done: stays hers
        { title: `Rückmeldung zur Vermittlung: ${OFFER}`, assignee_id: ben.id },
      ]);
      // the history keeps the handover with its note
      await desk.getByRole('tab', { name: 'Verlauf' }).click();
      await visible(desk.getByText('Kita-Vermittlung läuft.'));
      await visible(
        desk.getByText(/Übergabe: Anna Albers → Ben Brandt \(1 offene Wiedervorlage mitübergeben\)/),
      );
      await expectAccessible(desk, 'the family page, tab Verlauf');

      // Ben finds the note in his bell and the follow-up among his own
      for (let i = 0; i < 100; i++) {
        const rows = await t.dataSource.query(`SELECT 1 FROM notifications WHERE user_id = $1`, [ben.id]);
        if (rows.length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const bens = await j.signIn(ben);
      await bens.getByRole('button', { name: /^Benachrichtigungen \(1 ungelesen\)/ }).click();
      const bell = bens.getByRole('menu');
      await visible(bell.getByText('Anna Albers hat Ihnen die Familie „Familie Schröder“ übergeben'));
      await visible(bell.getByText('Notiz: „Kita-Vermittlung läuft.“'));
      await snapshot(bens, 'handoff-note');
      await bens.keyboard.press('Escape');
      await visibleList(bens, 'Meine Wiedervorlagen', /#\/my-follow-ups/);
      await visible(row(bens, `Rückmeldung zur Vermittlung: ${OFFER}`));

      // ---- 8. the other lists of her day, then sign out
      await visibleList(desk, 'Kontakte', /#\/contacts/);
      await visible(row(desk, 'Telefon', 'anonym', 'Anna Albers'));
      await expectAccessible(desk, 'the contacts list');
      await visibleList(desk, 'Meine Wiedervorlagen', /#\/my-follow-ups/);
      // the follow-up went to Ben: her task list of all open ones is empty
      await desk.getByRole('tab', { name: 'Alle (0)' }).click();
      await visible(desk.getByRole('tab', { name: 'Alle (0)', selected: true }));
      expect(await desk.getByText(`Rückmeldung zur Vermittlung: ${OFFER}`).count()).toBe(0);
      await expectAccessible(desk, 'Meine Wiedervorlagen');
      await visibleList(desk, 'Vermittlungen', /#\/referrals/);
      await visible(row(desk, PROVIDER));
      await expectAccessible(desk, 'the referrals list');
      await visibleList(desk, 'Angebote', /#\/offers/);
      await visible(desk.getByText(OFFER).first());
      await expectAccessible(desk, 'the directory of offers');
      await snapshot(desk, 'directory');

      await desk.getByRole('button', { name: 'Profil von Anna Albers' }).click();
      await desk.getByRole('menuitem', { name: 'Abmelden' }).click();
      await desk.waitForURL(/#\/login/);
      await visible(desk.getByRole('button', { name: 'Anmelden' }));
      await desk.goto(`${j.baseUrl}/#/families/${familyId}/show`);
      await desk.waitForURL(/#\/login/);
      expect(await desk.getByText('Familie Schröder').count()).toBe(0);
    },
    JOURNEY,
  );

  it(
    'a new family with a member and a need, past the duplicate hint',
    async () => {
      const { t } = j;
      const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers');
      const stern = await j.districtId('SR5');
      const api = await loginAs(t, anna);
      const meier = await api.post('/api/families').send({ name: 'Familie Meier', districtId: stern });
      expect(meier.status).toBe(201);
      const page = await j.signIn(anna);

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
      // the primary action, focused for Enter, opens the family that is already there
      await focused(hint.getByRole('link', { name: 'Vorhandene Familie öffnen' }));
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
    },
    JOURNEY,
  );

  it(
    'when something goes wrong, she reads in German what to do, never a status code',
    async () => {
      const { t } = j;
      const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers');
      const api = await loginAs(t, anna);
      const family = await api.post('/api/families').send({ name: 'Familie Wagner' });
      expect(family.status).toBe(201);
      const familyId: string = family.body.id;
      const page = await j.signIn(anna);
      /** The page shows `message` and no bare HTTP status. */
      const says = async (message: string | RegExp) => {
        await visible(page.getByText(message));
        expect(await page.locator('body').innerText()).not.toMatch(
          /\b(400|403|404|409|500)\b|HTTP|status code/i,
        );
      };

      // 409: a colleague saved the family while Anna was editing it
      await page.goto(`${j.baseUrl}/#/families/${familyId}`);
      const name = page.getByRole('textbox', { name: /^Name/ });
      await visible(name);
      const [{ version }]: Array<{ version: number }> = await t.dataSource.query(
        `SELECT version FROM families WHERE id = $1`,
        [familyId],
      );
      const colleague = await api
        .put(`/api/families/${familyId}`)
        .send({ name: 'Familie Wagner-Lindner', version });
      expect(colleague.status).toBe(200);
      await name.fill('Familie Wagner (Potsdam-West)');
      await page.getByRole('button', { name: 'Speichern' }).click();
      await says(/Der Eintrag wurde inzwischen von jemand anderem geändert\. Bitte laden Sie die Seite neu/);
      expect(await t.dataSource.query(`SELECT name FROM families WHERE id = $1`, [familyId])).toEqual([
        { name: 'Familie Wagner-Lindner' },
      ]);
      await page.reload(); // as the message says

      // 400 with field details: the field says what is wrong, the notification what to do
      await page.route('**/api/families/*', (route) =>
        route.request().method() === 'PUT'
          ? route.fulfill({
              status: 400,
              contentType: 'application/json',
              body: JSON.stringify({
                statusCode: 400,
                code: 'VALIDATION_FAILED',
                message: 'Validation failed',
                details: [{ field: 'name', messages: ['Der Name ist zu lang.'] }],
              }),
            })
          : route.fallback(),
      );
      await visible(name);
      await name.fill('Familie Wagner-Lindner-Schmidt');
      await page.getByRole('button', { name: 'Speichern' }).click();
      await says('Die Eingaben sind nicht gültig. Bitte prüfen Sie die markierten Felder.');
      await visible(page.getByText('Der Name ist zu lang.'));
      await page.unrouteAll();

      // 403: what the server refuses
      await page.route('**/api/follow-ups', (route) =>
        route.request().method() === 'POST'
          ? route.fulfill({
              status: 403,
              contentType: 'application/json',
              body: JSON.stringify({ statusCode: 403, code: 'FORBIDDEN', message: 'Forbidden' }),
            })
          : route.fallback(),
      );
      await page.goto(`${j.baseUrl}/#/families/${familyId}/show/follow-ups`);
      await page.getByRole('button', { name: 'Wiedervorlage anlegen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Wiedervorlage anlegen' });
      await dialog.getByRole('textbox', { name: /^Betreff/ }).fill('Rückruf');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await says(/Dazu fehlt Ihnen die Berechtigung\. .*Teamleitung/);
      await page.unrouteAll();
      await page.keyboard.press('Escape');
      await gone(dialog);

      // 404: a family that does not exist (an old bookmark)
      await page.goto(`${j.baseUrl}/#/families/00000000-0000-4000-8000-000000000000/show`);
      await says(/Der Eintrag existiert nicht \(mehr\)|Der Eintrag wurde nicht gefunden/);

      // no network: saving cannot reach the server
      await page.route('**/api/follow-ups', (route) =>
        route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
      );
      await page.goto(`${j.baseUrl}/#/families/${familyId}/show/follow-ups`);
      await page.getByRole('button', { name: 'Wiedervorlage anlegen' }).click();
      await dialog.getByRole('textbox', { name: /^Betreff/ }).fill('Rückruf');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await says('Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.');
      await page.unrouteAll();
    },
    JOURNEY,
  );
});

/** Opens a list from the menu and waits for its address. */
async function visibleList(page: Page, entry: string, url: RegExp) {
  await menu(page, entry).click();
  await page.waitForURL(url);
}
