import type { ContactChannel } from '@lotsen/domain';
import { addMinutes, berlinDayOf, iso, maxDate, weekday } from './demo-calendar';
import type { CaseWorkCtx, ContactDraft, FamilyDraft } from './demo-case-work-context';
import type { DemoHandoffRow } from './demo-case-work-rows';
import {
  CHANNELS,
  CONFIDENTIAL_NOTES,
  CONTACT_DISTRICTS,
  DURATION,
  FAMILY_NOTES,
  FAMILY_SUMMARIES,
  HANDOFF_NOTES,
  INTERPRETER_NOTES,
} from './demo-case-work-texts';
import { DEMO_COUNSELLOR, DEMO_TEAM_LEAD, STAFF, type DemoOfficeKey } from './demo-offices-users';
import type { Random } from './random';

/**
 * Contacts (the families' and the anonymous ones), closed files and handoffs. Every family's
 * contacts end up in `family.contacts`, sorted by time.
 */
export function buildContacts(
  ctx: CaseWorkCtx,
  families: FamilyDraft[],
  contactCount: number,
): { contacts: ContactDraft[]; handoffs: DemoHandoffRow[] } {
  const { T, lastDay, rng, ids, days, officeTime } = ctx;
  // --- contacts: the first of each family opened its file; further ones while it was served
  const cr = rng('contacts');
  const contacts: ContactDraft[] = [];
  const channelOf = (r: Random, day: number, first: boolean): ContactChannel => {
    if (weekday(day) === 6) return 'outreach';
    if (first) return r.weighted({ walk_in: 62, phone: 18, outreach: 12, email: 4, video: 4 });
    return r.weighted(CHANNELS);
  };
  const newContact = (
    r: Random,
    family: FamilyDraft | null,
    officeKey: DemoOfficeKey,
    at: Date,
    channel: ContactChannel,
    districtCode: string,
    first: boolean,
  ): ContactDraft => {
    const [lo, hi] = DURATION[channel];
    const duration = first ? r.int(30, 60) : r.int(lo, hi);
    const draft: ContactDraft = {
      at,
      family,
      first,
      needs: [],
      row: {
        id: ids.uuid(),
        familyId: family?.row.id ?? null,
        officeKey,
        counsellorEmail: '',
        occurredAt: iso(at),
        channel,
        durationMinutes: duration,
        districtCode,
        summary: null,
        notes: null,
        confidential: false,
        createdAt: iso(addMinutes(at, duration + r.int(1, 20))),
      },
    };
    contacts.push(draft);
    family?.contacts.push(draft);
    return draft;
  };

  for (const family of families) {
    newContact(
      cr,
      family,
      family.row.officeKey,
      family.createdAt,
      channelOf(cr, family.createdDay, true),
      family.row.districtCode,
      true,
    );
  }
  const familyContactTarget = Math.round(contactCount * 0.3);
  for (let n = families.length; n < familyContactTarget; n++) {
    const family = cr.weightedItem(families, (f) => Math.min(150, f.engagementEnd - f.createdDay));
    const day = days.pick(cr, family.createdDay + 1, family.engagementEnd);
    if (day === null) continue;
    newContact(
      cr,
      family,
      family.row.officeKey,
      officeTime(cr, day),
      channelOf(cr, day, false),
      family.row.districtCode,
      false,
    );
  }
  for (const family of families) family.contacts.sort((a, b) => a.at.getTime() - b.at.getTime());

  // closed files: nothing happened for months
  const closeRng = rng('closing');
  for (const family of families) {
    const last = family.contacts[family.contacts.length - 1].at;
    const lastContactDay = berlinDayOf(last);
    if (lastContactDay < T - 100 && closeRng.chance(0.6)) {
      family.row.status = 'closed';
      const day =
        days.pick(closeRng, lastContactDay + 14, Math.min(lastDay, lastContactDay + 60)) ?? lastContactDay;
      family.closedAt = maxDate(officeTime(closeRng, day), addMinutes(last, 90));
    }
  }

  // handoffs: a handful in the main office, some of them this week
  const hr = rng('handoffs');
  const handoffs: DemoHandoffRow[] = [];
  const handoffPlan: { to: string; recent: boolean }[] = [
    { to: DEMO_COUNSELLOR, recent: true },
    { to: DEMO_COUNSELLOR, recent: true },
    { to: DEMO_COUNSELLOR, recent: false },
    { to: DEMO_COUNSELLOR, recent: false },
    { to: DEMO_TEAM_LEAD, recent: true },
    { to: DEMO_TEAM_LEAD, recent: false },
  ];
  const handoffCandidates = hr.shuffle(
    families.filter((f) => f.row.officeKey === 'main' && f.row.status === 'active' && f.createdDay < T - 30),
  );
  for (const plan of handoffPlan) {
    const from = plan.to === DEMO_COUNSELLOR ? DEMO_TEAM_LEAD : DEMO_COUNSELLOR;
    const family = handoffCandidates.find((f) => !f.handoff && f.row.ownerEmail === from);
    if (!family) continue;
    const day = plan.recent ? days.pick(hr, T - 6, lastDay) : days.pick(hr, family.createdDay + 7, T - 10);
    if (day === null) continue;
    const at = maxDate(officeTime(hr, day), addMinutes(family.createdAt, 120));
    family.handoff = { at, from, to: plan.to };
    family.row.ownerEmail = plan.to;
    handoffs.push({
      id: ids.uuid(),
      familyId: family.row.id,
      officeKey: 'main',
      fromEmail: from,
      toEmail: plan.to,
      byEmail: hr.chance(0.5) ? DEMO_TEAM_LEAD : from,
      note: hr.pick(HANDOFF_NOTES),
      createdAt: iso(at),
    });
  }

  // family contacts: the owner at the time, now and then a colleague; summaries and notes
  for (const family of families) {
    const officeStaff = Object.keys(STAFF[family.row.officeKey]);
    for (const contact of family.contacts) {
      const ownerThen =
        family.handoff && contact.at.getTime() < family.handoff.at.getTime()
          ? family.handoff.from
          : family.row.ownerEmail;
      const colleague = officeStaff.find((s) => s !== ownerThen);
      contact.row.counsellorEmail = !contact.first && colleague && cr.chance(0.12) ? colleague : ownerThen;
      if (!contact.first)
        contact.row.summary = cr.chance(0.8) ? cr.pick(FAMILY_SUMMARIES[contact.row.channel]) : null;
      if (cr.chance(0.35)) {
        contact.row.notes =
          family.row.interpreterNeeded && cr.chance(0.4) ? cr.pick(INTERPRETER_NOTES) : cr.pick(FAMILY_NOTES);
      }
    }
    family.row.createdByEmail = family.handoff?.from ?? family.row.ownerEmail;
  }
  // a few confidential notes (readable by their author only)
  const confidentialRng = rng('confidential');
  const familyContacts = contacts.filter((c) => c.family);
  for (const contact of confidentialRng.shuffle(familyContacts).slice(0, 12)) {
    contact.row.confidential = true;
    contact.row.notes = confidentialRng.pick(CONFIDENTIAL_NOTES);
  }

  // anonymous contacts: the rest, spread over the office days
  const ar = rng('anonymous');
  const anonymousCount = contactCount - familyContacts.length;
  for (let n = 0; n < anonymousCount; n++) {
    const day = days.pick(ar) ?? lastDay;
    const officeKey: DemoOfficeKey = ar.chance(weekday(day) === 6 ? 0.6 : 0.3) ? 'schlaatz' : 'main';
    const channel = channelOf(ar, day, false);
    let district = ar.weighted(CONTACT_DISTRICTS[officeKey]);
    if ((channel === 'phone' || channel === 'email' || channel === 'letter') && ar.chance(0.25))
      district = 'unknown';
    const contact = newContact(ar, null, officeKey, officeTime(ar, day), channel, district, false);
    contact.row.counsellorEmail = ar.weighted(
      officeKey === 'main' ? { [DEMO_COUNSELLOR]: 0.62, [DEMO_TEAM_LEAD]: 0.38 } : STAFF.schlaatz,
    );
  }
  contacts.sort((a, b) => a.at.getTime() - b.at.getTime() || a.row.id.localeCompare(b.row.id));
  return { contacts, handoffs };
}
