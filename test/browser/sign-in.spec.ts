import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, TEST_PASSWORD } from '../support/factories';
import { launchChromium, signInThroughPage } from '../support/browser';

const WEB_DIR = join(__dirname, '..', '..', 'dist', 'web');

describe('signing in (browser, German)', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp({ SERVE_WEB: 'true', WEB_DIR }, true);
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ locale: 'de-DE' });
  });
  afterEach(() => page.close());

  it('a counsellor signs in and sees the German dashboard, without admin screens', async () => {
    const user = await createUser(t.dataSource, 'counsellor');
    await signInThroughPage(page, baseUrl, user.email, TEST_PASSWORD);
    await page
      .getByText(/Willkommen/)
      .first()
      .waitFor({ timeout: 20000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await expect(page.getByText('Berater*in').first().isVisible()).resolves.toBe(true);
    const menu = await page.locator('.RaMenu-open, .RaSidebar-fixed, nav').first().innerText();
    expect(menu).toMatch(/Bedarfskategorien/);
    expect(menu).not.toMatch(/Benutzer/);
  });

  it('a wrong password shows a German message and stays on the login page', async () => {
    const user = await createUser(t.dataSource, 'counsellor');
    await signInThroughPage(page, baseUrl, user.email, 'ganz-falsches-Passwort');
    await page
      .getByText(/E-Mail-Adresse oder Passwort|falsch/i)
      .first()
      .waitFor({ timeout: 20000 });
    expect(page.url()).toContain('/login');
  });

  it('an admin sees the user administration in the menu', async () => {
    const user = await createUser(t.dataSource, 'admin');
    await signInThroughPage(page, baseUrl, user.email, TEST_PASSWORD);
    await page
      .getByText(/Willkommen/)
      .first()
      .waitFor({ timeout: 20000 });
    const menu = await page.locator('.RaMenu-open, .RaSidebar-fixed, nav').first().innerText();
    expect(menu).toMatch(/Benutzer/);
    expect(menu).toMatch(/Standorte/);
  });
});
