import type { DeclineReason, UnmetReason } from '@lotsen/domain';
import { addMinutes, berlinDayOf, DAY_MS, iso } from './demo-calendar';
import type { DemoReferralFamilyInput, DemoReferralNeedInput } from './demo-referral-rows';
import {
  addReferral,
  answerTime,
  chooseMode,
  failurePlan,
  hasOffer,
  pickOffer,
  sendTime,
  type Ctx,
  type Failure,
  type OfferDraft,
} from './demo-referral-rules';

/**
 * Referrals that ended: met needs that a referral met (completed when the need was met), and
 * needs that stayed unmet, were withdrawn or are open again (referrals that came to nothing),
 * with a few drafts a counsellor has not sent yet.
 */
export function endedReferrals(ctx: Ctx, needs: DemoReferralNeedInput[], demoCategories: Set<string>): void {
  const { T, todayStart, r, families } = ctx;
  // 2. met needs: some were met by a referral that succeeded (completed when the need was met)
  // … and a few that ended (as a provider user sees them: answered, with an outcome)
  const demoEnded = { completed: 3, declined: 2, not_taken_up: 1 };
  for (const need of needs.filter((n) => n.status === 'met' && n.resolvedAt && hasOffer(ctx, n))) {
    const resolved = new Date(need.resolvedAt as string);
    if (resolved.getTime() - new Date(need.createdAt).getTime() < 2 * DAY_MS || !r.chance(0.5)) continue;
    const family = families.get(need.familyId) as DemoReferralFamilyInput;
    const toDemo = demoCategories.has(need.categoryKey) && demoEnded.completed > 0 && r.chance(0.5);
    const offer = pickOffer(ctx, need.categoryKey, family, {
      demo: toDemo ? 'force' : 'avoid',
    }) as OfferDraft;
    if (toDemo) demoEnded.completed--;
    const mode = toDemo ? 'warm' : chooseMode(ctx, offer, need.categoryKey);
    // a first attempt that was declined, now and then
    let start: DemoReferralNeedInput = need;
    if (r.chance(0.1)) {
      const first = pickOffer(ctx, need.categoryKey, family, { demo: 'avoid', exclude: offer.row.id });
      const window = new Date(
        new Date(need.createdAt).getTime() + (resolved.getTime() - new Date(need.createdAt).getTime()) * 0.4,
      );
      const plan =
        first &&
        failurePlan(
          ctx,
          need,
          window,
          'declined',
          r.pick(['no_capacity', 'not_eligible', 'family_unreachable'] as const),
        );
      if (first && plan?.ended) {
        addReferral(ctx, need, first, chooseMode(ctx, first, need.categoryKey), plan);
        start = { ...need, createdAt: iso(addMinutes(plan.ended, 30)) };
      }
    }
    const latestSend = new Date(resolved.getTime() - DAY_MS);
    const sent = sendTime(ctx, start, latestSend);
    if (!sent) continue;
    const responded = answerTime(ctx, sent, addMinutes(resolved, -60)) ?? addMinutes(sent, 30);
    addReferral(ctx, need, offer, mode, {
      status: 'completed',
      sent,
      responded,
      ended: resolved,
      outcome: 'successful',
      declineReason: null,
    });
  }

  // 3. needs that stayed unmet, were withdrawn or are open again: referrals that came to nothing
  const unmetPlan: Record<
    UnmetReason,
    { kinds: Partial<Record<Failure, number>>; reasons: DeclineReason[] }
  > = {
    waitlist: { kinds: { declined: 1 }, reasons: ['no_capacity'] },
    no_offer: { kinds: { declined: 1 }, reasons: ['no_capacity', 'out_of_area', 'not_eligible'] },
    not_eligible: { kinds: { declined: 1 }, reasons: ['not_eligible'] },
    declined_by_family: {
      kinds: { declined: 1, not_taken_up: 1, cancelled: 1 },
      reasons: ['family_declined'],
    },
    other: { kinds: { declined: 1, cancelled: 1 }, reasons: ['other', 'family_unreachable'] },
  };
  let drafts = 4;
  for (const need of needs) {
    if (!hasOffer(ctx, need)) continue;
    let kinds: Partial<Record<Failure, number>>;
    let reasons: DeclineReason[];
    let chance: number;
    let latest = todayStart;
    if (need.status === 'unmet' && need.unmetReason && need.resolvedAt) {
      ({ kinds, reasons } = unmetPlan[need.unmetReason]);
      chance = need.unmetReason === 'waitlist' || need.unmetReason === 'no_offer' ? 0.5 : 0.35;
      latest = new Date(need.resolvedAt);
    } else if (need.status === 'withdrawn' && need.resolvedAt) {
      kinds = { cancelled: 2, not_taken_up: 2, declined: 1 };
      reasons = ['family_declined', 'family_unreachable'];
      chance = 0.3;
      latest = new Date(need.resolvedAt);
    } else if (need.status === 'open') {
      kinds = { declined: 4, not_taken_up: 2, cancelled: 1, partly: 1.5, unsuccessful: 1 };
      reasons = [
        'no_capacity',
        'family_unreachable',
        'not_eligible',
        'out_of_area',
        'family_declined',
        'other',
      ];
      chance = 0.3;
      // a counsellor has prepared a referral but not sent it yet
      if (drafts > 0 && berlinDayOf(new Date(need.identifiedAt)) >= T - 10 && r.chance(0.35)) {
        const family = families.get(need.familyId) as DemoReferralFamilyInput;
        const offer = pickOffer(ctx, need.categoryKey, family, { demo: 'avoid' });
        if (offer) {
          drafts--;
          addReferral(ctx, need, offer, chooseMode(ctx, offer, need.categoryKey), {
            status: 'draft',
            sent: null,
            responded: null,
            ended: null,
            outcome: null,
            declineReason: null,
          });
          continue;
        }
      }
    } else continue;
    if (!r.chance(chance)) continue;
    const family = families.get(need.familyId) as DemoReferralFamilyInput;
    let kind = r.weighted(kinds);
    let toDemo = false;
    if (demoCategories.has(need.categoryKey) && r.chance(0.5)) {
      if (kind === 'declined' && demoEnded.declined > 0) toDemo = true;
      else if (kind === 'not_taken_up' && demoEnded.not_taken_up > 0) toDemo = true;
    }
    const offer = pickOffer(ctx, need.categoryKey, family, { demo: toDemo ? 'force' : 'avoid' });
    if (!offer) continue;
    // a provider without room declines; a full offer rarely takes anyone
    if (offer.row.capacity === 'full' && kind !== 'cancelled') kind = 'declined';
    let reason: DeclineReason | null = kind === 'declined' ? r.pick(reasons) : null;
    if (kind === 'declined' && offer.row.capacity !== 'available' && r.chance(0.6)) reason = 'no_capacity';
    const plan = failurePlan(ctx, need, latest, kind, reason);
    if (!plan) continue;
    if (toDemo) {
      if (kind === 'declined') demoEnded.declined--;
      else demoEnded.not_taken_up--;
    }
    addReferral(ctx, need, offer, toDemo ? 'warm' : chooseMode(ctx, offer, need.categoryKey), plan);
  }
}
