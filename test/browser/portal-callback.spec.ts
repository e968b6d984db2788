import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { LIFE_SITUATIONS } from '@lotsen/domain';
import { DEMO_OFFICES } from '../../apps/api/src/seed/demo-data';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { axeViolations } from '../support/axe';
import {
  createNamedUser,
  germanPage,
  JOURNEY,
  launchChromium,
  gone,
  menu,
  row,
  signInAndGreet,
  STEP,
  visible,
  WEB_DIR,
} from '../support/browser';
import type { TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Rückruf erbitten from end to end (issue 17 point 11): a Ukrainian family on a 360 px phone
 * finds the Kita-Gutschein in the Familienportal and asks for a callback (with JavaScript and,
 * a second request, without); a counsellor of the chosen office takes the first in the staff app
 * and records what came of it, and records the second as a contact; the Arabic start page is
 * mirrored. The built portal (dist/portal) and the built staff app (dist/web) behind the real
 * API on the demo data, every portal page through the API's /familienportal pass-through.
 */
const PORTAL_BUNDLE = join(__dirname, '..', '..', 'dist', 'portal', 'server', 'portal.cjs');
const PHONE = { width: 360, height: 740 };
/** The API refuses a form sent within 3 s of being issued (CALLBACK_TOO_FAST); a person takes longer. */
const READING_TIME = 3_500;
const OFFICE = DEMO_OFFICES.schlaatz.name;
const CHILDCARE = LIFE_SITUATIONS.find((s) => s.key === 'kinderbetreuung');
const FIRST = { name: 'Мирослава', phone: '0176 5550123', time: 'у будні після 16:00' };
const SECOND = { name: 'Тарас П.', phone: '0331 5550456', time: 'зранку' };

/** What the built server bundle exports (apps/portal/src/server/index.ts); the test never imports the app's sources. */
interface PortalBundle {
  createPortalHandler(options: { apiUrl: string; basePath: string; trustProxy: boolean }): RequestListener;
}

interface DomRoot {
  document: { documentElement: { lang: string; dir: string } };
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

describe('Rückruf erbitten from the Familienportal to the staff app (browser)', () => {
  let t: TestApp;
  let portalServer: Server;
  let browser: Browser;
  let apiUrl = '';
  let base = '';
  let counsellor: TestUser & { displayName: string };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // the portal's server first (its address is the API's PORTAL_UPSTREAM), its handler once the
    // API's address is known; the same API serves the staff app
    let handler: RequestListener = (_req, res) => res.writeHead(503).end();
    portalServer = createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve) => portalServer.listen(0, '127.0.0.1', resolve));
    const portalPort = (portalServer.address() as AddressInfo).port;
    t = await startTestApp(
      { PORTAL_UPSTREAM: `http://127.0.0.1:${portalPort}`, SERVE_WEB: 'true', WEB_DIR },
      true,
    );
    await loadDemoData(t.dataSource);
    apiUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const portal = require(PORTAL_BUNDLE) as PortalBundle;
    handler = portal.createPortalHandler({ apiUrl, basePath: '/familienportal', trustProxy: true });
    base = `${apiUrl}/familienportal`;
    // the counsellor works at the office the family will choose; the bell rings for its staff
    const [office] = await t.dataSource.query(`SELECT id FROM offices WHERE name = $1`, [OFFICE]);
    counsellor = await createNamedUser(t.dataSource, 'counsellor', 'Halyna Schulz', {
      officeId: must(office, OFFICE).id,
    });
    browser = await launchChromium();
  }, JOURNEY);

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    await browser?.close();
    await t?.close();
    await new Promise((resolve) => portalServer?.close(resolve));
  });

  /** A family's phone: no cookies, Ukrainian; `problems` collects other hosts, page and console errors. */
  async function phone(options: { locale: string; javaScriptEnabled?: boolean }) {
    const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Europe/Berlin', ...options });
    contexts.push(context);
    expect(await context.cookies()).toEqual([]);
    const page = await context.newPage();
    page.setDefaultTimeout(STEP);
    page.setDefaultNavigationTimeout(STEP);
    const problems: string[] = [];
    const origin = new URL(base).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/familienportal/`) && !url.startsWith('data:'))
        problems.push(`request outside the portal ${url}`);
    });
    page.on('pageerror', (error) => problems.push(`page error ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error ${message.text()}`);
    });
    /** After each page: the portal has set no cookie (nor has anything else). */
    const noCookie = async (where: string) =>
      expect({ where, cookies: await context.cookies() }).toEqual({ where, cookies: [] });
    return { context, page, problems, noCookie };
  }

  const heading = async (page: Page) => (await page.locator('h1').textContent())?.trim();

  async function blockingViolations(page: Page): Promise<string[]> {
    return (await axeViolations(page))
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
  }

  /** Types as a person does, key by key. */
  const type = (field: Locator, text: string) => field.pressSequentially(text, { delay: 40 });

  /**
   * Fills in the callback form in Ukrainian by its labels (the same with and without
   * JavaScript), reading the consent text for at least READING_TIME since the form was shown,
   * then ticks the box and sends it.
   */
  async function fillAndSend(page: Page, who: typeof FIRST, shownAt: number) {
    const form = page.locator('form.portal-form');
    await form
      .getByLabel('Про що йдеться?')
      .selectOption({ label: must(CHILDCARE, 'Kinderbetreuung').labels.uk });
    await form.getByLabel('Яке бюро має з вами зв’язатися?').selectOption({ label: OFFICE });
    await type(form.getByLabel('Ім’я'), who.name);
    await type(form.getByLabel('Номер телефону'), who.phone);
    // the language to talk in is the page's unless the family changes it
    expect(await form.getByLabel('Якою мовою з вами говорити?').inputValue()).toBe('uk');
    await type(form.getByLabel('Коли вам найзручніше? (необов’язково)'), who.time);
    await visible(form.locator('.portal-consent-text'));
    const left = READING_TIME - (Date.now() - shownAt);
    if (left > 0) await page.waitForTimeout(left); // reading the consent text before agreeing
    await form.getByLabel('Я погоджуюся на обробку моїх даних, як описано вище.').check();
    await form.getByRole('button', { name: 'Замовити зворотний дзвінок' }).click();
  }

  async function thanked(page: Page) {
    await page.waitForURL(/\/familienportal\/uk\/rueckruf\/danke$/);
    expect(await heading(page)).toBe('Дякуємо!');
    await visible(
      page.getByText(
        'Ваш запит на зворотний дзвінок отримано. Ми зв’яжемося з вами найближчими робочими днями.',
      ),
    );
  }

  it(
    'a Ukrainian family finds the Kita-Gutschein by typing "kitagutschien" and asks for a callback; no cookie at any step',
    async () => {
      const { page, problems, noCookie } = await phone({ locale: 'uk-UA' });
      await page.goto(`${base}/uk/`);
      await noCookie('start');
      const field = page.getByRole('combobox', { name: 'Що ви шукаєте?' });
      await field.click();
      await type(field, 'kitagutschien');
      await page.locator('.portal-combobox__option').first().waitFor({ state: 'visible' });
      await field.press('Enter');
      await page.waitForURL(/\/familienportal\/uk\/suche\?q=kitagutschien/);
      await noCookie('search');
      const hit = page.locator('main a.kern-link--stretched', { hasText: /Kita-Gutschein/ }).first();
      await hit.waitFor({ state: 'visible' });
      const title = must(await hit.textContent(), 'the hit').trim();
      await hit.click();
      await page.waitForURL(/\/familienportal\/uk\/(angebote|leistungen)\//);
      expect(await heading(page)).toBe(title);
      await noCookie('the Kita-Gutschein');

      // the page's way to the form: the main menu on every page (offer and service pages link
      // no topic of their own)
      await page
        .getByRole('navigation', { name: 'Головне меню' })
        .getByRole('link', { name: 'Замовити зворотний дзвінок' })
        .click();
      await page.waitForURL(/\/familienportal\/uk\/rueckruf$/);
      const shownAt = Date.now();
      expect(await heading(page)).toBe('Замовити зворотний дзвінок');
      await noCookie('the form');
      await fillAndSend(page, FIRST, shownAt);
      await thanked(page);
      await noCookie('thanks');
      expect(problems).toEqual([]);

      const stored = await t.dataSource.query(
        `SELECT c.status, c.topic, c.phone, c.lang, c.preferred_time, o.name AS office
           FROM callback_requests c JOIN offices o ON o.id = c.office_id WHERE c.name = $1`,
        [FIRST.name],
      );
      expect(stored).toEqual([
        {
          status: 'open',
          topic: 'lebenslage:kinderbetreuung',
          phone: FIRST.phone,
          lang: 'uk',
          preferred_time: FIRST.time,
          office: OFFICE,
        },
      ]);
    },
    JOURNEY,
  );

  it(
    'without JavaScript the same form is a plain POST: a second request',
    async () => {
      const { page, problems, noCookie } = await phone({ locale: 'uk-UA', javaScriptEnabled: false });
      await page.goto(`${base}/uk/`);
      await noCookie('start');
      // the start page's own link to the form
      await page.locator('.portal-callback-hint').getByRole('link').click();
      await page.waitForURL(/\/familienportal\/uk\/rueckruf$/);
      const shownAt = Date.now();
      await noCookie('the form');
      const posted = page.waitForRequest(
        (request) => request.method() === 'POST' && /\/uk\/rueckruf$/.test(request.url()),
      );
      await fillAndSend(page, SECOND, shownAt);
      const request = await posted;
      expect(request.headers()['content-type']).toBe('application/x-www-form-urlencoded');
      await thanked(page);
      await noCookie('thanks');
      expect(problems).toEqual([]);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM callback_requests WHERE name = $1 AND status = 'open'`,
        [SECOND.name],
      );
      expect(count).toBe(1);
    },
    JOURNEY,
  );

  it(
    'the counsellor of the chosen office sees both, takes the first and records its outcome, records the second as a contact',
    async () => {
      const page = await germanPage(browser);
      contexts.push(page.context());
      await signInAndGreet(page, apiUrl, counsellor);
      await visible(page.getByRole('menuitem', { name: 'Rückrufbitten (2 offen)' }));
      await visible(page.getByRole('button', { name: 'Benachrichtigungen (2 ungelesen)' }));

      // the inbox: open ones, newest first, topic and pseudonym
      await menu(page, 'Rückrufbitten (2 offen)').click();
      await page.waitForURL(/#\/callback-requests/);
      await visible(row(page, SECOND.name, 'Kinderbetreuung', SECOND.time));
      const first = row(page, FIRST.name, 'Kinderbetreuung', FIRST.time);
      await visible(first);
      await first.click();
      await page.waitForURL(/#\/callback-requests\/[0-9a-f-]{36}\/show$/);
      await visible(page.getByText(FIRST.phone));
      await visible(page.getByText('Ukrainisch'));
      await visible(page.getByText('offen', { exact: true }));

      await page.getByRole('button', { name: 'Übernehmen' }).click();
      await visible(page.getByText('Sie haben die Rückrufbitte übernommen.'));
      await visible(page.getByText('übernommen', { exact: true }));
      await visible(page.getByText(counsellor.displayName));
      await page.getByRole('button', { name: 'Erledigt mit Ergebnis' }).click();
      const dialog = page.getByRole('dialog', { name: 'Was ist aus der Rückrufbitte geworden?' });
      await visible(dialog);
      const outcome = 'Zurückgerufen (Dolmetscherin Ukrainisch), Kita-Gutschein-Antrag gemeinsam am Dienstag';
      await dialog.getByLabel('Ergebnis').fill(outcome);
      await dialog.getByRole('button', { name: 'Als erledigt speichern' }).click();
      await visible(page.getByText('Die Rückrufbitte ist erledigt.'));
      await visible(page.getByText(outcome));
      await visible(page.getByText('erledigt', { exact: true }));
      expect(await page.getByRole('button', { name: 'Übernehmen' }).count()).toBe(0);

      // one left open
      await menu(page, 'Rückrufbitten (1 offen)').click();
      await page.waitForURL(/#\/callback-requests(\?|$)/);
      await visible(row(page, SECOND.name));
      // the list may show what it held before for a moment, then the open ones only
      await gone(row(page, FIRST.name));
      await row(page, SECOND.name).click();
      await page.waitForURL(/#\/callback-requests\/[0-9a-f-]{36}\/show$/);
      await visible(page.getByText(SECOND.phone));
      await page.getByRole('button', { name: 'Als Kontakt erfassen' }).click();
      await visible(page.getByText('Die Rückrufbitte ist als anonymer Kontakt erfasst.'));
      await visible(page.getByText('Erfasster Kontakt'));
      await gone(page.getByRole('button', { name: 'Als Kontakt erfassen' }));
      // the anonymous contact: by phone, the topic's main need, no name
      await page.locator('a[href*="/contacts/"]').first().click();
      await page.waitForURL(/#\/contacts\/[0-9a-f-]{36}\/show$/);
      await visible(page.getByText('Rückrufbitte aus dem Familienportal'));

      const rows = await t.dataSource.query(
        `SELECT c.name, c.status, c.taken_by_id, c.outcome, k.channel, k.summary, k.office_id = c.office_id AS same_office,
                k.counsellor_id AS contact_by, (SELECT array_agg(n.category_key) FROM needs n WHERE n.contact_id = k.id) AS needs
           FROM callback_requests c LEFT JOIN contacts k ON k.id = c.contact_id ORDER BY c.created_at`,
      );
      expect(rows).toEqual([
        {
          name: FIRST.name,
          status: 'done',
          taken_by_id: counsellor.id,
          outcome,
          channel: null,
          summary: null,
          same_office: null,
          contact_by: null,
          needs: null,
        },
        {
          name: SECOND.name,
          status: 'open',
          taken_by_id: null,
          outcome: null,
          channel: 'phone',
          summary: 'Rückrufbitte aus dem Familienportal',
          same_office: true,
          contact_by: counsellor.id,
          needs: ['kita_gutschein'],
        },
      ]);
    },
    JOURNEY,
  );

  it(
    'the Arabic start page is right-to-left, mirrored, and passes axe',
    async () => {
      const { page, problems, noCookie } = await phone({ locale: 'ar' });
      const logo = page.locator('.portal-header .portal-logo__mark');
      // the German page first: how far the header's first element sits from the left edge
      await page.goto(`${base}/de/`);
      const ltr = must(await logo.boundingBox(), 'the logo (de)');
      expect(must(await page.locator('.portal-header').boundingBox(), 'the header').x).toBe(0);
      expect(ltr.x + ltr.width / 2).toBeLessThan(PHONE.width / 2);
      await page.goto(`${base}/ar/`);
      await noCookie('start, ar');
      const root = await page.evaluate(() => {
        const r = (globalThis as unknown as DomRoot).document.documentElement;
        return { lang: r.lang, dir: r.dir };
      });
      expect(root).toEqual({ lang: 'ar', dir: 'rtl' });
      // mirrored: the logo sits as far from the header's right edge as it sits from its left in
      // German (the header's edge, not the window's: Chromium keeps the scrollbar on the right)
      const rtl = must(await logo.boundingBox(), 'the logo (ar)');
      const header = must(await page.locator('.portal-header').boundingBox(), 'the header');
      expect(header.width).toBeLessThanOrEqual(PHONE.width);
      expect(Math.abs(header.x + header.width - (rtl.x + rtl.width) - ltr.x)).toBeLessThanOrEqual(2);
      // the main menu reads from the right: its first entry right of its second
      const items = page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('listitem');
      const [firstItem, secondItem] = [
        must(await items.nth(0).boundingBox(), 'the first menu entry'),
        must(await items.nth(1).boundingBox(), 'the second menu entry'),
      ];
      expect(firstItem.x).toBeGreaterThan(secondItem.x);
      expect(await blockingViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    },
    JOURNEY,
  );
});
