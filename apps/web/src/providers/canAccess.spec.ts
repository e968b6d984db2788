import { ROLES, type Role } from '@lotsen/domain';
import { canAccessWith } from './canAccess';
import type { SessionUser } from './session';

const RESOURCES = ['users', 'offices', 'districts', 'need-categories'];

function userWith(role: Role): SessionUser {
  return { id: 'u1', email: 'a@b.de', displayName: 'A', role, officeId: 'o1', providerId: null };
}

function menuOf(role: Role): string[] {
  return RESOURCES.filter((resource) => canAccessWith(userWith(role), { resource, action: 'list' }));
}

describe('canAccessWith', () => {
  it('shows the admin every reference resource', () => {
    expect(menuOf('admin')).toEqual(['users', 'offices', 'districts', 'need-categories']);
  });

  it('shows a counsellor the reference data, read-only', () => {
    expect(menuOf('counsellor')).toEqual(['offices', 'districts', 'need-categories']);
    for (const resource of RESOURCES) {
      for (const action of ['create', 'edit', 'delete']) {
        expect(canAccessWith(userWith('counsellor'), { resource, action })).toBe(false);
      }
    }
  });

  it('lets only the admin delete need categories, and nobody delete users', () => {
    expect(canAccessWith(userWith('admin'), { resource: 'need-categories', action: 'delete' })).toBe(true);
    expect(canAccessWith(userWith('admin'), { resource: 'users', action: 'delete' })).toBe(false);
  });

  it('opens the dashboard to every role and nothing to nobody', () => {
    for (const role of ROLES)
      expect(canAccessWith(userWith(role), { resource: 'dashboard', action: 'list' })).toBe(true);
    expect(canAccessWith(null, { resource: 'districts', action: 'list' })).toBe(false);
    expect(canAccessWith(userWith('admin'), { resource: 'districts', action: 'export' })).toBe(false);
  });
});
