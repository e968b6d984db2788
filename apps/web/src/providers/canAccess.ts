import { ACTIONS, actionFor, can, scopeOf, type Action, type Subject } from '@lotsen/domain';
import { toActor, type SessionUser } from './session';

/** Pages every logged-in user may open. */
const OPEN_TO_ALL = new Set(['dashboard']);

const SUBJECT_FIELDS = ['officeId', 'ownerId', 'providerId', 'authorId', 'userId'] as const;

/**
 * The fields of a record that the policy's scopes look at. A record without `officeId` (a
 * person, a consent) was returned by the API, which answers only within the caller's office
 * (404 otherwise): it counts as a record of the caller's office.
 */
export function subjectOf(record: Record<string, unknown>, user?: SessionUser): Subject {
  const subject: Subject = {};
  for (const field of SUBJECT_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' || value === null) subject[field] = value;
  }
  if (!('officeId' in record) && user) subject.officeId = user.officeId;
  return subject;
}

function isPolicyAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/**
 * Accesses beyond react-admin's five, each a question to the policy:
 * - `families` × `bulk_handoff`: handing off families of one's office that one does not own
 *   (what the bulk handoff does; the policy grants it to team leads);
 * - `offers` × `directory`: the offer directory ("Angebote"), for those who read offers and refer
 *   families to them (`referral.write`);
 * - `offers` × `create`: only with `offer.write` on every offer; a provider user's `offer.write`
 *   (scope `provider`) changes a few fields of existing offers (PROVIDER_EDITABLE_OFFER_FIELDS)
 *   and creates none (docs/api-referrals.md);
 * - `offers` × `own_offers`: "Unsere Angebote", for users who change offers of their own provider
 *   (`offer.write` in the scope `provider`);
 * - `referrals` × `incoming`: the incoming referrals of one's provider as start page
 *   (`referral.respond` in the scope `provider`);
 * - any action of the policy by its name (`family.handoff`, `team.overview`,
 *   `confidentialNote.read`, …), with the record as subject when one is given.
 */
function extraAccess(
  user: SessionUser,
  params: { resource: string; action: string; record?: Record<string, unknown> },
): boolean | null {
  const actor = toActor(user);
  if (params.resource === 'families' && params.action === 'bulk_handoff') {
    return can(actor, 'family.handoff', { officeId: user.officeId, ownerId: null });
  }
  if (params.resource === 'offers' && params.action === 'directory') {
    return can(actor, 'offer.read') && can(actor, 'referral.write');
  }
  if (params.resource === 'offers' && params.action === 'create') {
    return scopeOf(actor.role, 'offer.write') === 'any';
  }
  if (params.resource === 'offers' && params.action === 'own_offers') {
    return scopeOf(actor.role, 'offer.write') === 'provider';
  }
  if (params.resource === 'referrals' && params.action === 'incoming') {
    return scopeOf(actor.role, 'referral.respond') === 'provider';
  }
  if (isPolicyAction(params.action)) {
    return can(actor, params.action, params.record ? subjectOf(params.record, user) : undefined);
  }
  return null;
}

/**
 * react-admin's access question (resource × list/show/create/edit/delete), answered by the one
 * policy of libs/domain: `actionFor` names the policy action, `can` decides.
 * Unknown resources and accesses (export, clone, …) are refused.
 */
export function canAccessWith(
  user: SessionUser | null,
  params: { resource: string; action: string; record?: Record<string, unknown> },
): boolean {
  if (!user) return false;
  if (OPEN_TO_ALL.has(params.resource)) return true;
  const extra = extraAccess(user, params);
  if (extra !== null) return extra;
  const action = actionFor(params.resource, params.action);
  if (action === null) return false;
  return can(toActor(user), action, params.record ? subjectOf(params.record, user) : undefined);
}
