// The scenarios of the benchmark, the same requests for the API and for the floor server.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DOMAIN, BENCH_PASSWORD, root } from './lib.mjs';

/** Who and what the scenarios use, read from the generated database. */
export async function benchContext(db) {
  const one = async (sql, params = []) => (await db.query(sql, params)).rows[0];
  const counsellor = await one(`SELECT id, email, office_id FROM users WHERE email = $1`, [
    `beratung0-0@${BENCH_DOMAIN}`,
  ]);
  const logins = (
    await db.query(`SELECT email FROM users WHERE role = 'counsellor' AND email LIKE $1 ORDER BY email`, [
      `%@${BENCH_DOMAIN}`,
    ])
  ).rows.map((r) => r.email);
  if (!counsellor) throw new Error('no bench users in this database: run npm run bench:data first');
  const families = (
    await db.query(
      `SELECT id FROM families WHERE office_id = $1 AND status <> 'anonymized' ORDER BY md5(id::text) LIMIT 200`,
      [counsellor.office_id],
    )
  ).rows.map((r) => r.id);
  const district = await one(`SELECT id FROM districts WHERE code = 'SR5'`);
  // a phone number fragment: six digits from the middle of a member's number in the office
  const phone = await one(
    `SELECT regexp_replace(p.phone, '[^0-9]', '', 'g') AS digits FROM persons p JOIN families f ON f.id = p.family_id
      WHERE f.office_id = $1 AND p.phone IS NOT NULL ORDER BY md5(p.id::text) LIMIT 1`,
    [counsellor.office_id],
  );
  // public offers for the Familienportal's and the Open Referral API's scenarios
  const offers = (
    await db.query(
      `SELECT o.id FROM offers o JOIN providers p ON p.id = o.provider_id
        WHERE o.active AND p.active ORDER BY md5(o.id::text) LIMIT 200`,
    )
  ).rows.map((r) => r.id);
  const publicOffers = (
    await db.query(
      `SELECT count(*)::int AS n FROM offers o JOIN providers p ON p.id = o.provider_id WHERE o.active AND p.active`,
    )
  ).rows[0].n;
  // words of the offers' titles and all Sozialräume: questions the answer cache has never seen
  const titleWords = (
    await db.query(
      `SELECT DISTINCT w FROM offers o, regexp_split_to_table(lower(o.title), '[^[:alpha:]]+') AS w
        WHERE o.active AND length(w) >= 5 ORDER BY w`,
    )
  ).rows.map((r) => r.w);
  const districtIds = (await db.query(`SELECT id FROM districts ORDER BY code`)).rows.map((r) => r.id);
  const last = await one(`SELECT max(occurred_at) AS at FROM contacts`);
  const until = new Date(last.at.getTime());
  // the last full quarter and the last full calendar year before the newest contact
  const y = until.getUTCFullYear();
  const q = Math.floor(until.getUTCMonth() / 3); // current quarter 0..3
  const qy = q === 0 ? y - 1 : y;
  const qs = q === 0 ? 9 : (q - 1) * 3; // start month (0-based) of the previous quarter
  const pad = (n) => String(n).padStart(2, '0');
  const qEnd = new Date(Date.UTC(qy, qs + 3, 0));
  return {
    counsellor: { id: counsellor.id, email: counsellor.email, officeId: counsellor.office_id },
    phoneFragment: `${phone.digits.slice(4, 7)} ${phone.digits.slice(7, 10)}`,
    teamLead: { email: `teamleitung0-0@${BENCH_DOMAIN}` },
    analyst: { email: `sozialplanung@${BENCH_DOMAIN}` },
    password: BENCH_PASSWORD,
    families,
    logins,
    districtId: district.id,
    offers,
    publicOffers,
    titleWords,
    districtIds,
    quarter: { from: `${qy}-${pad(qs + 1)}-01`, to: `${qy}-${pad(qs + 3)}-${pad(qEnd.getUTCDate())}` },
    year: { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` },
  };
}

const enc = (v) => encodeURIComponent(JSON.stringify(v));

/**
 * Portal searches that are all different (a title word with a typo, a Sozialraum, an age, a
 * language), in a fixed pseudo-random order: none is answered from the API's kept answers, so this
 * scenario measures the search itself. 40,000 questions: more than a run asks at 1,000/s.
 */
function uniquePortalSearches(ctx) {
  const langs = ['de', 'uk', 'en', 'tr', 'ar', 'ls'];
  const typo = (w, k) => {
    const at = 1 + (k % (w.length - 2)); // swap two letters inside the word
    return k % 3 === 0 ? w : w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  };
  const paths = [];
  for (let k = 0; paths.length < 40000; k++) {
    const word = ctx.titleWords[(k * 7919) % ctx.titleWords.length];
    const district = ctx.districtIds[(k * 31) % ctx.districtIds.length];
    const q = encodeURIComponent(typo(word, k));
    paths.push(`/api/portal/offers?q=${q}&lang=${langs[k % 6]}&districtId=${district}&age=${k % 18}`);
  }
  return [...new Set(paths)];
}

/**
 * The scenarios. `user` names whose session the requests carry (`null`: none); `paths` are
 * rotated request by request; `body` is sent as JSON with the CSRF header of the web client.
 */
export function scenarios(ctx) {
  const list = (filter, sort, range) =>
    `/api/families?filter=${enc(filter)}&sort=${enc(sort)}&range=${enc(range)}`;
  return [
    {
      name: 'family search (misspelt "Schmitd")',
      key: 'search',
      kind: 'read',
      user: 'counsellor',
      paths: [list({ q: 'Schmitd' }, ['lastActivityAt', 'DESC'], [0, 24])],
    },
    {
      name: 'family search (a correct surname, "Schneider")',
      key: 'searchName',
      kind: 'read',
      user: 'counsellor',
      paths: [list({ q: 'Schneider' }, ['lastActivityAt', 'DESC'], [0, 24])],
    },
    {
      name: `family search (a phone number fragment, "${ctx.phoneFragment}")`,
      key: 'searchPhone',
      kind: 'read',
      user: 'counsellor',
      paths: [list({ q: ctx.phoneFragment }, ['lastActivityAt', 'DESC'], [0, 24])],
    },
    {
      name: 'family search (a first name, "Leila")',
      key: 'searchFirst',
      kind: 'read',
      user: 'counsellor',
      paths: [list({ q: 'Leila' }, ['lastActivityAt', 'DESC'], [0, 24])],
    },
    {
      // issue 25.13: another transliteration of Шевченко, and a name written without its hyphen
      name: 'family search (transliterated "Schewtschenko", "alahmad")',
      key: 'searchTranslit',
      kind: 'read',
      user: 'counsellor',
      paths: [
        list({ q: 'Schewtschenko' }, ['lastActivityAt', 'DESC'], [0, 24]),
        list({ q: 'alahmad' }, ['lastActivityAt', 'DESC'], [0, 24]),
      ],
    },
    {
      name: 'family list by last activity, page 1',
      key: 'list1',
      kind: 'read',
      user: 'counsellor',
      paths: [list({}, ['lastActivityAt', 'DESC'], [0, 24])],
    },
    {
      name: 'family list by last activity, page 400',
      key: 'list400',
      kind: 'read',
      user: 'counsellor',
      paths: [list({}, ['lastActivityAt', 'DESC'], [9975, 9999])],
    },
    {
      name: 'family show',
      key: 'show',
      kind: 'read',
      user: 'counsellor',
      paths: ctx.families.map((id) => `/api/families/${id}`),
    },
    {
      name: 'overdue follow-ups of one counsellor',
      key: 'overdue',
      kind: 'read',
      user: 'counsellor',
      paths: [
        `/api/follow-ups?filter=${enc({ assigneeId: ctx.counsellor.id, overdue: true })}&sort=${enc(['dueAt', 'ASC'])}&range=${enc([0, 24])}`,
      ],
    },
    {
      name: 'create anonymous contact with two needs',
      key: 'create',
      kind: 'write',
      user: 'counsellor',
      method: 'POST',
      paths: ['/api/contacts'],
      body: {
        channel: 'phone',
        durationMinutes: 10,
        districtId: ctx.districtId,
        summary: 'Kurzinfo',
        needs: [{ categoryKey: 'kita_gutschein' }, { categoryKey: 'wohngeld', urgency: 'high' }],
      },
    },
    {
      name: `demand report, quarter ${ctx.quarter.from}…${ctx.quarter.to}`,
      key: 'demandQuarter',
      connections: 1,
      duration: 20,
      kind: 'report',
      user: 'analyst',
      paths: [`/api/reports/demand?from=${ctx.quarter.from}&to=${ctx.quarter.to}`],
    },
    {
      name: `demand report, year ${ctx.year.from.slice(0, 4)}`,
      key: 'demandYear',
      connections: 1,
      duration: 20,
      kind: 'report',
      user: 'analyst',
      paths: [`/api/reports/demand?from=${ctx.year.from}&to=${ctx.year.to}`],
    },
    {
      name: `referral outcomes, year ${ctx.year.from.slice(0, 4)}`,
      key: 'outcomes',
      connections: 1,
      duration: 20,
      kind: 'report',
      user: 'analyst',
      paths: [`/api/reports/referral-outcomes?from=${ctx.year.from}&to=${ctx.year.to}`],
    },
    // The public side (issues 17 and 18): no session, no floor (their targets are absolute:
    // p95 ≤ 100 ms at 32 connections); `floor: false` runs the API only.
    {
      name: 'portal search (6 queries, de/uk, ± Sozialraum)',
      key: 'portalSearch',
      kind: 'public',
      floor: false,
      user: null,
      paths: [
        '/api/portal/offers?q=kitagutschien&lang=uk',
        '/api/portal/offers?q=Hebamme&lang=de',
        `/api/portal/offers?q=Beratung&lang=de&districtId=${ctx.districtId}`,
        '/api/portal/offers?q=kita%20gutschein&lang=de',
        '/api/portal/offers?q=Betreuungsgutschein&lang=uk',
        `/api/portal/offers?lifeSituation=kinderbetreuung&lang=de&districtId=${ctx.districtId}`,
      ],
    },
    {
      name: 'portal search, every question new (no kept answer)',
      key: 'portalSearchNew',
      kind: 'public',
      floor: false,
      user: null,
      unique: true,
      paths: uniquePortalSearches(ctx),
    },
    {
      name: 'HSDS /services?per_page=50 (every page)',
      key: 'hsdsList',
      kind: 'public',
      floor: false,
      user: null,
      paths: Array.from(
        { length: Math.max(1, Math.ceil(ctx.publicOffers / 50)) },
        (_, i) => `/api/hsds/services?per_page=50&page=${i + 1}`,
      ),
    },
    {
      name: 'HSDS /services/{id} (200 offers)',
      key: 'hsdsShow',
      kind: 'public',
      floor: false,
      user: null,
      paths: ctx.offers.map((id) => `/api/hsds/services/${id}`),
    },
    {
      name: 'login (rotating over the counsellors)',
      key: 'login',
      // argon2id (m=64 MiB, t=3, p=4) is CPU- and memory-bound by design: a longer run, so that
      // requests finish inside the window on a 2-core machine. 8 connections: issue 19.4's peak
      // RSS target includes 8 logins at once (the API hashes PASSWORD_HASH_CONCURRENCY at a time,
      // the others wait in its queue)
      connections: 8,
      duration: 20,
      kind: 'login',
      user: null,
      method: 'POST',
      paths: ['/api/auth/login'],
      bodies: ctx.logins.map((email) => ({ email, password: ctx.password })),
    },
  ];
}

/** As nginx forwards a request in production (TRUST_PROXY=1): the session cookie is Secure. */
export const PROXY_HEADERS = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '127.0.0.1' };

/**
 * The recall check: what a counsellor types finds the family (its first page holds a family whose
 * name contains `finds`), on the API and on the floor alike. Typos and same-sounding names, and
 * since issue 25.13 other transliterations and names written without their hyphen.
 */
export const RECALL = [
  { q: 'Schmitd', finds: 'Schmidt' },
  { q: 'Maier', finds: 'Meyer' },
  { q: 'Schewtschenko', finds: 'Shevchenko' },
  { q: 'alahmad', finds: 'Al-Ahmad' },
  { q: 'Szymanski', finds: 'Szymański' },
];

/** Runs RECALL against one server (`cookie`: a counsellor's session); returns the ids found per query. */
export async function checkRecall(baseUrl, cookie) {
  const found = {};
  for (const { q, finds } of RECALL) {
    const res = await fetch(
      `${baseUrl}/api/families?filter=${enc({ q })}&sort=${enc(['lastActivityAt', 'DESC'])}&range=${enc([0, 99])}`,
      { headers: { ...PROXY_HEADERS, cookie } },
    );
    if (res.status !== 200) throw new Error(`recall "${q}" at ${baseUrl}: HTTP ${res.status}`);
    const families = await res.json();
    if (!families.some((f) => f.name.includes(finds))) {
      throw new Error(`recall "${q}" at ${baseUrl}: did not find ${finds}`);
    }
    found[q] = families.map((f) => f.id).sort();
  }
  return found;
}

/** Signs in and returns the session cookie (`name=value`). */
export async function login(baseUrl, email, password) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { ...PROXY_HEADERS, 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200)
    throw new Error(`login of ${email} at ${baseUrl}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.includes('sid='));
  if (!cookie) throw new Error(`login of ${email} at ${baseUrl}: no session cookie`);
  return cookie.split(';')[0];
}

/**
 * Node/V8 flags of the API process: by default those of the production image's CMD
 * (docker/Dockerfile.api, docs/benchmarks.md "Memory"); `BENCH_API_NODE_FLAGS` (space-separated,
 * empty for none) measures others without touching the runner's own process.
 */
export function apiNodeFlags() {
  const flags =
    process.env.BENCH_API_NODE_FLAGS ?? '--max-old-space-size=256 --max-semi-space-size=8 --no-liftoff';
  return flags.split(' ').filter(Boolean);
}

/** Environment of the API under benchmark: production mode, no login throttling in the way. */
export function apiEnv(databaseUrl, port) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    SESSION_SECRET: 'bench-session-secret-0123456789abcdef',
    MIGRATE_ON_START: 'false',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    TRUST_PROXY: '1',
    LOGIN_IP_LIMIT: '100000',
    LOCKOUT_THRESHOLD: '1000',
    // as the production image sets it (docker/Dockerfile.api; docs/benchmarks.md "Memory")
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  };
}

/** Starts a Node server and resolves when it prints `ready` (a string or RegExp). */
export function startServer(args, env, ready, label) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start in 60 s:\n${out}`)), 60_000);
    const onData = (chunk) => {
      if (out.length < 100_000) out += chunk;
      if (typeof ready === 'string' ? out.includes(ready) : ready.test(out)) {
        clearTimeout(timer);
        child.stdout.removeAllListeners('data');
        child.stdout.resume(); // keep draining the request log
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => {
      out += c;
      process.stderr.write(`[${label}] ${c}`);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited with ${code}:\n${out}`));
    });
  });
}

/** The stack's floor (bench/stack-floor.mjs) on `port`, with the API's session secret. */
export function startStackFloor(databaseUrl, port, sessionSecret) {
  return startServer(
    ['bench/stack-floor.mjs'],
    { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SESSION_SECRET: sessionSecret },
    'stack floor ready',
    'stack',
  );
}

/** Peak resident set size (VmHWM) of a process, in MB. */
export function peakRssMb(pid) {
  const status = readFileSync(join('/proc', String(pid), 'status'), 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
