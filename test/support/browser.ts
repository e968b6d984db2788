import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import type { Role } from '@lotsen/domain';
import { createUser, TEST_PASSWORD, type TestUser } from './factories';
import { startTestApp, type TestApp } from './test-app';

/** The built web app (`npm run build`), served by the API under test. */
export const WEB_DIR = join(__dirname, '..', '..', 'dist', 'web');

/** The screen of an office PC (and of the screenshots in docs/screenshots). */
export const VIEWPORT = { width: 1366, height: 768 };

/** Debian's Chromium (apt-get install chromium); never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Signs in through the login page as a person would: type e-mail and password, press the button. */
export async function signInThroughPage(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

/** The longest a single step may take: wait for what a person would see, never for a fixed time. */
export const STEP = 20_000;

/** The little of the browser's DOM that the page functions below use (the test build has no DOM types). */
export interface InPage {
  document: {
    activeElement: unknown;
    body: { innerText: string };
    getElementById(id: string): { textContent: string | null } | null;
  };
}

/** A user of `role` (see createUser) with a human name, as the greeting and the staff lists show it. */
export async function createNamedUser(
  ds: DataSource,
  role: Role,
  displayName: string,
  options: Parameters<typeof createUser>[2] = {},
): Promise<TestUser & { displayName: string }> {
  const user = await createUser(ds, role, options);
  await ds.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [user.id, displayName]);
  return { ...user, displayName };
}

/** A page in a fresh browser context as a user in Potsdam has it: German, Berlin time, STEP timeouts. */
export async function germanPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: VIEWPORT,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP);
  page.setDefaultNavigationTimeout(STEP);
  return page;
}

/**
 * Signs `user` in through the login page of a fresh `page` and waits for the greeting; when that
 * fails, says what the page showed (and any page error, failed request or HTTP 5xx), so that a
 * failed sign-in can be told from a slow machine.
 */
export async function signInAndGreet(
  page: Page,
  baseUrl: string,
  user: Pick<TestUser, 'email'> & { displayName: string },
): Promise<void> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await signInThroughPage(page, baseUrl, user.email, TEST_PASSWORD);
    await visible(page.getByRole('heading', { name: `Willkommen, ${user.displayName}!` }));
  } catch (error) {
    const text = await page
      .locator('body')
      .innerText({ timeout: 2000 })
      .catch(() => '(nothing)');
    const report = [
      error instanceof Error ? error.message : String(error),
      `Sign-in of ${user.email} at ${page.url()}; the page read:`,
      text.slice(0, 800),
      ...problems,
    ];
    throw new Error(report.join('\n'), { cause: error });
  }
}

export const visible = (locator: Locator) => locator.first().waitFor({ state: 'visible', timeout: STEP });
export const gone = (locator: Locator) => locator.waitFor({ state: 'detached', timeout: STEP });

/** Waits until `locator` has the keyboard focus. */
export const focused = async (locator: Locator) =>
  locator
    .page()
    .waitForFunction(
      (element) => element === (globalThis as unknown as InPage).document.activeElement,
      await locator.elementHandle(),
      { timeout: STEP },
    );

/** An entry of the main menu. */
export const menu = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });

/** A table row holding all of `texts`. */
export const row = (scope: Page | Locator, ...texts: string[]) =>
  texts.reduce((rows, text) => rows.filter({ hasText: text }), scope.getByRole('row'));

/**
 * Types into an autocomplete, waits until the option is the highlighted one (the listbox of a
 * reference input is filtered by the server, so the full list shows first) and takes it with Enter.
 */
export async function chooseByKeyboard(page: Page, input: Locator, typed: string, option: string) {
  await input.focus();
  await input.pressSequentially(typed);
  await page.waitForFunction(
    ([element, name]) => {
      const id = element?.getAttribute('aria-activedescendant');
      return !!id && (globalThis as unknown as InPage).document.getElementById(id)?.textContent === name;
    },
    [await input.elementHandle(), option] as const,
    { timeout: STEP },
  );
  await page.keyboard.press('Enter');
}

/** Waits until the page reads `text`, e.g. a label followed by its value (whatever the markup). */
export async function reads(page: Page, text: RegExp) {
  await page.waitForFunction(
    ([source, flags]) =>
      new RegExp(source, flags).test((globalThis as unknown as InPage).document.body.innerText),
    [text.source, text.flags] as const,
    { timeout: STEP },
  );
}

/** Where `snapshot` writes; only with SCREENSHOTS=1, so that test runs do not change the tree. */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'docs', 'screenshots');
const SCREENSHOT_MAX_BYTES = 150 * 1024;

/**
 * With SCREENSHOTS=1: saves what the page shows as docs/screenshots/<name>.png (1366×768), reduced
 * to 256 colours with ImageMagick when larger than 150 KB. Otherwise does nothing.
 */
export async function snapshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.mouse.move(0, VIEWPORT.height - 1); // no hover effects in the picture
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  if (statSync(path).size > SCREENSHOT_MAX_BYTES) {
    execFileSync('convert', [path, '-strip', '-colors', '256', `PNG8:${path}`]);
  }
}

/** The app under test, a browser, and signing in: what every journey needs. */
export interface Journey {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A fresh German page (own cookies) with `user` signed in through the login page. */
  signIn(user: TestUser & { displayName: string }, beforeSignIn?: (page: Page) => void): Promise<Page>;
  /** A fresh German page (own cookies), signed in as nobody. */
  newPage(): Promise<Page>;
  districtId(code: string): Promise<string>;
}

/**
 * Registers beforeAll/afterAll that start the real API serving the built web app on a database
 * of its own and Debian's Chromium, and returns what the journeys use (filled in by beforeAll).
 */
export function journey(): Journey {
  const contexts: BrowserContext[] = [];
  const j = {} as Journey;
  beforeAll(async () => {
    j.t = await startTestApp({ SERVE_WEB: 'true', WEB_DIR }, true);
    j.baseUrl = `http://127.0.0.1:${(j.t.app.getHttpServer().address() as AddressInfo).port}`;
    j.browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    await j.browser?.close();
    await j.t?.close();
  });
  j.newPage = async () => {
    const page = await germanPage(j.browser);
    contexts.push(page.context());
    return page;
  };
  j.signIn = async (user, beforeSignIn) => {
    const page = await j.newPage();
    beforeSignIn?.(page);
    await signInAndGreet(page, j.baseUrl, user);
    return page;
  };
  j.districtId = async (code) => {
    const rows: { id: string }[] = await j.t.dataSource.query(`SELECT id FROM districts WHERE code = $1`, [
      code,
    ]);
    return rows[0].id;
  };
  return j;
}

/** The little of supertest's agent that `sendWarmReferral` uses. */
interface ApiAgent {
  post(url: string): { send(body: object): PromiseLike<{ status: number; body: { id: string } }> };
}

/**
 * Through the API, as a counsellor (`api`): the family's consent to share with `providerId`, a
 * warm referral of `needId` to the offer, sent. Returns the referral's id.
 */
export async function sendWarmReferral(
  api: ApiAgent,
  referral: { familyId: string; needId: string; providerId: string; offerId: string; note?: string },
): Promise<string> {
  const consent = await api
    .post('/api/consents')
    .send({ familyId: referral.familyId, scope: 'share_with_provider', providerId: referral.providerId });
  if (consent.status !== 201) throw new Error(`consent: HTTP ${consent.status}`);
  const draft = await api.post('/api/referrals').send({
    needId: referral.needId,
    offerId: referral.offerId,
    mode: 'warm',
    consentId: consent.body.id,
    ...(referral.note ? { note: referral.note } : {}),
  });
  if (draft.status !== 201) throw new Error(`referral: HTTP ${draft.status}`);
  const sent = await api.post(`/api/referrals/${draft.body.id}/transition`).send({ to: 'sent' });
  if (sent.status !== 200) throw new Error(`sending the referral: HTTP ${sent.status}`);
  return draft.body.id;
}
