import { familyNameKey, koelnerPhonetik, NEED_CATEGORIES } from '@lotsen/domain';
import {
  berlinDayOf,
  berlinTime,
  buildDemoCaseWork,
  DEMO_COUNSELLOR,
  DEMO_SCHLAATZ_COUNSELLOR,
  DEMO_TEAM_LEAD,
  type DemoCaseWork,
} from './demo-case-work';
import { Random } from './random';

const berlin = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
function berlinParts(value: string | Date): { date: string; hour: number; minute: number } {
  const parts = Object.fromEntries(berlin.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('demo seed random', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = new Random('x');
    const b = new Random('x');
    const c = new Random('y');
    const seqA = Array.from({ length: 20 }, () => a.nextUint32());
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(seqA);
  });

  it('makes version-4-shaped uuids', () => {
    expect(new Random(1).uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('demo time helpers (Europe/Berlin)', () => {
  it.each([
    ['2026-01-15', 8, 0],
    ['2026-03-29', 9, 30], // first day of summer time
    ['2026-07-01', 17, 59],
    ['2026-10-25', 8, 0], // first day of winter time
  ])('%s %i:%i', (date, hour, minute) => {
    const day = Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    const at = berlinTime(day, hour, minute);
    expect(berlinParts(at)).toEqual({ date, hour, minute });
    expect(berlinDayOf(at)).toBe(day);
  });
});

describe('demo case work generator', () => {
  // 15:00 UTC on a Friday in November; and a "today" whose year spans both clock changes.
  const TODAY = new Date('2026-11-27T15:00:00Z');
  let data: DemoCaseWork;
  beforeAll(() => {
    data = buildDemoCaseWork({ today: TODAY });
  });

  it('is deterministic: the same seed and day give the same rows', () => {
    expect(buildDemoCaseWork({ today: TODAY })).toEqual(data);
    // any moment of the same Europe/Berlin day
    expect(buildDemoCaseWork({ today: new Date('2026-11-26T23:30:00Z') })).toEqual(data);
    expect(buildDemoCaseWork({ today: new Date('2026-11-27T22:59:00Z') })).toEqual(data);
    // another seed gives other rows
    expect(buildDemoCaseWork({ today: TODAY, seed: 'other' })).not.toEqual(data);
  });

  it('has about 1,500 contacts, 65–75% of them anonymous, over the last 365 days', () => {
    expect(data.contacts.length).toBeGreaterThanOrEqual(1400);
    expect(data.contacts.length).toBeLessThanOrEqual(1600);
    const anonymous = data.contacts.filter((c) => c.familyId === null).length / data.contacts.length;
    expect(anonymous).toBeGreaterThanOrEqual(0.65);
    expect(anonymous).toBeLessThanOrEqual(0.75);
    const first = new Date(TODAY.getTime() - 366 * 86_400_000).toISOString();
    expect(data.contacts.every((c) => c.occurredAt > first)).toBe(true);
  });

  it.each([
    ['2026-11-27T15:00:00Z'],
    ['2027-03-29T05:00:00Z'], // Monday after the change to summer time, early morning
    ['2027-06-06T21:30:00Z'], // a Sunday night
  ])('puts nothing in the future and contacts in office hours (today %s)', (today) => {
    const now = new Date(today);
    const d = buildDemoCaseWork({ today: now });
    const todayDate = berlinParts(now).date;
    const past = [
      ...d.contacts.flatMap((c) => [c.occurredAt, c.createdAt]),
      ...d.needs.flatMap((n) => [n.identifiedAt, n.resolvedAt, n.createdAt, n.updatedAt]),
      ...d.families.flatMap((f) => [f.createdAt, f.lastActivityAt, f.updatedAt]),
      ...d.followUps.flatMap((f) => [f.createdAt, f.doneAt, f.updatedAt]),
      ...d.handoffs.map((h) => h.createdAt),
      ...d.notifications.flatMap((n) => [n.createdAt, n.readAt]),
      ...d.consents.map((c) => c.givenAt),
      ...d.persons.map((p) => p.createdAt),
    ].filter((v): v is string => v !== null);
    for (const value of past) expect(new Date(value).getTime()).toBeLessThanOrEqual(now.getTime());
    for (const c of d.contacts) {
      const { date, hour } = berlinParts(c.occurredAt);
      expect(date < todayDate).toBe(true);
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(18);
    }
    for (const p of d.persons) expect(p.birthDate <= todayDate).toBe(true);
  });

  it('has more contacts on weekdays, none on Sundays, channels in realistic shares', () => {
    const byWeekday = countBy(data.contacts, (c) => String(new Date(c.occurredAt).getUTCDay()));
    expect(byWeekday.get('0')).toBeUndefined();
    expect(byWeekday.get('6') ?? 0).toBeLessThan(data.contacts.length * 0.03);
    const share = (channel: string) =>
      data.contacts.filter((c) => c.channel === channel).length / data.contacts.length;
    expect(share('walk_in')).toBeGreaterThan(0.4);
    expect(share('walk_in')).toBeLessThan(0.52);
    expect(share('phone')).toBeGreaterThan(0.24);
    expect(share('phone')).toBeLessThan(0.35);
    expect(share('email')).toBeGreaterThan(0.08);
    expect(share('letter')).toBeGreaterThan(0.005);
    expect(share('letter')).toBeLessThan(0.04);
  });

  it('makes kita_gutschein, elterngeld and unterhaltsvorschuss the three most frequent needs', () => {
    const counts = [...countBy(data.needs, (n) => n.categoryKey).entries()].sort((a, b) => b[1] - a[1]);
    expect(
      counts
        .slice(0, 3)
        .map(([key]) => key)
        .sort(),
    ).toEqual(['elterngeld', 'kita_gutschein', 'unterhaltsvorschuss'].sort());
    const known = new Set(NEED_CATEGORIES.map((c) => c.key));
    expect(data.needs.every((n) => known.has(n.categoryKey))).toBe(true);
    const perContact = data.needs.length / data.contacts.length;
    expect(perContact).toBeGreaterThan(1.3);
    expect(perContact).toBeLessThan(1.5);
    const childProtection = (counts.find(([key]) => key === 'kinderschutz')?.[1] ?? 0) / data.needs.length;
    expect(childProtection).toBeGreaterThan(0);
    expect(childProtection).toBeLessThan(0.006);
  });

  it('gives every unmet need a reason and only unmet needs one; resolved needs a later resolvedAt', () => {
    const unmet = data.needs.filter((n) => n.status === 'unmet');
    expect(unmet.length).toBeGreaterThan(50);
    expect(unmet.every((n) => n.unmetReason !== null)).toBe(true);
    expect(data.needs.filter((n) => n.status !== 'unmet').every((n) => n.unmetReason === null)).toBe(true);
    const reasons = countBy(unmet, (n) => `${n.categoryKey}/${n.unmetReason}`);
    expect(reasons.get('kita_gutschein/waitlist')).toBeGreaterThan(10);
    expect(reasons.get('hebamme/no_offer')).toBeGreaterThan(3);
    expect(reasons.get('wohnen/no_offer')).toBeGreaterThan(3);
    for (const n of data.needs) {
      const resolved = n.status === 'met' || n.status === 'unmet' || n.status === 'withdrawn';
      expect(n.resolvedAt !== null).toBe(resolved);
      if (n.resolvedAt) expect(n.resolvedAt > n.identifiedAt).toBe(true);
    }
  });

  it('keeps anonymous contacts anonymous and their needs met, open or unmet', () => {
    const contactById = new Map(data.contacts.map((c) => [c.id, c]));
    for (const c of data.contacts.filter((x) => x.familyId === null)) {
      expect(c.notes).toBeNull();
      expect(c.confidential).toBe(false);
      expect(c.districtCode).toBeTruthy();
      expect((c.summary ?? '').length).toBeLessThanOrEqual(200);
    }
    for (const n of data.needs) {
      const contact = contactById.get(n.contactId);
      expect(contact).toBeDefined();
      expect(n.familyId).toBe(contact?.familyId);
      expect(n.identifiedAt).toBe(contact?.occurredAt);
      expect(n.officeKey).toBe(contact?.officeKey);
      if (n.familyId === null) expect(['met', 'open', 'unmet']).toContain(n.status);
    }
    const anonymousDistricts = countBy(
      data.contacts.filter((c) => c.familyId === null),
      (c) => c.districtCode,
    );
    expect(anonymousDistricts.get('unknown')).toBeGreaterThan(50);
    const familyNeeds = data.needs.filter((n) => n.familyId !== null);
    const referred = familyNeeds.filter((n) => n.status === 'referred').length / familyNeeds.length;
    expect(referred).toBeGreaterThan(0.05);
    expect(referred).toBeLessThan(0.15);
    const confidential = data.contacts.filter((c) => c.confidential);
    expect(confidential.length).toBeGreaterThanOrEqual(3);
    expect(confidential.every((c) => c.familyId !== null && c.notes)).toBe(true);
  });

  it('has ~150 families across both offices and all districts, with phonetic keys and members', () => {
    expect(data.families.length).toBe(150);
    const schlaatz = data.families.filter((f) => f.officeKey === 'schlaatz');
    expect(schlaatz.length / data.families.length).toBeCloseTo(0.3, 1);
    expect(schlaatz.every((f) => f.ownerEmail === DEMO_SCHLAATZ_COUNSELLOR)).toBe(true);
    const main = data.families.filter((f) => f.officeKey === 'main');
    expect(main.every((f) => f.ownerEmail === DEMO_COUNSELLOR || f.ownerEmail === DEMO_TEAM_LEAD)).toBe(true);
    const districts = countBy(data.families, (f) => f.districtCode);
    expect([...districts.keys()].sort()).toEqual([
      'SR1',
      'SR2',
      'SR3',
      'SR4',
      'SR5',
      'SR6',
      'outside',
      'unknown',
    ]);
    const top = [...districts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k]) => k);
    expect(top.sort()).toEqual(['SR3', 'SR5', 'SR6']);
    for (const f of data.families) {
      expect(f.namePhonetic).toBe(familyNameKey(f.name));
      expect(f.namePhonetic).not.toBe('');
      expect(f.childrenCount).toBeGreaterThanOrEqual(1);
      expect(f.childrenCount).toBeLessThanOrEqual(5);
      expect(f.interpreterNeeded).toBe(!f.languages.includes('de'));
    }
    const single = data.families.filter((f) => f.singleParent).length / data.families.length;
    expect(single).toBeGreaterThan(0.15);
    expect(single).toBeLessThan(0.35);
    expect(data.families.some((f) => f.languages.includes('tr'))).toBe(true);
    expect(data.families.some((f) => f.languages.includes('ar'))).toBe(true);
    expect(data.families.some((f) => f.languages.includes('uk'))).toBe(true);

    const membersOf = countBy(data.persons, (p) => `${p.familyId}/${p.relation}`);
    for (const f of data.families) {
      const parents = membersOf.get(`${f.id}/parent`) ?? 0;
      expect(parents).toBeGreaterThanOrEqual(1);
      expect(parents).toBeLessThanOrEqual(2);
      expect(membersOf.get(`${f.id}/child`)).toBe(f.childrenCount);
    }
    const todayYear = Number(berlinParts(TODAY).date.slice(0, 4));
    for (const p of data.persons) {
      expect(p.lastNamePhonetic).toBe(koelnerPhonetik(p.lastName));
      if (p.relation === 'child') expect(todayYear - Number(p.birthDate.slice(0, 4))).toBeLessThanOrEqual(18);
      if (p.phone) expect(p.phone).toMatch(/^(0331 [2-9]\d{6}|01[5-7]\d \d{7,8})$/);
      if (p.email) expect(p.email).toMatch(/^[a-z0-9._-]+@[a-z-]+\.example$/);
    }
    const parents = data.persons.filter((p) => p.relation === 'parent');
    const withPhone = parents.filter((p) => p.phone).length / parents.length;
    const withEmail = parents.filter((p) => p.email).length / parents.length;
    expect(withPhone).toBeGreaterThan(0.6);
    expect(withPhone).toBeLessThan(0.8);
    expect(withEmail).toBeGreaterThan(0.3);
    expect(withEmail).toBeLessThan(0.5);
  });

  it('dates family contacts after the family was created and sets lastActivityAt to the latest', () => {
    const familyById = new Map(data.families.map((f) => [f.id, f]));
    const contactsOf = new Map<string, string[]>();
    for (const c of data.contacts) {
      if (!c.familyId) continue;
      const family = familyById.get(c.familyId);
      expect(family).toBeDefined();
      expect(c.districtCode).toBe(family?.districtCode);
      expect(new Date(c.occurredAt).getTime()).toBeGreaterThanOrEqual(
        new Date(family?.createdAt ?? 0).getTime() - 60 * 60_000,
      );
      contactsOf.set(c.familyId, [...(contactsOf.get(c.familyId) ?? []), c.occurredAt]);
    }
    for (const f of data.families) {
      const times = contactsOf.get(f.id) ?? [];
      expect(times.length).toBeGreaterThanOrEqual(1);
      for (const t of times) expect(f.lastActivityAt >= t).toBe(true);
    }
    for (const n of data.needs) {
      if (n.familyId && n.resolvedAt)
        expect((familyById.get(n.familyId)?.lastActivityAt ?? '') >= n.resolvedAt).toBe(true);
    }
    // a closed family has nothing left open
    const closed = new Set(data.families.filter((f) => f.status === 'closed').map((f) => f.id));
    expect(closed.size).toBeGreaterThan(0);
    expect(
      data.needs.some((n) => n.familyId && closed.has(n.familyId) && ['open', 'referred'].includes(n.status)),
    ).toBe(false);
  });

  it('gives ~60% of active families follow-ups, with overdue and due ones for the demo counsellor', () => {
    const familyById = new Map(data.families.map((f) => [f.id, f]));
    const active = data.families.filter((f) => f.status === 'active');
    const withFollowUps = new Set(data.followUps.map((f) => f.familyId));
    expect(withFollowUps.size / active.length).toBeGreaterThan(0.45);
    expect(withFollowUps.size / active.length).toBeLessThan(0.75);
    const todayDay = berlinDayOf(TODAY);
    for (const f of data.followUps) {
      const family = familyById.get(f.familyId);
      expect(family?.status).toBe('active');
      expect(f.assigneeEmail).toBe(family?.ownerEmail);
      expect(f.status === 'done').toBe(f.doneAt !== null);
      const dueDay = berlinDayOf(new Date(f.dueAt));
      expect(dueDay).toBeGreaterThanOrEqual(todayDay - 30);
      expect(dueDay).toBeLessThanOrEqual(todayDay + 30);
      expect(f.createdAt < f.dueAt).toBe(true);
      if (f.doneAt) expect(f.doneAt > f.createdAt).toBe(true);
      expect(f.title.length).toBeGreaterThan(0);
      expect(f.title.length).toBeLessThanOrEqual(200);
    }
    const mine = data.followUps.filter((f) => f.assigneeEmail === DEMO_COUNSELLOR && f.status === 'open');
    const overdue = mine.filter((f) => berlinDayOf(new Date(f.dueAt)) < todayDay);
    const soon = mine.filter((f) => [todayDay, todayDay + 1].includes(berlinDayOf(new Date(f.dueAt))));
    expect(overdue.length).toBeGreaterThanOrEqual(15);
    expect(soon.length).toBeGreaterThanOrEqual(10);
    expect(data.followUps.some((f) => f.status === 'done')).toBe(true);
    expect(
      data.followUps.some(
        (f) => f.assigneeEmail !== DEMO_COUNSELLOR && f.status === 'open' && f.dueAt < TODAY.toISOString(),
      ),
    ).toBe(true);
  });

  it('has a handful of handoffs and unread notifications for the demo counsellor and team lead', () => {
    expect(data.handoffs.length).toBeGreaterThanOrEqual(3);
    const familyById = new Map(data.families.map((f) => [f.id, f]));
    for (const h of data.handoffs) {
      expect(h.note).toBeTruthy();
      expect(h.fromEmail).not.toBe(h.toEmail);
      expect(familyById.get(h.familyId)?.ownerEmail).toBe(h.toEmail);
    }
    const unread = (email: string) =>
      data.notifications.filter((n) => n.userEmail === email && n.readAt === null);
    expect(unread(DEMO_COUNSELLOR).length).toBeGreaterThanOrEqual(2);
    expect(unread(DEMO_TEAM_LEAD).length).toBeGreaterThanOrEqual(1);
    expect(
      data.notifications.some((n) => n.type === 'child_protection' && n.userEmail === DEMO_TEAM_LEAD),
    ).toBe(true);
  });

  it('uses unique ids', () => {
    const ids = [
      ...data.families,
      ...data.persons,
      ...data.consents,
      ...data.contacts,
      ...data.needs,
      ...data.followUps,
      ...data.handoffs,
      ...data.notifications,
    ].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
