import { randomUUID } from 'node:crypto';
import type { Agent } from 'supertest';
import type { Role } from '@lotsen/domain';
import { TEST_PASSWORD, loginAs, signedIn } from '../support/factories';
import { CALLBACK_CONSENT_VERSION } from '@lotsen/domain';
import { derivedId } from '../../apps/api/src/modules/hsds/hsds-ids';
import { signCallbackFormToken } from '../../apps/api/src/modules/portal/callback-token';
import { NEEDS_TAXONOMY, taxonomyId, termId } from '../../apps/api/src/modules/hsds/hsds-taxonomies';
import {
  must,
  storeCallbackRequest,
  storeOfferChange,
  unique,
  type Fixture,
  type OfficeRecords,
  type Side,
} from './authorization-fixture';

/** One request of the matrix. */
export interface Call {
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Another client than the caller's session (login, logout). */
  agent?: Agent;
  /** For list routes: the id the list is filtered to (its presence is what the cell counts). */
  listed?: string;
}

export interface BuildContext {
  f: Fixture;
  role: Role;
  side: Side;
  /** The cell expects success on a route that changes data: work on a disposable record. */
  fresh: boolean;
}

type Build = (c: BuildContext) => Promise<Call> | Call;

const r = (c: BuildContext): OfficeRecords => c.f[c.side];
const idFilter = (id: string) => ({ filter: JSON.stringify({ id }), range: '[0,99]' });
const list = (id: string): Call & { listed: string } => ({ path: '', query: idFilter(id), listed: id });
let signal: Promise<string> | null = null;
/** An open early warning signal (issue 20.5), stored as the weekly job stores one (created once). */
const openSignal = (c: BuildContext): Promise<string> =>
  (signal ??= (async () => {
    const [row] = await c.f.t.dataSource.query(
      `INSERT INTO signals (district_id, category_key, opened_week, week_tested, baseline_rate, recent_rate,
                            ratio, p_value, recent_count, baseline_count, baseline_weeks)
       VALUES ($1, 'kita_gutschein', '2026-11-02', '2026-11-02', 1, 3, 3, 0.00001, 18, 26, 26) RETURNING id`,
      [c.f.own.districtId],
    );
    return row.id as string;
  })());
let located: Promise<string> | null = null;
/** The service_at_location id of an offer with a visible address (created once, by the admin). */
const locatedOffer = (c: BuildContext): Promise<string> =>
  (located ??= (async () => {
    const offer = must(
      await c.f.callers.admin.agent.post('/api/offers').send({
        providerId: c.f.own.providerId,
        title: `Kita-Beratung vor Ort ${unique()}`,
        address: 'Am Kanal 41, 14467 Potsdam',
      }),
      201,
      'offer',
    );
    return derivedId('service_at_location', offer.id as string);
  })());
const soon = () => new Date(Date.now() + 2 * 86400000).toISOString();
let quarter = 0;
/** A distinct past quarter for each snapshot the matrix creates. */
const nextQuarter = () => `${2000 + Math.floor(quarter / 4)}-Q${(quarter++ % 4) + 1}`;

/* Disposable records, made by the counsellor of the side's office (or the admin). */
const freshFamily = async (c: BuildContext) =>
  must(
    await r(c)
      .counsellor.agent.post('/api/families')
      .send({ name: `Familie Frisch ${unique()}`, confirmNew: true }),
    201,
    'fresh family',
  );
const freshOf = async (c: BuildContext, path: string, body: object) =>
  must(await r(c).counsellor.agent.post(path).send(body), 201, `fresh ${path}`);
const freshNeed = async (c: BuildContext) =>
  freshOf(c, '/api/needs', { familyId: r(c).familyId, categoryKey: 'wohngeld' });
const freshReferral = async (c: BuildContext, sent: boolean) => {
  const need = await freshNeed(c);
  const referral = await freshOf(c, '/api/referrals', {
    needId: need.id,
    offerId: r(c).offerId,
    mode: 'warm',
    consentId: r(c).shareConsentId,
  });
  if (sent) {
    must(
      await r(c).counsellor.agent.post(`/api/referrals/${referral.id}/transition`).send({ to: 'sent' }),
      200,
      'send fresh referral',
    );
  }
  return referral;
};
const byAdmin = async (c: BuildContext, path: string, body: object) =>
  must(await c.f.admin.agent.post(path).send(body), 201, `fresh ${path}`);
const freshUser = (c: BuildContext) =>
  byAdmin(c, '/api/users', {
    email: `frisch.${unique()}@test.example`,
    displayName: 'Frische Person',
    role: 'counsellor',
    officeId: r(c).officeId,
    password: `${TEST_PASSWORD}-${unique()}`,
  });
const freshOffice = (c: BuildContext) => byAdmin(c, '/api/offices', { name: `Standort ${unique()}` });
const freshDistrict = (c: BuildContext) =>
  byAdmin(c, '/api/districts', { code: `T${unique()}`, name: `Testgebiet ${unique()}` });
const freshCategory = (c: BuildContext) =>
  byAdmin(c, '/api/need-categories', {
    key: `test_${unique()}`,
    labelDe: 'Testbedarf',
    labelEn: 'Test need',
    group: 'Sonstiges',
  });
const freshProvider = (c: BuildContext) =>
  byAdmin(c, '/api/providers', { name: `Träger ${unique()}`, kind: 'other' });
const freshService = (c: BuildContext) =>
  byAdmin(c, '/api/services', { titleDe: `Leistung ${unique()}`, responsibleProviderId: r(c).providerId });
const freshTranslation = async (c: BuildContext) =>
  byAdmin(c, '/api/translations', {
    entity: 'service',
    entityId: (await freshService(c)).id,
    field: 'description',
    lang: 'en',
    text: `Text ${unique()}`,
  });
const freshOffer = (c: BuildContext) =>
  byAdmin(c, '/api/offers', { providerId: r(c).providerId, title: `Angebot ${unique()}` });

/** A pending offer change of the side's provider (issue 21.3), on a fresh offer when the cell decides it. */
const offerChange = async (c: BuildContext): Promise<string> =>
  c.fresh ? storeOfferChange(c.f.t, (await freshOffer(c)).id, r(c).providerId) : r(c).offerChangeId;

/** A Rückrufbitte of the side's office, made fresh (open, or taken for `done`) when the cell will move it. */
const callbackRequest = (c: BuildContext, status: 'open' | 'taken' = 'open') =>
  c.fresh ? storeCallbackRequest(c.f.t, r(c).officeId, status) : Promise.resolve(r(c).callbackRequestId);

/** The caller's own notification, or (other side) one of a counsellor of the other office. */
async function notification(c: BuildContext): Promise<string> {
  if (!c.fresh) return c.side === 'own' ? c.f.notifications[c.role] : c.f.other.notificationId;
  const userId = c.side === 'own' ? c.f.callers[c.role].user.id : c.f.other.colleague.id;
  const [{ id }] = await c.f.t.dataSource.query(
    `INSERT INTO notifications (user_id, type, title) VALUES ($1, 'handoff', 'Neu') RETURNING id`,
    [userId],
  );
  return id as string;
}

/** A record of the side, made fresh when the cell will change it. */
async function target(c: BuildContext, existing: string, make: () => Promise<{ id: string }>) {
  return c.fresh ? (await make()).id : existing;
}

const version1 = { version: 1 };

/**
 * How the matrix calls every route, for a caller and a side. The expected answers are not here
 * but in authorization-matrix.ts.
 */
export const REQUESTS: Record<string, Build> = {
  // sign-in
  'POST /api/auth/login': (c) => ({
    path: '/api/auth/login',
    agent: c.f.t.agent(),
    body:
      c.side === 'own'
        ? { email: c.f.callers[c.role].user.email, password: TEST_PASSWORD }
        : { email: c.f.other.counsellor.user.email, password: 'Nicht-das-Passwort-1' },
  }),
  'POST /api/auth/logout': async (c) => ({
    path: '/api/auth/logout',
    agent: await loginAs(c.f.t, c.f.callers[c.role].user),
  }),
  'GET /api/auth/me': () => ({ path: '/api/auth/me' }),
  // everybody changes their own password: a user of the role of its own, so the callers keep theirs
  'POST /api/auth/password': async (c) => ({
    path: '/api/auth/password',
    agent: (await signedIn(c.f.t, c.role)).agent,
    body: { currentPassword: TEST_PASSWORD, newPassword: 'Ein ganz neues Passwort 2026' },
  }),
  'GET /api/auth/preferences': () => ({ path: '/api/auth/preferences' }),
  'PUT /api/auth/preferences': () => ({ path: '/api/auth/preferences', body: { emailOnMessage: false } }),
  'GET /api/health': () => ({ path: '/api/health' }),
  'GET /api/health/ready': () => ({ path: '/api/health/ready' }),
  'GET /api/portal/life-situations': () => ({ path: '/api/portal/life-situations', query: { lang: 'uk' } }),
  'GET /api/portal/offers': () => ({ path: '/api/portal/offers', query: { q: 'Angebot', lang: 'ar' } }),
  'GET /api/portal/offers/{id}': (c) => ({ path: `/api/portal/offers/${r(c).offerId}` }),
  // the Open Referral HSDS API (docs/hsds.md): the fixture's offers and providers as services and organizations
  'GET /api/hsds': () => ({ path: '/api/hsds' }),
  'GET /api/hsds/services': () => ({
    path: '/api/hsds/services',
    query: { search: 'Kita', per_page: '500' },
  }),
  'GET /api/hsds/services/{id}': (c) => ({ path: `/api/hsds/services/${r(c).offerId}` }),
  'GET /api/hsds/organizations': () => ({ path: '/api/hsds/organizations', query: { page: '1' } }),
  'GET /api/hsds/organizations/{id}': (c) => ({ path: `/api/hsds/organizations/${r(c).providerId}` }),
  'GET /api/hsds/service_at_locations': (c) => ({
    path: '/api/hsds/service_at_locations',
    query: { organization_id: r(c).providerId },
  }),
  // an offer with a visible address has a service_at_location: made once, asked anonymously
  'GET /api/hsds/service_at_locations/{id}': async (c) => ({
    path: `/api/hsds/service_at_locations/${await locatedOffer(c)}`,
    agent: c.f.t.http(),
  }),
  'GET /api/hsds/taxonomies': () => ({ path: '/api/hsds/taxonomies' }),
  'GET /api/hsds/taxonomies/{id}': () => ({ path: `/api/hsds/taxonomies/${taxonomyId(NEEDS_TAXONOMY)}` }),
  'GET /api/hsds/taxonomy_terms': () => ({ path: '/api/hsds/taxonomy_terms', query: { search: 'Kita' } }),
  'GET /api/hsds/taxonomy_terms/{id}': () => ({
    path: `/api/hsds/taxonomy_terms/${termId(NEEDS_TAXONOMY, 'kita_gutschein')}`,
  }),
  'GET /api/portal/services': () => ({ path: '/api/portal/services', query: { q: 'Leistung', lang: 'tr' } }),
  'GET /api/portal/services/{leikaKeyOrId}': (c) => ({ path: `/api/portal/services/${r(c).serviceId}` }),
  'GET /api/portal/suggestions': () => ({ path: '/api/portal/suggestions', query: { q: 'Ang', lang: 'uk' } }),
  'GET /api/portal/callback-form': () => ({ path: '/api/portal/callback-form', query: { lang: 'uk' } }),
  // a form filled in ten seconds ago (the portal server sends it this way)
  'POST /api/portal/callbacks': (c) => ({
    path: '/api/portal/callbacks',
    body: {
      token: signCallbackFormToken(c.f.t.config.sessionSecret, new Date(Date.now() - 10_000)),
      website: '',
      officeId: r(c).officeId,
      topic: 'lebenslage:kinderbetreuung',
      name: 'Pseudonym',
      phone: '0331 555 0000',
      lang: 'de',
      consent: true,
      consentVersion: CALLBACK_CONSENT_VERSION,
    },
  }),

  'GET /api/admin/retention': () => ({ path: '/api/admin/retention' }),

  // users
  'GET /api/users': (c) => ({ ...list(r(c).counsellor.user.id), path: '/api/users' }),
  'GET /api/users/{id}': (c) => ({ path: `/api/users/${r(c).counsellor.user.id}` }),
  'POST /api/users': (c) => ({
    path: '/api/users',
    body: {
      email: `neu.${unique()}@test.example`,
      displayName: 'Neue Beraterin',
      role: 'counsellor',
      officeId: r(c).officeId,
      password: `${TEST_PASSWORD}-${unique()}`,
    },
  }),
  'PUT /api/users/{id}': async (c) => ({
    path: `/api/users/${await target(c, r(c).colleague.id, () => freshUser(c))}`,
    body: { displayName: 'Umbenannt', ...version1 },
  }),
  'DELETE /api/users/{id}': async (c) => ({
    path: `/api/users/${await target(c, r(c).colleague.id, () => freshUser(c))}`,
  }),

  // offices
  'GET /api/offices': (c) => ({ ...list(r(c).officeId), path: '/api/offices' }),
  'GET /api/offices/{id}': (c) => ({ path: `/api/offices/${r(c).officeId}` }),
  'POST /api/offices': () => ({ path: '/api/offices', body: { name: `Außenstelle ${unique()}` } }),
  'PUT /api/offices/{id}': async (c) => ({
    path: `/api/offices/${await target(c, r(c).officeId, () => freshOffice(c))}`,
    body: { name: `Umbenannt ${unique()}`, ...version1 },
  }),
  'DELETE /api/offices/{id}': async (c) => ({
    path: `/api/offices/${await target(c, r(c).officeId, () => freshOffice(c))}`,
  }),

  // districts
  'GET /api/districts': (c) => ({ ...list(r(c).districtId), path: '/api/districts' }),
  'GET /api/districts/{id}': (c) => ({ path: `/api/districts/${r(c).districtId}` }),
  'POST /api/districts': () => ({
    path: '/api/districts',
    body: { code: `N${unique()}`, name: `Neues Gebiet ${unique()}` },
  }),
  'PUT /api/districts/{id}': async (c) => ({
    path: `/api/districts/${await target(c, r(c).districtId, () => freshDistrict(c))}`,
    body: { name: `Umbenannt ${unique()}`, ...version1 },
  }),
  'DELETE /api/districts/{id}': async (c) => ({
    path: `/api/districts/${await target(c, r(c).districtId, () => freshDistrict(c))}`,
  }),

  // need categories
  'GET /api/need-categories': (c) => ({ ...list(r(c).needCategoryId), path: '/api/need-categories' }),
  'GET /api/need-categories/{id}': (c) => ({ path: `/api/need-categories/${r(c).needCategoryId}` }),
  'POST /api/need-categories': () => ({
    path: '/api/need-categories',
    body: { key: `neu_${unique()}`, labelDe: 'Neuer Bedarf', labelEn: 'New need', group: 'Sonstiges' },
  }),
  'PUT /api/need-categories/{id}': async (c) => ({
    path: `/api/need-categories/${await target(c, r(c).needCategoryId, () => freshCategory(c))}`,
    body: { labelDe: 'Umbenannt', ...version1 },
  }),
  'DELETE /api/need-categories/{id}': async (c) => ({
    path: `/api/need-categories/${await target(c, r(c).needCategoryId, () => freshCategory(c))}`,
  }),

  // families
  'GET /api/families': (c) => ({ ...list(r(c).familyId), path: '/api/families' }),
  'GET /api/families/{id}': (c) => ({ path: `/api/families/${r(c).familyId}` }),
  'GET /api/families/{id}/timeline': (c) => ({ path: `/api/families/${r(c).familyId}/timeline` }),
  'POST /api/families': (c) => ({
    path: '/api/families',
    // the other side names a lead counsellor of another office
    body: {
      name: `Familie Neu ${unique()}`,
      confirmNew: true,
      ...(c.side === 'other' ? { ownerId: c.f.other.counsellor.user.id } : {}),
    },
  }),
  'PUT /api/families/{id}': async (c) => ({
    path: `/api/families/${await target(c, r(c).familyId, () => freshFamily(c))}`,
    body: { householdSize: 4, ...version1 },
  }),
  'DELETE /api/families/{id}': async (c) => ({
    path: `/api/families/${await target(c, r(c).familyId, () => freshFamily(c))}`,
  }),
  'POST /api/families/{id}/handoff': async (c) => ({
    path: `/api/families/${await target(c, r(c).familyId, () => freshFamily(c))}/handoff`,
    body: { toUserId: r(c).colleague.id, note: 'Urlaubsvertretung' },
  }),
  'POST /api/families/handoff': async (c) => ({
    path: '/api/families/handoff',
    body: { ids: [await target(c, r(c).familyId, () => freshFamily(c))], toUserId: r(c).colleague.id },
  }),

  'GET /api/families/{id}/export': (c) => ({ path: `/api/families/${r(c).familyId}/export` }),
  'POST /api/families/{id}/anonymize': async (c) => ({
    path: `/api/families/${await target(c, r(c).familyId, () => freshFamily(c))}/anonymize`,
    body: { reason: 'data_subject_request' },
  }),

  // members
  'GET /api/persons': (c) => ({ ...list(r(c).parentId), path: '/api/persons' }),
  'GET /api/persons/{id}': (c) => ({ path: `/api/persons/${r(c).parentId}` }),
  'POST /api/persons': (c) => ({
    path: '/api/persons',
    body: { familyId: r(c).familyId, relation: 'child', firstName: `Kind${unique()}`, confirmNew: true },
  }),
  'PUT /api/persons/{id}': async (c) => ({
    path: `/api/persons/${await target(c, r(c).childId, () =>
      freshOf(c, '/api/persons', { familyId: r(c).familyId, relation: 'other', confirmNew: true }),
    )}`,
    body: { relation: 'child', ...version1 },
  }),
  'DELETE /api/persons/{id}': async (c) => ({
    path: `/api/persons/${await target(c, r(c).childId, () =>
      freshOf(c, '/api/persons', { familyId: r(c).familyId, relation: 'other', confirmNew: true }),
    )}`,
  }),

  // consents
  'GET /api/consents': (c) => ({ ...list(r(c).consentId), path: '/api/consents' }),
  'GET /api/consents/{id}': (c) => ({ path: `/api/consents/${r(c).consentId}` }),
  'POST /api/consents': (c) => ({
    path: '/api/consents',
    body: { familyId: r(c).familyId, scope: 'contact_by_email' },
  }),
  'PUT /api/consents/{id}': async (c) => ({
    path: `/api/consents/${await target(c, r(c).consentId, () =>
      freshOf(c, '/api/consents', { familyId: r(c).familyId, scope: 'store_data' }),
    )}`,
    body: { note: 'mündlich bestätigt', ...version1 },
  }),
  'DELETE /api/consents/{id}': async (c) => ({
    path: `/api/consents/${await target(c, r(c).consentId, () =>
      freshOf(c, '/api/consents', { familyId: r(c).familyId, scope: 'store_data' }),
    )}`,
  }),

  // contacts
  'GET /api/contacts': (c) => ({ ...list(r(c).contactId), path: '/api/contacts' }),
  'GET /api/contacts/{id}': (c) => ({ path: `/api/contacts/${r(c).contactId}` }),
  'POST /api/contacts': (c) => ({
    path: '/api/contacts',
    body: { familyId: r(c).familyId, channel: 'phone', durationMinutes: 10 },
  }),
  'POST /api/contacts/batch': () => ({
    path: '/api/contacts/batch',
    body: {
      contacts: [
        { id: randomUUID(), occurredAt: new Date().toISOString(), needs: [{ categoryKey: 'wohngeld' }] },
      ],
    },
  }),
  'PUT /api/contacts/{id}': async (c) => ({
    path: `/api/contacts/${await target(c, r(c).contactId, () =>
      freshOf(c, '/api/contacts', { familyId: r(c).familyId, channel: 'email' }),
    )}`,
    body: { durationMinutes: 20, ...version1 },
  }),
  'DELETE /api/contacts/{id}': async (c) => ({
    path: `/api/contacts/${await target(c, r(c).contactId, () =>
      freshOf(c, '/api/contacts', { familyId: r(c).familyId, channel: 'email' }),
    )}`,
  }),
  'POST /api/contacts/{id}/cancel': async (c) => ({
    path: `/api/contacts/${await target(c, r(c).contactId, () =>
      freshOf(c, '/api/contacts', { familyId: r(c).familyId, channel: 'email' }),
    )}/cancel`,
    body: { reason: 'duplicate' },
  }),
  'PUT /api/contacts/{id}/needs': async (c) => ({
    path: `/api/contacts/${await target(c, r(c).contactId, () =>
      freshOf(c, '/api/contacts', { familyId: r(c).familyId, channel: 'email' }),
    )}/needs`,
    body: { categoryKeys: ['wohngeld'] },
  }),

  // needs
  'GET /api/needs': (c) => ({ ...list(r(c).needId), path: '/api/needs' }),
  'GET /api/needs/category-usage': () => ({ path: '/api/needs/category-usage' }),
  'GET /api/needs/{id}': (c) => ({ path: `/api/needs/${r(c).needId}` }),
  'POST /api/needs': (c) => ({
    path: '/api/needs',
    body: { familyId: r(c).familyId, categoryKey: 'wohngeld', urgency: 'high' },
  }),
  'PUT /api/needs/{id}': async (c) => ({
    path: `/api/needs/${await target(c, r(c).needId, () => freshNeed(c))}`,
    body: { urgency: 'low', ...version1 },
  }),
  'DELETE /api/needs/{id}': async (c) => ({
    path: `/api/needs/${await target(c, r(c).needId, () => freshNeed(c))}`,
  }),

  // follow-ups
  'GET /api/follow-ups': (c) => ({ ...list(r(c).followUpId), path: '/api/follow-ups' }),
  'GET /api/follow-ups/{id}': (c) => ({ path: `/api/follow-ups/${r(c).followUpId}` }),
  'POST /api/follow-ups': (c) => ({
    path: '/api/follow-ups',
    body: { familyId: r(c).familyId, title: 'Nachfragen', dueAt: soon() },
  }),
  'PUT /api/follow-ups/{id}': async (c) => ({
    path: `/api/follow-ups/${await target(c, r(c).followUpId, () =>
      freshOf(c, '/api/follow-ups', { familyId: r(c).familyId, title: 'Frisch', dueAt: soon() }),
    )}`,
    body: { status: 'done', ...version1 },
  }),
  'DELETE /api/follow-ups/{id}': async (c) => ({
    path: `/api/follow-ups/${await target(c, r(c).followUpId, () =>
      freshOf(c, '/api/follow-ups', { familyId: r(c).familyId, title: 'Frisch', dueAt: soon() }),
    )}`,
  }),

  // handoffs, staff, team
  'GET /api/handoffs': (c) => ({ ...list(r(c).handoffId), path: '/api/handoffs' }),
  'GET /api/handoffs/{id}': (c) => ({ path: `/api/handoffs/${r(c).handoffId}` }),
  'GET /api/staff': (c) => ({ ...list(r(c).colleague.id), path: '/api/staff' }),
  'GET /api/staff/{id}': (c) => ({ path: `/api/staff/${r(c).colleague.id}` }),
  'GET /api/team/overview': () => ({ path: '/api/team/overview' }),

  // Rückrufbitten: own = office A's, other = office B's
  'GET /api/callback-requests': (c) => ({ ...list(r(c).callbackRequestId), path: '/api/callback-requests' }),
  'GET /api/callback-requests/open-count': () => ({ path: '/api/callback-requests/open-count' }),
  'GET /api/callback-requests/{id}': (c) => ({ path: `/api/callback-requests/${r(c).callbackRequestId}` }),
  'POST /api/callback-requests/{id}/take': async (c) => ({
    path: `/api/callback-requests/${await callbackRequest(c)}/take`,
    body: {},
  }),
  'POST /api/callback-requests/{id}/done': async (c) => ({
    path: `/api/callback-requests/${await callbackRequest(c, 'taken')}/done`,
    body: { outcome: 'Zurückgerufen' },
  }),
  'POST /api/callback-requests/{id}/close': async (c) => ({
    path: `/api/callback-requests/${await callbackRequest(c)}/close`,
    body: { reason: 'duplicate' },
  }),
  'POST /api/callback-requests/{id}/contact': async (c) => ({
    path: `/api/callback-requests/${await callbackRequest(c)}/contact`,
    body: {},
  }),
  'DELETE /api/callback-requests/{id}': async (c) => ({
    path: `/api/callback-requests/${await callbackRequest(c)}`,
  }),

  // notifications: own = the caller's, other = a counsellor's of the other office
  'GET /api/notifications': async (c) => ({ ...list(await notification(c)), path: '/api/notifications' }),
  'GET /api/notifications/{id}': async (c) => ({ path: `/api/notifications/${await notification(c)}` }),
  'PUT /api/notifications/{id}': async (c) => ({
    path: `/api/notifications/${await notification(c)}`,
    body: { readAt: new Date().toISOString(), ...version1 },
  }),
  'POST /api/notifications/read-all': () => ({ path: '/api/notifications/read-all' }),

  // audit trail
  'GET /api/audit-events': (c) => ({ ...list(r(c).auditEventId), path: '/api/audit-events' }),
  'GET /api/audit-events/{id}': (c) => ({ path: `/api/audit-events/${r(c).auditEventId}` }),

  // providers and offers: own = provider A (the provider user's), other = provider B
  'GET /api/providers': (c) => ({ ...list(r(c).providerId), path: '/api/providers' }),
  'GET /api/providers/{id}': (c) => ({ path: `/api/providers/${r(c).providerId}` }),
  'POST /api/providers': () => ({
    path: '/api/providers',
    body: { name: `Träger ${unique()}`, kind: 'health' },
  }),
  'PUT /api/providers/{id}': async (c) => ({
    path: `/api/providers/${await target(c, r(c).providerId, () => freshProvider(c))}`,
    body: { website: 'https://traeger.example', ...version1 },
  }),
  'DELETE /api/providers/{id}': async (c) => ({
    path: `/api/providers/${await target(c, r(c).providerId, () => freshProvider(c))}`,
  }),

  // Verwaltungsleistungen (not office-bound: both sides are records anybody of the staff reads)
  'GET /api/services': (c) => ({ ...list(r(c).serviceId), path: '/api/services' }),
  'GET /api/services/{id}': (c) => ({ path: `/api/services/${r(c).serviceId}` }),
  'POST /api/services': (c) => ({
    path: '/api/services',
    body: { titleDe: `Neue Leistung ${unique()}`, responsibleProviderId: r(c).providerId },
  }),
  'PUT /api/services/{id}': async (c) => ({
    path: `/api/services/${await target(c, r(c).serviceId, () => freshService(c))}`,
    body: { titleDe: `Umbenannt ${unique()}`, ...version1 },
  }),
  'DELETE /api/services/{id}': async (c) => ({
    path: `/api/services/${await target(c, r(c).serviceId, () => freshService(c))}`,
  }),
  'GET /api/translations': (c) => ({ ...list(r(c).translationId), path: '/api/translations' }),
  'GET /api/translations/{id}': (c) => ({ path: `/api/translations/${r(c).translationId}` }),
  // a fresh service for the write that succeeds: one description in Turkish per service
  'POST /api/translations': async (c) => ({
    path: '/api/translations',
    body: {
      entity: 'service',
      entityId: await target(c, r(c).serviceId, () => freshService(c)),
      field: 'description',
      lang: 'tr',
      text: `Yeni ${unique()}`,
    },
  }),
  'PUT /api/translations/{id}': async (c) => ({
    path: `/api/translations/${await target(c, r(c).translationId, () => freshTranslation(c))}`,
    body: { text: `Змінено ${unique()}`, reviewed: true, ...version1 },
  }),
  'DELETE /api/translations/{id}': async (c) => ({
    path: `/api/translations/${await target(c, r(c).translationId, () => freshTranslation(c))}`,
  }),
  'GET /api/offers': (c) => ({ ...list(r(c).offerId), path: '/api/offers' }),
  'GET /api/offers/{id}': (c) => ({ path: `/api/offers/${r(c).offerId}` }),
  'POST /api/offers': (c) => ({
    path: '/api/offers',
    body: { providerId: r(c).providerId, title: `Neues Angebot ${unique()}` },
  }),
  'PUT /api/offers/{id}': async (c) => ({
    path: `/api/offers/${await target(c, r(c).offerId, () => freshOffer(c))}`,
    body: { capacity: 'waitlist', ...version1 },
  }),
  'DELETE /api/offers/{id}': async (c) => ({
    path: `/api/offers/${await target(c, r(c).offerId, () => freshOffer(c))}`,
  }),
  // the review queue of offer changes (issue 21.3): own = provider A's, other = provider B's
  'POST /api/offers/{id}/confirm': async (c) => ({
    path: `/api/offers/${await target(c, r(c).offerId, () => freshOffer(c))}/confirm`,
  }),
  'GET /api/network/offers': (c) => ({ ...list(r(c).offerId), path: '/api/network/offers' }),
  'PUT /api/providers/{id}/network-contact': async (c) => ({
    // a provider's user sets its own provider's line; the office's editors work on a fresh one
    path: `/api/providers/${c.role === 'provider' ? r(c).providerId : await target(c, r(c).providerId, () => freshProvider(c))}/network-contact`,
    body: { networkContact: `Kontakt ${unique()}` },
  }),
  'GET /api/providers/{id}/outcomes': (c) => ({ path: `/api/providers/${r(c).providerId}/outcomes` }),
  'GET /api/offer-change-requests': (c) => ({
    ...list(r(c).offerChangeId),
    path: '/api/offer-change-requests',
  }),
  'GET /api/offer-change-requests/{id}': async (c) => ({
    path: `/api/offer-change-requests/${await offerChange(c)}`,
  }),
  'POST /api/offer-change-requests/{id}/accept': async (c) => ({
    path: `/api/offer-change-requests/${await offerChange(c)}/accept`,
    body: version1,
  }),
  'POST /api/offer-change-requests/{id}/reject': async (c) => ({
    path: `/api/offer-change-requests/${await offerChange(c)}/reject`,
    body: { reason: 'Bitte genauer beschreiben', ...version1 },
  }),

  // referrals: own = office A's, sent to provider A; other = office B's, sent to provider B
  'GET /api/referrals': (c) => ({ ...list(r(c).referralId), path: '/api/referrals' }),
  'GET /api/referrals/{id}': (c) => ({ path: `/api/referrals/${r(c).referralId}` }),
  'POST /api/referrals': async (c) => ({
    path: '/api/referrals',
    body: {
      needId: c.fresh ? (await freshNeed(c)).id : r(c).needId,
      providerId: r(c).providerId,
      mode: 'info',
    },
  }),
  'POST /api/referrals/{id}/transition': async (c) => ({
    path: `/api/referrals/${await target(c, r(c).referralId, () => freshReferral(c, true))}/transition`,
    body: { to: 'accepted' },
  }),
  'POST /api/referrals/{id}/undo': async (c) => ({
    path: `/api/referrals/${await target(c, r(c).referralId, () => freshReferral(c, true))}/undo`,
    body: {},
  }),
  'DELETE /api/referrals/{id}': async (c) => ({
    path: `/api/referrals/${await target(c, r(c).referralId, () => freshReferral(c, false))}`,
  }),
  'GET /api/referrals/{id}/messages': (c) => ({ path: `/api/referrals/${r(c).referralId}/messages` }),
  'POST /api/referrals/{id}/messages': async (c) => ({
    path: `/api/referrals/${await target(c, r(c).referralId, () => freshReferral(c, true))}/messages`,
    body: { text: `Nachricht ${unique()}` },
  }),

  // reports: own = the caller's office (or office A), other = office B
  'GET /api/reports/demand': (c) => ({
    path: '/api/reports/demand',
    // a calendar year: the analyst's periods are months, quarters and years (issue 16)
    query: {
      from: `${c.f.today.slice(0, 4)}-01-01`,
      to: `${c.f.today.slice(0, 4)}-12-31`,
      officeId: r(c).officeId,
    },
  }),
  'GET /api/reports/demand/export': (c) => ({
    path: '/api/reports/demand/export',
    query: {
      from: `${c.f.today.slice(0, 4)}-01-01`,
      to: `${c.f.today.slice(0, 4)}-12-31`,
      officeId: r(c).officeId,
      format: 'csv',
    },
  }),
  'GET /api/reports/trends': () => ({ path: '/api/reports/trends', query: {} }),
  'GET /api/reports/referral-outcomes': (c) => ({
    path: '/api/reports/referral-outcomes',
    query: { from: `${c.f.today.slice(0, 4)}-01-01`, to: `${c.f.today.slice(0, 4)}-12-31` },
  }),
  'GET /api/report-snapshots': (c) => ({ ...list(r(c).snapshotId), path: '/api/report-snapshots' }),
  'GET /api/report-snapshots/{id}': (c) => ({ path: `/api/report-snapshots/${r(c).snapshotId}` }),
  'GET /api/report-snapshots/{id}/export': (c) => ({
    path: `/api/report-snapshots/${r(c).snapshotId}/export`,
    query: { format: 'csv' },
  }),
  'POST /api/report-snapshots': (c) => ({
    path: '/api/report-snapshots',
    body: { kind: 'demand', period: nextQuarter(), officeId: r(c).officeId },
  }),
  // the caller's own agent, named: the checksum before the call is taken after the signal exists
  'GET /api/signals': async (c) => ({
    ...list(await openSignal(c)),
    path: '/api/signals',
    agent: c.f.callers[c.role].agent,
  }),
  'GET /api/signals/{id}': async (c) => ({
    path: `/api/signals/${await openSignal(c)}`,
    agent: c.f.callers[c.role].agent,
  }),
};
