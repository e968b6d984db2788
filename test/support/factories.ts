import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role } from '@lotsen/domain';
import { hashPassword } from '../../apps/api/src/modules/auth/password';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'Richtig-Geheim-2026';
let passwordHash: Promise<string> | undefined;

const unique = (): string => randomBytes(3).toString('hex');

export async function createOffice(ds: DataSource, name = `Standort ${unique()}`): Promise<string> {
  const rows: { id: string }[] = await ds.query(`INSERT INTO offices (name) VALUES ($1) RETURNING id`, [
    name,
  ]);
  return rows[0].id;
}

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  officeId: string | null;
}

/** A user of `role`; counsellors and team leads get an office of their own unless one is given. */
export async function createUser(
  ds: DataSource,
  role: Role,
  options: { officeId?: string | null; active?: boolean; email?: string; providerId?: string | null } = {},
): Promise<TestUser> {
  const needsOffice = role === 'counsellor' || role === 'team_lead';
  const officeId =
    options.officeId !== undefined ? options.officeId : needsOffice ? await createOffice(ds) : null;
  const email = options.email ?? `${role}.${unique()}@test.example`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const rows: { id: string }[] = await ds.query(
    `INSERT INTO users (email, display_name, role, office_id, active, password_hash, provider_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      email,
      `Test ${role}`,
      role,
      officeId,
      options.active ?? true,
      await passwordHash,
      options.providerId ?? null,
    ],
  );
  return { id: rows[0].id, email, role, officeId };
}

/** Signs in through the real login route and returns the agent holding the session cookie. */
export async function loginAs(t: TestApp, user: Pick<TestUser, 'email'>) {
  const agent = t.agent();
  const res = await agent.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
  if (res.status !== 200)
    throw new Error(`login of ${user.email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return agent;
}

/** Creates a user of `role` and signs them in. */
export async function signedIn(t: TestApp, role: Role, options: Parameters<typeof createUser>[2] = {}) {
  const user = await createUser(t.dataSource, role, options);
  return { user, agent: await loginAs(t, user) };
}
