// `node bench/cpu.mjs [--database lotsen_bench] [--only show,list1] [--requests 2000] [--rounds 2]
//   [--stack]`
//
// CPU time per request of the API and of the floor (issue 19 point 2): the same scenarios as
// `npm run bench`, a fixed number of requests each (32 connections), and the user + system CPU
// time the server process spent on them (/proc/<pid>/stat, 10 ms ticks). On a shared machine
// throughput moves with the other processes' load; the CPU a request costs moves far less, so
// this is the figure to compare while removing the framework's costs one by one. The CPU of the
// PostgreSQL backends serving each side (application_name lotsen-api / lotsen-floor, on this
// machine) is measured the same way: a side can also gain on the database's share.
// `--stack` adds a third side, the stack's floor (bench/stack-floor.mjs: the floor's handlers
// inside NestJS + Express + express-session + passport): what the stack alone costs.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { databaseUrl, parseArgs } from './lib.mjs';
import {
  apiEnv,
  benchContext,
  login,
  PROXY_HEADERS,
  scenarios,
  startServer,
  startStackFloor,
} from './scenarios.mjs';

const args = parseArgs(process.argv.slice(2), {
  database: 'lotsen_bench',
  only: 'list1,list400,show,overdue,create',
  requests: 2000,
  warmup: 300,
  rounds: 2,
  connections: 32,
  'api-port': 3953,
  'floor-port': 3954,
  'stack-port': 3955,
  stack: false,
});
const url = databaseUrl(args.database);
const db = new pg.Client({ connectionString: url });
await db.connect();
const ctx = await benchContext(db);

const env = apiEnv(url, args['api-port']);
const api = await startServer(['dist/api/apps/api/src/main.js'], env, 'läuft auf', 'api');
const floor = await startServer(
  ['bench/floor.mjs'],
  { ...process.env, DATABASE_URL: url, PORT: String(args['floor-port']), SESSION_SECRET: env.SESSION_SECRET },
  'floor ready',
  'floor',
);
const stack = args.stack ? await startStackFloor(url, args['stack-port'], env.SESSION_SECRET) : null;
const targets = {
  api: { base: `http://127.0.0.1:${args['api-port']}`, pid: api.pid, app: 'lotsen-api' },
  floor: { base: `http://127.0.0.1:${args['floor-port']}`, pid: floor.pid, app: 'lotsen-floor' },
};
if (stack)
  targets.stack = {
    base: `http://127.0.0.1:${args['stack-port']}`,
    pid: stack.pid,
    app: 'lotsen-stack-floor',
  };
const sides = Object.keys(targets);
for (const t of Object.values(targets)) {
  t.cookies = {
    counsellor: await login(t.base, ctx.counsellor.email, ctx.password),
    analyst: await login(t.base, ctx.analyst.email, ctx.password),
  };
}

/** utime + stime of a process, in ms. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ = 100
}

/** CPU ms of the PostgreSQL backends of one side (0 when the server runs elsewhere). */
async function backendCpuMs(app) {
  const { rows } = await db.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
    [app],
  );
  let ms = 0;
  for (const { pid } of rows) {
    try {
      ms += cpuMs(pid);
    } catch {
      // not on this machine, or gone
    }
  }
  return ms;
}

function run(target, scenario, amount) {
  let i = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: target.base,
        connections: args.connections,
        amount,
        requests: [
          {
            method: scenario.method ?? 'GET',
            headers: {
              ...PROXY_HEADERS,
              ...(scenario.user ? { cookie: target.cookies[scenario.user] } : {}),
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
const rows = [];
for (const scenario of scenarios(ctx)) {
  if (!only.has(scenario.key)) continue;
  const per = Object.fromEntries(sides.map((side) => [side, []]));
  const dbPer = Object.fromEntries(sides.map((side) => [side, []]));
  for (const side of sides) await run(targets[side], scenario, args.warmup);
  for (let round = 0; round < args.rounds; round++) {
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
      const t = targets[side];
      const before = cpuMs(t.pid);
      const dbBefore = await backendCpuMs(t.app);
      const r = await run(t, scenario, args.requests);
      const ms = cpuMs(t.pid) - before;
      dbPer[side].push(((await backendCpuMs(t.app)) - dbBefore) / args.requests);
      if (r.non2xx || r.errors)
        throw new Error(`${side} ${scenario.key}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      per[side].push(ms / args.requests);
    }
  }
  const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  rows.push({ key: scenario.key, api: avg(per.api), floor: avg(per.floor) });
  console.log(
    `${scenario.key.padEnd(10)} API ${avg(per.api).toFixed(2)} ms CPU/request, floor ${avg(per.floor).toFixed(2)} ms, difference ${(avg(per.api) - avg(per.floor)).toFixed(2)} ms; PostgreSQL for the API ${avg(dbPer.api).toFixed(2)} ms, for the floor ${avg(dbPer.floor).toFixed(2)} ms`,
  );
  if (stack)
    console.log(
      `${''.padEnd(10)} stack floor ${avg(per.stack).toFixed(2)} ms CPU/request (the stack alone: ${(avg(per.stack) - avg(per.floor)).toFixed(2)} ms over the floor; the API's own layers: ${(avg(per.api) - avg(per.stack)).toFixed(2)} ms); PostgreSQL ${avg(dbPer.stack).toFixed(2)} ms`,
    );
}
for (const child of [api, floor, stack]) child?.kill('SIGTERM');
process.exit(0);
