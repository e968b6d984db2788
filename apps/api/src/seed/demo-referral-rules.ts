import type {
  ConsentForm,
  DeclineReason,
  ReferralMode,
  ReferralOutcome,
  ReferralStatus,
} from '@lotsen/domain';
import { addMinutes, berlinDayOf, berlinTime, DAY_MS, iso, MINUTE_MS, weekday } from './demo-calendar';
import type {
  DemoOfferRow,
  DemoProviderConsentRow,
  DemoProviderRow,
  DemoReferralFamilyInput,
  DemoReferralNeedInput,
  DemoReferralRow,
} from './demo-referral-rows';
import type { Random } from './random';

// ------------------------------------------------------------------------------------------
// German texts

export const REFERRAL_NOTES: Record<string, string[]> = {
  erziehungsberatung: [
    'Mutter wünscht einen Termin am Vormittag.',
    'Eltern möchten gemeinsam kommen; beide berufstätig, Termin ab 16 Uhr erbeten.',
  ],
  trennung: ['Beide Eltern sind mit der Beratung einverstanden.', 'Vater bittet um einen Termin ab 16 Uhr.'],
  schwangerschaft: [
    'Antrag bei der Bundesstiftung soll vor der 20. Woche gestellt werden.',
    'Geburtstermin in etwa 10 Wochen.',
  ],
  fruehe_hilfen: ['Erstbesuch zu Hause erwünscht.', 'Mutter ist tagsüber am besten per Telefon erreichbar.'],
  migration: ['Aufenthaltstitel läuft in sechs Wochen ab.', 'Unterlagen zum Familiennachzug liegen vor.'],
  sprache: ['Sprachmittlung für Arabisch erbeten.', 'Kinderbetreuung während des Kurses wird benötigt.'],
  schulden: [
    'Stromsperre angedroht, bitte zeitnah.',
    'Unterlagen zu den Forderungen bringt die Familie mit.',
  ],
  familienbildung: ['Interesse am Elterncafé am Vormittag.'],
  kinderschutz: ['Teamleitung ist informiert; bitte um Rückmeldung nach dem Erstkontakt.'],
};
export const GENERIC_NOTES = [
  'Familie ist vormittags am besten erreichbar.',
  'Bitte um Rückruf, die Familie wartet auf einen Termin.',
  'Unterlagen hat die Familie dabei.',
  'Familie spricht wenig Deutsch; Sprachmittlung wäre hilfreich.',
  'Die Familie meldet sich selbst; bitte kurze Rückmeldung, ob der Kontakt zustande kam.',
];
export const DECLINE_NOTES: Record<DeclineReason, string[]> = {
  no_capacity: ['Derzeit keine freien Plätze, Warteliste etwa drei Monate.', 'Kapazität erschöpft.'],
  not_eligible: ['Kein Anspruch nach den Unterlagen.', 'Altersgrenze überschritten.'],
  out_of_area: ['Wohnort liegt außerhalb unseres Einzugsgebiets.'],
  family_unreachable: ['Familie telefonisch dreimal nicht erreicht.', 'Keine Antwort auf Brief und Anrufe.'],
  family_declined: ['Familie möchte das Angebot doch nicht in Anspruch nehmen.'],
  other: ['Bitte an eine andere Stelle wenden.'],
};

// ------------------------------------------------------------------------------------------
// Time (Europe/Berlin days counted from 1970-01-01, see demo-calendar.ts)

export const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

/** The day itself on a weekday, else the Monday after. */
export function weekdayOnOrAfter(day: number): number {
  const w = weekday(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

export function officeTime(r: Random, day: number): Date {
  const hour = Number(r.weighted({ 8: 2, 9: 4, 10: 4, 11: 3, 12: 2, 13: 2, 14: 3, 15: 3, 16: 2, 17: 1 }));
  return berlinTime(day, hour, r.int(0, 59));
}

// ------------------------------------------------------------------------------------------
// The rules the generator follows (which offer, which mode, when answered, which consent)

export interface OfferDraft {
  row: DemoOfferRow;
  provider: DemoProviderRow;
}

export interface Ctx {
  T: number;
  todayStart: Date;
  r: Random;
  ids: Random;
  offers: OfferDraft[];
  families: Map<string, DemoReferralFamilyInput>;
  consents: DemoProviderConsentRow[];
  referrals: DemoReferralRow[];
  demoProviderId: string;
}

/** Offers for a need: its category, and the family's district where that narrows it down. */
export function candidateOffers(ctx: Ctx, category: string, family: DemoReferralFamilyInput): OfferDraft[] {
  const byCategory = ctx.offers.filter((o) => o.row.categoryKeys.includes(category));
  const local = byCategory.filter(
    (o) =>
      o.row.districtCodes.length === 0 ||
      (family.districtCode !== null && o.row.districtCodes.includes(family.districtCode)),
  );
  return local.length > 0 ? local : byCategory;
}

export function offerWeight(o: OfferDraft, family: DemoReferralFamilyInput, demoProviderId: string): number {
  let w = o.row.capacity === 'available' ? 1 : o.row.capacity === 'waitlist' ? 0.6 : 0.15;
  if (o.row.districtCodes.length > 0) w *= 1.5; // the office nearby comes first
  if (o.row.addressHidden) w *= 0.2; // a shelter only where nothing else fits
  const other = family.languages.filter((l) => l !== 'de');
  if (other.some((l) => o.row.languages.includes(l))) w *= 2;
  else if (!family.languages.includes('de') && family.languages.length > 0) w *= 0.5;
  if (o.provider.id === demoProviderId) w *= 1.5; // a large provider with many places
  return w;
}

export function pickOffer(
  ctx: Ctx,
  category: string,
  family: DemoReferralFamilyInput,
  opts: { demo?: 'force' | 'avoid'; exclude?: string } = {},
): OfferDraft | null {
  let pool = candidateOffers(ctx, category, family).filter((o) => o.row.id !== opts.exclude);
  if (opts.demo === 'force') {
    const demo = ctx.offers.filter(
      (o) => o.provider.id === ctx.demoProviderId && o.row.categoryKeys.includes(category),
    );
    if (demo.length > 0) return ctx.r.pick(demo);
  }
  if (opts.demo === 'avoid') {
    const others = pool.filter((o) => o.provider.id !== ctx.demoProviderId);
    if (others.length > 0) pool = others;
  }
  if (pool.length === 0) return null;
  return ctx.r.weightedItem(pool, (o) => offerWeight(o, family, ctx.demoProviderId));
}

export function chooseMode(ctx: Ctx, offer: OfferDraft, category: string): ReferralMode {
  if (offer.provider.id === ctx.demoProviderId) return ctx.r.chance(0.8) ? 'warm' : 'info';
  if (category === 'kinderschutz' || offer.row.addressHidden) return 'warm';
  const p = { independent: 0.42, health: 0.35, city_department: 0.14, other: 0.08 }[offer.provider.kind];
  return ctx.r.chance(p) ? 'warm' : 'info';
}

/** A time when the referral was sent: during or soon after the contact that raised the need. */
export function sendTime(ctx: Ctx, need: DemoReferralNeedInput, latest: Date): Date | null {
  const r = ctx.r;
  const base = addMinutes(new Date(need.createdAt), r.int(1, 20));
  if (base.getTime() >= latest.getTime()) return null;
  if (r.chance(0.55)) return base;
  const day = weekdayOnOrAfter(berlinDayOf(base) + Number(r.weighted({ 1: 4, 2: 3, 3: 2, 5: 1 })));
  const at = officeTime(r, day);
  return at.getTime() > base.getTime() && at.getTime() < latest.getTime() ? at : base;
}

/** The provider's answer: 0–14 days after sending, before `latest` (or null if there is no room). */
export function answerTime(ctx: Ctx, sent: Date, latest: Date): Date | null {
  const r = ctx.r;
  const limit = Math.min(latest.getTime(), sent.getTime() + 14 * DAY_MS);
  if (limit - sent.getTime() < 10 * MINUTE_MS) return null;
  const lag = Number(r.weighted({ 0: 10, 1: 16, 2: 16, 3: 12, 4: 8, 5: 8, 7: 8, 10: 5, 14: 3 }));
  let at: Date;
  if (lag === 0) at = addMinutes(sent, r.int(30, 240));
  else {
    let day = berlinDayOf(sent) + lag;
    if (weekday(day) === 6) day -= 1;
    else if (weekday(day) === 0) day += 1;
    at = officeTime(r, day);
  }
  if (at.getTime() <= sent.getTime() || at.getTime() >= limit) {
    at = new Date(sent.getTime() + Math.floor((limit - sent.getTime()) * (0.2 + 0.6 * r.next())));
  }
  return at;
}

/** A time between `from` and `latest` some days after `from` (completion, cancellation). */
export function laterTime(ctx: Ctx, from: Date, latest: Date, minDays: number, maxDays: number): Date | null {
  const r = ctx.r;
  if (latest.getTime() - from.getTime() < 10 * MINUTE_MS) return null;
  const day = weekdayOnOrAfter(berlinDayOf(from) + r.int(minDays, maxDays));
  const at = officeTime(r, day);
  if (at.getTime() > from.getTime() && at.getTime() < latest.getTime()) return at;
  return new Date(from.getTime() + Math.floor((latest.getTime() - from.getTime()) * (0.3 + 0.5 * r.next())));
}

export function noteFor(ctx: Ctx, category: string, mode: ReferralMode): string | null {
  const r = ctx.r;
  if (!r.chance(mode === 'warm' ? 0.6 : 0.2)) return null;
  const specific = REFERRAL_NOTES[category];
  return specific && r.chance(0.6) ? r.pick(specific) : r.pick(GENERIC_NOTES);
}

/** The family's consent to share its data with the provider, valid at `sent` (reused or new). */
export function consentFor(ctx: Ctx, need: DemoReferralNeedInput, providerId: string, sent: Date): string {
  const family = ctx.families.get(need.familyId) as DemoReferralFamilyInput;
  const existing = ctx.consents.find(
    (c) =>
      c.familyId === family.id &&
      c.providerId === providerId &&
      c.givenAt < iso(sent) &&
      (c.expiresAt === null || c.expiresAt > iso(sent)),
  );
  if (existing) return existing.id;
  const r = ctx.r;
  const identified = new Date(need.identifiedAt);
  const givenAt = later(addMinutes(identified, 1), addMinutes(sent, -r.int(2, 25)));
  const form = r.weighted<ConsentForm>({ written: 50, oral: 35, electronic: 15 });
  const row: DemoProviderConsentRow = {
    id: ctx.ids.uuid(),
    familyId: family.id,
    officeId: family.officeId,
    providerId,
    form,
    givenAt: iso(givenAt.getTime() < sent.getTime() ? givenAt : addMinutes(sent, -1)),
    // a written consent is valid for two years, the others until withdrawn
    expiresAt: form === 'written' ? iso(new Date(givenAt.getTime() + 730 * DAY_MS)) : null,
    recordedById: family.ownerId,
  };
  ctx.consents.push(row);
  return row.id;
}

export interface Plan {
  status: ReferralStatus;
  sent: Date | null;
  responded: Date | null;
  /** When it ended (completed, declined, cancelled, not taken up). */
  ended: Date | null;
  outcome: ReferralOutcome | null;
  declineReason: DeclineReason | null;
}

export function addReferral(
  ctx: Ctx,
  need: DemoReferralNeedInput,
  offer: OfferDraft,
  mode: ReferralMode,
  plan: Plan,
): DemoReferralRow {
  const family = ctx.families.get(need.familyId) as DemoReferralFamilyInput;
  const r = ctx.r;
  const consentId = mode === 'warm' && plan.sent ? consentFor(ctx, need, offer.provider.id, plan.sent) : null;
  const createdAt = plan.sent
    ? later(new Date(need.createdAt), addMinutes(plan.sent, -r.int(1, 6)))
    : new Date(
        Math.min(
          addMinutes(new Date(need.createdAt), r.int(2, 30)).getTime(),
          ctx.todayStart.getTime() - MINUTE_MS,
        ),
      );
  const last = [plan.ended, plan.responded, plan.sent, createdAt].find((d): d is Date => d !== null) as Date;
  let note = noteFor(ctx, need.categoryKey, mode);
  if (plan.status === 'declined' && plan.declineReason && r.chance(0.7))
    note = r.pick(DECLINE_NOTES[plan.declineReason]);
  const row: DemoReferralRow = {
    id: ctx.ids.uuid(),
    needId: need.id,
    familyId: family.id,
    officeId: family.officeId,
    counsellorId: family.ownerId,
    offerId: offer.row.id,
    providerId: offer.provider.id,
    mode,
    consentId,
    status: plan.status,
    sentAt: plan.sent ? iso(plan.sent) : null,
    respondedAt: plan.responded ? iso(plan.responded) : null,
    completedAt: plan.status === 'completed' && plan.ended ? iso(plan.ended) : null,
    outcome: plan.outcome,
    declineReason: plan.declineReason,
    note,
    createdAt: iso(createdAt),
    updatedAt: iso(later(last, createdAt)),
  };
  ctx.referrals.push(row);
  return row;
}

export const OPEN_STATUSES: readonly ReferralStatus[] = ['sent', 'accepted', 'in_progress'];

export type Failure = 'declined' | 'cancelled' | 'not_taken_up' | 'partly' | 'unsuccessful';

/** A referral that ended without success between `start` and `latest`; null when there is no room. */
export function failurePlan(
  ctx: Ctx,
  need: DemoReferralNeedInput,
  latest: Date,
  kind: Failure,
  reason: DeclineReason | null,
): Plan | null {
  const sent = sendTime(ctx, need, latest);
  if (!sent) return null;
  const answered = answerTime(ctx, sent, latest);
  if (kind === 'cancelled') {
    // staff withdrew it: before an answer, or after the provider accepted
    if (answered && ctx.r.chance(0.4)) {
      const ended = laterTime(ctx, answered, latest, 1, 20);
      if (ended)
        return { status: 'cancelled', sent, responded: answered, ended, outcome: null, declineReason: null };
    }
    const ended = laterTime(ctx, sent, latest, 0, 10);
    return ended
      ? { status: 'cancelled', sent, responded: null, ended, outcome: null, declineReason: null }
      : null;
  }
  if (!answered) return null;
  if (kind === 'declined') {
    return {
      status: 'declined',
      sent,
      responded: answered,
      ended: answered,
      outcome: null,
      declineReason: reason ?? 'other',
    };
  }
  const ended = laterTime(
    ctx,
    answered,
    latest,
    kind === 'not_taken_up' ? 5 : 14,
    kind === 'not_taken_up' ? 30 : 75,
  );
  if (!ended) return null;
  if (kind === 'not_taken_up')
    return { status: 'not_taken_up', sent, responded: answered, ended, outcome: null, declineReason: null };
  return { status: 'completed', sent, responded: answered, ended, outcome: kind, declineReason: null };
}

/** Is there an offer of the need's category at all? */
export const hasOffer = (ctx: Ctx, n: DemoReferralNeedInput): boolean =>
  ctx.offers.some((o) => o.row.categoryKeys.includes(n.categoryKey));
