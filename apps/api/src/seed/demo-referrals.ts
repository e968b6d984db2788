import { needStatusFromReferrals } from '@lotsen/domain';
import { berlinDayOf, berlinTime, iso } from './demo-calendar';
import { buildDirectory } from './demo-directory';
import { referralHistory } from './demo-history';
import type {
  DemoReferralNeedInput,
  DemoReferralRow,
  DemoReferrals,
  DemoReferralsOptions,
} from './demo-referral-rows';
import type { Ctx } from './demo-referral-rules';
import { endedReferrals } from './demo-referrals-ended';
import { insertDemoReferrals, readDemoReferralsInput } from './demo-referrals-insert';
import { openReferrals } from './demo-referrals-open';
import type { DemoStep } from './demo-step';
import { Random } from './random';

export { DEMO_PROVIDER_KEY } from './demo-directory';
export { DEMO_PROVIDER_USER } from './demo-offices-users';
export type * from './demo-referral-rows';
export { insertDemoReferrals, readDemoReferralsInput } from './demo-referrals-insert';

/**
 * Demo provider directory and referrals (issue 4, point 2): ~40 providers and ~80 offers that look
 * like Potsdam's landscape (fictional names, `.example` addresses), and referrals in every state
 * for the needs of the demo families.
 *
 * `buildDemoReferrals` is pure: from a seed, "today" and the case work already in the database
 * (families, needs, follow-ups — read back by the step, so it fits whatever day the case-work step
 * ran) it builds every row with deterministic ids. Only the Europe/Berlin calendar day of "today"
 * counts; every time lies before its start. The referrals agree with the needs' statuses
 * (`needStatusFromReferrals` of libs/domain leaves every need as it is), every warm referral that
 * was sent has a `share_with_provider` consent given before it was sent, and the demo provider
 * user (`traeger@familienbuero.example`) gets a provider with ~10 open warm referrals.
 * `insertDemoReferrals` (demo-referrals-insert.ts) writes it set-based.
 *
 * The parts live in files of their own (directory, open referrals, ended referrals, history);
 * they draw every id from one stream, so they run in this order.
 */

export const DEMO_REFERRALS_SEED = 'lotsen-demo-referrals-v1';

export function buildDemoReferrals(options: DemoReferralsOptions): DemoReferrals {
  const seed = options.seed ?? DEMO_REFERRALS_SEED;
  const T = berlinDayOf(options.today);
  const todayStart = berlinTime(T, 0, 0);
  const rng = (label: string) => Random.derive(seed, label);
  const ids = rng('ids');

  const { providers, offerDrafts, demoProvider, demoCategories } = buildDirectory(T, rng, ids);

  // --- referrals for the needs of the families
  const families = new Map(options.caseWork.families.map((f) => [f.id, f]));
  const ctx: Ctx = {
    T,
    todayStart,
    r: rng('referrals'),
    ids,
    offers: offerDrafts,
    families,
    consents: [],
    referrals: [],
    demoProviderId: demoProvider.id,
  };
  const needs = options.caseWork.needs
    .filter((n) => {
      const family = families.get(n.familyId);
      return family && family.status !== 'anonymized' && n.createdAt < iso(todayStart);
    })
    .sort((a, b) => a.identifiedAt.localeCompare(b.identifiedAt) || a.id.localeCompare(b.id));
  const followUpLinks = openReferrals(ctx, needs, demoCategories, options.caseWork.followUps);
  endedReferrals(ctx, needs, demoCategories);
  const { referrals, needUpdates, familyUpdates } = referralHistory(ctx, needs);

  return {
    providers,
    offers: offerDrafts.map((o) => o.row),
    consents: ctx.consents.sort((a, b) => a.givenAt.localeCompare(b.givenAt) || a.id.localeCompare(b.id)),
    referrals,
    followUpLinks,
    needUpdates,
    familyUpdates,
    demoProviderId: demoProvider.id,
  };
}

/** Does every need keep its status under the referrals (libs/domain's rule)? Lists the ones that do not. */
export function inconsistentNeeds(
  needs: readonly Pick<DemoReferralNeedInput, 'id' | 'status'>[],
  referrals: readonly Pick<DemoReferralRow, 'needId' | 'status' | 'outcome'>[],
): string[] {
  const byNeed = new Map<string, Pick<DemoReferralRow, 'status' | 'outcome'>[]>();
  for (const x of referrals) byNeed.set(x.needId, [...(byNeed.get(x.needId) ?? []), x]);
  return needs
    .filter((n) => byNeed.has(n.id) && needStatusFromReferrals(n.status, byNeed.get(n.id) ?? []) !== n.status)
    .map((n) => n.id);
}

/** The demo step: the provider directory and the referrals of the demo families (no new logins). */
export const demoReferralsStep: DemoStep = {
  name: 'demo-referrals-v1',
  async run(em) {
    const today = new Date();
    const caseWork = await readDemoReferralsInput(em);
    await insertDemoReferrals(em, buildDemoReferrals({ today, caseWork }));
    return [];
  },
};
