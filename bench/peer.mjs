// `npm run bench:peer [-- --database lotsen_bench] [--duration 10] [--rounds 2] [--connections 32]`
//
// Issue 19 point 3: our API beside the floor (bench/floor.mjs) and beside Directus, the peer a
// city would pick, on the same bench database. Directus 11.3.5 (the newest 11.3.x; its engines
// accept Node 20) is installed from npm into a temporary folder (not a dependency of the project:
// Directus is under the BSL 1.1), bootstrapped into the bench database (its directus_* tables),
// and given our `families` table with a non-admin role that may read one office's families only
// (a row filter `office_id = …`, as our office scope) and the same columns the API answers.
// Measured in rounds that rotate the order of the three: family list page 1 with exact total,
// family show, and the search for a misspelt and a correct name. Before any figure, the three must
// return the same rows where their semantics agree (list page 1, show); the search reports the
// hits of each engine.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { databaseUrl, parseArgs } from './lib.mjs';
import { load, merge, stop } from './load.mjs';
import {
  apiEnv,
  apiNodeFlags,
  benchContext,
  login,
  peakRssMb,
  PROXY_HEADERS,
  startServer,
} from './scenarios.mjs';

const DIRECTUS = '11.3.5';
const args = parseArgs(process.argv.slice(2), {
  database: 'lotsen_bench',
  duration: 10,
  warmup: 2,
  rounds: 2,
  connections: 32,
  'api-port': 3911,
  'floor-port': 3912,
  'directus-port': 3913,
  json: '',
});
const url = databaseUrl(args.database);

// ------------------------------------------------------------------------------ Directus itself
const folder = join(tmpdir(), `lotsen-directus-${DIRECTUS}`);
if (!existsSync(join(folder, 'node_modules', 'directus', 'package.json'))) {
  console.log(`installing directus@${DIRECTUS} into ${folder} (npm) …`);
  execFileSync('mkdir', ['-p', folder]);
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'lotsen-directus-peer', private: true }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `directus@${DIRECTUS}`], {
    cwd: folder,
    stdio: 'inherit',
  });
}
const ADMIN = { email: 'bench-admin@example.org', password: 'bench-admin-password-0123456789' };
const directusEnv = {
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: String(args['directus-port']),
  PUBLIC_URL: `http://127.0.0.1:${args['directus-port']}`,
  DB_CLIENT: 'pg',
  DB_CONNECTION_STRING: url,
  DB_POOL__MAX: '10', // as the API's pool
  KEY: 'lotsen-bench-directus-key',
  SECRET: 'lotsen-bench-directus-secret-0123456789abcdef',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  LOG_LEVEL: 'warn',
  LOG_STYLE: 'raw',
  CACHE_ENABLED: 'false', // as our API: every answer from the database
  RATE_LIMITER_ENABLED: 'false',
  TELEMETRY: 'false',
  WEBSOCKETS_ENABLED: 'false',
};
const bin = join(folder, 'node_modules', 'directus', 'cli.js');
execFileSync(process.execPath, [bin, 'bootstrap'], { cwd: folder, env: directusEnv, stdio: 'inherit' });
{
  // bootstrap makes the admin only on the very first install: make sure it exists
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  const { rows: admins } = await setup.query(`SELECT 1 FROM directus_users WHERE email = $1`, [ADMIN.email]);
  const { rows: roles } = await setup.query(`SELECT id FROM directus_roles WHERE name = 'Administrator'`);
  await setup.end();
  if (admins.length === 0) {
    const create = [
      'users',
      'create',
      '--email',
      ADMIN.email,
      '--password',
      ADMIN.password,
      '--role',
      roles[0].id,
    ];
    execFileSync(process.execPath, [bin, ...create], { cwd: folder, env: directusEnv, stdio: 'inherit' });
  }
}

function startDirectus() {
  const child = spawn(process.execPath, [bin, 'start'], {
    cwd: folder,
    env: directusEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`directus did not start in 120 s:\n${out}`)), 120_000);
    const poll = setInterval(async () => {
      try {
        const res = await fetch(`${directusEnv.PUBLIC_URL}/server/ping`);
        if (res.ok) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve(child);
        }
      } catch {
        // not listening yet
      }
    }, 500);
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`directus exited with ${code}:\n${out}`));
    });
  });
}

/** A Directus API call as the admin (`token`), answering its `data`. */
async function directus(token, method, path, body) {
  const res = await fetch(`${directusEnv.PUBLIC_URL}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`directus ${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text).data : null;
}

// the columns our API answers for a family (FAMILY_COLUMNS of the floor)
const FIELDS = [
  'id',
  'version',
  'created_at',
  'updated_at',
  'office_id',
  'owner_id',
  'name',
  'district_id',
  'household_size',
  'children_count',
  'single_parent',
  'languages',
  'interpreter_needed',
  'status',
  'last_activity_at',
];

/** The counsellor's role in Directus: read the office's families (row filter), those columns. */
async function directusCounsellor(officeId) {
  const { access_token: admin } = await directus(null, 'POST', '/auth/login', ADMIN);
  const name = 'Lotsen Bench Beratung';
  for (const role of await directus(admin, 'GET', `/roles?filter[name][_eq]=${encodeURIComponent(name)}`))
    await directus(admin, 'DELETE', `/roles/${role.id}`);
  for (const policy of await directus(
    admin,
    'GET',
    `/policies?filter[name][_eq]=${encodeURIComponent(name)}`,
  ))
    await directus(admin, 'DELETE', `/policies/${policy.id}`);
  const email = 'bench-beratung@example.org';
  for (const user of await directus(admin, 'GET', `/users?filter[email][_eq]=${encodeURIComponent(email)}`))
    await directus(admin, 'DELETE', `/users/${user.id}`);
  const policy = await directus(admin, 'POST', '/policies', { name, admin_access: false, app_access: false });
  await directus(admin, 'POST', '/permissions', {
    policy: policy.id,
    collection: 'families',
    action: 'read',
    fields: FIELDS,
    permissions: { office_id: { _eq: officeId } },
  });
  const role = await directus(admin, 'POST', '/roles', { name });
  await directus(admin, 'POST', '/access', { role: role.id, policy: policy.id });
  const token = `lotsen-bench-${Date.now()}`;
  await directus(admin, 'POST', '/users', { email, password: ADMIN.password, role: role.id, token });
  return token;
}

// ------------------------------------------------------------------------------ the three servers
const db = new pg.Client({ connectionString: url });
await db.connect();
const ctx = await benchContext(db);
const { rows: office } = await db.query(`SELECT office_id FROM users WHERE id = $1`, [ctx.counsellor.id]);
await db.end();
const officeId = office[0].office_id;

const env = apiEnv(url, args['api-port']);
const api = await startServer([...apiNodeFlags(), 'dist/api/apps/api/src/main.js'], env, 'läuft auf', 'api');
const floor = await startServer(
  ['bench/floor.mjs'],
  { ...process.env, DATABASE_URL: url, PORT: String(args['floor-port']), SESSION_SECRET: env.SESSION_SECRET },
  'floor ready',
  'floor',
);
const peer = await startDirectus();
// whatever happens below, the three servers stop with this script
for (const signal of ['exit', 'uncaughtException', 'unhandledRejection'])
  process.on(signal, (err) => {
    for (const child of [api, floor, peer]) if (child.exitCode === null) child.kill('SIGKILL');
    if (err instanceof Error) {
      console.error(err);
      process.exit(1);
    }
  });
const token = await directusCounsellor(officeId);
const targets = {
  api: { base: `http://127.0.0.1:${args['api-port']}` },
  floor: { base: `http://127.0.0.1:${args['floor-port']}` },
  directus: { base: directusEnv.PUBLIC_URL, auth: { counsellor: { authorization: `Bearer ${token}` } } },
};
for (const name of ['api', 'floor'])
  targets[name].cookies = { counsellor: await login(targets[name].base, ctx.counsellor.email, ctx.password) };

const enc = (v) => encodeURIComponent(JSON.stringify(v));
const ours = (filter) =>
  `/api/families?filter=${enc(filter)}&sort=${enc(['lastActivityAt', 'DESC'])}&range=${enc([0, 24])}`;
const theirs = (extra) =>
  `/items/families?limit=25&sort=-last_activity_at,id&meta=filter_count&fields=${FIELDS.join(',')}${extra}`;
const show = (id) => ({
  ours: `/api/families/${id}`,
  theirs: `/items/families/${id}?fields=${FIELDS.join(',')}`,
});

const SCENARIOS = [
  { key: 'list1', name: 'family list page 1, exact total', ours: [ours({})], theirs: [theirs('')] },
  {
    key: 'show',
    name: 'family show',
    ours: ctx.families.map((id) => show(id).ours),
    theirs: ctx.families.map((id) => show(id).theirs),
  },
  {
    key: 'searchTypo',
    name: 'search, misspelt "Schmitd"',
    ours: [ours({ q: 'Schmitd' })],
    theirs: [theirs('&search=Schmitd')],
  },
  {
    key: 'searchName',
    name: 'search, correct "Schneider"',
    ours: [ours({ q: 'Schneider' })],
    theirs: [theirs('&search=Schneider')],
  },
];

/** What one engine answers for a path: the ids and the total. */
async function answer(name, path) {
  const t = targets[name];
  const headers = { ...PROXY_HEADERS, ...(t.auth?.counsellor ?? { cookie: t.cookies.counsellor }) };
  const res = await fetch(`${t.base}${path}`, { headers });
  if (!res.ok) throw new Error(`${name} ${path}: ${res.status} ${await res.text()}`);
  const body = await res.json();
  if (name === 'directus') {
    const rows = Array.isArray(body.data) ? body.data : [body.data];
    return { ids: rows.map((r) => r.id), total: body.meta?.filter_count ?? rows.length, rows };
  }
  const rows = Array.isArray(body) ? body : [body];
  const range = res.headers.get('content-range');
  return { ids: rows.map((r) => r.id), total: range ? Number(range.split('/')[1]) : rows.length, rows };
}

// the same rows first, where the semantics agree
const checks = [];
{
  const [a, f, d] = await Promise.all(
    ['api', 'floor', 'directus'].map((n) =>
      answer(n, n === 'directus' ? SCENARIOS[0].theirs[0] : SCENARIOS[0].ours[0]),
    ),
  );
  const same =
    JSON.stringify(a.ids) === JSON.stringify(f.ids) &&
    JSON.stringify(a.ids) === JSON.stringify(d.ids) &&
    a.total === d.total &&
    a.total === f.total;
  checks.push(
    `list page 1: ${same ? 'the same 25 families and total' : 'DIFFERENT'} (${a.total} / ${f.total} / ${d.total})`,
  );
  if (!same)
    throw new Error(`list page 1 differs: ${JSON.stringify({ a, f, d: { ids: d.ids, total: d.total } })}`);
  for (const id of ctx.families.slice(0, 20)) {
    const [x, y] = await Promise.all([answer('api', show(id).ours), answer('directus', show(id).theirs)]);
    for (const [ours_, theirs_] of [
      ['name', 'name'],
      ['status', 'status'],
      ['officeId', 'office_id'],
    ])
      if (x.rows[0][ours_] !== y.rows[0][theirs_]) throw new Error(`show ${id} differs in ${ours_}`);
  }
  checks.push('family show: the same family (name, status, office) for 20 of the 200 ids');
}
const hits = {};
for (const s of SCENARIOS.slice(2)) {
  const [a, d] = [await answer('api', s.ours[0]), await answer('directus', s.theirs[0])];
  hits[s.key] = { api: a.total, directus: d.total };
  checks.push(`${s.name}: API finds ${a.total}, Directus ${d.total}`);
}
for (const c of checks) console.log(c);

// ------------------------------------------------------------------------------ the rounds
const results = [];
const engines = ['api', 'floor', 'directus'];
for (const s of SCENARIOS) {
  process.stdout.write(`\n${s.name}: `);
  const scenarioFor = (name) => ({
    key: s.key,
    user: 'counsellor',
    paths: name === 'directus' ? s.theirs : s.ours,
  });
  for (const name of engines) await load(targets[name], scenarioFor(name), args.warmup, args.connections);
  const runs = { api: [], floor: [], directus: [] };
  for (let round = 0; round < args.rounds; round++) {
    const order = engines.map((_, i) => engines[(i + round) % engines.length]);
    for (const name of order) {
      const r = await load(targets[name], scenarioFor(name), args.duration, args.connections);
      runs[name].push(r);
      process.stdout.write(`${name} ${r.rps.toFixed(0)}/s${r.errors ? ` (${r.errors} errors)` : ''}  `);
    }
  }
  results.push({
    key: s.key,
    name: s.name,
    api: merge(runs.api),
    floor: merge(runs.floor),
    directus: merge(runs.directus),
  });
}
const rss = { api: peakRssMb(api.pid), directus: peakRssMb(peer.pid) };
await Promise.all([stop(api), stop(floor), stop(peer)]);

const num = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : '–');
console.log(
  `\n\n| scenario | API req/s | floor req/s | Directus req/s | API ÷ Directus | API p50 / p95 ms | floor p50 / p95 ms | Directus p50 / p95 ms | errors A / F / D |`,
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.name} | ${num(r.api.rps)} | ${num(r.floor.rps)} | ${num(r.directus.rps)} | ${num(r.api.rps / r.directus.rps, 2)} | ${num(r.api.p50)} / ${num(r.api.p95)} | ${num(r.floor.p50)} / ${num(r.floor.p95)} | ${num(r.directus.p50)} / ${num(r.directus.p95)} | ${r.api.errors} / ${r.floor.errors} / ${r.directus.errors} |`,
  );
}
const verdict = (r, goal) => {
  const ratio = r.api.rps / r.directus.rps;
  return `${r.name}: API ${num(ratio, 2)}× Directus — ${ratio >= goal ? 'met' : `missed by ${num(goal - ratio, 2)}`} (goal ≥ ${goal}×)`;
};
console.log('');
for (const r of results) console.log(verdict(r, r.key.startsWith('search') ? 1 : 1.5));
console.log(`peak RSS: API ${num(rss.api)} MB, Directus ${num(rss.directus)} MB`);
if (args.json)
  writeFileSync(
    args.json,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        directus: DIRECTUS,
        database: args.database,
        checks,
        hits,
        rss,
        results,
      },
      null,
      2,
    ),
  );
process.exit(0);
