import { ACTIONS, can, POLICY, scopeOf, type Action, type Actor, type Scope } from './policy';
import { ROLES, type Role } from './roles';

/**
 * The whole policy, spelled out: one row per action, one column per role.
 * `-` means the role may not do it. Changing the policy means changing this table.
 */
const C = 'counsellor',
  T = 'team_lead',
  A = 'admin',
  N = 'analyst',
  P = 'provider';
type Row = Record<Role, Scope | '-'>;
const row = (c: Scope | '-', t: Scope | '-', a: Scope | '-', n: Scope | '-', p: Scope | '-'): Row =>
  ({
    [C]: c,
    [T]: t,
    [A]: a,
    [N]: n,
    [P]: p,
  }) as Row;

// prettier-ignore
const EXPECTED: Record<Action, Row> = {
  //                        counsellor team_lead admin   analyst provider
  'user.read':              row('-',      '-',      'any',    '-',      '-'),
  'user.create':            row('-',      '-',      'any',    '-',      '-'),
  'user.update':            row('-',      '-',      'any',    '-',      '-'),
  'office.read':            row('any',    'any',    'any',    'any',    '-'),
  'office.create':          row('-',      '-',      'any',    '-',      '-'),
  'office.update':          row('-',      '-',      'any',    '-',      '-'),
  'district.read':          row('any',    'any',    'any',    'any',    'any'),
  'district.create':        row('-',      '-',      'any',    '-',      '-'),
  'district.update':        row('-',      '-',      'any',    '-',      '-'),
  'needCategory.read':      row('any',    'any',    'any',    'any',    'any'),
  'needCategory.create':    row('-',      '-',      'any',    '-',      '-'),
  'needCategory.update':    row('-',      '-',      'any',    '-',      '-'),
  'needCategory.delete':    row('-',      '-',      'any',    '-',      '-'),
  'provider.read':          row('any',    'any',    'any',    'any',    'provider'),
  'provider.write':         row('-',      'any',    'any',    '-',      '-'),
  'offer.read':             row('any',    'any',    'any',    'any',    'provider'),
  'offer.write':            row('-',      'any',    'any',    '-',      'provider'),
  'offerChange.read':       row('-',      'any',    'any',    '-',      'provider'),
  'offerChange.propose':    row('-',      '-',      '-',      '-',      'provider'),
  'offerChange.review':     row('-',      'any',    'any',    '-',      '-'),
  'network.read':           row('any',    'any',    'any',    '-',      'any'),
  'provider.networkContact': row('-',     'any',    'any',    '-',      'provider'),
  'provider.outcomes':      row('-',      'any',    '-',      '-',      'provider'),
  'service.read':           row('any',    'any',    'any',    'any',    '-'),
  'service.write':          row('-',      '-',      'any',    '-',      '-'),
  'translation.read':       row('any',    'any',    'any',    'any',    '-'),
  'translation.write':      row('-',      '-',      'any',    '-',      '-'),
  'family.read':            row('office', 'office', '-',      '-',      '-'),
  'family.write':           row('office', 'office', '-',      '-',      '-'),
  'family.handoff':         row('owner',  'office', '-',      '-',      '-'),
  'family.export':          row('office', 'office', '-',      '-',      '-'),
  'family.anonymize':       row('-',      'office', '-',      '-',      '-'),
  'contact.read':           row('office', 'office', '-',      '-',      '-'),
  'contact.write':          row('office', 'office', '-',      '-',      '-'),
  'confidentialNote.read':  row('author', 'author', '-',      '-',      '-'),
  'need.read':              row('office', 'office', '-',      '-',      '-'),
  'need.write':             row('office', 'office', '-',      '-',      '-'),
  'referral.read':          row('office', 'office', '-',      '-',      'provider'),
  'referral.write':         row('office', 'office', '-',      '-',      '-'),
  'referral.respond':       row('office', 'office', '-',      '-',      'provider'),
  'followUp.read':          row('office', 'office', '-',      '-',      '-'),
  'followUp.write':         row('office', 'office', '-',      '-',      '-'),
  'handoff.read':           row('office', 'office', '-',      '-',      '-'),
  'callbackRequest.read':   row('office', 'office', '-',      '-',      '-'),
  'callbackRequest.write':  row('office', 'office', '-',      '-',      '-'),
  'staff.list':             row('office', 'office', '-',      '-',      '-'),
  'team.overview':          row('-',      'office', '-',      '-',      '-'),
  'profile.read':           row('self',   'self',   'self',   'self',   'self'),
  'profile.changePassword': row('self',   'self',   'self',   'self',   'self'),
  'profile.update':         row('self',   'self',   'self',   'self',   'self'),
  'notification.read':      row('self',   'self',   'self',   'self',   'self'),
  'notification.update':    row('self',   'self',   'self',   'self',   'self'),
  'auditEvent.read':        row('-',      'office', 'any',    '-',      '-'),
  'queue.dashboard':        row('-',      '-',      'any',    '-',      '-'),
  'retention.read':         row('-',      '-',      'any',    '-',      '-'),
  'report.read':            row('-',      'any',    '-',      'any',    '-'),
  'reportSnapshot.read':    row('-',      'any',    '-',      'any',    '-'),
  'reportSnapshot.create':  row('-',      'any',    '-',      'any',    '-'),
  'signal.read':            row('-',      'any',    '-',      'any',    '-'),
};

const OFFICE_A = 'office-a';
const OFFICE_B = 'office-b';
const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  id: 'me',
  role,
  officeId: role === 'counsellor' || role === 'team_lead' ? OFFICE_A : null,
  providerId: role === 'provider' ? 'provider-x' : null,
  ...extra,
});

describe('authorization policy', () => {
  it('the table above names every action of the policy, and nothing else', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
    expect(Object.keys(POLICY).sort()).toEqual([...ACTIONS].sort());
  });

  const cases = ACTIONS.flatMap((action) =>
    ROLES.map((role) => [action, role, EXPECTED[action][role]] as const),
  );
  it.each(cases)('%s by %s: %s', (action, role, expected) => {
    expect(scopeOf(role, action) ?? '-').toBe(expected);
    expect(can(actor(role), action)).toBe(expected !== '-');
  });

  it('office scope: a counsellor reads a family of their own office, not of another (404 in the API)', () => {
    expect(can(actor('counsellor'), 'family.read', { officeId: OFFICE_A })).toBe(true);
    expect(can(actor('counsellor'), 'family.read', { officeId: OFFICE_B })).toBe(false);
    expect(can(actor('counsellor', { officeId: null }), 'family.read', { officeId: null })).toBe(false);
  });

  it('ownership: only the owning counsellor hands a family off; a team lead any in the office', () => {
    expect(can(actor('counsellor'), 'family.handoff', { officeId: OFFICE_A, ownerId: 'me' })).toBe(true);
    expect(can(actor('counsellor'), 'family.handoff', { officeId: OFFICE_A, ownerId: 'colleague' })).toBe(
      false,
    );
    expect(can(actor('counsellor'), 'family.handoff', { officeId: OFFICE_B, ownerId: 'me' })).toBe(false);
    expect(can(actor('team_lead'), 'family.handoff', { officeId: OFFICE_A, ownerId: 'colleague' })).toBe(
      true,
    );
  });

  it('confidential notes are readable by their author only, not by the team lead', () => {
    expect(can(actor('counsellor'), 'confidentialNote.read', { authorId: 'me' })).toBe(true);
    expect(
      can(actor('team_lead'), 'confidentialNote.read', { authorId: 'someone', officeId: OFFICE_A }),
    ).toBe(false);
  });

  it('provider scope: a provider user sees referrals to their own provider only', () => {
    expect(can(actor('provider'), 'referral.read', { providerId: 'provider-x' })).toBe(true);
    expect(can(actor('provider'), 'referral.read', { providerId: 'provider-y' })).toBe(false);
    expect(can(actor('provider', { providerId: null }), 'referral.read', { providerId: null })).toBe(false);
  });

  it('self scope: notifications are the actor’s own', () => {
    expect(can(actor('analyst'), 'notification.read', { userId: 'me' })).toBe(true);
    expect(can(actor('analyst'), 'notification.read', { userId: 'other' })).toBe(false);
  });

  it('the admin sees no case data; analysts see aggregates only', () => {
    for (const action of ['family.read', 'contact.read', 'need.read', 'referral.read'] as const) {
      expect(can(actor('admin'), action)).toBe(false);
      expect(can(actor('analyst'), action)).toBe(false);
    }
  });
});
