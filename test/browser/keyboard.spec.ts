import { createOffice, loginAs } from '../support/factories';
import {
  createNamedUser,
  focused,
  journey,
  signInAndGreet,
  visible,
  JOURNEY,
  STEP,
} from '../support/browser';

/**
 * The keyboard reaches everything (issue 25, point 6) and dates are German whatever the browser
 * (point 12): a counsellor opens a family with the keyboard only — `/` from the start page, the
 * name with a typo, Enter, ArrowDown, Enter — and, in a Chromium set to American English, types
 * a birth date as TT.MM.JJJJ and reads it back so.
 */
describe('keyboard and German dates (browser)', () => {
  const j = journey();

  it(
    'opens a family with the keyboard only, from any page',
    async () => {
      const { t } = j;
      const officeId = await createOffice(t.dataSource, 'Familienbüro Babelsberg');
      const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers', { officeId });
      const api = await loginAs(t, anna);
      for (const name of ['Familie Hoffmann', 'Familie Nowak']) {
        expect((await api.post('/api/families').send({ name, confirmNew: true })).status).toBe(201);
      }
      const [{ id: hoffmann }] = await t.dataSource.query(
        `SELECT id FROM families WHERE name = 'Familie Hoffmann'`,
      );

      const page = await j.signIn(anna);
      // `/` jumps to the family search in the header, from wherever the page is
      await page.keyboard.press('/');
      const search = page.getByRole('textbox', { name: 'Familie finden (Taste /)' });
      await focused(search);
      await page.keyboard.type('Hofman'); // one letter missing: the search is typo tolerant
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/families\?/);
      // the list opens with its own search field focused; ArrowDown reaches the family, Enter opens it
      const listSearch = page.getByLabel('Suche', { exact: true });
      await focused(listSearch);
      expect(await listSearch.inputValue()).toBe('Hofman');
      await visible(page.getByRole('row').filter({ hasText: 'Familie Hoffmann' }));
      expect(await page.getByRole('row').filter({ hasText: 'Familie Nowak' }).count()).toBe(0);
      await page.keyboard.press('ArrowDown');
      await focused(page.getByRole('row').filter({ hasText: 'Familie Hoffmann' }));
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`#/families/${hoffmann}/show`));
      await visible(page.getByText('Familie Hoffmann').first());

      // typing `/` into a field types it, and does not jump
      await page.keyboard.press('/');
      await focused(search);
      await page.keyboard.type('a/b');
      expect(await search.inputValue()).toBe('a/b');
    },
    JOURNEY,
  );

  it(
    'takes and shows a birth date as TT.MM.JJJJ in a Chromium set to American English',
    async () => {
      const { t } = j;
      const officeId = await createOffice(t.dataSource, 'Familienbüro Stern');
      const ben = await createNamedUser(t.dataSource, 'counsellor', 'Ben Brandt', { officeId });
      const api = await loginAs(t, ben);
      const family = await api.post('/api/families').send({ name: 'Familie Krüger', confirmNew: true });
      expect(family.status).toBe(201);

      const context = await j.browser.newContext({
        locale: 'en-US',
        timezoneId: 'America/New_York',
        viewport: { width: 1366, height: 768 },
      });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(STEP);
        await signInAndGreet(page, j.baseUrl, ben);
        await page.goto(`${j.baseUrl}/#/families/${family.body.id}/show/persons`);
        await page.getByRole('button', { name: 'Person hinzufügen' }).click();
        const dialog = page.getByRole('dialog', { name: 'Person hinzufügen' });
        await visible(dialog);
        // the dialog opens with the focus on its first field
        await page.waitForFunction(
          () => {
            const active = (
              globalThis as unknown as {
                document: { activeElement: { tagName: string; closest(s: string): unknown } | null };
              }
            ).document.activeElement;
            return active?.tagName === 'INPUT' && active.closest('[role=dialog]') !== null;
          },
          undefined,
          { timeout: STEP },
        );
        await dialog.getByLabel('Vorname').fill('Karla');
        const birth = dialog.getByLabel('Geburtsdatum');
        expect(await birth.getAttribute('placeholder')).toBe('TT.MM.JJJJ');
        // the American order is refused with a German hint, and nothing is saved
        await birth.fill('04/03/2019');
        await dialog.getByRole('button', { name: 'Speichern' }).click();
        await visible(dialog.getByText('Bitte als TT.MM.JJJJ eingeben, z. B. 31.12.2026'));
        expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM persons`)).toEqual([{ n: 0 }]);
        await birth.fill('03.04.2019');
        await dialog.getByRole('button', { name: 'Speichern' }).click();
        await visible(page.getByRole('row').filter({ hasText: 'Karla' }).getByText('03.04.2019'));
        await visible(page.getByText('Person wurde angelegt.')); // says what happened
        // the focus is back on the button that opened the dialog, not lost to the page
        await focused(page.getByRole('button', { name: 'Person hinzufügen' }));
        // a row's edit dialog names the person, and Escape returns the focus to that row's button
        const edit = page
          .getByRole('row')
          .filter({ hasText: 'Karla' })
          .getByRole('button', { name: 'Bearbeiten' });
        await edit.click();
        await visible(page.getByRole('dialog', { name: 'Person „Karla“ bearbeiten' }));
        await page.keyboard.press('Escape');
        await focused(edit);
        expect(await t.dataSource.query(`SELECT birth_date::text AS d FROM persons`)).toEqual([
          { d: '2019-04-03' },
        ]);
      } finally {
        await context.close();
      }
    },
    JOURNEY,
  );
});
