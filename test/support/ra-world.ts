import { createUser, type TestUser } from './factories';
import { raClient, sessionCookie, type DataProvider } from './ra-client';
import { startTestApp, type TestApp } from './test-app';

/** A listening app with signed-in ra-data-simple-rest clients and a little of everything to edit. */
export interface RaWorld {
  t: TestApp;
  admin: DataProvider;
  counsellor: DataProvider;
  /** A counsellor of the same office. */
  colleague: DataProvider;
  /** A counsellor of another office. */
  stranger: DataProvider;
  teamLead: DataProvider;
  counsellorUser: TestUser;
  officeId: string;
  providerId: string;
  familyId: string;
  /** A new user of `role`, signed in. */
  user(
    role: TestUser['role'],
    options?: Parameters<typeof createUser>[2],
  ): Promise<{ user: TestUser; client: DataProvider }>;
}

export async function startRaWorld(): Promise<RaWorld> {
  const t = await startTestApp({}, true);
  const user = async (role: TestUser['role'], options: Parameters<typeof createUser>[2] = {}) => {
    const u = await createUser(t.dataSource, role, options);
    return { user: u, client: raClient(t, await sessionCookie(t, u.email)) };
  };
  const admin = (await user('admin')).client;
  const c = await user('counsellor');
  const counsellor = c.client;
  const counsellorUser = c.user;
  const officeId = c.user.officeId as string;
  const colleague = (await user('counsellor', { officeId })).client;
  const teamLead = (await user('team_lead', { officeId })).client;
  const stranger = (await user('counsellor')).client;
  const providerId = (
    await admin.create('providers', { data: { name: 'Kita-Büro', kind: 'city_department' } })
  ).data.id as string;
  await admin.create('offers', { data: { providerId, title: 'Kita-Gutschein-Beratung' } });
  const familyId = (await counsellor.create('families', { data: { name: 'Familie Reference' } })).data
    .id as string;
  await counsellor.create('persons', { data: { familyId, relation: 'parent', firstName: 'Ada' } });
  await counsellor.create('contacts', {
    data: {
      familyId,
      channel: 'phone',
      summary: 'Erstgespräch',
      needs: [{ categoryKey: 'kita_gutschein' }],
    },
  });
  await counsellor.create('consents', { data: { familyId, scope: 'contact_by_phone' } });
  await counsellor.create('follow-ups', {
    data: { familyId, title: 'Nachfragen', dueAt: '2099-01-15T09:00:00.000Z' },
  });
  await t.dataSource.query(`INSERT INTO notifications (user_id, type, title) VALUES ($1, 'handoff', 'Neu')`, [
    counsellorUser.id,
  ]);
  return {
    t,
    admin,
    counsellor,
    colleague,
    stranger,
    teamLead,
    counsellorUser,
    officeId,
    providerId,
    familyId,
    user,
  };
}

export function listParams(field: string, order: 'ASC' | 'DESC' = 'ASC') {
  return { pagination: { page: 1, perPage: 25 }, sort: { field, order }, filter: {} };
}

export function refParams(target: string, id: string) {
  return {
    target,
    id,
    pagination: { page: 1, perPage: 25 },
    sort: { field: 'id', order: 'ASC' as const },
    filter: {},
  };
}
