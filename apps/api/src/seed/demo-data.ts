import { ROLE_LABELS_DE } from '@lotsen/domain';
import { demoCaseWorkStep } from './demo-case-work';
import { demoOfficesAndUsersStep } from './demo-offices-users';
import { demoReferralsStep } from './demo-referrals';
import type { DemoLogin, DemoStep } from './demo-step';

export { DEMO_OFFICES, DEMO_PASSWORD } from './demo-offices-users';
export type { DemoLogin, DemoStep } from './demo-step';

/**
 * The demo steps in order (each runs once per database, recorded in `seed_runs`):
 * offices and users, then the case work (families, contacts, needs, follow-ups, history), then
 * the provider directory and the referrals.
 */
export const DEMO_STEPS: DemoStep[] = [demoOfficesAndUsersStep, demoCaseWorkStep, demoReferralsStep];

export function formatDemoLogins(logins: DemoLogin[]): string {
  const lines = logins.map(
    (l) =>
      `  ${ROLE_LABELS_DE[l.role].padEnd(15)} ${l.email.padEnd(42)} ${l.password}${l.office ? `  (${l.office})` : ''}`,
  );
  return ['Demo-Zugänge (nur Demo-Daten, nie in Produktion):', ...lines].join('\n');
}
