// `npm run bench:data -- --scale 10 --database lotsen_bench [--seed 1] [--until 2026-11-27]`
//
// Fills a separate database with a city-scale data set: scale 1 is one city over five years
// (25,000 families, 150,000 contacts, 200,000 needs, 40,000 referrals, 30,000 follow-ups), scale
// 10 ten of them. Deterministic for (seed, until). The schema comes from the real migrations
// (dist/); rows go in with COPY. For speed the secondary indexes and foreign keys of the big
// tables are dropped during the load and recreated from their own definitions afterwards
// (re-adding a foreign key validates every row), and the two search triggers are disabled: the
// derived columns they maintain (families.search_text) are computed by the very SQL of
// lotsen_refresh_family_search, set-based, and checked against it at the end.
import argon2 from 'argon2';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BENCH_DOMAIN, BENCH_PASSWORD, databaseUrl, dist, parseArgs } from './lib.mjs';

const started = Date.now();
const args = parseArgs(process.argv.slice(2), {
  scale: 1,
  database: 'lotsen_bench',
  seed: 1,
  until: new Date().toISOString().slice(0, 10),
});
if (!(args.scale > 0 && args.scale <= 20)) throw new Error('--scale must lie in (0, 20]');
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(args.database)) throw new Error('--database must be a plain identifier');
if (!/^\d{4}-\d{2}-\d{2}$/.test(args.until)) throw new Error('--until must be YYYY-MM-DD');

const { Random } = dist('apps/api/src/seed/random.js');
const { familyNameKey, koelnerPhonetik } = dist('libs/domain/src/case-work/koelner-phonetik.js');
const { personNameKey, transliterationKey } = dist('libs/domain/src/case-work/transliteration.js');
const { runMigrations } = dist('apps/api/src/common/database/migrate.js');

const S = args.scale;
const N = {
  families: Math.round(25_000 * S),
  contacts: Math.round(150_000 * S),
  needs: Math.round(200_000 * S),
  referrals: Math.round(40_000 * S),
  followUps: Math.round(30_000 * S),
};
const DAY = 86_400_000;
const END = Date.parse(`${args.until}T16:00:00Z`);
const START = END - Math.round(5 * 365.25) * DAY;
const log = (m) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${m}`);

// ---------------------------------------------------------------------------------------------
// Distributions
// ---------------------------------------------------------------------------------------------
/** Families per Sozialraum: resident population (Potsdam, rounded, in thousands) × need factor. */
const DISTRICT_WEIGHTS = {
  SR1: 16,
  SR2: 28,
  SR3: 48,
  SR4: 40,
  SR5: 34 * 1.4,
  SR6: 42 * 1.4,
  outside: 3,
  unknown: 0,
};
const FAMILY_NO_DISTRICT = 0.06;
const ANONYMOUS_SHARE = 0.35; // quick anonymous contacts at the counter and on the phone
const ANON_NO_DISTRICT = 0.3;
const CHANNELS = { walk_in: 45, phone: 30, email: 12, video: 3, outreach: 8, letter: 2 };
const CATEGORY_WEIGHTS = {
  kita_gutschein: 120,
  elterngeld: 100,
  kindergeld: 70,
  wohngeld: 60,
  grundsicherung: 55,
  kinderzuschlag: 50,
  bildung_teilhabe: 45,
  unterhaltsvorschuss: 40,
  wohnen: 45,
  behoerden: 45,
  trennung: 35,
  erziehungsberatung: 35,
  schule: 30,
  sprache: 30,
  migration: 28,
  schulden: 25,
  hort: 25,
  elternbeitraege: 22,
  gesundheit: 22,
  familienbildung: 20,
  freizeit: 20,
  vereinbarkeit: 18,
  alleinerziehend: 18,
  einmalhilfen: 18,
  kindertagespflege: 15,
  schwangerschaft: 12,
  fruehe_hilfen: 12,
  mutterschutz: 12,
  hebamme: 10,
  psyche_sucht: 10,
  behinderung: 9,
  hilfen_erziehung: 8,
  pflege: 6,
  kinderschutz: 3,
  sonstiges: 20,
};
const UNMET_REASONS = { no_offer: 35, waitlist: 30, not_eligible: 15, declined_by_family: 10, other: 10 };
const LANGS = { ar: 20, tr: 10, uk: 18, ru: 12, pl: 8, en: 8, fa: 10, ro: 5, vi: 4, es: 5 };
const SURNAMES = (
  'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf ' +
  'Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier ' +
  'Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller ' +
  'Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke ' +
  'Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß ' +
  'Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann ' +
  'Thomas Voigt Sauer Arnold Wolff Pfeiffer Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Özdemir Arslan ' +
  'Doğan Kılıç Al-Ahmad Haddad Khalil Hassan Ibrahim Mahmoud Saleh Nasser Othman Rahimi Ahmadi Hosseini Karimi ' +
  'Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Kovalenko Shevchenko Bondarenko ' +
  'Tkachenko Kravchenko Melnyk Boyko Ivanov Smirnov Kuznetsov Popov Sokolov Nguyen Tran Le Pham Popescu Ionescu ' +
  'Garcia Fernández López Rossi Russo Ferrari Okafor Mensah Diallo Traoré'
).split(' ');
const FIRST_NAMES = (
  'Anna Marie Sophie Emma Mia Hannah Lea Lena Laura Julia Sarah Lisa Katharina Nina Sandra Jana Fatma Ayşe Elif ' +
  'Zeynep Amina Fatima Maryam Leila Olena Iryna Natalia Oksana Agnieszka Katarzyna Thi Linh Maria Elena Aisha ' +
  'Lukas Leon Paul Jonas Felix Max Ben Elias Noah Tim Jan Tobias Daniel Stefan Michael Thomas Mehmet Mustafa ' +
  'Ahmet Ali Omar Yusuf Hassan Karim Andriy Oleksandr Dmytro Serhiy Piotr Tomasz Minh Duc Ivan Sergei Emre Can'
).split(' ');
const CHILD_NAMES = (
  'Emil Mila Ella Finn Clara Oskar Ida Theo Frieda Anton Mats Greta Karl Lina Leni Luis Ali Elif Yusuf Zoe Mira ' +
  'Jakob Nora Malia Sofia Adam Ilyas Amelie Henri Jonah Milan Marlene Levi Lotta Helene Arthur Selin Eymen Alina'
).split(' ');

const rng = new Random(`lotsen-bench/${args.seed}`);
const sub = (label) => Random.derive(`lotsen-bench/${args.seed}`, label);

/** Table-driven weighted pick (cumulative weights), fast for millions of draws. */
function picker(weights) {
  const keys = Object.keys(weights).filter((k) => weights[k] > 0);
  const cum = [];
  let total = 0;
  for (const k of keys) cum.push((total += weights[k]));
  return (r) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return keys[lo];
  };
}

/** A time in office hours on a working day (Berlin ≈ UTC+1/+2; 07:00–16:00 UTC). */
function officeTime(r, ms) {
  let day = Math.floor(ms / DAY) * DAY;
  const dow = new Date(day).getUTCDay();
  if (dow === 6) day -= DAY;
  else if (dow === 0) day += DAY;
  const t = day + (7 * 60 + r.int(0, 9 * 60 - 1)) * 60_000 + r.int(0, 59_999);
  return Math.min(t, END);
}
/** A time between START and END, denser towards the end (demand grows ~ 40 % over five years). */
function growingTime(r) {
  const u = r.next();
  const x = (Math.sqrt(1 + 2.4 * u * (1 + 0.6)) - 1) / 1.2 / (Math.sqrt(1 + 2.4 * (1 + 0.6)) / 1.2 - 1 / 1.2);
  return START + Math.min(1, Math.max(0, x)) * (END - START);
}
const iso = (ms) => new Date(ms).toISOString();
const clampEnd = (ms) => Math.min(ms, END);

// COPY text format
const esc = (v) => {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : String(v);
  return /[\t\n\r\\]/.test(s)
    ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : s;
};
const arr = (xs) => `{${xs.join(',')}}`;

// ---------------------------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------------------------
const adminUrl = databaseUrl('postgres');
const url = databaseUrl(args.database);
{
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${args.database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${args.database}`);
  await admin.end();
}
log(`database ${args.database} created; scale ${S}, seed ${args.seed}, until ${args.until}`);
await runMigrations(url);
log('migrations applied');

const db = new pg.Client({ connectionString: url, application_name: 'lotsen-bench-data' });
await db.connect();
await db.query(`SET synchronous_commit = off`);
await db.query(`SET maintenance_work_mem = '512MB'`);

async function copy(table, columns, rows) {
  const stream = db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = new Promise((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let buf = '';
  let n = 0;
  for (const row of rows) {
    buf += row.map(esc).join('\t') + '\n';
    n++;
    if (buf.length > 1 << 20) {
      if (!stream.write(buf)) await new Promise((r) => stream.once('drain', r));
      buf = '';
    }
  }
  stream.end(buf);
  await done;
  return n;
}

const BIG_TABLES = [
  'families',
  'persons',
  'consents',
  'contacts',
  'needs',
  'referrals',
  'follow_ups',
  'audit_events',
];
// Secondary indexes and foreign keys, kept word for word to recreate them after the load.
const { rows: indexDefs } = await db.query(
  `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    WHERE t.relname = ANY($1) AND NOT i.indisprimary AND t.relnamespace = 'public'::regnamespace
      AND i.indexrelid::regclass::text <> 'persons_family_idx'`,
  [BIG_TABLES],
);
const { rows: fkDefs } = await db.query(
  `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
     FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1)`,
  [BIG_TABLES],
);
for (const fk of fkDefs) await db.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${fk.name}`);
for (const ix of indexDefs) await db.query(`DROP INDEX ${ix.name}`);
const ROLLUP_TABLES = ['contacts', 'needs', 'referrals', 'case_events', 'callback_requests'];
await db.query(`ALTER TABLE families DISABLE TRIGGER USER`);
await db.query(`ALTER TABLE persons DISABLE TRIGGER USER`);
// the daily rollups' triggers (migration DemandRollups) would put every loaded row into the
// outbox: off for the load, the rollups are rebuilt once at the end
for (const table of ROLLUP_TABLES) await db.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
log(
  `dropped ${indexDefs.length} indexes and ${fkDefs.length} foreign keys for the load; search triggers off`,
);

// ---------------------------------------------------------------------------------------------
// Reference data, offices, users, providers, offers
// ---------------------------------------------------------------------------------------------
const districts = (await db.query(`SELECT id, code FROM districts`)).rows;
const districtId = Object.fromEntries(districts.map((d) => [d.code, d.id]));
const categories = (await db.query(`SELECT key FROM need_categories WHERE active`)).rows.map((r) => r.key);
for (const k of Object.keys(CATEGORY_WEIGHTS)) if (!categories.includes(k)) delete CATEGORY_WEIGHTS[k];
const pickDistrict = picker(DISTRICT_WEIGHTS);
const pickChannel = picker(CHANNELS);
const pickCategory = picker(CATEGORY_WEIGHTS);
const pickUnmet = picker(UNMET_REASONS);
const pickLang = picker(LANGS);

const officeCount = Math.max(3, Math.round(1.2 * S));
const officeWeights = Array.from({ length: officeCount }, (_, i) => (i === 0 ? 3 : 1));
const offices = officeWeights.map((_, i) => ({
  id: rng.uuid(),
  name: i === 0 ? 'Familienbüro Potsdam' : `Außenstelle ${i}`,
  kind: i === 0 ? 'main' : 'outreach',
}));
const officeCreated = START - 30 * DAY;
await copy(
  'offices',
  ['id', 'name', 'kind', 'address', 'created_at', 'updated_at'],
  offices.map((o, i) => [
    o.id,
    o.name,
    o.kind,
    `Friedrich-Ebert-Straße ${79 + i}, 14469 Potsdam`,
    iso(officeCreated),
    iso(officeCreated),
  ]),
);

const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
const users = []; // {id, email, role, officeIdx, providerIdx}
const weightSum = officeWeights.reduce((a, b) => a + b, 0);
const counsellorsByOffice = offices.map(() => []);
for (let o = 0; o < officeCount; o++) {
  const familiesHere = (N.families * officeWeights[o]) / weightSum;
  const counsellors = Math.max(3, Math.ceil(familiesHere / 1000));
  for (let c = 0; c < counsellors; c++) {
    counsellorsByOffice[o].push(users.length);
    users.push({
      email: `beratung${o}-${c}@${BENCH_DOMAIN}`,
      role: 'counsellor',
      officeIdx: o,
      name: `Berater*in ${o}-${c}`,
    });
  }
  const leads = o === 0 ? 2 : 1;
  for (let l = 0; l < leads; l++)
    users.push({
      email: `teamleitung${o}-${l}@${BENCH_DOMAIN}`,
      role: 'team_lead',
      officeIdx: o,
      name: `Teamleitung ${o}-${l}`,
    });
}
users.push({
  email: `sozialplanung@${BENCH_DOMAIN}`,
  role: 'analyst',
  officeIdx: null,
  name: 'Sozialplanung',
});
users.push({ email: `admin@${BENCH_DOMAIN}`, role: 'admin', officeIdx: null, name: 'Administration' });

const providerCount = Math.min(400, Math.round(40 * S));
const providerKinds = picker({ independent: 60, city_department: 15, health: 15, other: 10 });
const providers = Array.from({ length: providerCount }, (_, i) => ({
  id: rng.uuid(),
  name: `Träger ${String(i + 1).padStart(3, '0')} ${rng.pick(['e. V.', 'gGmbH', 'Stiftung', 'Beratungsstelle', 'Praxis'])}`,
  kind: providerKinds(rng),
  district: districtId[pickDistrict(rng)],
}));
await copy(
  'providers',
  ['id', 'name', 'kind', 'district_id', 'phone', 'email', 'languages', 'created_at', 'updated_at'],
  providers.map((p, i) => [
    p.id,
    p.name,
    p.kind,
    p.district,
    `0331 ${200000 + i}`,
    `kontakt${i}@traeger.example`,
    arr(['de']),
    iso(officeCreated),
    iso(officeCreated),
  ]),
);
for (let p = 0; p < providerCount; p++)
  users.push({
    email: `traeger${p}@${BENCH_DOMAIN}`,
    role: 'provider',
    providerIdx: p,
    officeIdx: null,
    name: `Träger-Nutzer*in ${p}`,
  });
for (const u of users) u.id = rng.uuid();
await copy(
  'users',
  [
    'id',
    'email',
    'display_name',
    'role',
    'office_id',
    'provider_id',
    'password_hash',
    'created_at',
    'updated_at',
  ],
  users.map((u) => [
    u.id,
    u.email,
    u.name,
    u.role,
    u.officeIdx === null ? null : offices[u.officeIdx].id,
    u.providerIdx === undefined ? null : providers[u.providerIdx].id,
    passwordHash,
    iso(officeCreated),
    iso(officeCreated),
  ]),
);

const offers = []; // {id, providerIdx, cats}
const offersByCategory = new Map();
for (let p = 0; p < providerCount; p++) {
  const k = rng.int(1, 4);
  for (let j = 0; j < k; j++) {
    const cats = [...new Set([pickCategory(rng), pickCategory(rng)])];
    const offer = { id: rng.uuid(), providerIdx: p, cats };
    offers.push(offer);
    for (const c of cats) {
      if (!offersByCategory.has(c)) offersByCategory.set(c, []);
      offersByCategory.get(c).push(offers.length - 1);
    }
  }
}
await copy(
  'offers',
  [
    'id',
    'provider_id',
    'title',
    'category_keys',
    'district_ids',
    'languages',
    'capacity',
    'created_at',
    'updated_at',
  ],
  offers.map((o, i) => [
    o.id,
    providers[o.providerIdx].id,
    `Angebot ${i + 1}: ${o.cats.join(', ')}`,
    arr(o.cats),
    arr([]),
    arr(['de']),
    rng.pick(['available', 'available', 'waitlist', 'full']),
    iso(officeCreated),
    iso(officeCreated),
  ]),
);
log(
  `${officeCount} offices, ${users.length} users (password ${BENCH_PASSWORD}), ${providerCount} providers, ${offers.length} offers`,
);

// ---------------------------------------------------------------------------------------------
// Families and their members
// ---------------------------------------------------------------------------------------------
const F = N.families;
const famId = new Array(F);
const famOffice = new Uint16Array(F);
const famOwner = new Uint32Array(F);
const famDistrict = new Array(F);
const famCreated = new Float64Array(F);
const famLast = new Float64Array(F);
const famName = new Array(F);
{
  const r = sub('families');
  const officeCum = [];
  let acc = 0;
  for (const w of officeWeights) officeCum.push((acc += w / weightSum));
  for (let i = 0; i < F; i++) {
    famId[i] = r.uuid();
    const x = r.next();
    let o = 0;
    while (officeCum[o] < x) o++;
    famOffice[i] = o;
    famOwner[i] = r.pick(counsellorsByOffice[o]);
    famDistrict[i] = r.chance(FAMILY_NO_DISTRICT) ? null : districtId[pickDistrict(r)];
    famCreated[i] = officeTime(r, growingTime(r));
    famLast[i] = famCreated[i];
    const surname = r.pick(SURNAMES);
    famName[i] = r.chance(0.7)
      ? `Familie ${surname}`
      : r.chance(0.5)
        ? surname
        : `${surname}-${r.pick(SURNAMES)}`;
  }
}
const phoneticCache = new Map();
const phon = (fn, s) => {
  const key = `${fn.name}:${s}`;
  let v = phoneticCache.get(key);
  if (v === undefined) phoneticCache.set(key, (v = fn(s)));
  return v;
};
log(`${F} families drawn`);

// ---------------------------------------------------------------------------------------------
// Contacts (chronological, as the app writes them)
// ---------------------------------------------------------------------------------------------
const C = N.contacts;
const conFam = new Int32Array(C); // -1 = anonymous
const conTime = new Float64Array(C);
const conOffice = new Uint16Array(C);
const conCounsellor = new Uint32Array(C);
{
  const r = sub('contacts');
  const familyContacts = Math.round(C * (1 - ANONYMOUS_SHARE));
  for (let k = 0; k < C; k++) {
    if (k < F) {
      conFam[k] = k; // every family has its first contact when it is created
      conTime[k] = famCreated[k];
    } else if (k < familyContacts) {
      const f = Math.floor(F * r.next() ** 1.6); // some families come back often
      conFam[k] = f;
      conTime[k] = officeTime(r, clampEnd(famCreated[f] + r.next() ** 2 * 900 * DAY));
    } else {
      conFam[k] = -1;
      conTime[k] = officeTime(r, growingTime(r));
    }
    if (conFam[k] >= 0) {
      const f = conFam[k];
      conOffice[k] = famOffice[f];
      conCounsellor[k] = r.chance(0.85) ? famOwner[f] : r.pick(counsellorsByOffice[famOffice[f]]);
      if (conTime[k] > famLast[f]) famLast[f] = conTime[k];
    } else {
      const x = r.next() * weightSum;
      let o = 0;
      let acc = officeWeights[0];
      while (acc < x) acc += officeWeights[++o];
      conOffice[k] = o;
      conCounsellor[k] = r.pick(counsellorsByOffice[o]);
    }
  }
}
const conOrder = Uint32Array.from({ length: C }, (_, i) => i).sort(
  (a, b) => conTime[a] - conTime[b] || a - b,
);
const conId = new Array(C);
const conDistrict = new Array(C);
const conChannel = new Array(C);
{
  const r = sub('contact-ids');
  for (let k = 0; k < C; k++) {
    conId[k] = r.uuid();
    const f = conFam[k];
    conDistrict[k] =
      f >= 0 ? famDistrict[f] : r.chance(ANON_NO_DISTRICT) ? null : districtId[pickDistrict(r)];
    conChannel[k] = pickChannel(r);
  }
}
log(`${C} contacts drawn`);

// ---------------------------------------------------------------------------------------------
// Needs: most raised by a contact (same time), the rest entered for a family later
// ---------------------------------------------------------------------------------------------
const NN = N.needs;
const needContact = new Int32Array(NN).fill(-1);
const needFam = new Int32Array(NN).fill(-1);
const needTime = new Float64Array(NN);
const needCat = new Array(NN);
{
  const r = sub('needs');
  const fromContacts = Math.round(NN * 0.9);
  let n = 0;
  const perContact = picker({ 0: 22, 1: 38, 2: 26, 3: 10, 4: 4 });
  for (let pass = 0; n < fromContacts; pass++) {
    for (let k = 0; k < C && n < fromContacts; k++) {
      const m = pass === 0 ? Number(perContact(r)) : r.chance(0.2) ? 1 : 0;
      for (let j = 0; j < m && n < fromContacts; j++, n++) {
        needContact[n] = k;
        needFam[n] = conFam[k];
        needTime[n] = conTime[k];
        needCat[n] = pickCategory(r);
      }
    }
  }
  for (; n < NN; n++) {
    const f = r.int(0, F - 1);
    needFam[n] = f;
    needTime[n] = officeTime(r, clampEnd(famCreated[f] + r.next() ** 2 * 600 * DAY));
    needCat[n] = pickCategory(r);
    if (needTime[n] > famLast[f]) famLast[f] = needTime[n];
  }
}
const needId = new Array(NN);
{
  const r = sub('need-ids');
  for (let n = 0; n < NN; n++) needId[n] = r.uuid();
}
log(`${NN} needs drawn`);

// ---------------------------------------------------------------------------------------------
// Referrals of family needs, their consents, the needs' statuses
// ---------------------------------------------------------------------------------------------
const R = N.referrals;
const refNeed = new Uint32Array(R);
{
  const r = sub('referrals');
  const familyNeeds = [];
  for (let n = 0; n < NN; n++) if (needFam[n] >= 0) familyNeeds.push(n);
  if (familyNeeds.length < R) throw new Error('not enough family needs for the referrals');
  for (let i = 0; i < R; i++) {
    const j = i + Math.floor(r.next() * (familyNeeds.length - i));
    [familyNeeds[i], familyNeeds[j]] = [familyNeeds[j], familyNeeds[i]];
    refNeed[i] = familyNeeds[i];
  }
}
const referrals = new Array(R);
const needStatus = new Array(NN);
const needResolved = new Float64Array(NN);
const needUpdated = new Float64Array(NN);
const consents = [];
{
  const r = sub('referral-states');
  const recent = picker({
    draft: 12,
    sent: 30,
    accepted: 18,
    in_progress: 20,
    declined: 8,
    cancelled: 6,
    completed: 6,
  });
  const older = picker({
    draft: 1,
    sent: 2,
    accepted: 3,
    in_progress: 6,
    completed: 62,
    declined: 11,
    cancelled: 5,
    not_taken_up: 10,
  });
  const outcomes = picker({ successful: 65, partly: 20, unsuccessful: 15 });
  const declines = picker({
    no_capacity: 40,
    not_eligible: 20,
    out_of_area: 10,
    family_unreachable: 15,
    family_declined: 10,
    other: 5,
  });
  for (let i = 0; i < R; i++) {
    const n = refNeed[i];
    const f = needFam[n];
    const created = clampEnd(needTime[n] + r.next() ** 3 * 7 * DAY);
    const age = (END - created) / DAY;
    const status = age < 45 ? recent(r) : older(r);
    const cands = offersByCategory.get(needCat[n]);
    const offerIdx = cands && r.chance(0.85) ? r.pick(cands) : null;
    const providerIdx = offerIdx !== null ? offers[offerIdx].providerIdx : r.int(0, providerCount - 1);
    const mode = r.chance(0.6) ? 'warm' : 'info';
    const sentAt = status === 'draft' ? null : clampEnd(created + r.int(0, 36) * 3_600_000);
    let respondedAt = null;
    let completedAt = null;
    let outcome = null;
    let declineReason = null;
    let version = 1;
    if (sentAt !== null) version++;
    if (['accepted', 'in_progress', 'completed', 'declined', 'not_taken_up'].includes(status)) {
      respondedAt = clampEnd(sentAt + Math.exp(r.next() * 3.2) * 0.5 * DAY);
      version++;
    }
    if (status === 'in_progress' || status === 'completed' || status === 'not_taken_up') version++;
    if (status === 'completed') {
      completedAt = clampEnd(respondedAt + r.int(7, 90) * DAY);
      outcome = outcomes(r);
      version++;
    }
    if (status === 'declined') declineReason = declines(r);
    if (status === 'cancelled') version++;
    const updated = Math.max(created, sentAt ?? 0, respondedAt ?? 0, completedAt ?? 0);
    let consentId = null;
    if (mode === 'warm') {
      consentId = r.uuid();
      consents.push([consentId, f, providerIdx, Math.max(famCreated[f], created - r.int(0, 3) * 3_600_000)]);
    }
    referrals[i] = {
      id: r.uuid(),
      n,
      f,
      providerIdx,
      offerIdx,
      mode,
      consentId,
      status,
      created,
      sentAt,
      respondedAt,
      completedAt,
      outcome,
      declineReason,
      version,
      updated,
    };
    if (updated > famLast[f]) famLast[f] = updated;
  }
  // needs follow their referrals (needStatusFromReferrals); the others were closed by hand or are open
  const byNeed = new Map();
  for (const ref of referrals) byNeed.set(ref.n, ref);
  const rs = sub('need-states');
  for (let n = 0; n < NN; n++) {
    const ref = byNeed.get(n);
    const age = (END - needTime[n]) / DAY;
    let status = 'open';
    let resolved = 0;
    let updated = needTime[n];
    if (ref && ref.status !== 'draft') {
      if (ref.status === 'completed' && ref.outcome === 'successful') {
        status = 'met';
        resolved = ref.completedAt;
      } else if (['sent', 'accepted', 'in_progress'].includes(ref.status)) status = 'referred';
      else if (ref.status === 'declined' && ref.declineReason === 'no_capacity' && rs.chance(0.5)) {
        status = 'unmet';
        resolved = clampEnd(ref.updated + rs.int(0, 5) * DAY);
      }
      updated = Math.max(updated, ref.updated, resolved);
    } else {
      const closed = age > 60 ? rs.next() < 0.72 : rs.next() < 0.3;
      if (closed) {
        status = picker({ met: 62, unmet: 22, withdrawn: 16 })(rs);
        resolved = clampEnd(needTime[n] + rs.next() ** 2 * 60 * DAY);
        updated = resolved;
      }
    }
    needStatus[n] = status;
    needResolved[n] = resolved;
    needUpdated[n] = updated;
    if (needFam[n] >= 0 && updated > famLast[needFam[n]]) famLast[needFam[n]] = updated;
  }
}
log(`${R} referrals, ${consents.length} consents for warm referrals drawn`);

// ---------------------------------------------------------------------------------------------
// Follow-ups: the outcome checks of sent referrals, and reminders of the counsellors
// ---------------------------------------------------------------------------------------------
const FU = N.followUps;
const followUps = new Array(FU);
{
  const r = sub('follow-ups');
  const sent = referrals.filter((x) => x.sentAt !== null);
  for (let i = 0; i < FU; i++) {
    let f;
    let ref = null;
    let need = null;
    let created;
    let title;
    if (i < FU * 0.7 && sent.length > 0) {
      ref = sent[Math.floor(r.next() * sent.length)];
      f = ref.f;
      need = ref.n;
      created = ref.sentAt;
      title = `Rückmeldung zur Vermittlung: ${ref.offerIdx !== null ? `Angebot ${ref.offerIdx + 1}: ${offers[ref.offerIdx].cats.join(', ')}` : providers[ref.providerIdx].name}`;
    } else {
      f = r.int(0, F - 1);
      created = officeTime(r, clampEnd(famCreated[f] + r.next() * Math.max(1, END - famCreated[f])));
      title = r.pick([
        'Unterlagen nachfragen',
        'Antrag prüfen',
        'Rückruf vereinbaren',
        'Termin Jobcenter nachhalten',
        'Kita-Zusage prüfen',
        'Wohngeldbescheid besprechen',
      ]);
    }
    const due = created + r.int(3, 28) * DAY;
    let status = 'open';
    let doneAt = null;
    if (due < END) {
      const x = r.next();
      if (x < 0.8) {
        status = 'done';
        doneAt = clampEnd(created + r.next() * (due - created + 10 * DAY));
      } else if (x < 0.86) status = 'cancelled';
    } else if (r.chance(0.2)) {
      status = 'done';
      doneAt = clampEnd(created + r.next() * (END - created));
    }
    const updated = doneAt ?? (status === 'cancelled' ? clampEnd(due + DAY) : created);
    followUps[i] = {
      id: r.uuid(),
      f,
      ref,
      need,
      created,
      due,
      status,
      doneAt,
      title,
      updated,
      assignee: famOwner[f],
    };
    if (updated > famLast[f]) famLast[f] = updated;
  }
  followUps.sort((a, b) => a.created - b.created);
}
log(`${FU} follow-ups drawn`);

// ---------------------------------------------------------------------------------------------
// COPY: families and persons (through staging tables, for search_text), then the rest
// ---------------------------------------------------------------------------------------------
let personCount = 0;
{
  const r = sub('persons');
  const famOrder = Uint32Array.from({ length: F }, (_, i) => i).sort(
    (a, b) => famCreated[a] - famCreated[b] || a - b,
  );
  const household = new Array(F);
  function* familyRows() {
    for (const f of famOrder) {
      const single = r.chance(0.3);
      const children = Math.min(8, Math.floor(-Math.log(1 - r.next()) * 1.6) + (r.chance(0.85) ? 1 : 0));
      const languages = r.chance(0.68) ? ['de'] : r.chance(0.5) ? ['de', pickLang(r)] : [pickLang(r)];
      household[f] = { single, children, languages };
      const interpreter = !languages.includes('de') && r.chance(0.6);
      const created = famCreated[f];
      // a family quiet for about a year is closed by its counsellor (an update: it moves lastActivityAt)
      const closeAt = famLast[f] + r.int(300, 365) * DAY;
      const status = closeAt < END && r.chance(0.6) ? 'closed' : 'active';
      const last = status === 'closed' ? closeAt : famLast[f];
      yield [
        famId[f],
        offices[famOffice[f]].id,
        users[famOwner[f]].id,
        famName[f],
        phon(familyNameKey, famName[f]),
        phon(transliterationKey, famName[f]),
        famDistrict[f],
        (single ? 1 : 2) + children,
        children,
        single,
        arr(languages),
        interpreter,
        status,
        '',
        iso(last),
        users[famOwner[f]].id,
        status === 'closed' ? 2 : 1,
        iso(created),
        iso(last),
      ];
    }
  }
  await copy(
    'families',
    [
      'id',
      'office_id',
      'owner_id',
      'name',
      'name_phonetic',
      'name_key',
      'district_id',
      'household_size',
      'children_count',
      'single_parent',
      'languages',
      'interpreter_needed',
      'status',
      'search_text',
      'last_activity_at',
      'created_by_id',
      'version',
      'created_at',
      'updated_at',
    ],
    familyRows(),
  );
  function* personRows() {
    for (const f of famOrder) {
      const h = household[f];
      const surname = famName[f].replace(/^Familie /, '').split('-')[0];
      const when = iso(famCreated[f]);
      const row = (relation, first, birth, phone, email) => {
        personCount++;
        return [
          r.uuid(),
          famId[f],
          offices[famOffice[f]].id,
          relation,
          first,
          surname,
          phon(koelnerPhonetik, surname),
          personNameKey(first, surname),
          birth,
          phone,
          email,
          1,
          when,
          when,
        ];
      };
      const year = new Date(famCreated[f]).getUTCFullYear();
      const date = (y) =>
        `${y}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
      for (let p = 0; p < (h.single ? 1 : 2); p++) {
        const first = r.pick(FIRST_NAMES);
        yield row(
          'parent',
          first,
          r.chance(0.7) ? date(year - r.int(19, 48)) : null,
          p === 0 && r.chance(0.75) ? `0176 ${r.digits(8)}` : null,
          p === 0 && r.chance(0.3) ? `${first.toLowerCase()}.${f}@mail.example` : null,
        );
      }
      for (let c = 0; c < h.children; c++)
        yield row('child', r.pick(CHILD_NAMES), date(Math.min(year - r.int(0, 17), 2026)), null, null);
    }
  }
  await copy(
    'persons',
    [
      'id',
      'family_id',
      'office_id',
      'relation',
      'first_name',
      'last_name',
      'last_name_phonetic',
      'name_key',
      'birth_date',
      'phone',
      'email',
      'version',
      'created_at',
      'updated_at',
    ],
    personRows(),
  );
}
// families.search_text: the body of lotsen_refresh_family_search(), run once per family after its
// last member was written — what the trigger leaves behind.
await db.query(`
  UPDATE families f SET search_text = lotsen_fold(concat_ws(' ', f.name,
    (SELECT string_agg(concat_ws(' ', p.first_name, p.last_name, regexp_replace(coalesce(p.phone, ''), '[^0-9]', '', 'g')), ' ')
       FROM persons p WHERE p.family_id = f.id)))`);
await db.query(`VACUUM FULL families`);
log(`families (${F}) and persons (${personCount}) loaded, search_text derived`);

consents.sort((a, b) => a[3] - b[3]);
await copy(
  'consents',
  [
    'id',
    'family_id',
    'office_id',
    'scope',
    'provider_id',
    'form',
    'given_at',
    'recorded_by_id',
    'created_at',
    'updated_at',
  ],
  (function* () {
    for (const [id, f, p, at] of consents)
      yield [
        id,
        famId[f],
        offices[famOffice[f]].id,
        'share_with_provider',
        providers[p].id,
        'written',
        iso(at),
        users[famOwner[f]].id,
        iso(at),
        iso(at),
      ];
  })(),
);
log(`consents (${consents.length}) loaded`);

await copy(
  'contacts',
  [
    'id',
    'family_id',
    'office_id',
    'counsellor_id',
    'occurred_at',
    'channel',
    'duration_minutes',
    'district_id',
    'summary',
    'notes',
    'confidential',
    'version',
    'created_at',
    'updated_at',
  ],
  (function* () {
    const r = sub('contact-rows');
    for (const k of conOrder) {
      const f = conFam[k];
      const at = iso(conTime[k]);
      const ch = conChannel[k];
      const minutes =
        ch === 'walk_in'
          ? r.int(10, 60)
          : ch === 'phone'
            ? r.int(3, 30)
            : ch === 'outreach'
              ? r.int(15, 90)
              : r.int(5, 20);
      const confidential = f >= 0 && r.chance(0.03);
      yield [
        conId[k],
        f >= 0 ? famId[f] : null,
        offices[conOffice[k]].id,
        users[conCounsellor[k]].id,
        at,
        ch,
        minutes,
        conDistrict[k],
        r.chance(0.6)
          ? r.pick([
              'Erstberatung',
              'Antragshilfe',
              'Kurzinfo',
              'Folgetermin',
              'Weitervermittlung',
              'Rückfrage',
            ])
          : null,
        f >= 0 && r.chance(0.4)
          ? 'Gesprächsnotiz: Unterlagen besprochen, nächste Schritte vereinbart.'
          : null,
        confidential,
        1,
        at,
        at,
      ];
    }
  })(),
);
log(`contacts (${C}) loaded`);

const needOrder = Uint32Array.from({ length: NN }, (_, i) => i).sort(
  (a, b) => needTime[a] - needTime[b] || a - b,
);
await copy(
  'needs',
  [
    'id',
    'family_id',
    'contact_id',
    'office_id',
    'category_key',
    'description',
    'urgency',
    'status',
    'unmet_reason',
    'identified_at',
    'resolved_at',
    'created_by_id',
    'version',
    'created_at',
    'updated_at',
  ],
  (function* () {
    const r = sub('need-rows');
    for (const n of needOrder) {
      const k = needContact[n];
      const f = needFam[n];
      const office = k >= 0 ? conOffice[k] : famOffice[f];
      const by = k >= 0 ? conCounsellor[k] : famOwner[f];
      const status = needStatus[n];
      const at = iso(needTime[n]);
      yield [
        needId[n],
        f >= 0 ? famId[f] : null,
        k >= 0 ? conId[k] : null,
        offices[office].id,
        needCat[n],
        r.chance(0.3) ? 'Bedarf im Gespräch festgestellt' : null,
        needCat[n] === 'kinderschutz' ? 'high' : r.chance(0.15) ? 'high' : r.chance(0.2) ? 'low' : 'normal',
        status,
        status === 'unmet' ? pickUnmet(r) : null,
        at,
        needResolved[n] ? iso(needResolved[n]) : null,
        users[by].id,
        needUpdated[n] > needTime[n] ? 2 : 1,
        at,
        iso(needUpdated[n]),
      ];
    }
  })(),
);
log(`needs (${NN}) loaded`);

referrals.sort((a, b) => a.created - b.created);
await copy(
  'referrals',
  [
    'id',
    'need_id',
    'family_id',
    'office_id',
    'counsellor_id',
    'offer_id',
    'provider_id',
    'mode',
    'consent_id',
    'status',
    'sent_at',
    'responded_at',
    'completed_at',
    'outcome',
    'decline_reason',
    'note',
    'version',
    'created_at',
    'updated_at',
  ],
  (function* () {
    for (const x of referrals) {
      const k = needContact[x.n];
      const by = k >= 0 ? conCounsellor[k] : famOwner[x.f];
      yield [
        x.id,
        needId[x.n],
        famId[x.f],
        offices[famOffice[x.f]].id,
        users[by].id,
        x.offerIdx === null ? null : offers[x.offerIdx].id,
        providers[x.providerIdx].id,
        x.mode,
        x.consentId,
        x.status,
        x.sentAt && iso(x.sentAt),
        x.respondedAt && iso(x.respondedAt),
        x.completedAt && iso(x.completedAt),
        x.outcome,
        x.declineReason,
        null,
        x.version,
        iso(x.created),
        iso(x.updated),
      ];
    }
  })(),
);
log(`referrals (${R}) loaded`);

await copy(
  'follow_ups',
  [
    'id',
    'family_id',
    'office_id',
    'referral_id',
    'need_id',
    'assignee_id',
    'title',
    'due_at',
    'status',
    'done_at',
    'note',
    'created_by_id',
    'version',
    'created_at',
    'updated_at',
  ],
  (function* () {
    for (const x of followUps) {
      yield [
        x.id,
        famId[x.f],
        offices[famOffice[x.f]].id,
        x.ref ? x.ref.id : null,
        x.need !== null ? needId[x.need] : null,
        users[x.assignee].id,
        x.title,
        iso(x.due),
        x.status,
        x.doneAt && iso(x.doneAt),
        null,
        users[famOwner[x.f]].id,
        x.status === 'open' ? 1 : 2,
        iso(x.created),
        iso(x.updated),
      ];
    }
  })(),
);
log(`follow-ups (${FU}) loaded`);

// The audit rows the app writes with every create of family data (audit.service.ts).
await db.query(`
  INSERT INTO audit_events (at, user_id, office_id, action, entity, entity_id, ip, details)
  SELECT at, user_id, office_id, action, entity, entity_id, '127.0.0.1', details FROM (
    SELECT created_at AS at, created_by_id AS user_id, office_id, 'family.create' AS action, 'family' AS entity, id AS entity_id, NULL::jsonb AS details FROM families
    UNION ALL SELECT p.created_at, f.created_by_id, p.office_id, 'person.create', 'person', p.id, jsonb_build_object('familyId', p.family_id) FROM persons p JOIN families f ON f.id = p.family_id
    UNION ALL SELECT created_at, counsellor_id, office_id, 'contact.create', 'contact', id, jsonb_build_object('familyId', family_id) FROM contacts WHERE family_id IS NOT NULL
    UNION ALL SELECT created_at, created_by_id, office_id, 'need.create', 'need', id, jsonb_build_object('familyId', family_id) FROM needs WHERE family_id IS NOT NULL
    UNION ALL SELECT created_at, counsellor_id, office_id, 'referral.create', 'referral', id, jsonb_build_object('familyId', family_id) FROM referrals
    UNION ALL SELECT created_at, created_by_id, office_id, 'follow_up.create', 'follow_up', id, jsonb_build_object('familyId', family_id) FROM follow_ups WHERE referral_id IS NULL
  ) a ORDER BY at`);
log('audit events written');

// ---------------------------------------------------------------------------------------------
// Indexes, foreign keys (validated), triggers back on, statistics
// ---------------------------------------------------------------------------------------------
await db.query(`SET max_parallel_maintenance_workers = 2`);
for (const ix of indexDefs) await db.query(ix.def);
log(`${indexDefs.length} indexes rebuilt`);
for (const fk of fkDefs) await db.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${fk.name} ${fk.def}`);
log(`${fkDefs.length} foreign keys re-added and validated`);
await db.query(`ALTER TABLE families ENABLE TRIGGER USER`);
await db.query(`ALTER TABLE persons ENABLE TRIGGER USER`);
for (const table of ROLLUP_TABLES) await db.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
// the daily rollups of the whole history (migration DemandRollups, docs/rollups.md), on fresh
// statistics: without them the planner guesses the loaded tables' sizes and the rebuild took
// 20 minutes instead of two
if ((await db.query(`SELECT to_regproc('lotsen_rollup_rebuild') AS f`)).rows[0].f) {
  await db.query(`ANALYZE`);
  await db.query(`DELETE FROM outbox WHERE job = 'rollup-days'`);
  await db.query(`SELECT lotsen_rollup_rebuild('2000-01-01', '2100-12-31', NULL)`);
  log('daily rollups rebuilt');
}
// the per-office family count that families' count trigger keeps (migration ScaleIndexes)
if ((await db.query(`SELECT to_regclass('family_counts') AS t`)).rows[0].t) {
  await db.query(`DELETE FROM family_counts`);
  await db.query(
    `INSERT INTO family_counts (office_id, families) SELECT office_id, count(*) FROM families GROUP BY office_id`,
  );
}
// the family search's terms and dictionary that families' terms trigger keeps (migration FamilySearchTerms)
if ((await db.query(`SELECT to_regproc('lotsen_rebuild_family_search_terms') AS f`)).rows[0].f) {
  await db.query(`SELECT lotsen_rebuild_family_search_terms()`);
  // the dictionary in (kind, term) order, as migration FamilySearchKindIndexes leaves it
  await db.query(`CLUSTER family_search_dictionary USING family_search_dictionary_pkey`);
  log('family search terms rebuilt');
}
await db.query(`VACUUM ANALYZE`);
log('vacuumed and analyzed');

// Checks: the counts, and search_text as the database's own function computes it.
const counts = (
  await db.query(`SELECT (SELECT count(*) FROM families)::int AS families, (SELECT count(*) FROM persons)::int AS persons,
    (SELECT count(*) FROM contacts)::int AS contacts, (SELECT count(*) FILTER (WHERE family_id IS NULL) FROM contacts)::int AS anonymous,
    (SELECT count(*) FROM needs)::int AS needs, (SELECT count(*) FROM referrals)::int AS referrals,
    (SELECT count(*) FROM follow_ups)::int AS follow_ups, (SELECT count(*) FROM audit_events)::int AS audit_events`)
).rows[0];
const mismatch = (
  await db.query(`SELECT count(*)::int AS n FROM families f WHERE f.search_text IS DISTINCT FROM lotsen_fold(concat_ws(' ', f.name,
    (SELECT string_agg(concat_ws(' ', p.first_name, p.last_name, regexp_replace(coalesce(p.phone, ''), '[^0-9]', '', 'g')), ' ')
       FROM persons p WHERE p.family_id = f.id)))`)
).rows[0].n;
await db.end();
if (mismatch > 0) throw new Error(`${mismatch} families have a search_text other than the trigger's`);
console.log(JSON.stringify(counts));
log(
  `done: ${args.database} holds scale ${S} (seed ${args.seed}, until ${args.until}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
