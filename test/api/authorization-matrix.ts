import { ROLES, type Role } from '@lotsen/domain';

/**
 * THE authorization matrix of Lotsen CRM: for every route of the OpenAPI document, what each of
 * the five roles gets — for a record of the caller's own office (provider users: their own
 * provider) and for one of another office (another provider). authorization.e2e-spec.ts calls
 * every cell against the real API and fails on any difference, and on any route that is not
 * in this table.
 *
 * Each row lists the roles in the order counsellor, team_lead, admin, analyst, provider.
 * A cell is `'<own> <other>'`, or one value for both:
 * - a status code: the answer expected (`404` outside the caller's scope: not 403, api.md);
 * - `200:1` / `200:0`: a list filtered to the record's id that contains it / is empty;
 * - `-`: the route has no record of another office (e.g. creating an office, /auth/me);
 * - `405`: the record is never deleted (it is closed, withdrawn or deactivated instead); the
 *   answer is the same for every record and reveals nothing.
 * Writes that are expected to succeed run on a disposable record; every other cell must leave
 * the database unchanged.
 *
 * The callers: a counsellor (owner of office A's family) and a team lead of office A, an admin,
 * an analyst, and a provider user of provider A (to whom office A's referral went).
 */
export const MATRIX: Record<string, readonly [string, string, string, string, string]> = {
  //                                       counsellor     team_lead      admin          analyst        provider
  'POST /api/auth/login': ['200 401', '200 401', '200 401', '200 401', '200 401'],
  'POST /api/auth/logout': ['204 -', '204 -', '204 -', '204 -', '204 -'],
  'GET /api/auth/me': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'POST /api/auth/password': ['204 -', '204 -', '204 -', '204 -', '204 -'],
  // own preferences ("E-Mail bei neuen Nachrichten", issue 21.2)
  'GET /api/auth/preferences': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'PUT /api/auth/preferences': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/health': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/health/ready': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  // the Familienportal: public, the same answer for everybody (docs/portal.md)
  'GET /api/portal/life-situations': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/portal/offers': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/portal/offers/{id}': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  // the Open Referral HSDS API: public, the same answer for everybody (docs/hsds.md)
  'GET /api/hsds': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/hsds/services': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/hsds/services/{id}': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/hsds/organizations': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/hsds/organizations/{id}': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/hsds/service_at_locations': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/hsds/service_at_locations/{id}': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/hsds/taxonomies': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/hsds/taxonomies/{id}': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/hsds/taxonomy_terms': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/hsds/taxonomy_terms/{id}': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/portal/services': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/portal/services/{leikaKeyOrId}': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'GET /api/portal/suggestions': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  // Rückruf erbitten: the form and the request are public, the same for everybody (docs/portal.md)
  'GET /api/portal/callback-form': ['200 -', '200 -', '200 -', '200 -', '200 -'],
  'POST /api/portal/callbacks': ['201 -', '201 -', '201 -', '201 -', '201 -'],

  // retention settings and runs (jobs)
  'GET /api/admin/retention': ['403 -', '403 -', '200 -', '403 -', '403 -'],

  'GET /api/users': ['403', '403', '200:1', '403', '403'],
  'GET /api/users/{id}': ['403', '403', '200', '403', '403'],
  'POST /api/users': ['403', '403', '201', '403', '403'],
  'PUT /api/users/{id}': ['403', '403', '200', '403', '403'],
  'DELETE /api/users/{id}': ['403', '403', '405', '403', '403'],

  'GET /api/offices': ['200:1', '200:1', '200:1', '200:1', '403'],
  'GET /api/offices/{id}': ['200', '200', '200', '200', '403'],
  'POST /api/offices': ['403 -', '403 -', '201 -', '403 -', '403 -'],
  'PUT /api/offices/{id}': ['403', '403', '200', '403', '403'],
  'DELETE /api/offices/{id}': ['403', '403', '405', '403', '403'],

  'GET /api/districts': ['200:1', '200:1', '200:1', '200:1', '200:1'],
  'GET /api/districts/{id}': ['200', '200', '200', '200', '200'],
  'POST /api/districts': ['403 -', '403 -', '201 -', '403 -', '403 -'],
  'PUT /api/districts/{id}': ['403', '403', '200', '403', '403'],
  'DELETE /api/districts/{id}': ['403', '403', '405', '403', '403'],

  'GET /api/need-categories': ['200:1', '200:1', '200:1', '200:1', '200:1'],
  'GET /api/need-categories/{id}': ['200', '200', '200', '200', '200'],
  'POST /api/need-categories': ['403 -', '403 -', '201 -', '403 -', '403 -'],
  'PUT /api/need-categories/{id}': ['403', '403', '200', '403', '403'],
  'DELETE /api/need-categories/{id}': ['403', '403', '200', '403', '403'],

  'GET /api/families': ['200:1 200:0', '200:1 200:0', '403', '403', '403'],
  'GET /api/families/{id}': ['200 404', '200 404', '403', '403', '403'],
  'GET /api/families/{id}/timeline': ['200 404', '200 404', '403', '403', '403'],
  // other: a lead counsellor of another office is not a valid owner
  'POST /api/families': ['201 400', '201 400', '403', '403', '403'],
  'PUT /api/families/{id}': ['200 404', '200 404', '403', '403', '403'],
  'DELETE /api/families/{id}': ['405', '405', '403', '403', '403'],
  'POST /api/families/{id}/handoff': ['200 404', '200 404', '403', '403', '403'],
  'POST /api/families/handoff': ['200 404', '200 404', '403', '403', '403'],
  'GET /api/families/{id}/export': ['200 404', '200 404', '403', '403', '403'],
  'POST /api/families/{id}/anonymize': ['403', '200 404', '403', '403', '403'],

  'GET /api/persons': ['200:1 200:0', '200:1 200:0', '403', '403', '403'],
  'GET /api/persons/{id}': ['200 404', '200 404', '403', '403', '403'],
  'POST /api/persons': ['201 404', '201 404', '403', '403', '403'],
  'PUT /api/persons/{id}': ['200 404', '200 404', '403', '403', '403'],
  'DELETE /api/persons/{id}': ['200 404', '200 404', '403', '403', '403'],

  'GET /api/consents': ['200:1 200:0', '200:1 200:0', '403', '403', '403'],
  'GET /api/consents/{id}': ['200 404', '200 404', '403', '403', '403'],
  'POST /api/consents': ['201 404', '201 404', '403', '403', '403'],
  'PUT /api/consents/{id}': ['200 404', '200 404', '403', '403', '403'],
  'DELETE /api/consents/{id}': ['405', '405', '403', '403', '403'],

  'GET /api/contacts': ['200:1 200:0', '200:1 200:0', '403', '403', '403'],
  'GET /api/contacts/{id}': ['200 404', '200 404', '403', '403', '403'],
  'POST /api/contacts': ['201 404', '201 404', '403', '403', '403'],
  // offline outreach (issue 22): anonymous entries of the sender's own office; no other side
  'POST /api/contacts/batch': ['200 -', '200 -', '403 -', '403 -', '403 -'],
  'PUT /api/contacts/{id}': ['200 404', '200 404', '403', '403', '403'],
  'DELETE /api/contacts/{id}': ['405', '405', '403', '403', '403'],
  // own: the author (the counsellor made the disposable contact) and the team lead
  'POST /api/contacts/{id}/cancel': ['200 404', '200 404', '403', '403', '403'],
  'PUT /api/contacts/{id}/needs': ['200 404', '200 404', '403', '403', '403'],

  'GET /api/needs': ['200:1 200:0', '200:1 200:0', '403', '403', '403'],
  'GET /api/needs/category-usage': ['200 -', '200 -', '403 -', '403 -', '403 -'],
  'GET /api/needs/{id}': ['200 404', '200 404', '403', '403', '403'],
  'POST /api/needs': ['201 404', '201 404', '403', '403', '403'],
  'PUT /api/needs/{id}': ['200 404', '200 404', '403', '403', '403'],
  'DELETE /api/needs/{id}': ['405', '405', '403', '403', '403'],

  'GET /api/follow-ups': ['200:1 200:0', '200:1 200:0', '403', '403', '403'],
  'GET /api/follow-ups/{id}': ['200 404', '200 404', '403', '403', '403'],
  'POST /api/follow-ups': ['201 404', '201 404', '403', '403', '403'],
  'PUT /api/follow-ups/{id}': ['200 404', '200 404', '403', '403', '403'],
  'DELETE /api/follow-ups/{id}': ['405', '405', '403', '403', '403'],

  'GET /api/handoffs': ['200:1 200:0', '200:1 200:0', '403', '403', '403'],
  'GET /api/handoffs/{id}': ['200 404', '200 404', '403', '403', '403'],
  'GET /api/staff': ['200:1 200:0', '200:1 200:0', '403', '403', '403'],
  'GET /api/staff/{id}': ['200 404', '200 404', '403', '403', '403'],
  'GET /api/team/overview': ['403 -', '200 -', '403 -', '403 -', '403 -'],

  // Rückrufbitten: the chosen office's counsellors and team leads (other office: 404)
  'GET /api/callback-requests': ['200:1 200:0', '200:1 200:0', '403', '403', '403'],
  'GET /api/callback-requests/open-count': ['200 -', '200 -', '403 -', '403 -', '403 -'],
  'GET /api/callback-requests/{id}': ['200 404', '200 404', '403', '403', '403'],
  'POST /api/callback-requests/{id}/take': ['200 404', '200 404', '403', '403', '403'],
  'POST /api/callback-requests/{id}/done': ['200 404', '200 404', '403', '403', '403'],
  'POST /api/callback-requests/{id}/close': ['200 404', '200 404', '403', '403', '403'],
  'POST /api/callback-requests/{id}/contact': ['200 404', '200 404', '403', '403', '403'],
  // erased at once when the family withdraws its consent
  'DELETE /api/callback-requests/{id}': ['200 404', '200 404', '403', '403', '403'],

  // own: the caller's notification; other: a counsellor's of office B
  'GET /api/notifications': ['200:1 200:0', '200:1 200:0', '200:1 200:0', '200:1 200:0', '200:1 200:0'],
  'GET /api/notifications/{id}': ['200 404', '200 404', '200 404', '200 404', '200 404'],
  'PUT /api/notifications/{id}': ['200 404', '200 404', '200 404', '200 404', '200 404'],
  'POST /api/notifications/read-all': ['200 -', '200 -', '200 -', '200 -', '200 -'],

  'GET /api/audit-events': ['403', '200:1 200:0', '200:1', '403', '403'],
  'GET /api/audit-events/{id}': ['403', '200 404', '200', '403', '403'],

  // own: provider A, other: provider B
  'GET /api/providers': ['200:1', '200:1', '200:1', '200:1', '200:1 200:0'],
  'GET /api/providers/{id}': ['200', '200', '200', '200', '200 404'],
  'POST /api/providers': ['403 -', '201 -', '201 -', '403 -', '403 -'],
  'PUT /api/providers/{id}': ['403', '200', '200', '403', '403'],
  'DELETE /api/providers/{id}': ['403', '405', '405', '403', '403'],
  // Verwaltungsleistungen: office staff read, admins write; not office-bound (docs/portal.md)
  'GET /api/services': ['200:1', '200:1', '200:1', '200:1', '403'],
  'GET /api/services/{id}': ['200', '200', '200', '200', '403'],
  'POST /api/services': ['403 -', '403 -', '201 -', '403 -', '403 -'],
  'PUT /api/services/{id}': ['403', '403', '200', '403', '403'],
  'DELETE /api/services/{id}': ['403', '403', '200', '403', '403'],
  // translations of the portal's texts: as services (docs/portal.md "Übersetzungen")
  'GET /api/translations': ['200:1', '200:1', '200:1', '200:1', '403'],
  'GET /api/translations/{id}': ['200', '200', '200', '200', '403'],
  'POST /api/translations': ['403 -', '403 -', '201 -', '403 -', '403 -'],
  'PUT /api/translations/{id}': ['403', '403', '200', '403', '403'],
  'DELETE /api/translations/{id}': ['403', '403', '200', '403', '403'],
  'GET /api/offers': ['200:1', '200:1', '200:1', '200:1', '200:1 200:0'],
  'GET /api/offers/{id}': ['200', '200', '200', '200', '200 404'],
  // offers are added by the office, never by a provider user
  'POST /api/offers': ['403', '201', '201', '403', '403'],
  'PUT /api/offers/{id}': ['403', '200', '200', '403', '200 404'],
  // offers are deactivated, never deleted
  'DELETE /api/offers/{id}': ['403', '405', '405', '403', '405'],
  // "Angaben sind aktuell": the provider's own users (issue 21.3)
  'POST /api/offers/{id}/confirm': ['403', '403', '403', '403', '200 404'],
  // the review queue ("Änderungen prüfen"): who edits offers in the office decides; providers read their own
  'GET /api/offer-change-requests': ['403', '200:1', '200:1', '403', '200:1 200:0'],
  'GET /api/offer-change-requests/{id}': ['403', '200', '200', '403', '200 404'],
  'POST /api/offer-change-requests/{id}/accept': ['403', '200', '200', '403', '403'],
  'POST /api/offer-change-requests/{id}/reject': ['403', '200', '200', '403', '403'],
  // the network's directory (issue 21.5): a provider sees the others' offers, never its own there
  'GET /api/network/offers': ['200:1', '200:1', '200:1', '403', '200:0 200:1'],
  'PUT /api/providers/{id}/network-contact': ['403', '200', '200', '403', '200 404'],
  // a provider's own figures beside the network's (issue 21.4): its users and team leads
  'GET /api/providers/{id}/outcomes': ['403', '200', '403', '403', '200 404'],

  'GET /api/referrals': ['200:1 200:0', '200:1 200:0', '403', '403', '200:1 200:0'],
  'GET /api/referrals/{id}': ['200 404', '200 404', '403', '403', '200 404'],
  'POST /api/referrals': ['201 404', '201 404', '403', '403', '403'],
  'POST /api/referrals/{id}/transition': ['200 404', '200 404', '403', '403', '200 404'],
  // issue 25.8: only the author of the last move (here the counsellor who sent it) undoes it
  'POST /api/referrals/{id}/undo': ['200 404', '409 404', '403', '403', '409 404'],
  // referrals are cancelled, never deleted
  'DELETE /api/referrals/{id}': ['405', '405', '403', '403', '403'],
  // messages on a referral (issue 21.1): the referring office and the receiving provider only —
  // everybody else gets 404, as the issue asks: another office, another provider, and the admin
  // and the analyst (whose role may not read referrals: refused as not found, not with 403)
  'GET /api/referrals/{id}/messages': ['200 404', '200 404', '404', '404', '200 404'],
  'POST /api/referrals/{id}/messages': ['201 404', '201 404', '404', '404', '201 404'],

  // team leads always get their own office, whatever officeId says
  'GET /api/reports/demand': ['403', '200', '403', '200', '403'],
  'GET /api/reports/demand/export': ['403', '200', '403', '200', '403'],
  'GET /api/reports/referral-outcomes': ['403 -', '200 -', '403 -', '200 -', '403 -'],
  // trends (issue 20.4): team leads their office, the analyst the city suppressed
  'GET /api/reports/trends': ['403 -', '200 -', '403 -', '200 -', '403 -'],
  'GET /api/report-snapshots': ['403', '200:1 200:0', '403', '200:1', '403'],
  'GET /api/report-snapshots/{id}': ['403', '200 404', '403', '200', '403'],
  'GET /api/report-snapshots/{id}/export': ['403', '200 404', '403', '200', '403'],
  'POST /api/report-snapshots': ['403', '201', '403', '201', '403'],
  // early warning signals (issue 20.5): city-wide aggregates for team leads and the analyst
  'GET /api/signals': ['403 -', '200:1 -', '403 -', '200:1 -', '403 -'],
  'GET /api/signals/{id}': ['403 -', '200 -', '403 -', '200 -', '403 -'],
};

/** Routes reachable without a session; every other route answers 401 without one. */
export const PUBLIC_ROUTES = [
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/health',
  'GET /api/health/ready',
  'GET /api/portal/life-situations',
  'GET /api/portal/offers',
  'GET /api/portal/offers/{id}',
  'GET /api/hsds',
  'GET /api/hsds/services',
  'GET /api/hsds/services/{id}',
  'GET /api/hsds/organizations',
  'GET /api/hsds/organizations/{id}',
  'GET /api/hsds/service_at_locations',
  'GET /api/hsds/service_at_locations/{id}',
  'GET /api/hsds/taxonomies',
  'GET /api/hsds/taxonomies/{id}',
  'GET /api/hsds/taxonomy_terms',
  'GET /api/hsds/taxonomy_terms/{id}',
  'GET /api/portal/services',
  'GET /api/portal/services/{leikaKeyOrId}',
  'GET /api/portal/suggestions',
  'GET /api/portal/callback-form',
  'POST /api/portal/callbacks',
];

export interface Expectation {
  status: number;
  /** For `200:n` cells: the number of records the filtered list holds (0 or 1). */
  listed?: number;
}

/** The expected answer of a cell, or null where the route has no such side. */
export function expectation(route: string, role: Role, side: 'own' | 'other'): Expectation | null {
  const row = MATRIX[route];
  if (!row) throw new Error(`${route} is not in the authorization matrix`);
  const cell = row[ROLES.indexOf(role)].split(' ');
  const token = side === 'own' ? cell[0] : (cell[1] ?? cell[0]);
  if (token === '-') return null;
  const [status, listed] = token.split(':');
  return { status: Number(status), ...(listed !== undefined ? { listed: Number(listed) } : {}) };
}
