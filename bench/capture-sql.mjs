// `node bench/capture-sql.mjs --database lotsen_bench_dev`: runs every scenario once against the
// built API with bench/sql-log.cjs preloaded and prints the SQL each request sent, so that the
// floor server (bench/floor.mjs) can run exactly the same statements.
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';
import { databaseUrl, parseArgs } from './lib.mjs';
import { apiEnv, benchContext, login, PROXY_HEADERS, scenarios, startServer } from './scenarios.mjs';

const args = parseArgs(process.argv.slice(2), {
  database: 'lotsen_bench',
  port: 3910,
  // EXPLAIN (ANALYZE, BUFFERS) the statements of these scenarios, e.g. demandQuarter,demandYear
  explain: '',
});
const url = databaseUrl(args.database);
const logFile = '/tmp/lotsen-bench-sql.jsonl';
rmSync(logFile, { force: true });
const db = new pg.Client({ connectionString: url });
await db.connect();
const ctx = await benchContext(db);
await db.end();
const api = await startServer(
  ['-r', './bench/sql-log.cjs', 'dist/api/apps/api/src/main.js'],
  { ...apiEnv(url, args.port), BENCH_SQL_LOG: logFile, LOG_LEVEL: 'warn' },
  'läuft auf',
  'api',
);
const base = `http://127.0.0.1:${args.port}`;
try {
  const cookies = {
    counsellor: await login(base, ctx.counsellor.email, ctx.password),
    analyst: await login(base, ctx.analyst.email, ctx.password),
  };
  for (const s of scenarios(ctx)) {
    const body = s.body ?? s.bodies?.[0];
    appendFileSync(logFile, `${JSON.stringify({ scenario: s.key })}\n`);
    const res = await fetch(base + s.paths[0], {
      method: s.method ?? 'GET',
      headers: {
        ...PROXY_HEADERS,
        ...(s.user ? { cookie: cookies[s.user] } : {}),
        ...(body ? { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    appendFileSync(
      logFile,
      `${JSON.stringify({ status: res.status, contentRange: res.headers.get('content-range'), bytes: text.length })}\n`,
    );
    await new Promise((r) => setTimeout(r, 300));
  }
} finally {
  const timer = setTimeout(() => api.kill('SIGKILL'), 10_000);
  api.once('exit', () => clearTimeout(timer));
  api.kill('SIGTERM');
}
const explain = new Set(args.explain.split(',').filter(Boolean));
const plans = explain.size ? new pg.Client({ connectionString: url, options: '-c jit=off' }) : null; // as the API
await plans?.connect();
let current = null;
for (const line of readFileSync(logFile, 'utf8').trim().split('\n')) {
  const e = JSON.parse(line);
  if (e.scenario) console.log(`\n===== ${(current = e.scenario)}`);
  else if (e.status) console.log(`----- ${e.status} ${e.contentRange ?? ''} ${e.bytes} bytes`);
  else if (!explain.has(current))
    console.log(`${e.text.replace(/\s+/g, ' ')}   -- ${JSON.stringify(e.values)}`);
  else if (/^\s*SELECT/.test(e.text) && !/sessions|"users"|need_categories|districts/.test(e.text)) {
    const { rows } = await plans.query(`EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) ${e.text}`, e.values);
    console.log(`\n${e.text.replace(/\s+/g, ' ')}\n  -- ${JSON.stringify(e.values)}`);
    for (const r of rows) console.log(`  ${r['QUERY PLAN']}`);
  }
}
await plans?.end();
