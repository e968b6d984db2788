// `npm run bench:reports [-- --database lotsen_bench] [--year 2026]`
//
// The analyst's audited reports (issue 24, point 1) on a benchmark database (bench/generate-data.mjs):
// starts the built API (dist/, production mode), signs in as the analyst and times, for the city
// and each office, the first request of a year (the whole year is planned and every answer
// audited: the cold path), then the year again, each quarter and each month (remembered plans),
// then the referral outcomes of the year. Prints one line per request and a summary. Run it with
// the machine to yourself; a figure taken under load is a figure of the load.
import pg from 'pg';
import { databaseUrl, parseArgs } from './lib.mjs';
import { apiEnv, benchContext, login, PROXY_HEADERS, startServer } from './scenarios.mjs';

const args = parseArgs(process.argv.slice(2), { database: 'lotsen_bench', year: 0, 'api-port': 3903 });
const url = databaseUrl(args.database);
const db = new pg.Client({ connectionString: url });
await db.connect();
const ctx = await benchContext(db);
const offices = (await db.query(`SELECT id, name FROM offices ORDER BY name`)).rows;
const year =
  Number(args.year) ||
  (await db.query(`SELECT extract(year FROM max(occurred_at))::int AS y FROM contacts`)).rows[0].y;
const contacts = (
  await db.query(`SELECT count(*)::int AS n FROM contacts WHERE occurred_at >= $1 AND occurred_at < $2`, [
    `${year}-01-01`,
    `${year + 1}-01-01`,
  ])
).rows[0].n;
await db.end();
console.log(`database ${args.database}: year ${year} with ${contacts} contacts, ${offices.length} offices`);

const api = await startServer(
  ['dist/api/apps/api/src/main.js'],
  apiEnv(url, args['api-port']),
  'läuft auf',
  'api',
);
const base = `http://127.0.0.1:${args['api-port']}`;
const cookie = await login(base, ctx.analyst.email, ctx.password);

async function time(path) {
  const started = process.hrtime.bigint();
  const res = await fetch(`${base}${path}`, { headers: { ...PROXY_HEADERS, cookie } });
  const body = await res.json();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  const hidden = JSON.stringify(body).split('"suppressedFields"').length - 1;
  return { ms, hidden, zeros: body.zerosMayBeSuppressed };
}

const pad = (m) => String(m).padStart(2, '0');
const last = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const period = (from, to) => `from=${from}&to=${to}`;
const yearQuery = period(`${year}-01-01`, `${year}-12-31`);
const summary = [];
for (const scope of [{ id: null, name: 'Stadt' }, ...offices]) {
  const office = scope.id ? `&officeId=${scope.id}` : '';
  const cold = await time(`/api/reports/demand?${yearQuery}${office}`);
  const again = await time(`/api/reports/demand?${yearQuery}${office}`);
  const quarters = [];
  for (let q = 0; q < 4; q++)
    quarters.push(
      (
        await time(
          `/api/reports/demand?${period(`${year}-${pad(q * 3 + 1)}-01`, `${year}-${pad(q * 3 + 3)}-${last(year, q * 3 + 3)}`)}${office}`,
        )
      ).ms,
    );
  const months = [];
  for (let m = 1; m <= 12; m++)
    months.push(
      (
        await time(
          `/api/reports/demand?${period(`${year}-${pad(m)}-01`, `${year}-${pad(m)}-${last(year, m)}`)}${office}`,
        )
      ).ms,
    );
  const line = {
    scope: scope.name,
    firstYearMs: Math.round(cold.ms),
    yearAgainMs: Math.round(again.ms),
    quarterMaxMs: Math.round(Math.max(...quarters)),
    monthMaxMs: Math.round(Math.max(...months)),
    rowsWithHidden: cold.hidden,
    zerosMayBeSuppressed: cold.zeros,
  };
  summary.push(line);
  console.log(JSON.stringify(line));
}
const outcomesCold = await time(`/api/reports/referral-outcomes?${yearQuery}`);
const outcomesAgain = await time(`/api/reports/referral-outcomes?${yearQuery}`);
console.log(
  JSON.stringify({
    outcomes: { firstYearMs: Math.round(outcomesCold.ms), yearAgainMs: Math.round(outcomesAgain.ms) },
  }),
);
api.kill('SIGTERM');
