// `npm run bench [-- --database lotsen_bench] [--duration 10] [--rounds 2] [--only search,show]`
//
// Starts the built API (dist/, production mode) and the floor server (bench/floor.mjs) on the
// same database, signs in on both, and drives every scenario with autocannon against each in
// turn (A/B, B/A, …: 32 connections, keep-alive), then prints per scenario req/s, p50/p95/p99
// latency, errors and the ratio API/floor, and the API's peak RSS. The machine is shared and
// its figures noisy: the ratio to the floor, measured in the same minute, is what counts.
// `--stack` adds the stack's floor (bench/stack-floor.mjs: the floor's handlers inside NestJS +
// Express + express-session + passport) to the scenarios it answers (family list, search, show,
// follow-ups, create contact): the ratio stack/floor is the most the API's framework allows.
import pg from 'pg';
import { databaseUrl, parseArgs } from './lib.mjs';
import { load, merge, stop } from './load.mjs';
import { API_PG_OPTIONS, describeRecall, typoRecall } from './search-recall.mjs';
import {
  apiEnv,
  apiNodeFlags,
  benchContext,
  checkRecall,
  login,
  peakRssMb,
  scenarios,
  startServer,
  startStackFloor,
} from './scenarios.mjs';

const args = parseArgs(process.argv.slice(2), {
  database: 'lotsen_bench',
  duration: 10,
  warmup: 2,
  rounds: 2,
  connections: 32,
  only: '',
  stack: false,
  'stack-port': 3903,
  'api-port': 3901,
  'floor-port': 3902,
  json: '',
});
const url = databaseUrl(args.database);
const db = new pg.Client({ connectionString: url });
await db.connect();
const ctx = await benchContext(db);
const sizes = (
  await db.query(`SELECT (SELECT count(*) FROM families)::int AS families, (SELECT count(*) FROM contacts)::int AS contacts,
    (SELECT count(*) FROM needs)::int AS needs, (SELECT count(*) FROM referrals)::int AS referrals,
    (SELECT count(*) FROM follow_ups)::int AS follow_ups`)
).rows[0];
await db.end();
console.log(`database ${args.database}: ${JSON.stringify(sizes)}`);

const env = apiEnv(url, args['api-port']);
const api = await startServer([...apiNodeFlags(), 'dist/api/apps/api/src/main.js'], env, 'läuft auf', 'api');
const floor = await startServer(
  ['bench/floor.mjs'],
  { ...process.env, DATABASE_URL: url, PORT: String(args['floor-port']), SESSION_SECRET: env.SESSION_SECRET },
  'floor ready',
  'floor',
);
const stack = args.stack ? await startStackFloor(url, args['stack-port'], env.SESSION_SECRET) : null;
const targets = {
  api: { base: `http://127.0.0.1:${args['api-port']}` },
  floor: { base: `http://127.0.0.1:${args['floor-port']}` },
  ...(stack ? { stack: { base: `http://127.0.0.1:${args['stack-port']}` } } : {}),
};
/** The scenarios the stack's floor answers (the routes of bench/stack-floor.mjs). */
const stackAnswers = (scenario) =>
  stack !== null &&
  scenario.floor !== false &&
  /^\/api\/(families|follow-ups|contacts)\b/.test(scenario.paths[0]);
for (const t of Object.values(targets)) {
  t.cookies = {
    counsellor: await login(t.base, ctx.counsellor.email, ctx.password),
    analyst: await login(t.base, ctx.analyst.email, ctx.password),
  };
}

// recall before speed: both servers find what a counsellor types, and the same families
{
  const api = await checkRecall(targets.api.base, targets.api.cookies.counsellor);
  const floorFound = await checkRecall(targets.floor.base, targets.floor.cookies.counsellor);
  if (JSON.stringify(api) !== JSON.stringify(floorFound))
    throw new Error('recall: the API and the floor differ');
  console.log(`recall: ${Object.keys(api).length} searches find what they should, on the API and the floor`);
}

// the typo recall of the family search against the search before the dictionary (issue 19 point 1)
const only = args.only ? new Set(args.only.split(',')) : null;
let typos = null;
if (!only || [...only].some((key) => key.startsWith('search'))) {
  const legacy = new pg.Pool({ connectionString: url, max: 1, options: '-c jit=off' });
  const current = new pg.Pool({ connectionString: url, max: 1, options: API_PG_OPTIONS });
  typos = await typoRecall(legacy, current, ctx.counsellor.officeId);
  await Promise.all([legacy.end(), current.end()]);
  console.log(describeRecall(typos));
}

// Requests still running in the database when autocannon stops (slow reports) would load the
// next measurement: wait until neither server has a statement running before the next run.
const monitor = new pg.Client({ connectionString: url, application_name: 'lotsen-bench-monitor' });
await monitor.connect();
/**
 * The tables the scenarios churn — every request's session touch (an update), the create's
 * outbox rows that a report's catch-up marks done, the logins' throttle rows — vacuumed between
 * measurements, as autovacuum does in production. This machine's PostgreSQL runs without
 * autovacuum (CI's configuration), and there their dead rows piled up run after run: 750,000 in
 * `sessions`, and 137,000 dead entries in the outbox's "waiting" index that made every report's
 * "anything to catch up?" probe take 18 ms instead of 0.1 ms (docs/benchmarks.md, session 9).
 */
async function vacuumChurn() {
  await monitor.query('VACUUM sessions, outbox, login_throttle');
}
async function quiesce() {
  for (let i = 0; i < 240; i++) {
    const { rows } = await monitor.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'active'
          AND application_name IN ('lotsen-api', 'lotsen-floor', 'lotsen-stack-floor')`,
    );
    if (rows[0].n === 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await vacuumChurn();
}

/**
 * Logins still waiting in the API's argon2 queue when autocannon stops would be answered during
 * the next measurement: one more login waits behind them (the queue is first-in-first-out), so
 * the next run starts with an empty queue.
 */
async function drainLogins(target, scenario) {
  if (scenario.kind !== 'login') return;
  const { email, password } = scenario.bodies[0];
  await login(target.base, email, password);
}

const results = [];
for (const scenario of scenarios(ctx)) {
  if (only && !only.has(scenario.key)) continue;
  process.stdout.write(`\n${scenario.name}: `);
  // public scenarios have no floor (absolute targets): the API alone
  const sides =
    scenario.floor === false ? ['api'] : ['api', 'floor', ...(stackAnswers(scenario) ? ['stack'] : [])];
  // warm-up of both (JIT, caches, connection pools), not measured
  for (const side of sides) {
    await load(targets[side], scenario, args.warmup, args.connections);
    await drainLogins(targets[side], scenario);
    await quiesce();
  }
  const runs = { api: [], floor: [], stack: [] };
  for (let round = 0; round < args.rounds; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const name of order) {
      const r = await load(targets[name], scenario, scenario.duration ?? args.duration, args.connections);
      await drainLogins(targets[name], scenario);
      await quiesce();
      runs[name].push(r);
      process.stdout.write(
        `${name} ${r.rps.toFixed(0)}/s${r.errors ? ` (${r.errors} errors: ${JSON.stringify(r.statuses)})` : ''}  `,
      );
    }
  }
  // VmHWM only grows: its value after each scenario shows which one raised the peak
  results.push({
    scenario,
    api: merge(runs.api),
    floor: merge(runs.floor),
    stack: runs.stack.length > 0 ? merge(runs.stack) : null,
    rssMb: peakRssMb(api.pid),
  });
}
const rss = peakRssMb(api.pid);
await monitor.end();
await stop(api);
await stop(floor);
if (stack) await stop(stack);

const pad = (s, n) => String(s).padEnd(n);
const num = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : '–');
console.log('\n');
const header = `| scenario | API req/s | floor req/s | ratio | API p50 / p95 / p99 ms | floor p50 / p95 / p99 ms | errors API / floor |`;
console.log(header);
console.log(
  '|' +
    header
      .split('|')
      .slice(1, -1)
      .map(() => '---')
      .join('|') +
    '|',
);
for (const { scenario, api: a, floor: f } of results) {
  console.log(
    `| ${pad(scenario.name, 44)} | ${num(a.rps)} | ${num(f.rps)} | ${num(a.rps / f.rps, 2)} | ${num(a.p50)} / ${num(a.p95)} / ${num(a.p99)} | ${num(f.p50)} / ${num(f.p95)} / ${num(f.p99)} | ${a.errors} / ${f.errors} |`,
  );
}
if (stack) {
  console.log('\nThe stack alone (bench/stack-floor.mjs), same rounds:\n');
  console.log('| scenario | stack req/s | stack / floor | API / stack | stack p50 / p95 / p99 ms |');
  console.log('|---|---|---|---|---|');
  for (const { scenario, api: a, floor: f, stack: st } of results) {
    if (!st) continue;
    console.log(
      `| ${pad(scenario.name, 44)} | ${num(st.rps)} | ${num(st.rps / f.rps, 2)} | ${num(a.rps / st.rps, 2)} | ${num(st.p50)} / ${num(st.p95)} / ${num(st.p99)} |`,
    );
  }
}
console.log(`\nAPI peak RSS (VmHWM): ${rss.toFixed(0)} MB`);
console.log(
  `  after each scenario: ${results.map((r) => `${r.scenario.key} ${r.rssMb.toFixed(0)}`).join(', ')}`,
);
if (args.json) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    args.json,
    JSON.stringify(
      {
        sizes,
        ctx: { quarter: ctx.quarter, year: ctx.year },
        rssMb: rss,
        typoRecall: typos,
        results: results.map((r) => ({
          key: r.scenario.key,
          name: r.scenario.name,
          api: r.api,
          floor: r.floor,
          ...(r.stack ? { stack: r.stack } : {}),
        })),
      },
      null,
      2,
    ),
  );
}
process.exit(0);
