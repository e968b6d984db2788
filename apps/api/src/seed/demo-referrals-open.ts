import type { ReferralStatus } from '@lotsen/domain';
import { addMinutes, berlinDayOf, MINUTE_MS } from './demo-calendar';
import type {
  DemoReferralFamilyInput,
  DemoReferralFollowUpInput,
  DemoReferralNeedInput,
} from './demo-referral-rows';
import {
  addReferral,
  answerTime,
  chooseMode,
  failurePlan,
  hasOffer,
  laterTime,
  pickOffer,
  sendTime,
  type Ctx,
  type OfferDraft,
} from './demo-referral-rules';

/** How many open warm referrals (sent, accepted, in progress) the demo provider should have. */
const DEMO_PROVIDER_OPEN_QUOTA = 11;

/**
 * Every referred need gets one open referral (sent, accepted, in progress); the demo provider
 * gets its share of them as warm referrals. Returns the links of the case work's follow-ups
 * ("Rückmeldung zur Vermittlung …") to their referral.
 */
export function openReferrals(
  ctx: Ctx,
  needs: DemoReferralNeedInput[],
  demoCategories: Set<string>,
  caseWorkFollowUps: DemoReferralFollowUpInput[],
): { followUpId: string; referralId: string }[] {
  const { T, todayStart, r, families } = ctx;
  const referralFollowUps = new Map<string, DemoReferralFollowUpInput[]>();
  for (const f of caseWorkFollowUps) {
    if (!f.needId || !f.title.startsWith('Rückmeldung zur Vermittlung')) continue;
    referralFollowUps.set(f.needId, [...(referralFollowUps.get(f.needId) ?? []), f]);
  }
  const followUpLinks: { followUpId: string; referralId: string }[] = [];

  const referred = needs.filter((n) => n.status === 'referred' && hasOffer(ctx, n));
  // … some of them recent (still waiting for the provider's answer), the others older
  const demoCandidates = r.shuffle(referred.filter((n) => demoCategories.has(n.categoryKey)));
  const recentFirst = demoCandidates
    .filter((n) => berlinDayOf(new Date(n.identifiedAt)) >= T - 21)
    .slice(0, 5);
  const demoOpen = new Set(
    [...recentFirst, ...demoCandidates.filter((n) => !recentFirst.includes(n))]
      .slice(0, DEMO_PROVIDER_OPEN_QUOTA)
      .map((n) => n.id),
  );
  // the demo provider's three latest ones wait for its answer (accept or decline on its start page)
  const demoWaiting = new Set(
    referred
      .filter((n) => demoOpen.has(n.id))
      .slice(-3)
      .map((n) => n.id),
  );
  for (const need of referred) {
    const family = families.get(need.familyId) as DemoReferralFamilyInput;
    const followUps = referralFollowUps.get(need.id) ?? [];
    const followUp = followUps[0];
    const toDemo = demoOpen.has(need.id);
    const offer = pickOffer(ctx, need.categoryKey, family, {
      demo: toDemo ? 'force' : 'avoid',
    }) as OfferDraft;
    const mode = toDemo ? 'warm' : chooseMode(ctx, offer, need.categoryKey);
    // sent when the case work's follow-up was created (sending creates it), else soon after the contact
    let sent = followUp ? addMinutes(new Date(followUp.createdAt), -1) : sendTime(ctx, need, todayStart);
    if (
      !sent ||
      sent.getTime() <= new Date(need.createdAt).getTime() ||
      sent.getTime() >= todayStart.getTime()
    )
      sent = addMinutes(new Date(need.createdAt), 1);
    // an earlier referral that came to nothing (another offer of the category), now and then
    if (!followUp && r.chance(0.12)) {
      const first = pickOffer(ctx, need.categoryKey, family, { demo: 'avoid', exclude: offer.row.id });
      const plan =
        first &&
        failurePlan(
          ctx,
          need,
          sent,
          'declined',
          r.pick(['no_capacity', 'no_capacity', 'out_of_area', 'family_unreachable'] as const),
        );
      if (first && plan && plan.ended && plan.ended.getTime() < sent.getTime() - 30 * MINUTE_MS) {
        addReferral(
          ctx,
          need,
          first,
          first.provider.id === ctx.demoProviderId ? 'warm' : chooseMode(ctx, first, need.categoryKey),
          plan,
        );
        const resend = laterTime(ctx, plan.ended, todayStart, 0, 3);
        if (resend && resend.getTime() > sent.getTime()) sent = resend;
      }
    }
    const age = T - berlinDayOf(sent);
    let status: ReferralStatus =
      age <= 2
        ? r.weighted({ sent: 80, accepted: 20 })
        : age <= 14
          ? r.weighted({ sent: 55, accepted: 35, in_progress: 10 })
          : age <= 45
            ? r.weighted({ sent: 20, accepted: 30, in_progress: 50 })
            : r.weighted({ accepted: 25, in_progress: 75 });
    if (demoWaiting.has(need.id) && age <= 35) status = 'sent';
    if (followUp?.status === 'done' && status === 'sent') status = 'accepted';
    let responded: Date | null = null;
    if (status !== 'sent') {
      const doneAt = followUp?.doneAt ? new Date(followUp.doneAt) : null;
      responded = answerTime(
        ctx,
        sent,
        doneAt && doneAt.getTime() > sent.getTime() + 20 * MINUTE_MS ? doneAt : todayStart,
      );
      if (!responded) status = 'sent';
    }
    const row = addReferral(ctx, need, offer, mode, {
      status,
      sent,
      responded,
      ended: null,
      outcome: null,
      declineReason: null,
    });
    for (const f of followUps) followUpLinks.push({ followUpId: f.id, referralId: row.id });
  }
  return followUpLinks;
}
