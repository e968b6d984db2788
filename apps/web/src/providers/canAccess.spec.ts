import { ROLES, type Role } from '@lotsen/domain';
import { canAccessWith } from './canAccess';
import type { SessionUser } from './session';

const RESOURCES = ['users', 'offices', 'districts', 'need-categories'];

function userWith(role: Role): SessionUser {
  return {
    id: 'u1',
    email: 'a@b.de',
    displayName: 'A',
    role,
    officeId: 'o1',
    providerId: null,
    mustChangePassword: false,
  };
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

const CASE_RESOURCES = ['families', 'contacts', 'follow-ups', 'audit-events', 'staff', 'notifications'];

function caseMenuOf(role: Role): string[] {
  return CASE_RESOURCES.filter((resource) => canAccessWith(userWith(role), { resource, action: 'list' }));
}

describe('canAccessWith, case work', () => {
  it('opens case work to counsellors and team leads, the audit log to team leads and admins', () => {
    expect(caseMenuOf('counsellor')).toEqual([
      'families',
      'contacts',
      'follow-ups',
      'staff',
      'notifications',
    ]);
    expect(caseMenuOf('team_lead')).toEqual(CASE_RESOURCES);
    expect(caseMenuOf('admin')).toEqual(['audit-events', 'notifications']);
    expect(caseMenuOf('analyst')).toEqual(['notifications']);
    expect(caseMenuOf('provider')).toEqual(['notifications']);
  });

  it('lets the owner hand off a family, and a team lead any of the office', () => {
    const family = { officeId: 'o1', ownerId: 'colleague' };
    const own = { officeId: 'o1', ownerId: 'u1' };
    const handoff = (role: Role, record: Record<string, unknown>) =>
      canAccessWith(userWith(role), { resource: 'families', action: 'family.handoff', record });
    expect(handoff('counsellor', own)).toBe(true);
    expect(handoff('counsellor', family)).toBe(false);
    expect(handoff('team_lead', family)).toBe(true);
    expect(handoff('team_lead', { officeId: 'o2', ownerId: 'colleague' })).toBe(false);
  });

  it('takes a record without officeId (a person, a consent) as one of the caller’s office', () => {
    const person = { id: 'p1', familyId: 'f1', firstName: 'Anna', version: 1 };
    const consent = { id: 'z1', familyId: 'f1', scope: 'store_data', providerId: null, version: 1 };
    expect(
      canAccessWith(userWith('counsellor'), { resource: 'consents', action: 'edit', record: consent }),
    ).toBe(true);
    expect(
      canAccessWith(userWith('counsellor'), { resource: 'persons', action: 'edit', record: person }),
    ).toBe(true);
    expect(canAccessWith(userWith('admin'), { resource: 'persons', action: 'edit', record: person })).toBe(
      false,
    );
    const foreign = { id: 'c1', officeId: 'o2' };
    expect(
      canAccessWith(userWith('counsellor'), { resource: 'contacts', action: 'edit', record: foreign }),
    ).toBe(false);
  });

  it('offers the bulk handoff to team leads only', () => {
    const bulk = (role: Role) =>
      canAccessWith(userWith(role), { resource: 'families', action: 'bulk_handoff' });
    expect(ROLES.filter(bulk)).toEqual(['team_lead']);
  });

  it('shows confidential notes to their author only, and the team overview to team leads', () => {
    const read = (role: Role, authorId: string) =>
      canAccessWith(userWith(role), {
        resource: 'contacts',
        action: 'confidentialNote.read',
        record: { authorId },
      });
    expect(read('counsellor', 'u1')).toBe(true);
    expect(read('team_lead', 'someone')).toBe(false);
    expect(
      ROLES.filter((role) => canAccessWith(userWith(role), { resource: 'team', action: 'team.overview' })),
    ).toEqual(['team_lead']);
  });
});

describe('canAccessWith, directory and referrals', () => {
  const allowed = (resource: string, action: string, record?: Record<string, unknown>) =>
    ROLES.filter((role) => canAccessWith(userWith(role), { resource, action, record }));

  it('gives the offer directory and the referral list to those who refer', () => {
    expect(allowed('offers', 'directory')).toEqual(['counsellor', 'team_lead']);
    expect(allowed('referrals', 'create')).toEqual(['counsellor', 'team_lead']);
  });

  it('lists the provider register in the menu of those who keep it', () => {
    expect(allowed('providers', 'create')).toEqual(['team_lead', 'admin']);
    expect(allowed('offers', 'create')).toEqual(['team_lead', 'admin']);
  });

  it('gives provider users their incoming referrals and their own offers', () => {
    expect(allowed('referrals', 'incoming')).toEqual(['provider']);
    expect(allowed('offers', 'own_offers')).toEqual(['provider']);
  });

  it('lets a provider user answer and edit only for the own provider', () => {
    const provider = { ...userWith('provider'), officeId: null, providerId: 'p1' };
    const respond = (record: Record<string, unknown>) =>
      canAccessWith(provider, { resource: 'referrals', action: 'referral.respond', record });
    expect(respond({ id: 'r1', providerId: 'p1', status: 'sent' })).toBe(true);
    expect(respond({ id: 'r2', providerId: 'p2', status: 'sent' })).toBe(false);
    expect(
      canAccessWith(provider, {
        resource: 'referrals',
        action: 'referral.write',
        record: { providerId: 'p1' },
      }),
    ).toBe(false);
    expect(
      canAccessWith(provider, { resource: 'offers', action: 'edit', record: { providerId: 'p1' } }),
    ).toBe(true);
    expect(
      canAccessWith(provider, { resource: 'offers', action: 'edit', record: { providerId: 'p2' } }),
    ).toBe(false);
  });

  it('lets staff of the office make every move of its referrals', () => {
    const referral = { id: 'r1', officeId: 'o1', providerId: 'p1' };
    for (const action of ['referral.write', 'referral.respond']) {
      expect(allowed('referrals', action, referral)).toEqual(['counsellor', 'team_lead']);
      expect(allowed('referrals', action, { ...referral, officeId: 'o2' })).toEqual([]);
    }
  });
});
