import type { Role } from '@lotsen/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { changedTables, tableChecksums } from '../support/db-checksum';
import { seedFixture, type Fixture } from './authorization-fixture';

/**
 * Issue 24, point 9: no existence oracle (docs/privacy.md). A body or path that names a record
 * outside the caller's scope (another office's family, need, contact, consent, referral; an
 * offer no longer in the directory) gets exactly the answer of a record that does not exist:
 * same status, byte-identical body. One case per reference field.
 */
const RANDOM = '3f0e2d1c-4b5a-4c6d-8e7f-901a2b3c4d5e';

interface Probe {
  what: string;
  role: Role;
  method: 'post' | 'put';
  path: (id: string) => string;
  body: (id: string) => object;
}

describe('no existence oracle: out of scope answers as does not exist', () => {
  let t: TestApp;
  let f: Fixture;
  let inactiveOfferId: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000', LOCKOUT_THRESHOLD: '1000' });
    f = await seedFixture(t);
    const offer = await f.admin.agent
      .post('/api/offers')
      .send({ providerId: f.own.providerId, title: 'Eingestellt' });
    expect(offer.status).toBe(201);
    inactiveOfferId = offer.body.id;
    await t.dataSource.query(`UPDATE offers SET active = false WHERE id = $1`, [inactiveOfferId]);
  }, 120000);
  afterAll(() => t.close());

  const soon = () => new Date(Date.now() + 86400000).toISOString();
  const probes = (): { probe: Probe; outside: string }[] => [
    ...(['persons', 'consents', 'contacts', 'needs', 'follow-ups'] as const).map((resource) => ({
      outside: f.other.familyId,
      probe: {
        what: `POST /api/${resource} familyId`,
        role: 'counsellor' as Role,
        method: 'post' as const,
        path: () => `/api/${resource}`,
        body: (id: string) =>
          ({
            persons: { familyId: id, relation: 'parent', lastName: 'Probe' },
            consents: { familyId: id, scope: 'contact_by_phone' },
            contacts: { familyId: id, channel: 'phone' },
            needs: { familyId: id, categoryKey: 'wohngeld' },
            'follow-ups': { familyId: id, title: 'Probe', dueAt: soon() },
          })[resource],
      },
    })),
    {
      outside: f.other.needId,
      probe: {
        what: 'POST /api/referrals needId',
        role: 'counsellor',
        method: 'post',
        path: () => '/api/referrals',
        body: (id) => ({ needId: id, providerId: f.own.providerId, mode: 'info' }),
      },
    },
    {
      outside: f.other.shareConsentId,
      probe: {
        what: 'POST /api/referrals consentId',
        role: 'counsellor',
        method: 'post',
        path: () => '/api/referrals',
        body: (id) => ({ needId: f.own.needId, offerId: f.own.offerId, mode: 'warm', consentId: id }),
      },
    },
    {
      outside: inactiveOfferId,
      probe: {
        what: 'POST /api/referrals offerId (not in the directory)',
        role: 'counsellor',
        method: 'post',
        path: () => '/api/referrals',
        body: (id) => ({ needId: f.own.needId, offerId: id, mode: 'info' }),
      },
    },
    {
      outside: f.other.needId,
      probe: {
        what: 'POST /api/follow-ups needId',
        role: 'counsellor',
        method: 'post',
        path: () => '/api/follow-ups',
        body: (id) => ({ familyId: f.own.familyId, title: 'Probe', dueAt: soon(), needId: id }),
      },
    },
    {
      outside: f.other.contactId,
      probe: {
        what: 'POST /api/needs contactId',
        role: 'counsellor',
        method: 'post',
        path: () => '/api/needs',
        body: (id) => ({ familyId: f.own.familyId, categoryKey: 'wohngeld', contactId: id }),
      },
    },
    {
      outside: f.other.familyId,
      probe: {
        what: 'POST /api/families/handoff familyIds',
        role: 'team_lead',
        method: 'post',
        path: () => '/api/families/handoff',
        body: (id) => ({ familyIds: [f.own.handedFamilyId, id], toUserId: f.own.colleague.id }),
      },
    },
    {
      outside: f.other.referralId,
      probe: {
        what: 'POST /api/referrals/{id}/transition (staff)',
        role: 'counsellor',
        method: 'post',
        path: (id) => `/api/referrals/${id}/transition`,
        body: () => ({ to: 'cancelled' }),
      },
    },
    {
      outside: f.other.referralId,
      probe: {
        what: 'POST /api/referrals/{id}/transition (provider of another referral)',
        role: 'provider',
        method: 'post',
        path: (id) => `/api/referrals/${id}/transition`,
        body: () => ({ to: 'accepted' }),
      },
    },
  ];

  it('for each reference field, an id outside the scope and a random id get byte-identical errors, and nothing changes', async () => {
    const before = await tableChecksums(t.dataSource);
    const differences: string[] = [];
    for (const { probe, outside } of probes()) {
      const agent = f.callers[probe.role].agent;
      const a = await agent[probe.method](probe.path(outside)).send(probe.body(outside));
      const b = await agent[probe.method](probe.path(RANDOM)).send(probe.body(RANDOM));
      // the ids differ in a path; the answers must not
      const left = `${a.status} ${a.text}`;
      const right = `${b.status} ${b.text}`;
      if (left !== right || a.status < 400) differences.push(`${probe.what}: ${left} vs ${right}`);
    }
    expect(differences).toEqual([]);
    expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
  });
});
