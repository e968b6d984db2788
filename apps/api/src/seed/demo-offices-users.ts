import type { Role } from '@lotsen/domain';
import { hashPassword } from '../modules/auth/password';
import type { DemoLogin, DemoStep } from './demo-step';

/** The one password of every demo account (demo installations only, never production). */
export const DEMO_PASSWORD = 'Lotsen-Demo-2026';

export const DEMO_OFFICES = {
  main: {
    name: 'Familienbüro Potsdam',
    address: 'Friedrich-Ebert-Straße 79/81, 14469 Potsdam',
    kind: 'main',
  },
  schlaatz: {
    name: 'Familienbüro Außenstelle Schlaatz',
    address: 'Bürgerhaus am Schlaatz, Schilfhof 28, 14478 Potsdam',
    kind: 'outreach',
  },
} as const;

/** The demo offices by key, as the case work refers to them (looked up by name when inserting). */
export const DEMO_CASE_WORK_OFFICES = {
  main: DEMO_OFFICES.main.name,
  schlaatz: DEMO_OFFICES.schlaatz.name,
} as const;
export type DemoOfficeKey = keyof typeof DEMO_CASE_WORK_OFFICES;

export const DEMO_COUNSELLOR = 'beratung@familienbuero.example';
export const DEMO_TEAM_LEAD = 'teamleitung@familienbuero.example';
export const DEMO_SCHLAATZ_COUNSELLOR = 'beratung.schlaatz@familienbuero.example';
export const DEMO_PROVIDER_USER = 'traeger@familienbuero.example';

/** Staff of each office with their share of families and anonymous contacts. */
export const STAFF: Record<DemoOfficeKey, Record<string, number>> = {
  main: { [DEMO_COUNSELLOR]: 0.7, [DEMO_TEAM_LEAD]: 0.3 },
  schlaatz: { [DEMO_SCHLAATZ_COUNSELLOR]: 1 },
};

const DEMO_USERS: {
  role: Role;
  email: string;
  displayName: string;
  office: keyof typeof DEMO_OFFICES | null;
}[] = [
  { role: 'counsellor', email: DEMO_COUNSELLOR, displayName: 'Anna Berger', office: 'main' },
  { role: 'counsellor', email: DEMO_SCHLAATZ_COUNSELLOR, displayName: 'Mehmet Yıldız', office: 'schlaatz' },
  { role: 'team_lead', email: DEMO_TEAM_LEAD, displayName: 'Claudia Neumann', office: 'main' },
  { role: 'admin', email: 'admin@familienbuero.example', displayName: 'Jonas Admin', office: null },
  {
    role: 'analyst',
    email: 'sozialplanung@familienbuero.example',
    displayName: 'Petra Sozialplanung',
    office: null,
  },
  { role: 'provider', email: DEMO_PROVIDER_USER, displayName: 'Sven Träger', office: null },
];

/** The demo logins, one per role (what `npm start` shows in its start box). */
export function demoLogins(): DemoLogin[] {
  return DEMO_USERS.map((user) => ({
    role: user.role,
    email: user.email,
    password: DEMO_PASSWORD,
    office: user.office ? DEMO_OFFICES[user.office].name : null,
  }));
}

/** The first demo step: the two offices and one login per role. */
export const demoOfficesAndUsersStep: DemoStep = {
  name: 'demo-offices-and-users-v1',
  async run(em) {
    const officeIds: Record<string, string> = {};
    for (const [key, office] of Object.entries(DEMO_OFFICES)) {
      const rows: { id: string }[] = await em.query(
        `INSERT INTO offices (name, address, kind) VALUES ($1, $2, $3)
         ON CONFLICT ((lower(name))) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [office.name, office.address, office.kind],
      );
      officeIds[key] = rows[0].id;
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const user of DEMO_USERS) {
      await em.query(
        `INSERT INTO users (email, display_name, role, office_id, password_hash)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING`,
        [user.email, user.displayName, user.role, user.office ? officeIds[user.office] : null, passwordHash],
      );
    }
    return demoLogins();
  },
};
