import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { STEP } from './browser';

/**
 * Accessibility checks for the browser journeys (BITV 2.0 = WCAG 2.1 A/AA). axe-core is injected
 * from node_modules (its Playwright wrapper needs Node 22); the rest are the checks axe cannot make
 * alone: the page language, visible keyboard focus, dialogs that trap and return focus, chips
 * that carry text.
 */

/**
 * axe-core's source, evaluated in the page through the DevTools protocol: the app's Content
 * Security Policy (script-src 'self') rightly refuses an injected <script> tag.
 */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

export interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** The browser side of what the functions below call (the test build has no DOM types). */
interface AxeWindow {
  axe?: {
    run(
      context: unknown,
      options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] },
    ): Promise<{ violations: AxeViolation[] }>;
  };
  document: unknown;
}

interface El {
  tagName: string;
  className: unknown;
  innerText: string;
  textContent: string | null;
  closest(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number };
  contains(other: unknown): boolean;
}

interface Doc {
  documentElement: El & { lang: string };
  activeElement: El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}

type Win = { document: Doc; getComputedStyle(element: El): Record<string, string> };

/** Runs axe with the WCAG 2.1 A/AA rules over the whole document (open dialogs included). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as unknown as AxeWindow).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const w = globalThis as unknown as AxeWindow;
    if (!w.axe) throw new Error('axe-core did not load');
    const result = await w.axe.run(w.document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })),
    }));
  }, WCAG_TAGS);
}

/** Status chips whose text is empty: their colour would be the only carrier of meaning. */
async function chipsWithoutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const chips = Array.from((globalThis as unknown as Win).document.querySelectorAll('.MuiChip-root'));
    return chips
      .filter((chip) => chip.getBoundingClientRect().width > 0)
      .filter((chip) => (chip.innerText ?? '').trim() === '' && !chip.getAttribute('aria-label'))
      .map((chip) => String(chip.className));
  });
}

/**
 * What a screen-reader or keyboard user needs of `where` (a page, or a page with a dialog open):
 * no serious or critical axe violation of WCAG 2.1 A/AA (among them: every input has a label,
 * contrast, names of buttons and links), `<html lang="de">`, and every visible chip has text.
 * Throws a readable list of what is wrong.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const started = Date.now();
  // wait until the page has settled: no progress bar of react-admin, no skeletons
  await page
    .waitForFunction(
      () =>
        (globalThis as unknown as Win).document.querySelectorAll('.MuiLinearProgress-root, .MuiSkeleton-root')
          .length === 0,
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  // and no element is fading in or out: axe would measure the contrast of a half-transparent text
  await page
    .waitForFunction(
      () =>
        (
          globalThis as unknown as {
            document: {
              getAnimations(): Array<{
                playState: string;
                effect: { getTiming(): { iterations?: number } } | null;
              }>;
            };
          }
        ).document
          .getAnimations()
          // spinners turn forever; transitions end
          .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
          .every((animation) => animation.playState !== 'running'),
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  const problems: string[] = [];
  const lang = await page.evaluate(() => (globalThis as unknown as Win).document.documentElement.lang);
  if (lang !== 'de') problems.push(`<html lang="${lang}">, expected "de"`);
  for (const violation of await axeViolations(page)) {
    if (!violation.impact || !BLOCKING.has(violation.impact)) continue;
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `    ${JSON.stringify(node.target)} ${node.html.slice(0, 160)}`);
    problems.push(`${violation.impact} ${violation.id}: ${violation.help}\n${nodes.join('\n')}`);
  }
  for (const chip of await chipsWithoutText(page)) problems.push(`a chip without text: ${chip}`);
  if (process.env.JOURNEY_TIMING === '1') console.log(`axe ${where}: ${Date.now() - started} ms`);
  if (problems.length > 0) {
    throw new Error(`Accessibility of ${where}:\n${problems.join('\n')}`);
  }
}

/**
 * Whether the focused element shows that it has the focus: an outline or a box shadow of its
 * own, or (for the inputs of MUI, which draw the focus on their frame) a focused field around it.
 */
async function focusShows(page: Page): Promise<{ ok: boolean; what: string }> {
  return page.evaluate(() => {
    const element = (globalThis as unknown as Win).document.activeElement;
    if (!element || element.tagName === 'BODY') return { ok: false, what: 'nothing has the focus' };
    const style = (globalThis as unknown as Win).getComputedStyle(element);
    const what = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const field = !!element.closest('.Mui-focused');
    const ripple = !!element.closest('.Mui-focusVisible');
    return { ok: outline || shadow || field || ripple, what };
  });
}

/**
 * Presses Tab `presses` times from where the focus is and checks after each press that the
 * focused element shows the focus (WCAG 2.4.7).
 */
export async function expectFocusVisible(page: Page, presses = 6): Promise<void> {
  const invisible: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const { ok, what } = await focusShows(page);
    if (!ok) invisible.push(what);
  }
  if (invisible.length > 0) throw new Error(`focus not visible on: ${invisible.join(', ')}`);
}

/** Whether the focus is inside `container`. */
const focusInside = async (container: Locator) =>
  container.evaluate((element) => {
    const el = element as unknown as El;
    return el.contains((globalThis as unknown as Win).document.activeElement);
  });

/**
 * A modal dialog traps the focus (Tab and Shift+Tab, more often than it has controls, never leave
 * it), closes with Escape and gives the focus back to `opener`.
 */
export async function expectDialogTrapsFocus(page: Page, dialog: Locator, opener: Locator): Promise<void> {
  await dialog.first().waitFor({ state: 'visible', timeout: STEP });
  const controls = await dialog.locator('button, input, textarea, [tabindex="0"]').count();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < controls + 2; i++) {
      await page.keyboard.press(key);
      if (!(await focusInside(dialog))) throw new Error(`${key} number ${i + 1} left the dialog`);
    }
  }
  await page.keyboard.press('Escape');
  await dialog.first().waitFor({ state: 'detached', timeout: STEP });
  await page.waitForFunction(
    (element) => element === (globalThis as unknown as Win).document.activeElement,
    await opener.elementHandle(),
    { timeout: STEP },
  );
}
