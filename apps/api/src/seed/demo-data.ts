import { demoProviderNetworkStep } from './demo-provider-network';
import { demoCaseWorkStep } from './demo-case-work';
import { demoEarlyWarningStep } from './demo-early-warning';
import { demoMessagesStep } from './demo-messages';
import { demoOfficesAndUsersStep } from './demo-offices-users';
import { demoReferralsStep } from './demo-referrals';
import { demoSchedulesStep } from './demo-schedules';
import { demoServicesStep } from './demo-services';
import type { DemoStep } from './demo-step';
import { demoTranslationsStep } from './demo-translations';

export { DEMO_OFFICES, DEMO_PASSWORD, demoLogins } from './demo-offices-users';
export type { DemoLogin, DemoStep } from './demo-step';

/**
 * The demo steps in order (each runs once per database, recorded in `seed_runs`):
 * offices and users, then the case work (families, contacts, needs, follow-ups, history), then
 * the provider directory and the referrals, then the Familienportal's Verwaltungsleistungen and
 * the translations of its texts, then the structured opening hours read from the directory's notes,
 * then the messages on a few warm referrals (issue 21), the provider network, and last a rise of
 * unmet Kita needs in Schlaatz with a first run of the early warning (issue 20.7).
 */
export const DEMO_STEPS: DemoStep[] = [
  demoOfficesAndUsersStep,
  demoCaseWorkStep,
  demoReferralsStep,
  demoServicesStep,
  demoTranslationsStep,
  demoSchedulesStep,
  demoMessagesStep,
  demoProviderNetworkStep,
  demoEarlyWarningStep,
];
