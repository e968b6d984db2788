import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import type { Agent } from 'supertest';
import { CALLBACK_CONSENT_TEXTS, CALLBACK_CONSENT_VERSION, ROLES, type Role } from '@lotsen/domain';
import type { TestApp } from '../support/test-app';
import { createOffice, signedIn, type TestUser } from '../support/factories';

/** One side of the matrix: the caller's office (or provider) and somebody else's. */
export type Side = 'own' | 'other';
export const SIDES: readonly Side[] = ['own', 'other'];

export const unique = (): string => randomBytes(4).toString('hex');

/** Fails loudly when a set-up request does not answer as expected. */
export function must(res: Response, status: number, what: string): Record<string, unknown> & { id: string } {
  if (res.status !== status) {
    throw new Error(`fixture: ${what} answered ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as Record<string, unknown> & { id: string };
}

/**
 * The personal data the fixture stores about families. Analysts and admins must never receive
 * any of it; the personal-field scan looks for every string here.
 */
export const PERSONAL = {
  own: {
    family: 'Familie Quastenberg',
    firstName: 'Ottilie',
    lastName: 'Quastenberg',
    childName: 'Kunigunde',
    phone: '0331 555 0101',
    email: 'ottilie.quastenberg@familie.example',
    notes: 'Notizgeheimnis Wohnungsräumung droht',
  },
  other: {
    family: 'Familie Rosenkranzer',
    firstName: 'Ferdinande',
    lastName: 'Rosenkranzer',
    childName: 'Leberecht',
    phone: '0331 555 0202',
    email: 'ferdinande.rosenkranzer@familie.example',
    notes: 'Notizgeheimnis Schulden beim Vermieter',
  },
} as const;

/** Every string of PERSONAL, plus the phone numbers as digits only. */
export function personalNeedles(): string[] {
  return Object.values(PERSONAL).flatMap((p) => [...Object.values(p), p.phone.replace(/\D/g, '')]);
}

/** The records of one office (and the provider its referral went to). */
export interface OfficeRecords {
  officeId: string;
  /** Counsellor who owns the family and created everything below. */
  counsellor: Signed;
  /** A second counsellor of the office: handoff target, staff record. */
  colleague: TestUser;
  familyId: string;
  parentId: string;
  childId: string;
  consentId: string;
  shareConsentId: string;
  contactId: string;
  needId: string;
  referralId: string;
  followUpId: string;
  /** A handoff of a second family of the office. */
  handoffId: string;
  handedFamilyId: string;
  auditEventId: string;
  notificationId: string;
  snapshotId: string;
  providerId: string;
  offerId: string;
  districtId: string;
  needCategoryId: string;
  /** A Verwaltungsleistung of the side's provider. */
  serviceId: string;
  /** An open Rückrufbitte to the office (from the Familienportal). */
  callbackRequestId: string;
  translationId: string;
  /** A pending change of the provider's offer (issue 21.3), proposed by the provider's user. */
  offerChangeId: string;
}

export type Signed = { user: TestUser; agent: Agent };

export interface Fixture {
  t: TestApp;
  /** The five callers of the matrix; office roles belong to office A, the provider user to provider A. */
  callers: Record<Role, Signed>;
  /** A notification of each caller. */
  notifications: Record<Role, string>;
  own: OfficeRecords;
  other: OfficeRecords;
  admin: Signed;
  analyst: Signed;
  today: string;
}

/** A pending change of an offer, as a provider's proposal leaves it (issue 21.3). */
export async function storeOfferChange(t: TestApp, offerId: string, providerId: string): Promise<string> {
  const [row] = await t.dataSource.query(
    `INSERT INTO offer_change_requests (offer_id, provider_id, proposed)
     VALUES ($1, $2, '{"description": "Neu beschrieben"}') RETURNING id`,
    [offerId, providerId],
  );
  return row.id as string;
}

/** Berlin's date, as the office counts days. */
export const berlinToday = (): string =>
  new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/** A Rückrufbitte to `officeId`, stored as the portal's POST stores one (open, or taken). */
export async function storeCallbackRequest(
  t: TestApp,
  officeId: string,
  status: 'open' | 'taken' = 'open',
): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO callback_requests (office_id, topic, name, phone, lang, consent_text, consent_version, status, taken_at)
     VALUES ($1, 'sonstiges', 'Pseudonym', '0331 555 0303', 'de', $2, $3, $4, CASE WHEN $4 = 'taken' THEN now() END)
     RETURNING id`,
    [officeId, CALLBACK_CONSENT_TEXTS.de, CALLBACK_CONSENT_VERSION, status],
  );
  return id as string;
}

async function seedOffice(
  t: TestApp,
  side: Side,
  admin: Signed,
  analyst: Signed,
  districtId: string,
  needCategoryId: string,
): Promise<OfficeRecords & { provider: Signed }> {
  const p = PERSONAL[side];
  const officeId = await createOffice(
    t.dataSource,
    `Familienbüro ${side === 'own' ? 'Nord' : 'Süd'} ${unique()}`,
  );
  const counsellor = await signedIn(t, 'counsellor', { officeId });
  const colleague = (await signedIn(t, 'counsellor', { officeId })).user;
  const c = counsellor.agent;
  const providerId = must(
    await admin.agent.post('/api/providers').send({
      name: `Träger ${side} ${unique()}`,
      kind: 'independent',
      phone: '0331 100 200',
      email: `traeger.${side}@traeger.example`,
    }),
    201,
    'provider',
  ).id;
  const offerId = must(
    await admin.agent.post('/api/offers').send({
      providerId,
      title: `Kita-Beratung ${side}`,
      categoryKeys: ['kita_gutschein'],
      capacity: 'available',
    }),
    201,
    'offer',
  ).id;
  const serviceId = must(
    await admin.agent.post('/api/services').send({
      titleDe: `Leistung ${side} ${unique()}`,
      responsibleProviderId: providerId,
      checklist: ['Personalausweis'],
      categoryKeys: ['kita_gutschein'],
    }),
    201,
    'service',
  ).id;
  const translationId = must(
    await admin.agent.post('/api/translations').send({
      entity: 'service',
      entityId: serviceId,
      field: 'title',
      lang: 'uk',
      text: `Послуга ${side}`,
    }),
    201,
    'translation',
  ).id;
  const provider = await signedIn(t, 'provider', { providerId });

  const familyId = must(
    await c.post('/api/families').send({ name: p.family, districtId, householdSize: 3, confirmNew: true }),
    201,
    'family',
  ).id;
  const parentId = must(
    await c.post('/api/persons').send({
      familyId,
      relation: 'parent',
      firstName: p.firstName,
      lastName: p.lastName,
      phone: p.phone,
      email: p.email,
      birthDate: '1990-04-01',
    }),
    201,
    'parent',
  ).id;
  const childId = must(
    await c.post('/api/persons').send({
      familyId,
      relation: 'child',
      firstName: p.childName,
      lastName: p.lastName,
      birthDate: '2021-06-15',
    }),
    201,
    'child',
  ).id;
  const consentId = must(
    await c.post('/api/consents').send({ familyId, scope: 'contact_by_phone' }),
    201,
    'consent',
  ).id;
  const shareConsentId = must(
    await c.post('/api/consents').send({ familyId, scope: 'share_with_provider', providerId }),
    201,
    'share consent',
  ).id;
  const contactId = must(
    await c.post('/api/contacts').send({
      familyId,
      channel: 'walk_in',
      durationMinutes: 30,
      summary: 'Kita-Gutschein',
      notes: p.notes,
      confidential: false,
    }),
    201,
    'contact',
  ).id;
  const needId = must(
    await c.post('/api/needs').send({ familyId, categoryKey: 'kita_gutschein', contactId }),
    201,
    'need',
  ).id;
  const referralId = must(
    await c.post('/api/referrals').send({ needId, offerId, mode: 'warm', consentId: shareConsentId }),
    201,
    'referral',
  ).id;
  must(await c.post(`/api/referrals/${referralId}/transition`).send({ to: 'sent' }), 200, 'send referral');
  const followUpId = must(
    await c
      .post('/api/follow-ups')
      .send({ familyId, title: 'Rückruf Kita', dueAt: new Date(Date.now() + 86400000).toISOString() }),
    201,
    'follow-up',
  ).id;
  const handedFamilyId = must(
    await c.post('/api/families').send({ name: `${p.family} II`, confirmNew: true }),
    201,
    'second family',
  ).id;
  must(
    await c.post(`/api/families/${handedFamilyId}/handoff`).send({ toUserId: colleague.id }),
    200,
    'handoff',
  );
  const [{ id: handoffId }] = await t.dataSource.query(`SELECT id FROM handoffs WHERE family_id = $1`, [
    handedFamilyId,
  ]);
  const [{ id: auditEventId }] = await t.dataSource.query(
    `SELECT id FROM audit_events WHERE entity_id = $1 AND action = 'family.create'`,
    [familyId],
  );
  const [{ id: notificationId }] = await t.dataSource.query(
    `INSERT INTO notifications (user_id, type, title) VALUES ($1, 'handoff', 'Familie übernommen') RETURNING id`,
    [colleague.id],
  );
  const snapshotId = must(
    await analyst.agent
      .post('/api/report-snapshots')
      .send({ kind: 'demand', period: side === 'own' ? '2025-Q1' : '2025-Q2', officeId }),
    201,
    'snapshot',
  ).id;
  return {
    officeId,
    counsellor,
    colleague,
    familyId,
    parentId,
    childId,
    consentId,
    shareConsentId,
    contactId,
    needId,
    referralId,
    followUpId,
    handoffId,
    handedFamilyId,
    auditEventId,
    notificationId,
    snapshotId,
    providerId,
    offerId,
    districtId,
    needCategoryId,
    serviceId,
    callbackRequestId: await storeCallbackRequest(t, officeId),
    translationId,
    offerChangeId: await storeOfferChange(t, offerId, providerId),
    provider,
  };
}

/**
 * Two offices, each with a family and everything that hangs off it (members, consents, a
 * contact with notes, a need, a warm referral sent to the office's own provider, a follow-up,
 * a handoff, audit events, a notification, a report snapshot). The callers of the matrix belong
 * to office A and provider A.
 */
export async function seedFixture(t: TestApp): Promise<Fixture> {
  const admin = await signedIn(t, 'admin');
  const analyst = await signedIn(t, 'analyst');
  const districts: { id: string }[] = await t.dataSource.query(
    `SELECT id FROM districts ORDER BY code LIMIT 2`,
  );
  const categories: { id: string }[] = await t.dataSource.query(
    `SELECT id FROM need_categories ORDER BY key LIMIT 2`,
  );
  const own = await seedOffice(t, 'own', admin, analyst, districts[0].id, categories[0].id);
  const other = await seedOffice(t, 'other', admin, analyst, districts[1].id, categories[1].id);
  const teamLead = await signedIn(t, 'team_lead', { officeId: own.officeId });
  const callers: Record<Role, Signed> = {
    counsellor: own.counsellor,
    team_lead: teamLead,
    admin,
    analyst,
    provider: own.provider,
  };
  const notifications = {} as Record<Role, string>;
  for (const role of ROLES) {
    expect(callers[role].user.role).toBe(role);
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO notifications (user_id, type, title) VALUES ($1, 'handoff', 'Familie übernommen') RETURNING id`,
      [callers[role].user.id],
    );
    notifications[role] = id as string;
  }
  return { t, callers, notifications, own, other, admin, analyst, today: berlinToday() };
}
