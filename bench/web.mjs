// `npm run bench:web [-- --runs 5] [--json out.json] [--no-docs]`: what the web app costs in the
// browser, measured on the built app (run `npm run build` first; this script builds nothing).
//
// 1. gzip size of the JavaScript loaded before the login form shows (Debian's Chromium via
//    playwright-core records the script responses actually loaded; each is gzipped here with
//    zlib, level 9 as a static server would), and of what is loaded until the counsellor's
//    dashboard shows;
// 2. the counsellor's dashboard after the login click (cold cache, fresh browser context per run):
//    ms from the click on "Anmelden" to the dashboard rendered (greeting shown, no widget still
//    loading), once with the click right after filling in the form and once after typing the
//    password at 80 ms a key (the app's code loads while one types);
// 3. the families list: ms from the click on "Familien" in the signed-in app to its first row, and
//    from a cold navigation to #/families (signed in, fresh context) to its first row.
// Median of `--runs` (default 5). Times are taken by the page's clock (`performance.now()`),
// polled every animation frame.
//
// The API runs from dist/ with the demo data, on the database server of DATABASE_URL (a
// throw-away database is created there and dropped afterwards) or else on an embedded
// PostgreSQL in a temporary folder. The figures are printed, written as JSON with `--json`, and
// written into docs/benchmarks.md, section "Web" (only that section is replaced) unless
// `--no-docs`.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { freePort, startEmbeddedPostgres } from '../scripts/embedded-postgres.mjs';
import { parseArgs } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const pg = require('pg');

const WEB_DIR = join(root, 'dist', 'web');
const MAIN = join(root, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COUNSELLOR = 'beratung@familienbuero.example';
const PASSWORD = 'Lotsen-Demo-2026';
const args = parseArgs(process.argv.slice(2), {
  runs: Number(process.env.BENCH_RUNS ?? 5),
  json: '',
  'no-docs': false,
});
const RUNS = args.runs;
const loadBefore = loadavg();
const startedAt = new Date();
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  if (execFileSync('git', ['status', '--porcelain'], { cwd: root }).toString().trim())
    commit += ' (with changes)';
} catch {
  // not a git checkout
}
const TIMEOUT = 60_000;

for (const [path, hint] of [
  [join(WEB_DIR, 'index.html'), 'npm run build'],
  [MAIN, 'npm run build'],
  [CHROMIUM, 'apt-get install -y chromium (or set CHROMIUM_PATH)'],
]) {
  if (!existsSync(path)) {
    console.error(`Missing ${path}: ${hint}`);
    process.exit(1);
  }
}

// ---- a database of our own
const cleanups = [];
async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch((err) => console.error(err));
}
let databaseUrl;
const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  const name = `lotsen_bench_web_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });
} else {
  const dir = mkdtempSync(join(tmpdir(), 'lotsen-bench-web-'));
  const db = await startEmbeddedPostgres({ dir, persistent: false, database: 'lotsen_bench' });
  databaseUrl = db.url;
  cleanups.push(async () => {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  });
}

// ---- the API from dist/, serving dist/web, with the demo data
const port = await freePort(3900);
Object.assign(process.env, {
  NODE_ENV: 'development',
  PORT: String(port),
  DATABASE_URL: databaseUrl,
  SERVE_WEB: 'true',
  WEB_DIR,
  MIGRATE_ON_START: 'true',
  DEMO_DATA: 'true',
  LOG_LEVEL: 'silent',
  LOGIN_IP_LIMIT: '1000',
});
const baseUrl = `http://127.0.0.1:${port}`;
let stopApi;
const write = process.stdout.write.bind(process.stdout);
try {
  process.stdout.write = () => true; // the demo logins
  stopApi = await require(MAIN).bootstrap();
} finally {
  process.stdout.write = write;
}
cleanups.push(() => stopApi());

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
cleanups.push(() => browser.close());
const contextOptions = {
  locale: 'de-DE',
  timezoneId: 'Europe/Berlin',
  viewport: { width: 1366, height: 768 },
};

/** Records the JavaScript responses of `page`: url → gzip size and raw size. */
function recordScripts(page) {
  const scripts = new Map();
  const pending = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const contentType = response.headers()['content-type'] ?? '';
    if (type !== 'script' && !contentType.includes('javascript')) return;
    pending.push(
      response
        .body()
        .then((body) => {
          scripts.set(new URL(response.url()).pathname, {
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
          });
        })
        .catch(() => undefined),
    );
  });
  return { scripts, settled: () => Promise.all(pending) };
}

const sum = (scripts, field) => [...scripts.values()].reduce((total, s) => total + s[field], 0);
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Resolves with the page's clock once `condition` (run in the page, polled every frame) holds. */
async function pageTimeWhen(page, condition) {
  const handle = await page.waitForFunction(condition, undefined, { polling: 'raf', timeout: TIMEOUT });
  return handle.jsonValue();
}

/**
 * The counsellor's dashboard is rendered: the greeting is shown, and no widget is still loading.
 * The conditions answer the page's clock when they hold.
 */
const dashboardRendered = () =>
  [...document.querySelectorAll('h1')].some((h) => h.textContent?.startsWith('Willkommen')) &&
  document.querySelectorAll('main section[aria-labelledby]').length > 0 &&
  document.querySelectorAll('main .MuiSkeleton-root, main [role="progressbar"]').length === 0 &&
  performance.now();
/** The families list shows its first row. */
const firstRow = () => document.querySelector('table tbody tr td') !== null && performance.now();

/** The click's moment by the page's clock, noted by a listener that runs before the app's own. */
async function noteClick(page, selector) {
  await page.evaluate((sel) => {
    document.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof Element && event.target.closest(sel))
          window.__clickedAt = performance.now();
      },
      { capture: true },
    );
  }, selector);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
};

try {
  // ---- 1. JavaScript for the login page, then for the counsellor's dashboard
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const { scripts, settled } = recordScripts(page);
  await page.goto(`${baseUrl}/#/login`, { waitUntil: 'networkidle' });
  await page.locator('input[name="email"]').waitFor();
  await settled();
  const login = new Map(scripts);
  await page.locator('input[name="email"]').fill(COUNSELLOR);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await pageTimeWhen(page, dashboardRendered);
  await page.waitForLoadState('networkidle');
  await settled();
  const dashboard = new Map(scripts);
  const storageState = await context.storageState();
  await context.close();

  // ---- 2. login click → dashboard rendered, and click on "Familien" → first row; cold cache each run
  const signIns = { immediate: [], typed: [] };
  const menuToList = [];
  for (let run = 0; run < RUNS; run++) {
    for (const mode of ['immediate', 'typed']) {
      const fresh = await browser.newContext(contextOptions);
      const p = await fresh.newPage();
      p.setDefaultTimeout(TIMEOUT);
      await p.goto(`${baseUrl}/#/login`, { waitUntil: 'networkidle' });
      await p.locator('input[name="email"]').fill(COUNSELLOR);
      if (mode === 'typed')
        await p.locator('input[name="password"]').pressSequentially(PASSWORD, { delay: 80 });
      else await p.locator('input[name="password"]').fill(PASSWORD);
      await noteClick(p, 'button[type="submit"]');
      await p.locator('button[type="submit"]').click();
      const shown = await pageTimeWhen(p, dashboardRendered);
      signIns[mode].push(shown - (await p.evaluate(() => window.__clickedAt)));
      if (mode === 'immediate') {
        await p.waitForLoadState('networkidle');
        await noteClick(p, '[role="menuitem"]');
        await p.getByRole('menuitem', { name: 'Familien', exact: true }).click();
        const listed = await pageTimeWhen(p, firstRow);
        menuToList.push(listed - (await p.evaluate(() => window.__clickedAt)));
      }
      await fresh.close();
    }
  }

  // ---- 3. navigation → first rendered row of the families list, cold cache, signed in
  const timings = [];
  for (let run = 0; run < RUNS; run++) {
    const cold = await browser.newContext({ ...contextOptions, storageState });
    const listPage = await cold.newPage();
    listPage.setDefaultTimeout(TIMEOUT);
    const started = Date.now();
    await listPage.goto(`${baseUrl}/#/families`, { waitUntil: 'commit' });
    // the page's own clock: from the start of the navigation to the first row
    const inPage = await pageTimeWhen(listPage, firstRow);
    timings.push({ wall: Date.now() - started, inPage });
    await cold.close();
  }
  const firstList = median(timings.map((t) => t.inPage));
  const firstListWall = median(timings.map((t) => t.wall));

  const loginGzip = sum(login, 'gzip');
  const dashboardGzip = sum(dashboard, 'gzip');
  const onDemand = [...dashboard.keys()].filter((path) => !login.has(path));
  const loadAfter = loadavg();
  const figures = {
    date: startedAt.toISOString(),
    commit,
    loadAverageBefore: loadBefore.map((l) => Number(l.toFixed(2))),
    loadAverageAfter: loadAfter.map((l) => Number(l.toFixed(2))),
    cpus: cpus().length,
    chromium: browser.version(),
    runs: RUNS,
    loginGzip,
    loginRaw: sum(login, 'raw'),
    loginFiles: login.size,
    loginScripts: Object.fromEntries(login),
    dashboardGzip,
    dashboardRaw: sum(dashboard, 'raw'),
    dashboardFiles: dashboard.size,
    onDemand,
    signInToDashboard: median(signIns.immediate),
    signInToDashboardTyped: median(signIns.typed),
    menuToFamilyList: median(menuToList),
    firstList,
    firstListWall,
    samples: {
      signInToDashboard: signIns.immediate.map(Math.round),
      signInToDashboardTyped: signIns.typed.map(Math.round),
      menuToFamilyList: menuToList.map(Math.round),
      coldFamilyList: timings.map((t) => Math.round(t.inPage)),
    },
  };

  const chunkName = (path) =>
    `\`${path
      .split('/')
      .pop()
      .replace(/-[\w-]{8}\.js$/, '')}\``;
  const describe = (entries) =>
    entries.length === 0
      ? 'nothing'
      : entries
          .sort((a, b) => b[1].gzip - a[1].gzip)
          .map(([path, size]) => `${chunkName(path)} ${kb(size.gzip)} KiB`)
          .join(', ');
  const assets = join(WEB_DIR, 'assets');
  const notLoaded = readdirSync(assets)
    .filter((file) => file.endsWith('.js') && !dashboard.has(`/assets/${file}`))
    .map((file) => {
      const body = readFileSync(join(assets, file));
      return [`/assets/${file}`, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length }];
    });

  const date = startedAt.toISOString().slice(0, 16).replace('T', ' ');
  const load = (l) => l.map((x) => x.toFixed(1)).join(' / ');
  const verdict = (value, limit) =>
    value <= limit ? 'met' : `missed by ${(value - limit).toFixed(value > 5000 ? 0 : 1)}`;
  const lines = [
    '## Web',
    '',
    `Measured by \`npm run bench:web\` (bench/web.mjs) on ${date} UTC, commit ${commit}: the built app`,
    `(\`dist/web\`) served by the API from \`dist/\` with the demo data on localhost, Chromium ${figures.chromium}`,
    `headless, ${figures.cpus} CPU cores; load average (1 / 5 / 15 min) ${load(loadBefore)} before and ${load(loadAfter)} after.`,
    'JavaScript sizes are the script responses the browser actually loaded, gzipped with zlib level 9.',
    '',
    ...(Math.max(loadBefore[0], loadAfter[0]) > figures.cpus
      ? [
          `**Taken under load** (load average above the ${figures.cpus} cores: other work shared the CPU): the times are`,
          'indicative only; take the figures to judge the targets by on a quiet machine.',
          '',
        ]
      : []),
    '| what | JavaScript (gzip) | uncompressed | files |',
    '| --- | ---: | ---: | ---: |',
    `| login page | ${kb(figures.loginGzip)} KiB | ${kb(figures.loginRaw)} KiB | ${figures.loginFiles} |`,
    `| login + counsellor dashboard | ${kb(figures.dashboardGzip)} KiB | ${kb(figures.dashboardRaw)} KiB | ${figures.dashboardFiles} |`,
    '',
    `Loaded for the login page: ${describe([...login.entries()])}.`,
    `Loaded in addition until the dashboard shows: ${describe(onDemand.map((path) => [path, dashboard.get(path)]))}.`,
    '',
    `Not loaded by either (on demand, React.lazy / dynamic import): ${describe(notLoaded)}.`,
    '',
    `Times (cold cache, a fresh browser context per run, median of ${RUNS}, by the page's clock):`,
    '',
    '| what | median ms | target | runs (ms) |',
    '| --- | ---: | --- | --- |',
    `| JavaScript before the login form | ${kb(figures.loginGzip)} KiB | ≤ 300 KiB: ${figures.loginGzip <= 300 * 1024 ? 'met' : `missed by ${kb(figures.loginGzip - 300 * 1024)} KiB`} | – |`,
    `| login click → counsellor's dashboard rendered (click right after filling in) | ${figures.signInToDashboard} | ≤ 1500: ${verdict(figures.signInToDashboard, 1500)} | ${figures.samples.signInToDashboard.join(', ')} |`,
    `| the same, password typed at 80 ms a key first | ${figures.signInToDashboardTyped} | ≤ 1500: ${verdict(figures.signInToDashboardTyped, 1500)} | ${figures.samples.signInToDashboardTyped.join(', ')} |`,
    `| click on "Familien" → first row of the families list | ${figures.menuToFamilyList} | ≤ 1500: ${verdict(figures.menuToFamilyList, 1500)} | ${figures.samples.menuToFamilyList.join(', ')} |`,
    `| navigation to #/families (signed in) → first row | ${figures.firstList} | – | ${figures.samples.coldFamilyList.join(', ')} |`,
    '',
  ];
  const section = lines.join('\n');
  console.log(section);
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`JSON written to ${args.json}`);
  }
  if (args['no-docs']) {
    await cleanup();
    process.exit(0);
  }

  const docPath = join(root, 'docs', 'benchmarks.md');
  const current = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n';
  const start = current.search(/^## Web\s*$/m);
  let next;
  if (start === -1) {
    next = `${current.replace(/\n*$/, '\n')}\n${section}`;
  } else {
    const rest = current.slice(start + 1);
    const end = rest.search(/^## /m);
    next = current.slice(0, start) + section + (end === -1 ? '' : `\n${rest.slice(end)}`);
  }
  // in the project's format (`npm run lint` checks docs with prettier too)
  const prettier = require('prettier');
  const options = (await prettier.resolveConfig(docPath)) ?? {};
  writeFileSync(docPath, await prettier.format(next, { ...options, filepath: docPath }));
  console.log(`written to ${docPath}, section "Web"`);
} finally {
  await cleanup();
}
process.exit(0);
