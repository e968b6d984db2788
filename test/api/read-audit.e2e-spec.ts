import { ROLES, type Role } from '@lotsen/domain';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { READ_AUDIT_ACTION } from '../support/db-checksum';
import { seedFixture, type Fixture } from './authorization-fixture';
import { expectation } from './authorization-matrix';
import { REQUESTS, type Call } from './authorization-requests';

/**
 * Issue 24, point 5: every read of case data is audited (docs/privacy.md, "Every read of case
 * data is audited"). THE table of GET routes: for a route that returns case data, the audit
 * action its read writes; `null` for a route that returns none (with the reason). A GET route
 * of the OpenAPI document that is missing here fails the first test, so a new route cannot be
 * forgotten.
 */
const READS: Record<string, string | null> = {
  'GET /api/auth/me': null, // the caller's own account
  'GET /api/auth/preferences': null, // the caller's own settings
  'GET /api/health': null,
  'GET /api/health/ready': null,
  'GET /api/admin/retention': null, // settings and run counts
  'GET /api/users': null, // staff accounts (admins; no case data)
  'GET /api/users/{id}': null,
  'GET /api/offices': null, // reference data
  'GET /api/offices/{id}': null,
  'GET /api/districts': null,
  'GET /api/districts/{id}': null,
  'GET /api/need-categories': null,
  'GET /api/need-categories/{id}': null,
  'GET /api/providers': null,
  'GET /api/providers/{id}': null,
  'GET /api/offers': null,
  'GET /api/offers/{id}': null,
  // issue 21.3–21.5: offer changes (public data of an organisation), the network's directory
  // (public offers, a provider's contact line) and a provider's figures (counts and medians)
  'GET /api/offer-change-requests': null,
  'GET /api/offer-change-requests/{id}': null,
  'GET /api/network/offers': null,
  'GET /api/providers/{id}/outcomes': null,
  'GET /api/staff': null, // colleagues and their case counts, no family's data
  'GET /api/staff/{id}': null,
  'GET /api/team/overview': null, // counts per counsellor
  'GET /api/notifications': null, // the caller's own inbox
  'GET /api/notifications/{id}': null,
  'GET /api/needs/category-usage': null, // counts per category of the caller's office, no record
  'GET /api/audit-events': null, // the audit trail itself: reading it is not recorded in it
  'GET /api/audit-events/{id}': null,
  // the Familienportal's public routes: offers and life situations, no case data; nothing is stored
  'GET /api/portal/life-situations': null,
  'GET /api/portal/offers': null,
  'GET /api/portal/offers/{id}': null,
  // the Open Referral HSDS API: the public directory, no case data; nothing is stored
  'GET /api/hsds': null,
  'GET /api/hsds/services': null,
  'GET /api/hsds/services/{id}': null,
  'GET /api/hsds/organizations': null,
  'GET /api/hsds/organizations/{id}': null,
  'GET /api/hsds/service_at_locations': null,
  'GET /api/hsds/service_at_locations/{id}': null,
  'GET /api/hsds/taxonomies': null,
  'GET /api/hsds/taxonomies/{id}': null,
  'GET /api/hsds/taxonomy_terms': null,
  'GET /api/hsds/taxonomy_terms/{id}': null,
  'GET /api/portal/services': null,
  'GET /api/portal/services/{leikaKeyOrId}': null,
  'GET /api/portal/suggestions': null,
  'GET /api/portal/callback-form': null, // the form: consent text, offices, topics
  // Verwaltungsleistungen: public data of the city, no case data
  'GET /api/services': null,
  'GET /api/services/{id}': null,
  // translations of the portal's public texts, no case data
  'GET /api/translations': null,
  'GET /api/translations/{id}': null,

  'GET /api/families': 'family.list',
  'GET /api/families/{id}': 'family.read',
  'GET /api/families/{id}/timeline': 'family.timeline',
  'GET /api/families/{id}/export': 'family.export',
  'GET /api/persons': 'person.list',
  'GET /api/persons/{id}': 'person.read',
  'GET /api/consents': 'consent.list',
  'GET /api/consents/{id}': 'consent.read',
  'GET /api/contacts': 'contact.list',
  'GET /api/contacts/{id}': 'contact.read',
  'GET /api/needs': 'need.list',
  'GET /api/needs/{id}': 'need.read',
  'GET /api/follow-ups': 'follow_up.list',
  'GET /api/follow-ups/{id}': 'follow_up.read',
  'GET /api/handoffs': 'handoff.list',
  'GET /api/handoffs/{id}': 'handoff.read',
  // Rückrufbitten: a family's name, phone number or e-mail address
  'GET /api/callback-requests': 'callback_request.list',
  'GET /api/callback-requests/{id}': 'callback_request.read',
  'GET /api/callback-requests/open-count': null, // a count of the office's open requests
  'GET /api/referrals': 'referral.list',
  'GET /api/referrals/{id}': 'referral.read',
  // the messages of a referral's thread: one row for the referral, in its office
  'GET /api/referrals/{id}/messages': 'referral_messages.read',
  'GET /api/reports/demand': 'demand_report.read',
  'GET /api/reports/demand/export': 'demand_report.export',
  'GET /api/reports/referral-outcomes': 'referral_outcomes.read',
  'GET /api/reports/trends': 'trends_report.read',
  'GET /api/report-snapshots': 'report_snapshot.list',
  'GET /api/report-snapshots/{id}': 'report_snapshot.read',
  'GET /api/report-snapshots/{id}/export': 'report_snapshot.export',
  // early warning signals: aggregated counts and rates of a Sozialraum × category, no case data
  'GET /api/signals': null,
  'GET /api/signals/{id}': null,
};

interface AuditRow {
  action: string;
  entity: string;
  entity_id: string | null;
  office_id: string | null;
  user_id: string | null;
  details: Record<string, unknown> | null;
}

describe('every read of case data is audited, once, by one mechanism', () => {
  let t: TestApp;
  let f: Fixture;
  let getRoutes: string[];

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    f = await seedFixture(t);
    const doc = (await t.http().get('/api/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    getRoutes = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .filter((r) => r.startsWith('GET '))
      .sort();
  }, 120000);
  afterAll(() => t.close());

  const rowsSince = async (mark: string, download = false): Promise<AuditRow[]> => {
    // a download answers before its row is written by the same request: wait a moment for it
    for (let i = 0; i < (download ? 20 : 1); i++) {
      const rows: AuditRow[] = await t.dataSource.query(
        `SELECT action, entity, entity_id, office_id, user_id, details FROM audit_events
          WHERE at > $1::timestamptz ORDER BY at`,
        [mark],
      );
      if (rows.length > 0) return rows;
      await new Promise((r) => setTimeout(r, 50));
    }
    return [];
  };
  const now = async (): Promise<string> =>
    ((await t.dataSource.query(`SELECT clock_timestamp()::text AS at`)) as { at: string }[])[0].at;

  function send(role: Role, call: Call): Promise<Response> {
    let req = f.callers[role].agent.get(call.path);
    if (call.query) req = req.query(call.query);
    return req;
  }

  it('the table names every GET route of the OpenAPI document, and no other', () => {
    expect(getRoutes.filter((r) => !(r in READS))).toEqual([]);
    expect(Object.keys(READS).filter((r) => !getRoutes.includes(r))).toEqual([]);
    for (const action of Object.values(READS))
      if (action) expect(action).toMatch(new RegExp(READ_AUDIT_ACTION));
  });

  it('each role that reads a route of case data leaves exactly one audit row per record shown, with the record and its office', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const route of getRoutes) {
      const action = READS[route];
      for (const role of ROLES) {
        const expected = expectation(route, role, 'own');
        if (!expected || expected.status !== 200) continue;
        const call = await REQUESTS[route]({ f, role, side: 'own', fresh: false });
        const mark = await now();
        const res = await send(role, call);
        const rows = await rowsSince(mark, route.endsWith('/export'));
        const where = `${route} as ${role}`;
        if (res.status !== 200) {
          problems.push(`${where}: status ${res.status}`);
          continue;
        }
        checked++;
        if (!action) {
          if (rows.length > 0)
            problems.push(`${where}: not case data, but audited ${rows.map((r) => r.action)}`);
          continue;
        }
        const shown = expected.listed !== undefined ? [call.listed] : null;
        const id = /\{id\}/.test(route) ? call.path.split('/')[3] : null;
        const want = shown ?? (id ? [id] : [null]);
        const got = rows.map((r) => `${r.action} ${r.entity_id} ${r.user_id}`);
        const wanted = want.map((w) => `${action} ${w} ${f.callers[role].user.id}`);
        if (JSON.stringify(got) !== JSON.stringify(wanted))
          problems.push(`${where}: rows ${JSON.stringify(got)}, expected ${JSON.stringify(wanted)}`);
        // the row lies in the audit trail of the record's office (the city's for a city report)
        const office = rows[0]?.office_id;
        const cityWide = route.startsWith('GET /api/report') && role === 'analyst' && !call.query?.officeId;
        const snapshotOffice = route.includes('report-snapshots')
          ? (
              (await t.dataSource.query(`SELECT office_id FROM report_snapshots WHERE id = $1`, [
                want[0],
              ])) as {
                office_id: string | null;
              }[]
            )[0]?.office_id
          : undefined;
        const officeWanted = snapshotOffice !== undefined ? snapshotOffice : cityWide ? null : f.own.officeId;
        if (rows.length > 0 && office !== officeWanted)
          problems.push(`${where}: office ${office}, expected ${officeWanted}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  }, 120000);

  it('a provider reading a referral with the family’s phone number is recorded in the office’s trail', async () => {
    const mark = await now();
    const res = await f.callers.provider.agent.get(`/api/referrals/${f.own.referralId}`);
    expect(res.status).toBe(200);
    const rows = await rowsSince(mark);
    expect(rows).toEqual([
      {
        action: 'referral.read',
        entity: 'referral',
        entity_id: f.own.referralId,
        office_id: f.own.officeId,
        user_id: f.callers.provider.user.id,
        details: null,
      },
    ]);
    // the team lead of the office sees that read in the audit trail
    const trail = await f.callers.team_lead.agent
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ entityId: f.own.referralId }), range: '[0,99]' });
    expect(trail.status).toBe(200);
    expect(
      (trail.body as { action: string; userId: string }[]).map((e) => [e.action, e.userId]),
    ).toContainEqual(['referral.read', f.callers.provider.user.id]);
  });

  it('a list read keeps the filter keys and ids, never a text value; a report read keeps its period and scope', async () => {
    let mark = await now();
    const list = await f.callers.counsellor.agent
      .get('/api/contacts')
      .query({ filter: JSON.stringify({ channel: 'walk_in', familyId: f.own.familyId }), range: '[0,99]' });
    expect(list.status).toBe(200);
    let rows = await rowsSince(mark);
    expect(rows.length).toBe((list.body as unknown[]).length);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // the channel is reduced to its key: only ids and yes/no values are kept
      expect(row.details).toEqual({
        filterKeys: ['channel', 'familyId'],
        filter: { familyId: f.own.familyId },
      });
    }
    mark = await now();
    const report = await f.callers.analyst.agent
      .get('/api/reports/demand')
      .query({ from: '2026-01-01', to: '2026-12-31', officeId: f.own.officeId }); // a calendar year
    expect(report.status).toBe(200);
    rows = await rowsSince(mark);
    expect(rows).toEqual([
      {
        action: 'demand_report.read',
        entity: 'report',
        entity_id: null,
        office_id: f.own.officeId,
        user_id: f.callers.analyst.user.id,
        details: { from: '2026-01-01', to: '2026-12-31', officeId: f.own.officeId },
      },
    ]);
    // a refused read records nothing
    mark = await now();
    expect((await f.callers.counsellor.agent.get(`/api/contacts/${f.other.contactId}`)).status).toBe(404);
    expect(await rowsSince(mark)).toEqual([]);
  });
});
