import type { FollowUpStatus } from '@lotsen/domain';
import { addMinutes, berlinDayOf, berlinTime, iso, maxDate, nearestOfficeDay } from './demo-calendar';
import { OPEN_STATUSES, type CaseWorkCtx, type FamilyDraft } from './demo-case-work-context';
import type { DemoFollowUpRow, DemoNeedRow } from './demo-case-work-rows';
import { FOLLOW_UP_NOTES, FOLLOW_UP_TITLES, GENERIC_FOLLOW_UP_TITLES, LABEL } from './demo-case-work-texts';
import { DEMO_COUNSELLOR } from './demo-offices-users';

/** Follow-ups for ~60% of the active families, assigned to the owner. */
export function buildFollowUps(ctx: CaseWorkCtx, families: FamilyDraft[]): DemoFollowUpRow[] {
  const { T, lastDay, todayStart, rng, ids, isOfficeDay, officeTime } = ctx;
  // --- follow-ups for ~60% of the active families, assigned to the owner
  const ur = rng('follow-ups');
  const followUps: DemoFollowUpRow[] = [];
  interface Slot {
    family: FamilyDraft;
    need: DemoNeedRow | null;
  }
  const slots: Slot[] = [];
  for (const family of families) {
    if (family.row.status !== 'active' || !ur.chance(0.6)) continue;
    const familyNeeds = family.contacts.flatMap((c) => c.needs);
    const pending = familyNeeds.filter((n) => OPEN_STATUSES.includes(n.status));
    const count = Number(ur.weighted({ 1: 60, 2: 30, 3: 10 }));
    const pool = ur.shuffle(pending.length > 0 ? pending : familyNeeds);
    for (let k = 0; k < count; k++) slots.push({ family, need: pool[k] ?? null });
  }
  // the demo counsellor's list: at least 16 overdue, 10 due today or tomorrow
  const quota = { overdue: 16, today: 5, tomorrow: 5 };
  for (const slot of ur.shuffle(slots)) {
    const family = slot.family;
    const assignee = family.row.ownerEmail;
    const anchor = slot.need ? new Date(slot.need.createdAt) : addMinutes(family.createdAt, 30);
    const anchorDay = berlinDayOf(anchor);
    let plan: 'overdue' | 'today' | 'tomorrow' | 'any' = 'any';
    if (assignee === DEMO_COUNSELLOR) {
      if (quota.today > 0) plan = 'today';
      else if (quota.tomorrow > 0) plan = 'tomorrow';
      else if (quota.overdue > 0 && anchorDay < T - 2) plan = 'overdue';
      if (plan !== 'any') quota[plan]--;
    }
    let dueDay: number;
    if (plan === 'today') dueDay = T;
    else if (plan === 'tomorrow') dueDay = T + 1;
    else if (plan === 'overdue') dueDay = ur.int(Math.max(anchorDay + 1, T - 30), T - 1);
    else dueDay = ur.int(Math.max(anchorDay + 1, T - 30), T + 30);
    if (plan === 'overdue' || plan === 'any') {
      dueDay = nearestOfficeDay(
        dueDay,
        Math.max(anchorDay + 1, T - 30),
        plan === 'overdue' ? T - 1 : T + 30,
        isOfficeDay,
      );
    }
    const due =
      plan === 'today'
        ? berlinTime(T, ur.int(14, 17), ur.pick([0, 30]))
        : berlinTime(dueDay, ur.int(8, 17), ur.pick([0, 15, 30, 45]));
    // created at the contact that raised the need, at most two months before it was due
    const earliest = maxDate(anchor, addMinutes(due, -60 * 24 * 60));
    const createdAt = maxDate(addMinutes(earliest, ur.int(2, 15)), addMinutes(family.createdAt, 25));
    let status: FollowUpStatus = 'open';
    let doneAt: Date | null = null;
    let updatedAt = createdAt;
    if (plan === 'any') {
      if (dueDay < T) status = ur.weighted({ done: 65, open: 27, cancelled: 8 });
      else if (ur.chance(0.06)) status = 'done';
    }
    if (status === 'done') {
      const upTo = Math.min(lastDay, dueDay + 5);
      const from = berlinDayOf(createdAt) + 1;
      doneAt = from <= upTo ? officeTime(ur, ur.int(from, upTo)) : addMinutes(createdAt, 60);
      if (doneAt.getTime() >= todayStart.getTime()) doneAt = addMinutes(createdAt, 60);
      updatedAt = doneAt;
    } else if (status === 'cancelled') {
      updatedAt = maxDate(createdAt, officeTime(ur, Math.min(lastDay, dueDay)));
    }
    const title =
      slot.need?.status === 'referred'
        ? `Rückmeldung zur Vermittlung nachfragen: ${LABEL[slot.need.categoryKey]}`
        : ur.pick((slot.need && FOLLOW_UP_TITLES[slot.need.categoryKey]) || GENERIC_FOLLOW_UP_TITLES);
    followUps.push({
      id: ids.uuid(),
      familyId: family.row.id,
      officeKey: family.row.officeKey,
      needId: slot.need?.id ?? null,
      assigneeEmail: assignee,
      title,
      dueAt: iso(due),
      status,
      doneAt: doneAt ? iso(doneAt) : null,
      note: ur.chance(0.2) ? ur.pick(FOLLOW_UP_NOTES) : null,
      createdByEmail: assignee,
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    });
  }
  followUps.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
  return followUps;
}
