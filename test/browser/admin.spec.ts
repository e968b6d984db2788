import { createOffice } from '../support/factories';
import { createNamedUser, journey, menu, row, snapshot, visible, JOURNEY } from '../support/browser';
import { expectAccessible } from '../support/axe';

const NEW_PASSWORD = 'Wiesen-Weg-2026-neu';
const CLARAS_OWN_PASSWORD = 'Claras eigener Satz am Stern';

/**
 * The administrator (issue 8): creates an account for a new counsellor, deactivates it again, and
 * the deactivated counsellor cannot sign in (the same German message as a wrong password). On the
 * way: the reference data screens, each loaded on demand and accessible.
 */
describe('admin (browser, German): accounts and reference data', () => {
  const j = journey();

  it(
    'creates a counsellor, deactivates them, and they cannot sign in',
    async () => {
      const { t } = j;
      const officeId = await createOffice(t.dataSource, 'Außenstelle Drewitz');
      const ada = await createNamedUser(t.dataSource, 'admin', 'Ada Adler', { officeId: null });

      const page = await j.signIn(ada);
      await expectAccessible(page, 'the admin dashboard');
      // the icons the page links (favicon, touch icon) load as images in the browser (issue 15)
      const icons: [string, number][] = await page.evaluate(`Promise.all(
        [...document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"]')].map(
          (link) => new Promise((resolve) => {
            const img = new Image();
            img.onload = () => resolve([new URL(link.href).pathname, img.naturalWidth]);
            img.onerror = () => resolve([new URL(link.href).pathname, 0]);
            img.src = link.href;
          }),
        ),
      )`);
      expect(icons.map(([path]) => path).sort()).toEqual([
        '/apple-touch-icon.png',
        '/favicon.ico',
        '/favicon.svg',
      ]);
      for (const [path, width] of icons) expect([path, width > 0]).toEqual([path, true]);
      for (const [entry, url] of [
        ['Standorte', /#\/offices/],
        ['Sozialräume', /#\/districts/],
        ['Bedarfskategorien', /#\/need-categories/],
      ] as const) {
        await menu(page, entry).click();
        await page.waitForURL(url);
        await visible(page.getByRole('row').nth(1));
        await expectAccessible(page, `the list ${entry}`);
      }

      // ---- a new colleague in Drewitz
      await menu(page, 'Benutzer*innen').click();
      await page.waitForURL(/#\/users/);
      await visible(row(page, 'Ada Adler'));
      await expectAccessible(page, 'the users list');
      await snapshot(page, 'users');
      await page.getByRole('link', { name: 'Anlegen' }).click();
      await page.waitForURL(/#\/users\/create/);
      await page.getByRole('textbox', { name: /^E-Mail-Adresse/ }).fill('clara.conrad@familienbuero.example');
      await page.getByRole('textbox', { name: /^Anzeigename/ }).fill('Clara Conrad');
      await page.getByRole('combobox', { name: /^Rolle/ }).click();
      await page.getByRole('option', { name: 'Berater*in' }).click();
      const office = page.getByRole('combobox', { name: /^Standort/ });
      await office.fill('Drewitz');
      await page.getByRole('option', { name: 'Außenstelle Drewitz' }).click();
      await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(NEW_PASSWORD);
      await expectAccessible(page, 'the form "Benutzer*in anlegen"');
      await page.getByRole('button', { name: 'Speichern' }).click();
      await page.waitForURL(/#\/users(\?|$)/);
      const clara = row(page, 'Clara Conrad');
      await visible(clara);
      const [created]: Array<{ id: string }> = await t.dataSource.query(
        `SELECT id, role, office_id, active FROM users WHERE email = 'clara.conrad@familienbuero.example'`,
      );
      expect(created).toEqual({
        id: expect.any(String),
        role: 'counsellor',
        office_id: officeId,
        active: true,
      });

      // she can sign in, and must first choose her own password ("Mein Konto")
      const claraPage = await j.newPage();
      await claraPage.goto(`${j.baseUrl}/#/login`);
      await signInAs(claraPage, 'clara.conrad@familienbuero.example', NEW_PASSWORD);
      await claraPage.waitForURL(/#\/account/);
      await visible(
        claraPage.getByText('Ihr Passwort wurde von der Administration vergeben.', { exact: false }),
      );
      await expectAccessible(claraPage, 'Mein Konto with the password change required');
      await claraPage.locator('input[name="currentPassword"]').fill(NEW_PASSWORD);
      await claraPage.locator('input[name="newPassword"]').fill(CLARAS_OWN_PASSWORD);
      await claraPage.locator('input[name="repeatPassword"]').fill('Claras eigener Satz am Sterm');
      await claraPage.getByRole('button', { name: 'Passwort ändern' }).click();
      await visible(claraPage.getByText('Die beiden neuen Passwörter stimmen nicht überein.'));
      await claraPage.locator('input[name="repeatPassword"]').fill(CLARAS_OWN_PASSWORD);
      await claraPage.getByRole('button', { name: 'Passwort ändern' }).click();
      await visible(claraPage.getByRole('heading', { name: 'Willkommen, Clara Conrad!' }));
      expect(
        await t.dataSource.query(`SELECT must_change_password FROM users WHERE id = $1`, [created.id]),
      ).toEqual([{ must_change_password: false }]);
      await claraPage.context().close();

      // ---- she leaves again: deactivated (never deleted), her family goes to a successor
      const dora = await createNamedUser(t.dataSource, 'counsellor', 'Dora Dietrich', { officeId });
      const [family]: Array<{ id: string }> = await t.dataSource.query(
        `INSERT INTO families (office_id, owner_id, name) VALUES ($1, $2, 'Familie Drewitz') RETURNING id`,
        [officeId, created.id],
      );
      await page.goto(`${j.baseUrl}/#/users/${created.id}`);
      const active = page.getByLabel('Aktiv', { exact: true });
      await visible(active);
      expect(await active.isChecked()).toBe(true);
      await expectAccessible(page, 'the form "Benutzer*in bearbeiten"');
      expect(await page.getByRole('combobox', { name: /^Nachfolge am bisherigen Standort/ }).count()).toBe(0);
      await active.uncheck();
      const successor = page.getByRole('combobox', { name: /^Nachfolge am bisherigen Standort/ });
      await visible(successor);
      await visible(
        page.getByText('Leer lassen: die Teamleitung des Standorts übernimmt.', { exact: false }),
      );
      // Drewitz has no team lead: without a choice the API refuses, in German
      await page.getByRole('button', { name: 'Speichern' }).click();
      await visible(page.getByText('fehlt eine Nachfolge', { exact: false }));
      await successor.fill('Dora');
      await page.getByRole('option', { name: 'Dora Dietrich' }).click();
      await expectAccessible(page, 'the form "Benutzer*in bearbeiten" with the successor');
      await page.getByRole('button', { name: 'Speichern' }).click();
      await page.waitForURL(/#\/users(\?|$)/);
      await visible(page.getByText('Benutzer*in wurde gespeichert.')); // says what happened
      expect(await t.dataSource.query(`SELECT active FROM users WHERE id = $1`, [created.id])).toEqual([
        { active: false },
      ]);
      expect(await t.dataSource.query(`SELECT owner_id FROM families WHERE id = $1`, [family.id])).toEqual([
        { owner_id: dora.id },
      ]);

      // ---- and can no longer sign in: the message of a wrong password, nothing more
      const again = await j.newPage();
      await again.goto(`${j.baseUrl}/#/login`);
      await signInAs(again, 'clara.conrad@familienbuero.example', CLARAS_OWN_PASSWORD);
      await visible(again.getByText('E-Mail-Adresse oder Passwort ist falsch.'));
      expect(again.url()).toMatch(/#\/login/);
      await expectAccessible(again, 'the login page with an error');
      expect(await again.getByText('Willkommen').count()).toBe(0);
    },
    JOURNEY,
  );
});

async function signInAs(page: import('playwright-core').Page, email: string, password: string) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}
