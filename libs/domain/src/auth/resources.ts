import type { Action } from './policy';

/**
 * The API's resources (api.md, "Resources") and the policy action behind each kind of access.
 * The API's controllers name these actions; the web uses the same table for its menu and buttons.
 */
export interface ResourceActions {
  list: Action;
  show: Action;
  create?: Action;
  edit?: Action;
  delete?: Action;
}

export const RESOURCES = {
  users: { list: 'user.read', show: 'user.read', create: 'user.create', edit: 'user.update' },
  offices: {
    list: 'office.read',
    show: 'office.read',
    create: 'office.create',
    edit: 'office.update',
  },
  districts: {
    list: 'district.read',
    show: 'district.read',
    create: 'district.create',
    edit: 'district.update',
  },
  'need-categories': {
    list: 'needCategory.read',
    show: 'needCategory.read',
    create: 'needCategory.create',
    edit: 'needCategory.update',
    delete: 'needCategory.delete',
  },
  families: { list: 'family.read', show: 'family.read', create: 'family.write', edit: 'family.write' },
  persons: {
    list: 'family.read',
    show: 'family.read',
    create: 'family.write',
    edit: 'family.write',
    delete: 'family.write',
  },
  consents: { list: 'family.read', show: 'family.read', create: 'family.write', edit: 'family.write' },
  contacts: { list: 'contact.read', show: 'contact.read', create: 'contact.write', edit: 'contact.write' },
  needs: { list: 'need.read', show: 'need.read', create: 'need.write', edit: 'need.write' },
  'follow-ups': {
    list: 'followUp.read',
    show: 'followUp.read',
    create: 'followUp.write',
    edit: 'followUp.write',
  },
  handoffs: { list: 'handoff.read', show: 'handoff.read' },
  notifications: { list: 'notification.read', show: 'notification.read', edit: 'notification.update' },
  staff: { list: 'staff.list', show: 'staff.list' },
  providers: {
    list: 'provider.read',
    show: 'provider.read',
    create: 'provider.write',
    edit: 'provider.write',
  },
  offers: { list: 'offer.read', show: 'offer.read', create: 'offer.write', edit: 'offer.write' },
  // "Änderungen prüfen" (issue 21.3): read by reviewers and the proposing provider
  'offer-change-requests': { list: 'offerChange.read', show: 'offerChange.read' },
  // the network's directory (issue 21.5)
  'network/offers': { list: 'network.read', show: 'network.read' },
  services: {
    list: 'service.read',
    show: 'service.read',
    create: 'service.write',
    edit: 'service.write',
    delete: 'service.write',
  },
  translations: {
    list: 'translation.read',
    show: 'translation.read',
    create: 'translation.write',
    edit: 'translation.write',
    delete: 'translation.write',
  },
  referrals: {
    list: 'referral.read',
    show: 'referral.read',
    create: 'referral.write',
    edit: 'referral.respond',
  },
  'audit-events': { list: 'auditEvent.read', show: 'auditEvent.read' },
  // early warning signals (issue 20.5): written by the weekly job only
  signals: { list: 'signal.read', show: 'signal.read' },
  // Rückrufbitten from the Familienportal; moved by their own actions (take, done, close, contact)
  'callback-requests': {
    list: 'callbackRequest.read',
    show: 'callbackRequest.read',
    edit: 'callbackRequest.write',
    delete: 'callbackRequest.write',
  },
} as const satisfies Record<string, ResourceActions>;

export type ResourceName = keyof typeof RESOURCES;

export function isResourceName(value: string): value is ResourceName {
  return Object.prototype.hasOwnProperty.call(RESOURCES, value);
}

/** The policy action for a react-admin style access (`list`, `show`, `create`, `edit`, `delete`). */
export function actionFor(resource: string, access: string): Action | null {
  if (!isResourceName(resource)) return null;
  const actions: ResourceActions = RESOURCES[resource];
  return (actions as unknown as Record<string, Action | undefined>)[access] ?? null;
}
