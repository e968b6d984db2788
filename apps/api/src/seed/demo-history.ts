import { addMinutes, berlinDayOf, berlinTime, iso } from './demo-calendar';
import type { CaseWorkCtx, FamilyDraft } from './demo-case-work-context';
import type {
  DemoFollowUpRow,
  DemoHandoffRow,
  DemoNeedRow,
  DemoNotificationRow,
} from './demo-case-work-rows';
import { DEMO_TEAM_LEAD } from './demo-offices-users';
import type { DemoReferralNeedInput, DemoReferralRow } from './demo-referral-rows';
import { OPEN_STATUSES as OPEN_REFERRAL_STATUSES, type Ctx } from './demo-referral-rules';

/** Notifications: handoffs, child protection (team leads), follow-ups due today. */
export function buildNotifications(
  ctx: CaseWorkCtx,
  families: FamilyDraft[],
  handoffs: DemoHandoffRow[],
  needs: DemoNeedRow[],
  followUps: DemoFollowUpRow[],
): DemoNotificationRow[] {
  const { T, todayStart, ids } = ctx;
  // --- notifications: handoffs, child protection (team leads), follow-ups due today
  const notifications: DemoNotificationRow[] = [];
  const byId = new Map(families.map((f) => [f.row.id, f]));
  const link = (familyId: string) => `#/families/${familyId}/show`;
  const readIfOlder = (at: Date, days: number): string | null =>
    at.getTime() < berlinTime(T - days, 0, 0).getTime() ? iso(addMinutes(at, 18 * 60)) : null;
  for (const h of handoffs) {
    const at = new Date(h.createdAt);
    notifications.push({
      id: ids.uuid(),
      userEmail: h.toEmail,
      type: 'handoff',
      title: `${byId.get(h.familyId)?.row.name ?? 'Eine Familie'} wurde an Sie übergeben`,
      link: link(h.familyId),
      readAt: readIfOlder(at, 7),
      createdAt: iso(addMinutes(at, 1)),
    });
  }
  for (const n of needs) {
    if (n.categoryKey !== 'kinderschutz' || n.officeKey !== 'main') continue;
    const at = new Date(n.createdAt);
    const family = n.familyId ? byId.get(n.familyId) : undefined;
    notifications.push({
      id: ids.uuid(),
      userEmail: DEMO_TEAM_LEAD,
      type: 'child_protection',
      title: family
        ? `Kinderschutz: neuer Bedarf bei ${family.row.name}`
        : 'Kinderschutz: Bedarf bei einem anonymen Kontakt',
      link: family ? link(family.row.id) : null,
      readAt: readIfOlder(at, 7),
      createdAt: iso(at),
    });
  }
  for (const f of followUps) {
    if (f.status !== 'open' || berlinDayOf(new Date(f.dueAt)) !== T) continue;
    notifications.push({
      id: ids.uuid(),
      userEmail: f.assigneeEmail,
      type: 'follow_up_due',
      title: `Wiedervorlage heute fällig: ${f.title} (${byId.get(f.familyId)?.row.name ?? ''})`,
      link: link(f.familyId),
      readAt: null,
      createdAt: iso(todayStart),
    });
  }
  notifications.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return notifications;
}

/** The family's last activity: its latest contact, need change, follow-up or handoff. */
export function settleLastActivity(families: FamilyDraft[], followUps: DemoFollowUpRow[]): void {
  const byId = new Map(families.map((f) => [f.row.id, f]));
  for (const family of families) {
    let latest = family.createdAt;
    const bump = (value: string | Date | null | undefined) => {
      if (!value) return;
      const d = typeof value === 'string' ? new Date(value) : value;
      if (d.getTime() > latest.getTime()) latest = d;
    };
    for (const c of family.contacts) {
      bump(c.at);
      for (const n of c.needs) bump(n.resolvedAt);
    }
    bump(family.closedAt);
    bump(family.handoff?.at);
    family.row.createdAt = iso(family.createdAt);
    family.row.lastActivityAt = iso(latest);
    family.row.updatedAt = iso(latest);
  }
  for (const f of followUps) {
    const family = byId.get(f.familyId);
    if (!family) continue;
    for (const value of [f.createdAt, f.doneAt]) {
      if (value && value > family.row.lastActivityAt) {
        family.row.lastActivityAt = value;
        family.row.updatedAt = value;
      }
    }
  }
}

/**
 * What the referrals moved: the needs' and families' last change. Sorts the referrals (by the
 * time they were sent, else created) and returns them.
 */
export function referralHistory(
  ctx: Ctx,
  needs: DemoReferralNeedInput[],
): {
  referrals: DemoReferralRow[];
  needUpdates: { needId: string; updatedAt: string }[];
  familyUpdates: { familyId: string; lastActivityAt: string }[];
} {
  const { families } = ctx;
  const referrals = ctx.referrals.sort(
    (a, b) => (a.sentAt ?? a.createdAt).localeCompare(b.sentAt ?? b.createdAt) || a.id.localeCompare(b.id),
  );
  const lastOfNeed = new Map<string, string>();
  const lastOfFamily = new Map<string, string>();
  const bump = (map: Map<string, string>, key: string, value: string | null) => {
    if (value && value > (map.get(key) ?? '')) map.set(key, value);
  };
  for (const x of referrals) {
    // sending made the need `referred`, ending without success made it `open` again
    if (x.status !== 'draft')
      bump(lastOfNeed, x.needId, OPEN_REFERRAL_STATUSES.includes(x.status) ? x.sentAt : x.updatedAt);
    bump(lastOfFamily, x.familyId, x.updatedAt);
  }
  for (const c of ctx.consents) bump(lastOfFamily, c.familyId, c.givenAt);
  const needUpdates = needs
    .filter((n) => (lastOfNeed.get(n.id) ?? '') > n.updatedAt)
    .map((n) => ({ needId: n.id, updatedAt: lastOfNeed.get(n.id) as string }));
  const familyUpdates = [...families.values()]
    .filter((f) => (lastOfFamily.get(f.id) ?? '') > f.lastActivityAt)
    .map((f) => ({ familyId: f.id, lastActivityAt: lastOfFamily.get(f.id) as string }))
    .sort((a, b) => a.familyId.localeCompare(b.familyId));
  return { referrals, needUpdates, familyUpdates };
}
