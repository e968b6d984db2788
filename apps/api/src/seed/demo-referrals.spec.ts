import { isConsentValid, NEED_CATEGORIES, needStatusFromReferrals } from '@lotsen/domain';
import { buildDemoCaseWork, type DemoCaseWork } from './demo-case-work';
import {
  buildDemoReferrals,
  DEMO_PROVIDER_KEY,
  inconsistentNeeds,
  type DemoReferrals,
  type DemoReferralsInput,
} from './demo-referrals';

/** The case work as the step reads it back from the database (offices and staff by key / e-mail). */
function inputOf(data: DemoCaseWork): DemoReferralsInput {
  return {
    families: data.families.map((f) => ({
      id: f.id,
      officeId: f.officeKey,
      ownerId: f.ownerEmail,
      status: f.status,
      districtCode: f.districtCode,
      languages: f.languages,
      lastActivityAt: f.lastActivityAt,
    })),
    needs: data.needs
      .filter((n) => n.familyId !== null)
      .map((n) => ({
        id: n.id,
        familyId: n.familyId as string,
        categoryKey: n.categoryKey,
        status: n.status,
        unmetReason: n.unmetReason,
        identifiedAt: n.identifiedAt,
        resolvedAt: n.resolvedAt,
        createdAt: n.createdAt,
        updatedAt: n.updatedAt,
      })),
    followUps: data.followUps.map((f) => ({
      id: f.id,
      needId: f.needId,
      title: f.title,
      status: f.status,
      createdAt: f.createdAt,
      doneAt: f.doneAt,
    })),
  };
}

const DAY_MS = 86_400_000;
const OPEN = ['sent', 'accepted', 'in_progress'];
const ms = (value: string) => new Date(value).getTime();

describe('demo referrals generator', () => {
  // the same day as the case-work test: 15:00 UTC on a Friday in November
  const TODAY = new Date('2026-11-27T15:00:00Z');
  let caseWork: DemoReferralsInput;
  let data: DemoReferrals;
  beforeAll(() => {
    caseWork = inputOf(buildDemoCaseWork({ today: TODAY }));
    data = buildDemoReferrals({ today: TODAY, caseWork });
  });

  it('is deterministic: the same seed, day and case work give the same rows', () => {
    expect(buildDemoReferrals({ today: TODAY, caseWork })).toEqual(data);
    expect(buildDemoReferrals({ today: new Date('2026-11-26T23:30:00Z'), caseWork })).toEqual(data);
    expect(buildDemoReferrals({ today: TODAY, caseWork, seed: 'other' })).not.toEqual(data);
  });

  it('has ~40 providers and ~80 offers covering every need category, with fictional contacts', () => {
    expect(data.providers.length).toBeGreaterThanOrEqual(36);
    expect(data.providers.length).toBeLessThanOrEqual(44);
    expect(data.offers.length).toBeGreaterThanOrEqual(72);
    expect(data.offers.length).toBeLessThanOrEqual(88);
    const names = data.providers.map((p) => p.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const kind of ['city_department', 'independent', 'health', 'other'])
      expect(data.providers.some((p) => p.kind === kind)).toBe(true);
    const districts = new Set(['SR1', 'SR2', 'SR3', 'SR4', 'SR5', 'SR6', 'unknown', 'outside']);
    for (const p of data.providers) {
      expect(p.email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.example$/);
      expect(p.website).toMatch(/^https:\/\/www\.[a-z0-9.-]+\.example(\/[a-z-]+)?$/);
      expect(p.phone).toMatch(/^0331 [2-9]\d{6}$/);
      expect(p.languages).toContain('de');
      expect(districts.has(p.districtCode)).toBe(true);
    }
    const known = new Set(NEED_CATEGORIES.map((c) => c.key));
    const providerIds = new Set(data.providers.map((p) => p.id));
    for (const o of data.offers) {
      expect(providerIds.has(o.providerId)).toBe(true);
      expect(o.categoryKeys.length).toBeGreaterThan(0);
      for (const key of o.categoryKeys) expect(known.has(key)).toBe(true);
      for (const code of o.districtCodes) expect(districts.has(code)).toBe(true);
      expect(o.languages.length).toBeGreaterThan(0);
      if (o.ageFrom !== null && o.ageTo !== null) expect(o.ageFrom).toBeLessThanOrEqual(o.ageTo);
      expect(o.openingHours).toMatch(/Uhr|Termin|Anträge|Ferien/);
      expect(o.title.length).toBeLessThanOrEqual(200);
    }
    for (const key of known) expect(data.offers.some((o) => o.categoryKeys.includes(key))).toBe(true);
    // mostly whole-city offers, some for districts; mostly available, some waitlists, a few full
    const citywide = data.offers.filter((o) => o.districtCodes.length === 0).length;
    expect(citywide / data.offers.length).toBeGreaterThan(0.6);
    expect(citywide).toBeLessThan(data.offers.length);
    const capacity = (c: string) => data.offers.filter((o) => o.capacity === c).length;
    expect(capacity('available')).toBeGreaterThan(data.offers.length / 2);
    expect(capacity('waitlist')).toBeGreaterThanOrEqual(8);
    expect(capacity('full')).toBeGreaterThanOrEqual(2);
    for (const key of ['kita_gutschein', 'kindertagespflege', 'hebamme'])
      expect(data.offers.some((o) => o.categoryKeys.includes(key) && o.capacity === 'waitlist')).toBe(true);
    const kita = data.offers.find((o) => o.categoryKeys[0] === 'kita_gutschein');
    expect([kita?.ageFrom, kita?.ageTo]).toEqual([0, 6]);
    // the women's shelter keeps its address hidden
    const hidden = data.offers.filter((o) => o.addressHidden);
    expect(hidden.length).toBeGreaterThanOrEqual(1);
    for (const o of hidden) expect(o.categoryKeys).toContain('kinderschutz');
  });

  it('sends every referral to an offer of the need’s category, for the family’s office and owner', () => {
    const offerById = new Map(data.offers.map((o) => [o.id, o]));
    const needById = new Map(caseWork.needs.map((n) => [n.id, n]));
    const familyById = new Map(caseWork.families.map((f) => [f.id, f]));
    expect(data.referrals.length).toBeGreaterThan(150);
    for (const x of data.referrals) {
      const offer = offerById.get(x.offerId);
      const need = needById.get(x.needId);
      const family = familyById.get(x.familyId);
      expect(need?.familyId).toBe(x.familyId);
      expect(offer?.categoryKeys).toContain(need?.categoryKey);
      expect(offer?.providerId).toBe(x.providerId);
      expect(x.officeId).toBe(family?.officeId);
      expect(x.counsellorId).toBe(family?.ownerId);
    }
  });

  it('gives every warm referral that was sent a share_with_provider consent valid when it was sent', () => {
    const consentById = new Map(data.consents.map((c) => [c.id, c]));
    const familyById = new Map(caseWork.families.map((f) => [f.id, f]));
    for (const x of data.referrals) {
      if (x.mode === 'info') {
        expect(x.consentId).toBeNull();
        continue;
      }
      if (x.sentAt === null) continue;
      const consent = x.consentId ? consentById.get(x.consentId) : undefined;
      expect(consent).toBeDefined();
      expect(consent?.familyId).toBe(x.familyId);
      expect(consent?.providerId).toBe(x.providerId);
      expect(consent?.officeId).toBe(familyById.get(x.familyId)?.officeId);
      expect(ms(consent?.givenAt ?? '')).toBeLessThan(ms(x.sentAt));
      expect(isConsentValid(consent ?? { givenAt: '' }, new Date(x.sentAt))).toBe(true);
    }
    for (const c of data.consents) if (c.expiresAt) expect(c.expiresAt > c.givenAt).toBe(true);
    const warm = data.referrals.filter((x) => x.mode === 'warm').length / data.referrals.length;
    expect(warm).toBeGreaterThan(0.25);
    expect(warm).toBeLessThan(0.45);
  });

  it('agrees with the needs: needStatusFromReferrals leaves every status as it is', () => {
    expect(inconsistentNeeds(caseWork.needs, data.referrals)).toEqual([]);
    const byNeed = new Map<string, DemoReferrals['referrals']>();
    for (const x of data.referrals) byNeed.set(x.needId, [...(byNeed.get(x.needId) ?? []), x]);
    for (const need of caseWork.needs) {
      const referrals = byNeed.get(need.id) ?? [];
      expect(needStatusFromReferrals(need.status, referrals)).toBe(need.status);
      // every referred need has exactly one open referral
      if (need.status === 'referred') expect(referrals.filter((x) => OPEN.includes(x.status)).length).toBe(1);
      if (need.status === 'met' && referrals.length > 0) {
        const success = referrals.find((x) => x.status === 'completed' && x.outcome === 'successful');
        expect(success?.completedAt).toBe(need.resolvedAt);
      }
      if (need.status !== 'referred') expect(referrals.some((x) => OPEN.includes(x.status))).toBe(false);
    }
  });

  it('respects the table rules and orders the times: sent, answered within 14 days, ended', () => {
    const needById = new Map(caseWork.needs.map((n) => [n.id, n]));
    const statuses = new Set(data.referrals.map((x) => x.status));
    expect([...statuses].sort()).toEqual(
      [
        'accepted',
        'cancelled',
        'completed',
        'declined',
        'draft',
        'in_progress',
        'not_taken_up',
        'sent',
      ].sort(),
    );
    const outcomes = new Set(data.referrals.map((x) => x.outcome).filter(Boolean));
    expect([...outcomes].sort()).toEqual(['partly', 'successful', 'unsuccessful']);
    const reasons = new Set(data.referrals.map((x) => x.declineReason).filter(Boolean));
    expect(reasons.has('no_capacity')).toBe(true);
    expect(reasons.has('family_unreachable')).toBe(true);
    for (const x of data.referrals) {
      const need = needById.get(x.needId);
      expect(x.status === 'completed').toBe(x.outcome !== null);
      expect(x.status === 'declined').toBe(x.declineReason !== null);
      expect(x.status === 'draft').toBe(x.sentAt === null);
      expect(x.completedAt !== null).toBe(x.status === 'completed');
      expect(x.createdAt >= (need?.createdAt ?? '')).toBe(true);
      if (!x.sentAt) continue;
      expect(ms(x.sentAt)).toBeGreaterThan(ms(need?.identifiedAt ?? ''));
      expect(x.createdAt <= x.sentAt).toBe(true);
      const answered = ['accepted', 'in_progress', 'completed', 'declined', 'not_taken_up'].includes(
        x.status,
      );
      if (answered) expect(x.respondedAt).not.toBeNull();
      if (x.status === 'sent') expect(x.respondedAt).toBeNull();
      if (x.respondedAt) {
        const lag = ms(x.respondedAt) - ms(x.sentAt);
        expect(lag).toBeGreaterThan(0);
        expect(lag).toBeLessThanOrEqual(14 * DAY_MS);
      }
      if (x.completedAt) expect(ms(x.completedAt)).toBeGreaterThan(ms(x.respondedAt ?? ''));
      expect(x.updatedAt >= (x.completedAt ?? x.respondedAt ?? x.sentAt)).toBe(true);
      // a need that was closed by hand was closed after its referrals ended
      if (need?.resolvedAt) expect(x.updatedAt <= need.resolvedAt).toBe(true);
    }
  });

  it.each([['2026-11-27T15:00:00Z'], ['2027-03-29T05:00:00Z'], ['2027-06-06T21:30:00Z']])(
    'puts nothing in the future (today %s)',
    (today) => {
      const now = new Date(today);
      const input = inputOf(buildDemoCaseWork({ today: now }));
      const d = buildDemoReferrals({ today: now, caseWork: input });
      expect(inconsistentNeeds(input.needs, d.referrals)).toEqual([]);
      const times = [
        ...d.providers.map((p) => p.createdAt),
        ...d.offers.map((o) => o.createdAt),
        ...d.consents.map((c) => c.givenAt),
        ...d.referrals.flatMap((x) => [x.createdAt, x.updatedAt, x.sentAt, x.respondedAt, x.completedAt]),
        ...d.needUpdates.map((u) => u.updatedAt),
        ...d.familyUpdates.map((u) => u.lastActivityAt),
      ].filter((v): v is string => v !== null);
      for (const value of times) expect(ms(value)).toBeLessThanOrEqual(now.getTime());
      // the referrals of the last four quarters
      const yearAgo = now.getTime() - 366 * DAY_MS;
      for (const x of d.referrals) if (x.sentAt) expect(ms(x.sentAt)).toBeGreaterThan(yearAgo);
    },
  );

  it('fits case work that was seeded on an earlier day (the step reads it back from the database)', () => {
    const now = new Date(TODAY.getTime() + 45 * DAY_MS);
    const d = buildDemoReferrals({ today: now, caseWork });
    expect(inconsistentNeeds(caseWork.needs, d.referrals)).toEqual([]);
    const referred = caseWork.needs.filter((n) => n.status === 'referred');
    for (const n of referred)
      expect(d.referrals.some((x) => x.needId === n.id && OPEN.includes(x.status))).toBe(true);
    for (const x of d.referrals)
      for (const value of [x.createdAt, x.updatedAt, x.sentAt, x.respondedAt, x.completedAt])
        if (value) expect(ms(value)).toBeLessThanOrEqual(now.getTime());
  });

  it('gives the demo provider ~10 open warm referrals and a few answered ones', () => {
    const demo = data.providers.find((p) => p.key === DEMO_PROVIDER_KEY);
    expect(demo?.kind).toBe('independent');
    expect(data.demoProviderId).toBe(demo?.id);
    const consentById = new Map(data.consents.map((c) => [c.id, c]));
    const visible = data.referrals.filter(
      (x) =>
        x.providerId === demo?.id &&
        x.mode === 'warm' &&
        x.sentAt !== null &&
        x.consentId !== null &&
        isConsentValid(consentById.get(x.consentId) ?? { givenAt: '' }, TODAY),
    );
    const open = visible.filter((x) => OPEN.includes(x.status));
    expect(open.length).toBeGreaterThanOrEqual(8);
    expect(open.length).toBeLessThanOrEqual(14);
    expect(
      visible.filter((x) => ['completed', 'declined', 'not_taken_up'].includes(x.status)).length,
    ).toBeGreaterThanOrEqual(3);
    // no other provider gets more warm referrals
    const warmBy = new Map<string, number>();
    for (const x of data.referrals.filter((r) => r.mode === 'warm'))
      warmBy.set(x.providerId, (warmBy.get(x.providerId) ?? 0) + 1);
    const top = [...warmBy.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(top[0]).toBe(demo?.id);
  });

  it('ties the case work’s follow-ups "Rückmeldung zur Vermittlung" to the open referral of their need', () => {
    const referralById = new Map(data.referrals.map((x) => [x.id, x]));
    const followUpById = new Map(caseWork.followUps.map((f) => [f.id, f]));
    expect(data.followUpLinks.length).toBeGreaterThan(0);
    const linked = data.followUpLinks.map((l) => l.followUpId);
    expect(new Set(linked).size).toBe(linked.length);
    for (const link of data.followUpLinks) {
      const followUp = followUpById.get(link.followUpId);
      const referral = referralById.get(link.referralId);
      expect(followUp?.title.startsWith('Rückmeldung zur Vermittlung nachfragen')).toBe(true);
      expect(followUp?.needId).toBe(referral?.needId);
      expect(OPEN).toContain(referral?.status);
      expect(ms(referral?.sentAt ?? '')).toBeLessThanOrEqual(ms(followUp?.createdAt ?? ''));
    }
  });

  it('moves the families’ last activity to their latest referral and uses unique ids', () => {
    const familyById = new Map(caseWork.families.map((f) => [f.id, f]));
    for (const u of data.familyUpdates)
      expect(u.lastActivityAt > (familyById.get(u.familyId)?.lastActivityAt ?? '')).toBe(true);
    const last = new Map(caseWork.families.map((f) => [f.id, f.lastActivityAt]));
    for (const u of data.familyUpdates) last.set(u.familyId, u.lastActivityAt);
    for (const x of data.referrals) expect((last.get(x.familyId) ?? '') >= x.updatedAt).toBe(true);
    const ids = [...data.providers, ...data.offers, ...data.consents, ...data.referrals].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
