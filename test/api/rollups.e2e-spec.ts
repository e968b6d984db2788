import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, createUser, signedIn } from '../support/factories';
import { readDemandRows, readDemandRowsRaw } from '../../apps/api/src/modules/reports/demand-report.queries';
import {
  BY_CATEGORY,
  BY_PROVIDER,
  outcomesSql,
} from '../../apps/api/src/modules/reports/referral-outcomes.queries';
import { RollupsService } from '../../apps/api/src/modules/reports/rollups/rollups.service';
import { MONTHLY_NEEDS_RAW_SQL, MONTHLY_NEEDS_SQL } from '../../apps/api/src/modules/reports/trend-counts';
import { RollupAnswers } from '../../apps/api/src/modules/reports/rollups/rollup-answers';
import { FamilyAnonymizer } from '../../apps/api/src/modules/families/family-anonymizer.service';
import { JobRunner } from '../../apps/api/src/jobs/job-runner.service';
import { JobName } from '../../apps/api/src/jobs/job-types';

/**
 * Issue 20 points 1 and 2: the daily rollups equal the raw rows. A random stream of events
 * (contacts, needs, referrals, their edits and cancellations, moved families, portal callbacks,
 * answers on a provider's behalf, anonymizations) is applied in SQL and through the anonymizer;
 * after each batch the worker recounts from the outbox, and every statement of the demand report
 * and of the referral-outcomes report answers the same rows from the rollups as from the raw rows.
 */

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Rows as a sorted list of JSON lines: the same multiset of rows compares equal. */
const canon = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

/** The periods compared: months at the edges, quarters, the years, and ranges that are none of them. */
const PERIODS: [string, string][] = [
  ['2025-12-01', '2025-12-31'],
  ['2026-01-01', '2026-01-31'],
  ['2026-03-01', '2026-03-31'],
  ['2026-01-01', '2026-03-31'],
  ['2026-04-01', '2026-06-30'],
  ['2025-10-01', '2025-12-31'],
  ['2025-01-01', '2025-12-31'],
  ['2026-01-01', '2026-12-31'],
  ['2025-12-15', '2026-02-10'],
  ['2026-03-29', '2026-03-29'],
];

describe('daily rollups (issue 20.1–2): the same numbers as the raw rows', () => {
  let t: TestApp;
  let ds: DataSource;
  let offices: { id: string; user: string }[];
  let districts: string[];
  let categories: string[];
  let providers: string[];
  const random = lcg(20);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  // instants around Berlin midnights, month, quarter and year ends (DST changes included)
  const instants = [
    '2025-10-26T00:30:00Z',
    '2025-12-31T22:59:59Z',
    '2025-12-31T23:00:00Z',
    '2026-01-15T10:00:00Z',
    '2026-01-31T22:30:00Z',
    '2026-02-28T23:30:00Z',
    '2026-03-29T00:59:00Z',
    '2026-03-29T01:00:00Z',
    '2026-03-31T21:59:59Z',
    '2026-03-31T22:00:00Z',
    '2026-05-12T08:00:00Z',
    '2026-06-30T21:59:59Z',
  ];
  const when = () => {
    const base = new Date(pick(instants)).getTime();
    return new Date(base + (random() < 0.5 ? 0 : Math.floor(random() * 20 - 10) * 86_400_000));
  };
  const state = {
    families: [] as { id: string; office: string }[],
    contacts: [] as { id: string; office: string; familyId: string | null }[],
    needs: [] as { id: string; office: string; familyId: string | null }[],
    referrals: [] as { id: string; office: string; familyId: string; sentAt: Date }[],
  };

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.dataSource;
    const a = await createOffice(ds, 'Büro Nord');
    const b = await createOffice(ds, 'Büro Süd');
    offices = [
      { id: a, user: (await createUser(ds, 'counsellor', { officeId: a })).id },
      { id: b, user: (await createUser(ds, 'counsellor', { officeId: b })).id },
    ];
    districts = ((await ds.query(`SELECT id FROM districts ORDER BY code`)) as { id: string }[]).map(
      (d) => d.id,
    );
    categories = ((await ds.query(`SELECT key FROM need_categories ORDER BY key`)) as { key: string }[])
      .map((c) => c.key)
      .slice(0, 5);
    providers = [];
    for (const name of ['Träger Eins', 'Träger Zwei', 'Träger Drei']) {
      providers.push(
        (await ds.query(`INSERT INTO providers (name, kind) VALUES ($1, 'other') RETURNING id`, [name]))[0]
          .id,
      );
    }
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  const userOf = (office: string) => offices.find((o) => o.id === office)?.user ?? offices[0].user;

  async function addFamily() {
    const o = pick(offices);
    const id = (
      await ds.query(
        `INSERT INTO families (office_id, owner_id, name, district_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [o.id, o.user, `Familie ${state.families.length}`, random() < 0.2 ? null : pick(districts)],
      )
    )[0].id;
    state.families.push({ id, office: o.id });
  }

  async function addContact() {
    const family = random() < 0.7 && state.families.length ? pick(state.families) : null;
    // a family's contacts are mostly at its office, sometimes at the other (city-wide families)
    const office =
      (family && random() < 0.85 && offices.find((o) => o.id === family.office)) || pick(offices);
    const id = (
      await ds.query(
        `INSERT INTO contacts (family_id, office_id, counsellor_id, occurred_at, channel, district_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          family?.id ?? null,
          office.id,
          office.user,
          when(),
          pick(['walk_in', 'phone', 'email', 'outreach']),
          random() < 0.25 ? null : pick(districts),
        ],
      )
    )[0].id;
    state.contacts.push({ id, office: office.id, familyId: family?.id ?? null });
  }

  /** A contact with two needs in one transaction, as the API records them: one outbox row collects all days. */
  async function addContactWithNeeds() {
    const office = pick(offices);
    const family = state.families.filter((f) => f.office === office.id);
    const familyId = family.length && random() < 0.7 ? pick(family).id : null;
    await ds.transaction(async (em) => {
      const [c] = await em.query(
        `INSERT INTO contacts (family_id, office_id, counsellor_id, occurred_at, channel, district_id)
         VALUES ($1, $2, $3, $4, 'walk_in', $5) RETURNING id`,
        [familyId, office.id, office.user, when(), pick(districts)],
      );
      for (const category of [pick(categories), pick(categories)]) {
        const [n] = await em.query(
          `INSERT INTO needs (family_id, contact_id, office_id, category_key, identified_at)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [familyId, c.id, office.id, category, when()],
        );
        state.needs.push({ id: n.id, office: office.id, familyId });
      }
      state.contacts.push({ id: c.id, office: office.id, familyId });
      const rows: { days: string[] }[] = await em.query(
        `SELECT payload->'days' AS days FROM outbox WHERE job = 'rollup-days' AND sent_at IS NULL
           AND dedupe_key LIKE 'rollup:' || txid_current() || ':%'`,
      );
      // one row for the transaction, holding every day it touched
      expect(rows.length).toBe(1);
      expect(rows[0].days.length).toBeGreaterThanOrEqual(1);
    });
  }

  async function addNeed() {
    if (!state.contacts.length) return;
    const contact = random() < 0.8 ? pick(state.contacts) : null;
    const family = contact ? contact.familyId : state.families.length ? pick(state.families).id : null;
    const office = contact?.office ?? pick(offices).id;
    const status = pick(['open', 'open', 'unmet', 'met', 'withdrawn']);
    const id = (
      await ds.query(
        `INSERT INTO needs (family_id, contact_id, office_id, category_key, status, unmet_reason, identified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          family,
          contact?.id ?? null,
          office,
          pick(categories),
          status,
          status === 'unmet' ? 'waitlist' : null,
          when(),
        ],
      )
    )[0].id;
    state.needs.push({ id, office, familyId: family });
  }

  async function addReferral() {
    const need = state.needs.filter((n) => n.familyId !== null);
    if (!need.length) return;
    const n = pick(need);
    const sentAt = when();
    const status = pick(['sent', 'accepted', 'declined', 'completed', 'not_taken_up', 'returned']);
    const responded = status !== 'sent' && status !== 'not_taken_up';
    const id = (
      await ds.query(
        `INSERT INTO referrals (need_id, family_id, office_id, counsellor_id, provider_id, mode, status, sent_at,
                                responded_at, outcome, decline_reason)
         VALUES ($1, $2, $3, $4, $5, 'info', $6, $7, $8, $9, $10) RETURNING id`,
        [
          n.id,
          n.familyId,
          n.office,
          userOf(n.office),
          pick(providers),
          status,
          sentAt,
          responded ? new Date(sentAt.getTime() + Math.floor(random() * 9 * 86_400_000)) : null,
          status === 'completed' ? 'successful' : null,
          status === 'declined' ? 'no_capacity' : null,
        ],
      )
    )[0].id;
    state.referrals.push({ id, office: n.office, familyId: String(n.familyId), sentAt });
  }

  /** One edit of what exists: the events that move figures after the fact. */
  async function edit() {
    const kind = Math.floor(random() * 9);
    if (kind === 0 && state.needs.length) {
      const status = pick(['open', 'unmet', 'met', 'referred']);
      await ds.query(`UPDATE needs SET status = $2, unmet_reason = $3 WHERE id = $1`, [
        pick(state.needs).id,
        status,
        status === 'unmet' ? 'no_offer' : null,
      ]);
    } else if (kind === 1 && state.contacts.length) {
      await ds.query(
        `UPDATE contacts SET cancelled_at = now(), cancel_reason = 'wrong_entry' WHERE id = $1 AND cancelled_at IS NULL`,
        [pick(state.contacts).id],
      );
    } else if (kind === 2 && state.needs.length) {
      await ds.query(`UPDATE needs SET cancelled_at = now() WHERE id = $1`, [pick(state.needs).id]);
    } else if (kind === 3 && state.contacts.length) {
      await ds.query(`UPDATE contacts SET occurred_at = $2, district_id = $3 WHERE id = $1`, [
        pick(state.contacts).id,
        when(),
        random() < 0.3 ? null : pick(districts),
      ]);
    } else if (kind === 4 && state.families.length) {
      await ds.query(`UPDATE families SET district_id = $2 WHERE id = $1`, [
        pick(state.families).id,
        random() < 0.3 ? null : pick(districts),
      ]);
    } else if (kind === 5 && state.referrals.length) {
      const r = pick(state.referrals);
      await ds.query(
        `UPDATE referrals SET status = 'completed', outcome = 'partly',
                responded_at = coalesce(responded_at, sent_at + interval '2 days') WHERE id = $1`,
        [r.id],
      );
    } else if (kind === 6 && state.referrals.length) {
      // an answer recorded on the provider's behalf, sometimes undone again
      const r = pick(state.referrals);
      const [e] = await ds.query(
        `INSERT INTO case_events (family_id, office_id, kind, entity_id, from_value, to_value, on_behalf_of_provider)
         VALUES ($1, $2, 'referral_move', $3, 'sent', 'accepted', true) RETURNING id`,
        [r.familyId, r.office, r.id],
      );
      await ds.query(
        `UPDATE referrals SET responded_at = coalesce(responded_at, sent_at + interval '1 day') WHERE id = $1`,
        [r.id],
      );
      if (random() < 0.3) await ds.query(`UPDATE case_events SET undone_at = now() WHERE id = $1`, [e.id]);
    } else if (kind === 7 && state.contacts.length) {
      // a portal callback taken up as this contact
      const c = pick(state.contacts);
      await ds.query(
        `INSERT INTO callback_requests (office_id, topic, name, phone, lang, consent_text, consent_version, status,
                                        taken_at, done_at, outcome, contact_id)
         VALUES ($1, 'kita', 'Pseudonym', '0331 1', 'de', 'Einwilligung', 'v1', 'done', now(), now(), 'erledigt', $2)`,
        [c.office, c.id],
      );
    } else if (kind === 8 && state.families.length) {
      // Art. 17 erasure / retention: the family's figures stay
      const f = pick(state.families);
      await ds.transaction((em) =>
        t.app.get(FamilyAnonymizer).anonymize(em, f.id, { userId: null, rule: 'test:rollups' }),
      );
    }
  }

  async function compareAll(where: string) {
    const run = (sql: string, params?: unknown[]) => ds.query(sql, params) as Promise<unknown[]>;
    for (const [from, to] of PERIODS) {
      for (const office of [null, offices[0].id, offices[1].id]) {
        const [rolled, raw] = await Promise.all([
          readDemandRows(run, from, to, office),
          readDemandRowsRaw(run, from, to, office),
        ]);
        for (const key of Object.keys(raw) as (keyof typeof raw)[]) {
          expect([where, from, to, office, key, canon(rolled[key])]).toEqual([
            where,
            from,
            to,
            office,
            key,
            canon(raw[key]),
          ]);
        }
      }
      for (const by of [BY_PROVIDER, BY_CATEGORY]) {
        for (const byMonth of [false, true]) {
          const [rolled, raw] = await Promise.all([
            run(outcomesSql(by, byMonth, 'rollup'), [from, to, null]),
            run(outcomesSql(by, byMonth, 'raw'), [from, to, null]),
          ]);
          expect([where, from, to, by.key, byMonth, canon(rolled)]).toEqual([
            where,
            from,
            to,
            by.key,
            byMonth,
            canon(raw),
          ]);
        }
      }
    }
    // the trends' monthly counts (issue 20.4)
    for (const office of [null, offices[0].id, offices[1].id]) {
      const params = ['2025-01-01', '2026-12-01', office];
      const [rolled, raw] = await Promise.all([
        run(MONTHLY_NEEDS_SQL, params),
        run(MONTHLY_NEEDS_RAW_SQL, params),
      ]);
      expect([where, 'trends', office, canon(rolled)]).toEqual([where, 'trends', office, canon(raw)]);
    }
    const mismatches = await ds.query(`SELECT * FROM lotsen_rollup_mismatches('2024-01-01', '2027-12-31')`);
    expect([where, mismatches]).toEqual([where, []]);
  }

  it('random event streams with edits, cancellations and erasures: rollups equal the raw counts', async () => {
    for (let i = 0; i < 8; i++) await addFamily();
    for (let batch = 0; batch < 5; batch++) {
      for (let i = 0; i < 25; i++) {
        const r = random();
        if (r < 0.08) await addFamily();
        else if (r < 0.32) await addContact();
        else if (r < 0.4) await addContactWithNeeds();
        else if (r < 0.65) await addNeed();
        else if (r < 0.8) await addReferral();
        else await edit();
      }
      await t.drainJobs();
      await compareAll(`batch ${batch}`);
    }
    const counted: { n: number }[] = await ds.query(
      `SELECT sum(contacts)::int AS n FROM rollup_contact_days`,
    );
    expect(counted[0].n).toBeGreaterThan(20);
  }, 180_000);

  it('a report is never behind: the days still in the outbox are recounted before it reads', async () => {
    await addContact();
    await addNeed();
    const pending: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM outbox WHERE job = 'rollup-days' AND sent_at IS NULL`,
    );
    expect(pending[0].n).toBeGreaterThan(0);
    const version = async () =>
      Number((await ds.query(`SELECT version FROM rollup_version WHERE id = 1`))[0].version);
    const before = await version();
    expect(await t.app.get(RollupsService).catchUp()).toBeGreaterThan(0);
    const mismatches = await ds.query(`SELECT * FROM lotsen_rollup_mismatches('2024-01-01', '2027-12-31')`);
    expect(mismatches).toEqual([]);
    // the rows it recounted are done: the next report finds nothing waiting and keeps its answers
    // (the worker being down, the reports' recount once, not on every request)
    const left: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM outbox WHERE job = 'rollup-days' AND sent_at IS NULL`,
    );
    expect(left[0].n).toBe(0);
    expect(await version()).toBe(before + 1);
    expect(await t.app.get(RollupsService).catchUp()).toBe(0);
    expect(await version()).toBe(before + 1);
    await t.drainJobs();
  });

  it('a report is never behind while the worker is busy: days handed to BullMQ but not yet recounted are recounted first; the job then recounts nothing', async () => {
    await t.drainJobs();
    await addContact();
    await addNeed();
    // the relay hands the rows to BullMQ (sent, not run): the reports queue is busy with other jobs
    const handed: { id: string; payload: { days: string[] } }[] = await ds.query(
      `UPDATE outbox SET sent_at = now(), attempts = attempts + 1
        WHERE job = 'rollup-days' AND sent_at IS NULL RETURNING id, payload`,
    );
    expect(handed.length).toBeGreaterThan(0);
    const version = async () =>
      Number((await ds.query(`SELECT version FROM rollup_version WHERE id = 1`))[0].version);
    const before = await version();
    expect(await t.app.get(RollupsService).catchUp()).toBeGreaterThan(0);
    expect(await ds.query(`SELECT * FROM lotsen_rollup_mismatches('2024-01-01', '2027-12-31')`)).toEqual([]);
    expect(await version()).toBe(before + 1);
    // when the worker gets to the jobs, they find their days recounted: no second recount, the
    // kept report answers stay
    const runner = (await t.worker()).context.get(JobRunner);
    for (const row of handed) {
      expect(await runner.run(JobName.RollupDays, row.payload, { outboxId: row.id, jobId: row.id })).toEqual({
        recounted: 0,
      });
    }
    expect(await version()).toBe(before + 1);
    expect(await t.app.get(RollupsService).catchUp()).toBe(0);
  });

  it('erasure keeps the figures: the year report is the same before and after anonymizing every family', async () => {
    const analyst = await signedIn(t, 'analyst');
    const before = await analyst.agent
      .get('/api/reports/demand')
      .query({ from: '2026-01-01', to: '2026-12-31' });
    expect(before.status).toBe(200);
    for (const f of state.families) {
      await ds.transaction((em) =>
        t.app.get(FamilyAnonymizer).anonymize(em, f.id, { userId: null, rule: 'test:erasure' }),
      );
    }
    await t.drainJobs();
    const after = await analyst.agent
      .get('/api/reports/demand')
      .query({ from: '2026-01-01', to: '2026-12-31' });
    expect(after.body.totals).toEqual(before.body.totals);
    expect(after.body.byCategoryAndDistrict).toEqual(before.body.byCategoryAndDistrict);
    await compareAll('after erasing every family');
  }, 120_000);

  it('the nightly check finds a day that differs, repairs it and tells the admins once', async () => {
    const admin = await createUser(ds, 'admin');
    const [row] = await ds.query(`SELECT day, office_id FROM rollup_contact_days ORDER BY day LIMIT 1`);
    await ds.query(
      `UPDATE rollup_contact_days SET contacts = contacts + 7 WHERE day = $1 AND office_id = $2`,
      [row.day, row.office_id],
    );
    await ds.query(`DELETE FROM rollup_need_days WHERE day = (SELECT max(day) FROM rollup_need_days)`);
    // a month that is not the sum of its days
    await ds.query(
      `UPDATE rollup_referral_months SET sent = sent + 1, response_days = response_days || 1.5::float8
        WHERE month = (SELECT min(month) FROM rollup_referral_months)`,
    );
    const rollups = t.app.get(RollupsService);
    const result = await rollups.check('2024-01-01', '2027-12-31');
    expect(result.repaired.length).toBeGreaterThanOrEqual(2);
    expect(result.notified).toBeGreaterThanOrEqual(1);
    const notes: { type: string; title: string }[] = await ds.query(
      `SELECT type, title FROM notifications WHERE user_id = $1`,
      [admin.id],
    );
    expect(notes).toEqual([{ type: 'rollup_mismatch', title: expect.stringContaining('korrigiert') }]);
    expect(await ds.query(`SELECT * FROM lotsen_rollup_mismatches('2024-01-01', '2027-12-31')`)).toEqual([]);
    // a second run finds nothing and says nothing
    expect((await rollups.check('2024-01-01', '2027-12-31')).repaired).toEqual([]);
    await compareAll('after the repair');
  }, 120_000);

  it('a kept analyst report is dropped when the figures change: the next request counts the new contact', async () => {
    const analyst = await signedIn(t, 'analyst');
    const answers = t.app.get(RollupAnswers);
    const year = { from: '2026-01-01', to: '2026-12-31' };
    const first = await analyst.agent.get('/api/reports/demand').query(year);
    expect(first.status).toBe(200);
    expect(answers.size).toBeGreaterThan(0);
    const again = await analyst.agent.get('/api/reports/demand').query(year);
    expect(again.body).toEqual(first.body);
    // ten contacts on one day, so that the year's total is published either way
    const office = offices[0];
    for (let i = 0; i < 10; i++) {
      await ds.query(
        `INSERT INTO contacts (office_id, counsellor_id, occurred_at, channel) VALUES ($1, $2, '2026-05-12T09:00:00Z', 'phone')`,
        [office.id, office.user],
      );
    }
    const after = await analyst.agent.get('/api/reports/demand').query(year);
    expect(after.body.totals.contacts).toBe(first.body.totals.contacts + 10);
  });

  it('a doubled or retried job changes nothing twice (a recount is idempotent)', async () => {
    const before = canon(await ds.query(`SELECT * FROM rollup_contact_days`));
    const days: { day: string; office_id: string }[] = await ds.query(
      `SELECT DISTINCT to_char(day, 'YYYY-MM-DD') AS day, office_id FROM rollup_contact_days`,
    );
    const pairs = days.map((d) => `${d.office_id}|${d.day}`);
    const rollups = t.app.get(RollupsService);
    await rollups.recount(pairs);
    await rollups.recount(pairs);
    expect(canon(await ds.query(`SELECT * FROM rollup_contact_days`))).toEqual(before);
    // what the outbox carries is checked: a bad entry is ignored, not run
    expect(await rollups.recount(['x|2026-01-01', `${offices[0].id}|2026-13-45; DROP`])).toBe(0);
  });
});
