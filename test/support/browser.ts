import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import type { Role } from '@lotsen/domain';
import { createUser, TEST_PASSWORD, type TestUser } from './factories';

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
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
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
