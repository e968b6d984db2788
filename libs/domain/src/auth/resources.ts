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
