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
//
// The parts live in bench/generate/: weights.mjs (distributions, name lists), random.mjs (seeded
// streams, weighted picks, random times), copy.mjs (COPY, what is dropped for the load),
// reference.mjs, organisation.mjs (offices, users, providers, offers), one module per table group
// (families.mjs with the persons, contacts.mjs, needs.mjs, referrals.mjs with the consents,
// follow-ups.mjs, audit.mjs) and finish.mjs (indexes, foreign keys, rollups, ANALYZE, checks).
// The organisation draws from the main generator, every later step from its own labelled
// sub-streams; within a stream, moving a draw changes the data.
import pg from 'pg';
import { databaseUrl, dist, parseArgs, BENCH_PASSWORD } from './lib.mjs';
import { writeAuditEvents } from './generate/audit.mjs';
import { dropForLoad } from './generate/copy.mjs';
import { checkLoad, rebuildDerived, restoreAfterLoad } from './generate/finish.mjs';
import { drawContacts, loadContacts } from './generate/contacts.mjs';
import { drawFamilies, loadFamilies } from './generate/families.mjs';
import { drawFollowUps, loadFollowUps } from './generate/follow-ups.mjs';
import { drawNeeds, loadNeeds } from './generate/needs.mjs';
import { loadOrganisation } from './generate/organisation.mjs';
import { loadReference } from './generate/reference.mjs';
import { drawReferrals, loadConsents, loadReferrals } from './generate/referrals.mjs';
import { streams, timeline } from './generate/random.mjs';

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

const { runMigrations } = dist('apps/api/src/common/database/migrate.js');

const S = args.scale;
const N = {
  families: Math.round(25_000 * S),
  contacts: Math.round(150_000 * S),
  needs: Math.round(200_000 * S),
  referrals: Math.round(40_000 * S),
  followUps: Math.round(30_000 * S),
};
const log = (m) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${m}`);

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

const dropped = await dropForLoad(db);
log(
  `dropped ${dropped.indexDefs.length} indexes and ${dropped.fkDefs.length} foreign keys for the load; search triggers off`,
);

// ---------------------------------------------------------------------------------------------
// Draw, then load. `g` collects what each step drew, for the steps after it.
// ---------------------------------------------------------------------------------------------
const g = { db, S, N, ...streams(args.seed), ...timeline(args.until) };
Object.assign(g, await loadReference(db));
Object.assign(g, await loadOrganisation(g));
log(
  `${g.officeCount} offices, ${g.users.length} users (password ${BENCH_PASSWORD}), ${g.providerCount} providers, ${g.offers.length} offers`,
);
Object.assign(g, drawFamilies(g));
log(`${N.families} families drawn`);
Object.assign(g, drawContacts(g));
log(`${N.contacts} contacts drawn`);
Object.assign(g, drawNeeds(g));
log(`${N.needs} needs drawn`);
Object.assign(g, drawReferrals(g));
log(`${N.referrals} referrals, ${g.consents.length} consents for warm referrals drawn`);
Object.assign(g, drawFollowUps(g));
log(`${N.followUps} follow-ups drawn`);

// COPY: families and persons (their search_text set by an UPDATE after the COPY), then the rest
const personCount = await loadFamilies(g);
log(`families (${N.families}) and persons (${personCount}) loaded, search_text derived`);
await loadConsents(g);
log(`consents (${g.consents.length}) loaded`);
await loadContacts(g);
log(`contacts (${N.contacts}) loaded`);
await loadNeeds(g);
log(`needs (${N.needs}) loaded`);
await loadReferrals(g);
log(`referrals (${N.referrals}) loaded`);
await loadFollowUps(g);
log(`follow-ups (${N.followUps}) loaded`);
await writeAuditEvents(db);
log('audit events written');

// ---------------------------------------------------------------------------------------------
// Indexes, foreign keys (validated), triggers back on, statistics
// ---------------------------------------------------------------------------------------------
await restoreAfterLoad(db, dropped, log);
await rebuildDerived(db, log);

const { counts, mismatch } = await checkLoad(db);
await db.end();
if (mismatch > 0) throw new Error(`${mismatch} families have a search_text other than the trigger's`);
console.log(JSON.stringify(counts));
log(
  `done: ${args.database} holds scale ${S} (seed ${args.seed}, until ${args.until}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
