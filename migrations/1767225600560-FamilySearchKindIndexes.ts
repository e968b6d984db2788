import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The family search's dictionary step, faster (issue 19 point 1; docs/family-search.md "Second
 * pass"). Every lookup names one kind of term (`kind = 'w'` …, a literal in the statement), but
 * the one trigram index held all kinds: a name's trigrams ("sch", "chm") were looked up among
 * 190,000 phone numbers and 36,000 keys too, and each candidate re-read from the table (19 ms of
 * 20 for "Schmitd" at scale 10). Now one partial trigram index per kind (names, double names,
 * keys, numbers); the dictionary is clustered by (kind, term) once, so the double names a
 * similarity search re-checks lie on ~110 pages instead of ~680 (new terms are appended; the
 * order decays only as fast as the dictionary grows).
 *
 * The Kölner Phonetik branch of the search reads only the families' ids: the index on
 * (office, name sound) carries the id, so it is an index-only scan instead of ~800 table pages.
 */
export class FamilySearchKindIndexes1767225600560 implements MigrationInterface {
  name = 'FamilySearchKindIndexes1767225600560';

  async up(q: QueryRunner): Promise<void> {
    for (const kind of ['w', 'c', 'k', 'p'])
      await q.query(`
        CREATE INDEX family_search_dictionary_${kind}_trgm ON family_search_dictionary
          USING gin (term gin_trgm_ops) WHERE kind = '${kind}'`);
    await q.query(`DROP INDEX family_search_dictionary_trgm`);
    await q.query(`CLUSTER family_search_dictionary USING family_search_dictionary_pkey`);
    await q.query(`ANALYZE family_search_dictionary`);
    await q.query(
      `CREATE INDEX families_phonetic_id_idx ON families (office_id, name_phonetic) INCLUDE (id)`,
    );
    await q.query(`DROP INDEX families_phonetic_idx`);
    await q.query(`ALTER INDEX families_phonetic_id_idx RENAME TO families_phonetic_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX families_phonetic_idx`);
    await q.query(`CREATE INDEX families_phonetic_idx ON families (office_id, name_phonetic)`);
    await q.query(`
      CREATE INDEX family_search_dictionary_trgm ON family_search_dictionary USING gin (term gin_trgm_ops)`);
    for (const kind of ['w', 'c', 'k', 'p'])
      await q.query(`DROP INDEX family_search_dictionary_${kind}_trgm`);
  }
}
