import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
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

/**
 * The longest a whole journey may take (the jest option `timeout` of its `it`): a person's day is
 * many steps, and `npm test` runs two test files at once on a small machine.
 */
export const JOURNEY = 300_000;

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
 * The option's text starts with `option`.
 */
export async function chooseByKeyboard(page: Page, input: Locator, typed: string, option: string) {
  await input.focus();
  await input.pressSequentially(typed);
  await page.waitForFunction(
    ([element, name]) => {
      const id = element?.getAttribute('aria-activedescendant');
      // an option may say more after its name (a colleague's office and e-mail, issue 25.11)
      return (
        !!id && !!(globalThis as unknown as InPage).document.getElementById(id)?.textContent?.startsWith(name)
      );
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

/**
 * With SCREENSHOTS=1: saves what the page shows as docs/screenshots/<name>.png (1366×768), as a
 * palette PNG of at most 256 colours (see `toPalettePng`), so that each stays small (< 150 KB).
 * Otherwise does nothing.
 */
export async function snapshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.mouse.move(0, VIEWPORT.height - 1); // no hover effects in the picture
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  writeFileSync(join(SCREENSHOT_DIR, `${name}.png`), toPalettePng(png));
}

/**
 * With SCREENSHOTS=1 (and `when`): saves what the page shows at its own size (e.g. the tablet's
 * 800×1100) as docs/screenshots/<name>.png, a palette PNG like `snapshot`.
 */
export async function snapshotAt(page: Page, name: string, when = true): Promise<void> {
  if (process.env.SCREENSHOTS !== '1' || !when) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const size = page.viewportSize() ?? VIEWPORT;
  await page.mouse.move(0, size.height - 1); // no hover effects in the picture
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  writeFileSync(join(SCREENSHOT_DIR, `${name}.png`), toPalettePng(png));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Re-encodes Chromium's screenshot (8-bit RGB or RGBA, not interlaced) as an 8-bit palette PNG:
 * the 256 most frequent colours, every other colour mapped to the nearest of them. Screens of the
 * app are mostly flat colours, so this loses little and makes the file several times smaller.
 */
export function toPalettePng(png: Buffer): Buffer {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colourType, , , interlace] = png.subarray(24, 29);
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (depth !== 8 || channels === 0 || interlace !== 0) return png; // not what Chromium writes
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  // undo the row filters (PNG spec, section 9)
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[out + x - channels] : 0;
      const b = y > 0 ? pixels[out - stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[out - stride + x - channels] : 0;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[out + x] = (line[x] + predicted) & 0xff;
    }
  }
  // the palette: the most frequent colours
  const colourAt = (i: number) => (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length; i += channels) {
    const colour = colourAt(i);
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const palette = [...counts.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 256)
    .map(([colour]) => colour);
  const index = new Map<number, number>(palette.map((colour, i) => [colour, i]));
  const nearest = (colour: number) => {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((candidate, i) => {
      const dr = ((candidate >> 16) & 0xff) - ((colour >> 16) & 0xff);
      const dg = ((candidate >> 8) & 0xff) - ((colour >> 8) & 0xff);
      const db = (candidate & 0xff) - (colour & 0xff);
      const distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    index.set(colour, best);
    return best;
  };
  const indexed = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    indexed[y * (width + 1)] = 0; // no filter: palette indices do not predict well
    for (let x = 0; x < width; x++) {
      const colour = colourAt(y * stride + x * channels);
      indexed[y * (width + 1) + 1 + x] = index.get(colour) ?? nearest(colour);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((colour, i) =>
    plte.set([(colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff], i * 3),
  );
  return Buffer.concat([
    png.subarray(0, 8),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(indexed, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
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
