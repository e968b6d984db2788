// `node bench/profile.mjs [--database lotsen_bench] [--only show] [--duration 10] [--out /tmp/x]`
//
// Where the API's CPU goes (issue 19 point 2): starts the built API (dist/, the bench's
// environment) under `node --cpu-prof`, signs in, drives each named scenario with autocannon
// (32 connections, as the bench) and stops the API, which writes a .cpuprofile. Then prints the
// self time of the profile summed per function and per package/file, the hottest first.
// `--summarize file.cpuprofile` prints the summary of an existing profile only.
import autocannon from 'autocannon';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { databaseUrl, parseArgs } from './lib.mjs';
import { apiEnv, benchContext, login, PROXY_HEADERS, scenarios, startServer } from './scenarios.mjs';

const args = parseArgs(process.argv.slice(2), {
  database: 'lotsen_bench',
  only: 'show',
  duration: 10,
  warmup: 3,
  connections: 32,
  port: 3951,
  out: '/tmp/lotsen-profile',
  top: 40,
  summarize: '',
});

/** The package (node_modules/<name>), our own file (apps/…, libs/…) or node's internals. */
function where(url) {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const own = /\/dist\/api\/(.*)$/.exec(url);
  if (own) return own[1];
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '');
}

/** Self time per function and per place, from the samples of a V8 .cpuprofile. */
export function summarize(profile, top = 40) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map();
  const place = new Map();
  for (const [id, us] of self) {
    const { callFrame: f } = byId.get(id);
    const file = where(f.url);
    const name = `${f.functionName || '(anonymous)'} ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    fn.set(name, (fn.get(name) ?? 0) + us);
    place.set(file, (place.get(file) ?? 0) + us);
  }
  const lines = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([k, us]) =>
          `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`,
      )
      .join('\n');
  return `total sampled ${(total / 1000).toFixed(0)} ms\n\nself time by package / file:\n${lines(place)}\n\nself time by function:\n${lines(fn)}`;
}

if (args.summarize) {
  console.log(summarize(JSON.parse(readFileSync(args.summarize, 'utf8')), args.top));
  process.exit(0);
}

const url = databaseUrl(args.database);
const db = new pg.Client({ connectionString: url });
await db.connect();
const ctx = await benchContext(db);
await db.end();
mkdirSync(args.out, { recursive: true });
const before = new Set(readdirSync(args.out));
const api = await startServer(
  ['--cpu-prof', '--cpu-prof-dir', args.out, 'dist/api/apps/api/src/main.js'],
  apiEnv(url, args.port),
  'läuft auf',
  'api',
);
const base = `http://127.0.0.1:${args.port}`;
const cookies = {
  counsellor: await login(base, ctx.counsellor.email, ctx.password),
  analyst: await login(base, ctx.analyst.email, ctx.password),
};

function run(scenario, duration) {
  let i = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections: scenario.connections ?? args.connections,
        duration,
        requests: [
          {
            method: scenario.method ?? 'GET',
            headers: {
              ...PROXY_HEADERS,
              ...(scenario.user ? { cookie: cookies[scenario.user] } : {}),
              ...(scenario.body
                ? { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' }
                : {}),
            },
            body: scenario.body ? JSON.stringify(scenario.body) : undefined,
            setupRequest: (req) => ({ ...req, path: scenario.paths[i++ % scenario.paths.length] }),
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

const only = new Set(args.only.split(','));
for (const scenario of scenarios(ctx)) {
  if (!only.has(scenario.key)) continue;
  await run(scenario, args.warmup);
  const r = await run(scenario, args.duration);
  console.log(
    `${scenario.key}: ${r.requests.average.toFixed(0)} req/s, ${r.non2xx} non-2xx, ${r.errors} errors`,
  );
}
await new Promise((resolve) => {
  api.once('exit', resolve);
  api.kill('SIGTERM');
});
const written = readdirSync(args.out).filter((f) => f.endsWith('.cpuprofile') && !before.has(f));
for (const f of written) {
  console.log(`\n${join(args.out, f)}`);
  console.log(summarize(JSON.parse(readFileSync(join(args.out, f), 'utf8')), args.top));
}
process.exit(0);
