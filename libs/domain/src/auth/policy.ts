import type { Role } from './roles';

/**
 * The one authorization policy of Lotsen CRM: role × action × scope.
 *
 * `can(actor, action)` answers "may this role ever do this?" (used by the API's global guard and
 * by the web menu); `can(actor, action, subject)` also checks the record's scope (used by the
 * services for every single record and mirrored in every list query).
 */

export const ACTIONS = [
  // reference data and administration
  'user.read',
  'user.create',
  'user.update',
  'office.read',
  'office.create',
  'office.update',
  'district.read',
  'district.create',
  'district.update',
  'needCategory.read',
  'needCategory.create',
  'needCategory.update',
  'needCategory.delete',
  'provider.read',
  'provider.write',
  'offer.read',
  'offer.write',
  'offerChange.read',
  'offerChange.propose',
  'offerChange.review',
  'network.read',
  'provider.networkContact',
  'provider.outcomes',
  'service.read',
  'service.write',
  'translation.read',
  'translation.write',
  // case work
  'family.read',
  'family.write',
  'family.handoff',
  'family.export',
  'family.anonymize',
  'contact.read',
  'contact.write',
  'confidentialNote.read',
  'need.read',
  'need.write',
  'referral.read',
  'referral.write',
  'referral.respond',
  'followUp.read',
  'followUp.write',
  'handoff.read',
  'callbackRequest.read',
  'callbackRequest.write',
  'staff.list',
  'team.overview',
  // personal
  'profile.read',
  'profile.changePassword',
  'profile.update',
  'notification.read',
  'notification.update',
  // oversight and reports
  'auditEvent.read',
  'queue.dashboard',
  'retention.read',
  'report.read',
  'reportSnapshot.read',
  'reportSnapshot.create',
  'signal.read',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * How far a granted action reaches:
 * - `any`: every record;
 * - `office`: records of the actor's own office;
 * - `owner`: records of the actor's office that the actor owns (lead counsellor);
 * - `provider`: records addressed to the actor's provider;
 * - `author`: records the actor wrote;
 * - `self`: records that belong to the actor (own notifications).
 */
export const SCOPES = ['any', 'office', 'owner', 'provider', 'author', 'self'] as const;
export type Scope = (typeof SCOPES)[number];

export interface Actor {
  id: string;
  role: Role;
  officeId: string | null;
  providerId: string | null;
}

/** What a record tells the policy about itself; only the fields its scope needs. */
export interface Subject {
  officeId?: string | null;
  ownerId?: string | null;
  providerId?: string | null;
  authorId?: string | null;
  userId?: string | null;
}

type Grants = Partial<Record<Role, Scope>>;

const ALL_STAFF: Grants = { counsellor: 'any', team_lead: 'any', admin: 'any', analyst: 'any' };
const EVERYONE: Grants = { ...ALL_STAFF, provider: 'any' };
const ADMIN: Grants = { admin: 'any' };
const CASE_WORK: Grants = { counsellor: 'office', team_lead: 'office' };
const OWN_ONLY: Grants = {
  counsellor: 'self',
  team_lead: 'self',
  admin: 'self',
  analyst: 'self',
  provider: 'self',
};

/** The policy table. A role not named for an action may not do it. */
export const POLICY: Record<Action, Grants> = {
  'user.read': ADMIN,
  'user.create': ADMIN,
  'user.update': ADMIN,
  'office.read': ALL_STAFF,
  'office.create': ADMIN,
  'office.update': ADMIN,
  'district.read': EVERYONE,
  'district.create': ADMIN,
  'district.update': ADMIN,
  'needCategory.read': EVERYONE,
  'needCategory.create': ADMIN,
  'needCategory.update': ADMIN,
  'needCategory.delete': ADMIN,
  'provider.read': { ...ALL_STAFF, provider: 'provider' },
  'provider.write': { admin: 'any', team_lead: 'any' },
  'offer.read': { ...ALL_STAFF, provider: 'provider' },
  'offer.write': { admin: 'any', team_lead: 'any', provider: 'provider' },
  // a provider's proposed offer changes (issue 21.3): reviewed by who edits offers in the office
  'offerChange.read': { admin: 'any', team_lead: 'any', provider: 'provider' },
  'offerChange.propose': { provider: 'provider' },
  'offerChange.review': { admin: 'any', team_lead: 'any' },
  // the network's directory (issue 21.5): providers see the others' public offers and contact lines
  'network.read': { provider: 'any', counsellor: 'any', team_lead: 'any', admin: 'any' },
  // the contact line a provider shares with the network: its own users (and the office's editors)
  'provider.networkContact': { provider: 'provider', team_lead: 'any', admin: 'any' },
  // a provider's own referral figures beside the network's (issue 21.4)
  'provider.outcomes': { provider: 'provider', team_lead: 'any' },
  // Verwaltungsleistungen (the portal's administrative services): public data, edited by admins
  'service.read': ALL_STAFF,
  'service.write': ADMIN,
  // translations of the portal's texts (offers, services, life situations): as services
  'translation.read': ALL_STAFF,
  'translation.write': ADMIN,
  'family.read': CASE_WORK,
  'family.write': CASE_WORK,
  'family.handoff': { counsellor: 'owner', team_lead: 'office' },
  'family.export': CASE_WORK,
  'family.anonymize': { team_lead: 'office' },
  'contact.read': CASE_WORK,
  'contact.write': CASE_WORK,
  'confidentialNote.read': { counsellor: 'author', team_lead: 'author' },
  'need.read': CASE_WORK,
  'need.write': CASE_WORK,
  'referral.read': { ...CASE_WORK, provider: 'provider' },
  'referral.write': CASE_WORK,
  'referral.respond': { ...CASE_WORK, provider: 'provider' },
  'followUp.read': CASE_WORK,
  'followUp.write': CASE_WORK,
  'handoff.read': CASE_WORK,
  // Rückrufbitten from the Familienportal: the chosen office's counsellors and team leads
  'callbackRequest.read': CASE_WORK,
  'callbackRequest.write': CASE_WORK,
  'staff.list': CASE_WORK,
  'team.overview': { team_lead: 'office' },
  'profile.read': OWN_ONLY,
  'profile.changePassword': OWN_ONLY,
  // own preferences ("Mein Konto": e-mail on new messages, issue 21.2)
  'profile.update': OWN_ONLY,
  'notification.read': OWN_ONLY,
  'notification.update': OWN_ONLY,
  'auditEvent.read': { team_lead: 'office', admin: 'any' },
  'queue.dashboard': ADMIN,
  'retention.read': ADMIN,
  'report.read': { team_lead: 'any', analyst: 'any' },
  'reportSnapshot.read': { team_lead: 'any', analyst: 'any' },
  'reportSnapshot.create': { team_lead: 'any', analyst: 'any' },
  // early warning signals (issue 20.5): city-wide aggregates, no person
  'signal.read': { team_lead: 'any', analyst: 'any' },
};

/** The scope a role has for an action, or `null` when the role may not do it at all. */
export function scopeOf(role: Role, action: Action): Scope | null {
  return POLICY[action]?.[role] ?? null;
}

function withinScope(actor: Actor, scope: Scope, subject: Subject): boolean {
  switch (scope) {
    case 'any':
      return true;
    case 'office':
      return actor.officeId !== null && subject.officeId === actor.officeId;
    case 'owner':
      return actor.officeId !== null && subject.officeId === actor.officeId && subject.ownerId === actor.id;
    case 'provider':
      return actor.providerId !== null && subject.providerId === actor.providerId;
    case 'author':
      return subject.authorId === actor.id;
    case 'self':
      return subject.userId === actor.id;
  }
}

/**
 * May `actor` do `action` (on `subject`, when given)?
 * Without a subject the answer is about the role alone.
 */
export function can(actor: Actor, action: Action, subject?: Subject): boolean {
  const scope = scopeOf(actor.role, action);
  if (scope === null) return false;
  if (subject === undefined) return true;
  return withinScope(actor, scope, subject);
}
