// After the load: indexes, foreign keys (validated), triggers back on, the derived tables
// (rollups, family counts, search terms), statistics; then the checks.
import { ROLLUP_TABLES } from './copy.mjs';

/** Recreates the indexes and foreign keys dropForLoad (copy.mjs) dropped, and turns the triggers back on. */
export async function restoreAfterLoad(db, { indexDefs, fkDefs }, log) {
  await db.query(`SET max_parallel_maintenance_workers = 2`);
  for (const ix of indexDefs) await db.query(ix.def);
  log(`${indexDefs.length} indexes rebuilt`);
  for (const fk of fkDefs) await db.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${fk.name} ${fk.def}`);
  log(`${fkDefs.length} foreign keys re-added and validated`);
  await db.query(`ALTER TABLE families ENABLE TRIGGER USER`);
  await db.query(`ALTER TABLE persons ENABLE TRIGGER USER`);
  for (const table of ROLLUP_TABLES) await db.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
}

/** The tables the triggers would have kept, rebuilt once over the loaded rows; VACUUM ANALYZE. */
export async function rebuildDerived(db, log) {
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
}

/** Checks: the counts, and search_text as the database's own function computes it. */
export async function checkLoad(db) {
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
  return { counts, mismatch };
}
