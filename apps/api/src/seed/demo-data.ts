import type { EntityManager } from 'typeorm';
import { ROLE_LABELS_DE, type Role } from '@lotsen/domain';
import { hashPassword } from '../modules/auth/password';
import { demoCaseWorkStep } from './demo-case-work';
import { demoReferralsStep } from './demo-referrals';

/** The one password of every demo account (demo installations only, never production). */
export const DEMO_PASSWORD = 'Lotsen-Demo-2026';

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
  office: string | null;
}

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

const DEMO_USERS: {
  role: Role;
  email: string;
  displayName: string;
  office: keyof typeof DEMO_OFFICES | null;
}[] = [
  { role: 'counsellor', email: 'beratung@familienbuero.example', displayName: 'Anna Berger', office: 'main' },
  {
    role: 'counsellor',
    email: 'beratung.schlaatz@familienbuero.example',
    displayName: 'Mehmet Yıldız',
    office: 'schlaatz',
  },
  {
    role: 'team_lead',
    email: 'teamleitung@familienbuero.example',
    displayName: 'Claudia Neumann',
    office: 'main',
  },
  { role: 'admin', email: 'admin@familienbuero.example', displayName: 'Jonas Admin', office: null },
  {
    role: 'analyst',
    email: 'sozialplanung@familienbuero.example',
    displayName: 'Petra Sozialplanung',
    office: null,
  },
  { role: 'provider', email: 'traeger@familienbuero.example', displayName: 'Sven Träger', office: null },
];

/**
 * A demo step runs once per database (recorded in `seed_runs`). Later features add their own
 * steps (families, providers, contacts) at the end of DEMO_STEPS.
 */
export interface DemoStep {
  name: string;
  run(em: EntityManager): Promise<DemoLogin[]>;
}

export const DEMO_STEPS: DemoStep[] = [
  {
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
      const logins: DemoLogin[] = [];
      for (const user of DEMO_USERS) {
        await em.query(
          `INSERT INTO users (email, display_name, role, office_id, password_hash)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING`,
          [
            user.email,
            user.displayName,
            user.role,
            user.office ? officeIds[user.office] : null,
            passwordHash,
          ],
        );
        logins.push({
          role: user.role,
          email: user.email,
          password: DEMO_PASSWORD,
          office: user.office ? DEMO_OFFICES[user.office].name : null,
        });
      }
      return logins;
    },
  },
  demoCaseWorkStep,
  demoReferralsStep,
];

export function formatDemoLogins(logins: DemoLogin[]): string {
  const lines = logins.map(
    (l) =>
      `  ${ROLE_LABELS_DE[l.role].padEnd(15)} ${l.email.padEnd(42)} ${l.password}${l.office ? `  (${l.office})` : ''}`,
  );
  return ['Demo-Zugänge (nur Demo-Daten, nie in Produktion):', ...lines].join('\n');
}
