// `npm run bench:web`: what the web app costs in the browser, measured on the built app
// (run `npm run build` first; this script builds nothing).
//
// 1. gzip size of the JavaScript the login page loads, and of the JavaScript loaded until the
//    counsellor's dashboard shows (Debian's Chromium via playwright-core records the script
//    responses actually loaded; each is gzipped here with zlib, level 9 as a static server would);
// 2. the time from navigation to the first rendered row of the families list on localhost
//    (median of several cold page loads, each in a fresh browser context with the session cookie).
//
// The API runs from dist/ with the demo data, on the database server of DATABASE_URL (a
// throw-away database is created there and dropped afterwards) or else on an embedded
// PostgreSQL in a temporary folder. The figures are printed and written into docs/benchmarks.md,
// section "Web" (only that section is replaced).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { freePort, startEmbeddedPostgres } from '../scripts/embedded-postgres.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const pg = require('pg');

const WEB_DIR = join(root, 'dist', 'web');
const MAIN = join(root, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COUNSELLOR = 'beratung@familienbuero.example';
const PASSWORD = 'Lotsen-Demo-2026';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
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
  await page.getByRole('heading', { name: /^Willkommen/ }).waitFor();
  await page.waitForLoadState('networkidle');
  await settled();
  const dashboard = new Map(scripts);
  const storageState = await context.storageState();
  await context.close();

  // ---- 2. navigation → first rendered row of the families list, cold cache each time
  const timings = [];
  for (let run = 0; run < RUNS; run++) {
    const cold = await browser.newContext({ ...contextOptions, storageState });
    const listPage = await cold.newPage();
    listPage.setDefaultTimeout(TIMEOUT);
    const started = Date.now();
    await listPage.goto(`${baseUrl}/#/families`, { waitUntil: 'commit' });
    await listPage.locator('table tbody tr td').first().waitFor();
    // the page's own clock: from the start of the navigation to this moment
    const inPage = await listPage.evaluate(() => performance.now());
    timings.push({ wall: Date.now() - started, inPage });
    await cold.close();
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const firstList = Math.round(median(timings.map((t) => t.inPage)));
  const firstListWall = Math.round(median(timings.map((t) => t.wall)));

  const loginGzip = sum(login, 'gzip');
  const dashboardGzip = sum(dashboard, 'gzip');
  const onDemand = [...dashboard.keys()].filter((path) => !login.has(path));
  const figures = {
    loginGzip,
    loginRaw: sum(login, 'raw'),
    loginFiles: login.size,
    dashboardGzip,
    dashboardRaw: sum(dashboard, 'raw'),
    dashboardFiles: dashboard.size,
    onDemand,
    firstList,
    firstListWall,
    runs: RUNS,
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

  const date = new Date().toISOString().slice(0, 10);
  const chromiumVersion = browser.version();
  const lines = [
    '## Web',
    '',
    `Measured by \`npm run bench:web\` (bench/web.mjs) on ${date}: the built app (\`dist/web\`) served by`,
    `the API from \`dist/\` with the demo data on localhost, Chromium ${chromiumVersion} headless,`,
    `${cpus().length} CPU cores (load average ${loadavg()[0].toFixed(1)} at the end). JavaScript sizes are the script responses the browser actually loaded,`,
    'gzipped with zlib level 9.',
    '',
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
    `Navigation to the first rendered row of the families list (cold cache, signed in, median of ${RUNS}):`,
    `**${figures.firstList} ms** by the page's clock (\`performance.now()\`), ${figures.firstListWall} ms wall clock.`,
    '',
  ];
  const section = lines.join('\n');
  console.log(section);

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
