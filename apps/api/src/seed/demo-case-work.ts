import { buildContacts } from './demo-contacts';
import { caseWorkContext } from './demo-case-work-context';
import { insertDemoCaseWork } from './demo-case-work-insert';
import type { DemoCaseWork, DemoCaseWorkOptions } from './demo-case-work-rows';
import { buildConsents, buildFamilies } from './demo-families';
import { buildFollowUps } from './demo-follow-ups';
import { buildNotifications, settleLastActivity } from './demo-history';
import { buildNeeds } from './demo-needs';
import type { DemoStep } from './demo-step';

export { berlinDayOf, berlinTime } from './demo-calendar';
export { insertDemoCaseWork } from './demo-case-work-insert';
export type * from './demo-case-work-rows';
export {
  DEMO_CASE_WORK_OFFICES,
  DEMO_COUNSELLOR,
  DEMO_SCHLAATZ_COUNSELLOR,
  DEMO_TEAM_LEAD,
  type DemoOfficeKey,
} from './demo-offices-users';

/**
 * Demo case work (issue 3, point 10): ~150 families with members, ~1,500 contacts over the last
 * 365 days (about 70% anonymous), their needs, follow-ups, a few handoffs and notifications.
 *
 * `buildDemoCaseWork` is pure: from a seed and "today" it builds every row, with references to
 * offices and staff by name / e-mail and to districts by code, and deterministic ids of its own.
 * Only the Europe/Berlin calendar day of "today" counts: every time lies on an earlier day, so
 * nothing is in the future, and a build on the same day gives the same rows everywhere.
 * `insertDemoCaseWork` (demo-case-work-insert.ts) resolves the references and writes the rows
 * set-based.
 *
 * The phases live in files of their own (families, contacts, needs, follow-ups, history); they
 * draw every id from one stream, so they run in this order.
 */

export const DEMO_CASE_WORK_SEED = 'lotsen-demo-case-work-v1';

export function buildDemoCaseWork(options: DemoCaseWorkOptions): DemoCaseWork {
  const ctx = caseWorkContext(options.today, options.seed ?? DEMO_CASE_WORK_SEED);
  const { families, persons } = buildFamilies(ctx, options.families ?? 150);
  const { contacts, handoffs } = buildContacts(ctx, families, options.contacts ?? 1500);
  const needs = buildNeeds(ctx, contacts);
  const followUps = buildFollowUps(ctx, families);
  const notifications = buildNotifications(ctx, families, handoffs, needs, followUps);
  const consents = buildConsents(ctx, families);
  settleLastActivity(families, followUps);
  return {
    families: families.map((f) => f.row),
    persons,
    consents,
    contacts: contacts.map((c) => c.row),
    needs,
    followUps,
    handoffs,
    notifications,
  };
}

/** The demo step: today's case work of the two demo offices (no new logins). */
export const demoCaseWorkStep: DemoStep = {
  name: 'demo-case-work-v1',
  async run(em) {
    await insertDemoCaseWork(em, buildDemoCaseWork({ today: new Date() }));
    return [];
  },
};
