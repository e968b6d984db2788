import type { NeedStatus, NeedUrgency, UnmetReason } from '@lotsen/domain';
import { addMinutes, berlinDayOf, iso } from './demo-calendar';
import { OPEN_STATUSES, type CaseWorkCtx, type ContactDraft } from './demo-case-work-context';
import type { DemoNeedRow } from './demo-case-work-rows';
import {
  ANONYMOUS_SUMMARIES,
  CATEGORY_WEIGHTS,
  gapOf,
  LABEL,
  NEED_DESCRIPTIONS,
  NEEDS_PER_CONTACT,
} from './demo-case-work-texts';
import type { Random } from './random';

/** The needs raised at each contact, and one child-protection case this week. */
export function buildNeeds(ctx: CaseWorkCtx, contacts: ContactDraft[]): DemoNeedRow[] {
  const { T, lastDay, rng, ids, days, officeTime } = ctx;
  // --- needs
  const nr = rng('needs');
  const needs: DemoNeedRow[] = [];
  const resolvedAfter = (r: Random, identified: Date, sameContactMinutes: number | null): Date => {
    if (sameContactMinutes !== null) return addMinutes(identified, sameContactMinutes);
    const lagDays = Number(r.weighted({ 1: 3, 3: 3, 7: 4, 14: 4, 28: 3, 45: 2, 60: 1 }));
    const identifiedDay = berlinDayOf(identified);
    const day = days.pick(r, identifiedDay + 1, Math.min(lastDay, identifiedDay + lagDays));
    const at = day === null ? null : officeTime(r, day);
    return at && at.getTime() > identified.getTime() ? at : addMinutes(identified, r.int(10, 30));
  };
  for (const contact of contacts) {
    const family = contact.family;
    const district = contact.row.districtCode;
    const weights: Record<string, number> = { ...CATEGORY_WEIGHTS };
    if (district === 'SR5' || district === 'SR6') {
      for (const k of ['wohngeld', 'kinderzuschlag', 'bildung_teilhabe', 'grundsicherung', 'schulden'])
        weights[k] *= 1.4;
    }
    if (family) {
      if (family.origin !== 'de') {
        weights.migration *= 3;
        weights.sprache *= 3;
        weights.behoerden *= 1.5;
      }
      if (family.row.singleParent) {
        weights.unterhaltsvorschuss *= 1.6;
        weights.alleinerziehend *= 3;
        weights.trennung *= 1.5;
      }
      if (family.youngestChildAge <= 1) {
        weights.hebamme *= 2;
        weights.fruehe_hilfen *= 2;
        weights.schwangerschaft *= 1.5;
      }
      for (const used of family.usedCategories) delete weights[used];
    }
    const count = Number(nr.weighted(NEEDS_PER_CONTACT));
    const counsellor = contact.row.counsellorEmail;
    for (let k = 0; k < count; k++) {
      const category = nr.weighted(weights);
      delete weights[category];
      family?.usedCategories.add(category);
      const identified = contact.at;
      const gap = gapOf(category, district);
      let status: NeedStatus;
      let unmetReason: UnmetReason | null = null;
      let resolved: Date | null = null;
      const recent = berlinDayOf(identified) >= T - 21;
      if (!family) {
        if (nr.chance(gap.p)) {
          status = 'unmet';
          unmetReason = gap.reason;
        } else status = category === 'kinderschutz' || nr.chance(0.72) ? 'met' : 'open';
        if (status !== 'open')
          resolved = resolvedAfter(nr, identified, Math.max(5, contact.row.durationMinutes));
      } else {
        if (category !== 'kinderschutz' && nr.chance(recent ? gap.p / 2 : gap.p)) {
          status = 'unmet';
          unmetReason = gap.reason;
        } else if (category !== 'kinderschutz' && nr.chance(0.03)) {
          status = 'unmet';
          unmetReason = 'declined_by_family';
        } else if (category === 'kinderschutz') {
          status = recent ? 'referred' : 'met';
        } else {
          status = recent
            ? nr.weighted({ open: 58, referred: 22, met: 16, withdrawn: 4 })
            : nr.weighted({ open: 13, referred: 13, met: 63, withdrawn: 11 });
        }
        if (family.closedAt && OPEN_STATUSES.includes(status)) {
          status = nr.chance(0.6) ? 'met' : 'withdrawn';
          resolved = family.closedAt;
        } else if (status === 'met' || status === 'unmet' || status === 'withdrawn') {
          resolved = resolvedAfter(nr, identified, nr.chance(0.3) ? contact.row.durationMinutes : null);
          if (family.closedAt && resolved.getTime() > family.closedAt.getTime()) resolved = family.closedAt;
        }
      }
      const urgency: NeedUrgency =
        category === 'kinderschutz' ? 'high' : nr.weighted({ low: 15, normal: 70, high: 15 });
      const descriptions = NEED_DESCRIPTIONS[category];
      const createdAt = contact.row.createdAt;
      const need: DemoNeedRow = {
        id: ids.uuid(),
        familyId: family?.row.id ?? null,
        contactId: contact.row.id,
        officeKey: contact.row.officeKey,
        categoryKey: category,
        description: family && descriptions && nr.chance(0.5) ? nr.pick(descriptions) : null,
        urgency,
        status,
        unmetReason,
        identifiedAt: iso(identified),
        resolvedAt: resolved ? iso(resolved) : null,
        createdByEmail: counsellor,
        createdAt,
        updatedAt: resolved && resolved.toISOString() > createdAt ? iso(resolved) : createdAt,
      };
      needs.push(need);
      contact.needs.push(need);
    }
    if (!family && nr.chance(0.55)) {
      const first = contact.needs[0].categoryKey;
      contact.row.summary = ANONYMOUS_SUMMARIES[first]
        ? nr.pick(ANONYMOUS_SUMMARIES[first])
        : `Information: ${LABEL[first]}`;
    }
    if (family && contact.first) contact.row.summary = `Erstgespräch: ${LABEL[contact.needs[0].categoryKey]}`;
  }

  // one child-protection case this week in the main office, so the team lead's bell rings
  const recentMain = contacts
    .filter(
      (c) =>
        c.family &&
        c.row.officeKey === 'main' &&
        c.family.row.status === 'active' &&
        berlinDayOf(c.at) >= T - 7,
    )
    .filter((c) => c.family && !c.family.usedCategories.has('kinderschutz') && c.needs.length < 3);
  const hasRecentChildProtection = needs.some(
    (n) =>
      n.categoryKey === 'kinderschutz' &&
      n.officeKey === 'main' &&
      berlinDayOf(new Date(n.identifiedAt)) >= T - 7,
  );
  if (!hasRecentChildProtection && recentMain.length > 0) {
    const contact = recentMain[recentMain.length - 1];
    contact.family?.usedCategories.add('kinderschutz');
    const need: DemoNeedRow = {
      id: ids.uuid(),
      familyId: contact.row.familyId,
      contactId: contact.row.id,
      officeKey: 'main',
      categoryKey: 'kinderschutz',
      description: 'Hinweise auf Vernachlässigung; Teamleitung informiert, Meldung an den ASD vorbereitet',
      urgency: 'high',
      status: 'referred',
      unmetReason: null,
      identifiedAt: contact.row.occurredAt,
      resolvedAt: null,
      createdByEmail: contact.row.counsellorEmail,
      createdAt: contact.row.createdAt,
      updatedAt: contact.row.createdAt,
    };
    needs.push(need);
    contact.needs.push(need);
  }
  return needs;
}
