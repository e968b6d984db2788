import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A timestamp column within the Europe/Berlin days `d1`..`d2` (both included), on the column's index. */
const DAYS = (column: string) =>
  `${column} >= (d1::timestamp AT TIME ZONE 'Europe/Berlin')
   AND ${column} < ((d2 + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`;
const OFFICE = (column: string) => `(office IS NULL OR ${column} = office)`;
const BERLIN_DAY = (column: string) => `(${column} AT TIME ZONE 'Europe/Berlin')::date`;

/** The dimensions of each rollup besides its day or month (the monthly tables' keys). */
const MONTH_KEYS = {
  contact: ['office_id', 'district_id', 'channel', 'source'],
  // a month of needs keeps what the reports read: unmet as a count; status, reason and source stay daily
  need: ['office_id', 'district_id', 'category_key'],
  referral: ['office_id', 'provider_id', 'category_key'],
} as const;
const MONTH_MEASURES: Record<keyof typeof MONTH_KEYS, string[]> = {
  contact: [
    'contacts',
    'anonymous',
    ...['month', 'quarter', 'year'].flatMap((p) => ['o', 'od', 'c', 'cd'].map((a) => `first_${p}_${a}`)),
  ],
  need: ['needs', 'unmet', 'referred'],
  referral: ['sent', 'accepted', 'declined', 'completed', 'not_taken_up', 'responded', 'responded_on_behalf'],
};

/** The months m1..m2 of one office (NULL: all) as the sums of their days' rows. */
function monthSums(kind: keyof typeof MONTH_KEYS): string {
  const dims = MONTH_KEYS[kind];
  const sums = MONTH_MEASURES[kind].map((m) =>
    m === 'unmet' ? `coalesce(sum(needs) FILTER (WHERE status = 'unmet'), 0)::int` : `sum(${m})::int`,
  );
  if (kind === 'referral') sums.push('lotsen_array_cat(response_days ORDER BY day)');
  return `SELECT date_trunc('month', day)::date, ${dims.join(', ')}, ${sums.join(', ')}
          FROM rollup_${kind}_days
          WHERE day >= m1 AND day < (m2 + interval '1 month')::date AND ${OFFICE('office_id')}
          GROUP BY 1, ${dims.map((_, i) => i + 2).join(', ')}`;
}

/**
 * The daily rollups of issue 20 (docs/rollups.md): the counts the city's reports are made of, per
 * Europe/Berlin day and office, so that a quarter or a year is read from a few thousand rows
 * instead of every contact, need and referral. They hold no person: no family, no name, no text —
 * only counts by day, office, Sozialraum, category, status, channel and source, and the days to a
 * provider's answer (a duration, for the exact median).
 *
 * Kept current from the outbox: a trigger on every table a figure depends on adds the
 * (office, day) pairs it touched to one outbox row per transaction (job `rollup-days`); the worker
 * recounts those days from the raw rows (`lotsen_rollup_rebuild`). The row commits with the change
 * or not at all, and a recount is idempotent: an event is neither lost nor counted twice, also
 * when Redis is down or the worker is killed (docs/jobs.md). A nightly job compares the rollups
 * with a fresh count of the raw rows and repairs a day that differs.
 *
 * Families served are distinct over a period, which days cannot add up: each contact row counts
 * the families whose first contact of the calendar month, quarter and year lies on it — in the
 * office (`_o`), in the office and Sozialraum (`_od`), in the city (`_c`) and in the city and
 * Sozialraum (`_cd`). A change to a family's contact marks all its contact days of that year.
 */
export class DemandRollups1767225600530 implements MigrationInterface {
  name = 'DemandRollups1767225600530';

  async up(q: QueryRunner): Promise<void> {
    const firsts = ['month', 'quarter', 'year'].flatMap((p) =>
      ['o', 'od', 'c', 'cd'].map((a) => `first_${p}_${a}`),
    );
    await q.query(`
      CREATE TABLE rollup_contact_days (
        day date NOT NULL,
        office_id uuid NOT NULL,
        district_id uuid,
        channel text NOT NULL,
        source text NOT NULL CHECK (source IN ('office', 'portal')),
        contacts int NOT NULL CHECK (contacts > 0),
        anonymous int NOT NULL,
        ${firsts.map((c) => `${c} int NOT NULL`).join(',\n        ')},
        CONSTRAINT rollup_contact_days_key UNIQUE NULLS NOT DISTINCT (day, office_id, district_id, channel, source)
      )`);
    await q.query(`
      CREATE TABLE rollup_need_days (
        day date NOT NULL,
        office_id uuid NOT NULL,
        district_id uuid,
        category_key text NOT NULL,
        status text NOT NULL,
        unmet_reason text,
        source text NOT NULL CHECK (source IN ('office', 'portal')),
        needs int NOT NULL CHECK (needs > 0),
        referred int NOT NULL,
        CONSTRAINT rollup_need_days_key
          UNIQUE NULLS NOT DISTINCT (day, office_id, district_id, category_key, status, unmet_reason, source)
      )`);
    await q.query(`
      CREATE TABLE rollup_referral_days (
        day date NOT NULL,
        office_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        category_key text NOT NULL,
        sent int NOT NULL CHECK (sent > 0),
        accepted int NOT NULL,
        declined int NOT NULL,
        completed int NOT NULL,
        not_taken_up int NOT NULL,
        responded int NOT NULL,
        responded_on_behalf int NOT NULL,
        response_days float8[] NOT NULL,
        CONSTRAINT rollup_referral_days_key UNIQUE (day, office_id, provider_id, category_key)
      )`);

    // ---- the same counts per calendar month: the sums of the month's days, so that a year is read
    // from twelve months of rows (a report reads whole months here and the days at its edges)
    await q.query(
      `CREATE AGGREGATE lotsen_array_cat(float8[]) (SFUNC = array_cat, STYPE = float8[], INITCOND = '{}')`,
    );
    await q.query(`
      CREATE TABLE rollup_need_months (
        month date NOT NULL,
        office_id uuid NOT NULL,
        district_id uuid,
        category_key text NOT NULL,
        needs int NOT NULL CHECK (needs > 0),
        unmet int NOT NULL,
        referred int NOT NULL
      )`);
    for (const [kind, dims] of Object.entries(MONTH_KEYS)) {
      if (kind !== 'need') {
        await q.query(`CREATE TABLE rollup_${kind}_months (LIKE rollup_${kind}_days INCLUDING CONSTRAINTS)`);
        await q.query(`ALTER TABLE rollup_${kind}_months RENAME COLUMN day TO month`);
      }
      await q.query(
        `ALTER TABLE rollup_${kind}_months ADD CONSTRAINT rollup_${kind}_months_key
           UNIQUE NULLS NOT DISTINCT (month, ${dims.join(', ')})`,
      );
    }

    // ---- the counts of the days d1..d2 of one office (NULL: every office), from the raw rows
    // "ohne Angabe": the reports' rule (districts ordered; the one with code 'unknown', else the first)
    const unknown = `(SELECT id FROM districts ORDER BY code = 'unknown' DESC, sort_order, code LIMIT 1)`;
    const firstCounts = ['month', 'quarter', 'year'].flatMap((p) =>
      ['o', 'od', 'c', 'cd'].map(
        (a) =>
          `count(*) FILTER (WHERE x.family_id IS NOT NULL AND (x.prev_${a} IS NULL OR x.prev_${a} < date_trunc('${p}', x.day)::date))::int`,
      ),
    );
    await q.query(`
      CREATE FUNCTION lotsen_rollup_contact_rows(d1 date, d2 date, office uuid)
      RETURNS SETOF rollup_contact_days LANGUAGE sql STABLE AS $$
        SELECT x.day, x.office_id, x.district_id, x.channel, x.source,
               count(*)::int, count(*) FILTER (WHERE x.family_id IS NULL)::int,
               ${firstCounts.join(',\n               ')}
        FROM (
          SELECT c.*, p.prev_o, p.prev_od, p.prev_c, p.prev_cd
          FROM (
            SELECT c.id, c.family_id, c.office_id, c.district_id, c.channel, c.occurred_at,
                   ${BERLIN_DAY('c.occurred_at')} AS day,
                   coalesce(c.district_id, ${unknown}) AS area,
                   CASE WHEN EXISTS (SELECT 1 FROM callback_requests r WHERE r.contact_id = c.id)
                        THEN 'portal' ELSE 'office' END AS source
            FROM contacts c
            WHERE ${DAYS('c.occurred_at')} AND ${OFFICE('c.office_id')} AND c.cancelled_at IS NULL
          ) c
          -- the family's latest earlier contact day of the calendar year, in each of the four areas
          LEFT JOIN LATERAL (
            SELECT max(e.day) FILTER (WHERE e.office_id = c.office_id) AS prev_o,
                   max(e.day) FILTER (WHERE e.office_id = c.office_id AND e.area = c.area) AS prev_od,
                   max(e.day) AS prev_c,
                   max(e.day) FILTER (WHERE e.area = c.area) AS prev_cd
            FROM (
              SELECT c2.office_id, coalesce(c2.district_id, ${unknown}) AS area, ${BERLIN_DAY('c2.occurred_at')} AS day
              FROM contacts c2
              WHERE c2.family_id = c.family_id AND c2.cancelled_at IS NULL
                AND c2.occurred_at >= (date_trunc('year', c.day)::date::timestamp AT TIME ZONE 'Europe/Berlin')
                AND (c2.occurred_at, c2.id) < (c.occurred_at, c.id)
            ) e
          ) p ON c.family_id IS NOT NULL
        ) x
        GROUP BY x.day, x.office_id, x.district_id, x.channel, x.source
      $$`);
    await q.query(`
      CREATE FUNCTION lotsen_rollup_need_rows(d1 date, d2 date, office uuid)
      RETURNS SETOF rollup_need_days LANGUAGE sql STABLE AS $$
        -- a need's Sozialraum: its contact's (cancelled or not), else its family's (reports' rule)
        SELECT ${BERLIN_DAY('n.identified_at')}, n.office_id, coalesce(c.district_id, f.district_id),
               n.category_key, n.status, n.unmet_reason,
               CASE WHEN EXISTS (SELECT 1 FROM callback_requests r WHERE r.contact_id = n.contact_id)
                    THEN 'portal' ELSE 'office' END,
               count(*)::int,
               count(*) FILTER (WHERE EXISTS (
                 SELECT 1 FROM referrals r WHERE r.need_id = n.id AND r.sent_at IS NOT NULL))::int
        FROM needs n
        LEFT JOIN contacts c ON c.id = n.contact_id
        LEFT JOIN families f ON f.id = n.family_id
        WHERE ${DAYS('n.identified_at')} AND ${OFFICE('n.office_id')} AND n.cancelled_at IS NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7
      $$`);
    await q.query(`
      CREATE FUNCTION lotsen_rollup_referral_rows(d1 date, d2 date, office uuid)
      RETURNS SETOF rollup_referral_days LANGUAGE sql STABLE AS $$
        SELECT ${BERLIN_DAY('r.sent_at')}, r.office_id, r.provider_id, n.category_key,
               count(*)::int,
               -- a referral handed back to the office (issue 21.5) was answered, but not accepted
               count(*) FILTER (WHERE r.responded_at IS NOT NULL AND r.status NOT IN ('declined', 'returned'))::int,
               count(*) FILTER (WHERE r.status = 'declined')::int,
               count(*) FILTER (WHERE r.status = 'completed')::int,
               count(*) FILTER (WHERE r.status = 'not_taken_up')::int,
               count(*) FILTER (WHERE r.responded_at IS NOT NULL)::int,
               count(*) FILTER (WHERE r.responded_at IS NOT NULL AND EXISTS (
                 SELECT 1 FROM case_events e WHERE e.entity_id = r.id AND e.kind = 'referral_move'
                   AND e.to_value IN ('accepted', 'declined') AND e.undone_at IS NULL AND e.on_behalf_of_provider))::int,
               coalesce(array_agg((extract(epoch FROM r.responded_at - r.sent_at) / 86400)::float8
                                  ORDER BY r.responded_at - r.sent_at)
                          FILTER (WHERE r.responded_at IS NOT NULL), '{}')
        FROM referrals r JOIN needs n ON n.id = r.need_id
        WHERE ${DAYS('r.sent_at')} AND ${OFFICE('r.office_id')}
        GROUP BY 1, 2, 3, 4
      $$`);
    // a month's rows: the sums of its days' rows (m1..m2: first days of months, both included)
    for (const kind of Object.keys(MONTH_KEYS) as (keyof typeof MONTH_KEYS)[]) {
      await q.query(`
        CREATE FUNCTION lotsen_rollup_${kind}_month_rows(m1 date, m2 date, office uuid)
        RETURNS SETOF rollup_${kind}_months LANGUAGE sql STABLE AS $$
          ${monthSums(kind)}
        $$`);
    }
    // recount: the days' rows replaced by a fresh count (one office, or all with NULL), then their months
    await q.query(`
      CREATE FUNCTION lotsen_rollup_rebuild(d1 date, d2 date, office uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        m1 date := date_trunc('month', d1)::date;
        m2 date := date_trunc('month', d2)::date;
      BEGIN
        DELETE FROM rollup_contact_days WHERE day BETWEEN d1 AND d2 AND ${OFFICE('office_id')};
        INSERT INTO rollup_contact_days SELECT * FROM lotsen_rollup_contact_rows(d1, d2, office);
        DELETE FROM rollup_need_days WHERE day BETWEEN d1 AND d2 AND ${OFFICE('office_id')};
        INSERT INTO rollup_need_days SELECT * FROM lotsen_rollup_need_rows(d1, d2, office);
        DELETE FROM rollup_referral_days WHERE day BETWEEN d1 AND d2 AND ${OFFICE('office_id')};
        INSERT INTO rollup_referral_days SELECT * FROM lotsen_rollup_referral_rows(d1, d2, office);
        ${Object.keys(MONTH_KEYS)
          .map(
            (
              kind,
            ) => `DELETE FROM rollup_${kind}_months WHERE month BETWEEN m1 AND m2 AND ${OFFICE('office_id')};
        INSERT INTO rollup_${kind}_months SELECT * FROM lotsen_rollup_${kind}_month_rows(m1, m2, office);`,
          )
          .join('\n        ')}
      END $$`);
    // the (office, day) pairs of d1..d2 whose rollups differ from a fresh count (the nightly check)
    const differs = (table: string, fn: string) => `
        SELECT office_id, day FROM (
          (SELECT * FROM ${table} WHERE day BETWEEN d1 AND d2 EXCEPT ALL SELECT * FROM ${fn}(d1, d2, NULL))
          UNION ALL
          (SELECT * FROM ${fn}(d1, d2, NULL) EXCEPT ALL SELECT * FROM ${table} WHERE day BETWEEN d1 AND d2)
        ) d`;
    // a month that is not the sum of its days is named by its first day (recounting it rebuilds the month)
    const monthDiffers = (kind: string) => `
        SELECT office_id, month AS day FROM (
          (SELECT * FROM rollup_${kind}_months WHERE month BETWEEN m1 AND m2
           EXCEPT ALL SELECT * FROM lotsen_rollup_${kind}_month_rows(m1, m2, NULL))
          UNION ALL
          (SELECT * FROM lotsen_rollup_${kind}_month_rows(m1, m2, NULL)
           EXCEPT ALL SELECT * FROM rollup_${kind}_months WHERE month BETWEEN m1 AND m2)
        ) d`;
    await q.query(`
      CREATE FUNCTION lotsen_rollup_mismatches(d1 date, d2 date)
      RETURNS TABLE (office_id uuid, day date) LANGUAGE sql STABLE AS $$
        WITH bounds AS (SELECT date_trunc('month', d1)::date AS m1, date_trunc('month', d2)::date AS m2)
        SELECT DISTINCT office_id, day FROM (
          ${differs('rollup_contact_days', 'lotsen_rollup_contact_rows')}
          UNION ALL
          ${differs('rollup_need_days', 'lotsen_rollup_need_rows')}
          UNION ALL
          ${differs('rollup_referral_days', 'lotsen_rollup_referral_rows')}
          UNION ALL
          SELECT x.office_id, x.day FROM bounds, LATERAL (
            ${Object.keys(MONTH_KEYS).map(monthDiffers).join(' UNION ALL ')}
          ) x
        ) m ORDER BY day, office_id
      $$`);

    // ---- marking: one outbox row per transaction collects the (office, day) pairs to recount
    await q.query(`
      CREATE FUNCTION lotsen_rollup_mark(pairs text[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO outbox (queue, job, payload, dedupe_key)
        SELECT 'reports', 'rollup-days', jsonb_build_object('days', to_jsonb(pairs)),
               'rollup:' || txid_current() || ':' || extract(epoch FROM now())
        WHERE cardinality(pairs) > 0
        ON CONFLICT (dedupe_key) DO UPDATE
          SET payload = jsonb_build_object('days', (
                SELECT jsonb_agg(DISTINCT e ORDER BY e)
                FROM jsonb_array_elements_text((outbox.payload->'days') || (EXCLUDED.payload->'days')) e))
      $$`);
    const pair = (office: string, at: string) =>
      `${office}::text || '|' || to_char(${BERLIN_DAY(at)}, 'YYYY-MM-DD')`;
    // contacts: their days, every contact day of their families in those years (first contacts
    // move), and the days of the needs recorded with them (a need takes its contact's Sozialraum)
    const contactPairs = (rows: string) => `
        SELECT ${pair('x.office_id', 'x.occurred_at')} FROM ${rows} x
        UNION
        SELECT ${pair('c.office_id', 'c.occurred_at')}
          FROM (SELECT DISTINCT family_id, date_trunc('year', ${BERLIN_DAY('occurred_at')})::date AS y
                  FROM ${rows} r WHERE family_id IS NOT NULL) f
          JOIN contacts c ON c.family_id = f.family_id
           AND c.occurred_at >= (f.y::timestamp AT TIME ZONE 'Europe/Berlin')
           AND c.occurred_at < ((f.y + interval '1 year') AT TIME ZONE 'Europe/Berlin')
        UNION
        SELECT ${pair('n.office_id', 'n.identified_at')} FROM ${rows} x JOIN needs n ON n.contact_id = x.id`;
    const needPairs = (rows: string) => `SELECT ${pair('x.office_id', 'x.identified_at')} FROM ${rows} x`;
    // referrals: their sending days (outcomes) and their needs' days (a need counts as referred)
    const referralPairs = (rows: string) => `
        SELECT ${pair('x.office_id', 'x.sent_at')} FROM ${rows} x WHERE x.sent_at IS NOT NULL
        UNION
        SELECT ${pair('n.office_id', 'n.identified_at')} FROM ${rows} x JOIN needs n ON n.id = x.need_id`;
    // transition tables allow no column list: an update marks only the rows whose counted columns changed
    const byOp = (name: string, pairs: (rows: string) => string, columns: string) => {
      const changed = (side: 'o' | 'x') => `(SELECT ${side}.* FROM old_rows o JOIN new_rows x ON x.id = o.id
                   WHERE (${columns.replace(/(\w+)/g, 'o.$1')}) IS DISTINCT FROM (${columns.replace(/(\w+)/g, 'x.$1')}))`;
      return `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM lotsen_rollup_mark(ARRAY(${pairs('new_rows')}));
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM lotsen_rollup_mark(ARRAY(${pairs(changed('o'))} UNION ${pairs(changed('x'))}));
        ELSE
          PERFORM lotsen_rollup_mark(ARRAY(${pairs('old_rows')}));
        END IF;
        RETURN NULL;
      END $$`;
    };
    const CONTACT_COLUMNS = 'family_id, office_id, occurred_at, channel, district_id, cancelled_at';
    const NEED_COLUMNS =
      'family_id, contact_id, office_id, category_key, status, unmet_reason, identified_at, cancelled_at';
    const REFERRAL_COLUMNS = 'need_id, office_id, provider_id, status, sent_at, responded_at';
    await q.query(byOp('lotsen_rollup_contacts_changed', contactPairs, CONTACT_COLUMNS));
    await q.query(byOp('lotsen_rollup_needs_changed', needPairs, NEED_COLUMNS));
    await q.query(byOp('lotsen_rollup_referrals_changed', referralPairs, REFERRAL_COLUMNS));
    // a family's Sozialraum: the needs whose contact gives none take it
    await q.query(`
      CREATE FUNCTION lotsen_rollup_families_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM lotsen_rollup_mark(ARRAY(
          SELECT ${pair('n.office_id', 'n.identified_at')}
            FROM old_rows o JOIN new_rows x ON x.id = o.id AND x.district_id IS DISTINCT FROM o.district_id
            JOIN needs n ON n.family_id = x.id));
        RETURN NULL;
      END $$`);
    // a portal callback taken up as a contact: the contact and its needs come from the portal
    const callbackPairs = (contactIds: string) => `
          SELECT ${pair('c.office_id', 'c.occurred_at')} FROM (${contactIds}) x JOIN contacts c ON c.id = x.contact_id
          UNION
          SELECT ${pair('n.office_id', 'n.identified_at')} FROM (${contactIds}) x JOIN needs n ON n.contact_id = x.contact_id`;
    await q.query(`
      CREATE FUNCTION lotsen_rollup_callbacks_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM lotsen_rollup_mark(ARRAY(${callbackPairs('SELECT contact_id FROM new_rows')}));
        ELSE
          PERFORM lotsen_rollup_mark(ARRAY(${callbackPairs(`
            SELECT unnest(ARRAY[o.contact_id, x.contact_id]) AS contact_id
              FROM old_rows o JOIN new_rows x ON x.id = o.id WHERE x.contact_id IS DISTINCT FROM o.contact_id`)}));
        END IF;
        RETURN NULL;
      END $$`);
    // an answer recorded on the provider's behalf (issue 25.8), or its undoing
    await q.query(`
      CREATE FUNCTION lotsen_rollup_case_events_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM lotsen_rollup_mark(ARRAY(
          SELECT ${pair('r.office_id', 'r.sent_at')}
            FROM new_rows e JOIN referrals r ON r.id = e.entity_id
           WHERE e.kind = 'referral_move' AND r.sent_at IS NOT NULL));
        RETURN NULL;
      END $$`);

    const triggers = (table: string, fn: string) => [
      `CREATE TRIGGER ${table}_rollup_ins AFTER INSERT ON ${table}
         REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      `CREATE TRIGGER ${table}_rollup_upd AFTER UPDATE ON ${table}
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      `CREATE TRIGGER ${table}_rollup_del AFTER DELETE ON ${table}
         REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    ];
    for (const sql of [
      ...triggers('contacts', 'lotsen_rollup_contacts_changed'),
      ...triggers('needs', 'lotsen_rollup_needs_changed'),
      ...triggers('referrals', 'lotsen_rollup_referrals_changed'),
      `CREATE TRIGGER families_rollup_upd AFTER UPDATE ON families
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION lotsen_rollup_families_changed()`,
      `CREATE TRIGGER callback_requests_rollup_ins AFTER INSERT ON callback_requests
         REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lotsen_rollup_callbacks_changed()`,
      `CREATE TRIGGER callback_requests_rollup_upd AFTER UPDATE ON callback_requests
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION lotsen_rollup_callbacks_changed()`,
      `CREATE TRIGGER case_events_rollup_ins AFTER INSERT ON case_events
         REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lotsen_rollup_case_events_changed()`,
      `CREATE TRIGGER case_events_rollup_upd AFTER UPDATE ON case_events
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION lotsen_rollup_case_events_changed()`,
    ]) {
      await q.query(sql);
    }

    // the history already recorded: counted once, here
    await q.query(`
      SELECT lotsen_rollup_rebuild(
        coalesce(least((SELECT min(${BERLIN_DAY('occurred_at')}) FROM contacts),
                       (SELECT min(${BERLIN_DAY('identified_at')}) FROM needs),
                       (SELECT min(${BERLIN_DAY('sent_at')}) FROM referrals)), current_date),
        (now() AT TIME ZONE 'Europe/Berlin')::date + 366, NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, names] of [
      ['contacts', ['ins', 'upd', 'del']],
      ['needs', ['ins', 'upd', 'del']],
      ['referrals', ['ins', 'upd', 'del']],
      ['families', ['upd']],
      ['callback_requests', ['ins', 'upd']],
      ['case_events', ['ins', 'upd']],
    ] as const) {
      for (const n of names) await q.query(`DROP TRIGGER ${table}_rollup_${n} ON ${table}`);
    }
    for (const fn of [
      'lotsen_rollup_contacts_changed()',
      'lotsen_rollup_needs_changed()',
      'lotsen_rollup_referrals_changed()',
      'lotsen_rollup_families_changed()',
      'lotsen_rollup_callbacks_changed()',
      'lotsen_rollup_case_events_changed()',
      'lotsen_rollup_mark(text[])',
      'lotsen_rollup_mismatches(date, date)',
      'lotsen_rollup_contact_month_rows(date, date, uuid)',
      'lotsen_rollup_need_month_rows(date, date, uuid)',
      'lotsen_rollup_referral_month_rows(date, date, uuid)',
      'lotsen_rollup_rebuild(date, date, uuid)',
      'lotsen_rollup_contact_rows(date, date, uuid)',
      'lotsen_rollup_need_rows(date, date, uuid)',
      'lotsen_rollup_referral_rows(date, date, uuid)',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    await q.query(`DROP AGGREGATE lotsen_array_cat(float8[])`);
    await q.query(
      `DROP TABLE rollup_referral_months, rollup_need_months, rollup_contact_months,
                  rollup_referral_days, rollup_need_days, rollup_contact_days`,
    );
  }
}
