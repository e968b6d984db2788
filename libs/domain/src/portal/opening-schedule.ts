/**
 * Structured opening hours (issue 18 point 3): weekly slots in Potsdam's local time
 * (Europe/Berlin). Offers and providers keep their free-text note ("nach Terminvereinbarung")
 * beside them; the portal's "jetzt geöffnet", the staff app and the HSDS `schedules` read these.
 */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OpeningSlot {
  day: Weekday;
  /** `HH:MM`, 00:00–23:59. */
  opens: string;
  /** `HH:MM`, later than `opens` on the same day; 24:00 for "until midnight". */
  closes: string;
}

/** Three slots a day at most, every day of the week. */
export const OPENING_SLOTS_MAX = 21;

export const WEEKDAY_LABELS_DE: Record<Weekday, string> = {
  mo: 'Mo',
  tu: 'Di',
  we: 'Mi',
  th: 'Do',
  fr: 'Fr',
  sa: 'Sa',
  su: 'So',
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** What is wrong with a schedule (German, one line each); empty when it is fine. */
export function openingScheduleProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['Öffnungszeiten müssen eine Liste sein.'];
  if (value.length > OPENING_SLOTS_MAX) return [`Höchstens ${OPENING_SLOTS_MAX} Zeitfenster.`];
  const problems: string[] = [];
  value.forEach((slot: unknown, i) => {
    const s = slot as Partial<OpeningSlot> | null;
    const keys = s && typeof s === 'object' ? Object.keys(s) : [];
    if (!s || keys.some((k) => !['day', 'opens', 'closes'].includes(k))) {
      problems.push(`Zeitfenster ${i + 1}: nur Tag, Beginn und Ende.`);
      return;
    }
    if (!WEEKDAYS.includes(s.day as Weekday)) problems.push(`Zeitfenster ${i + 1}: unbekannter Wochentag.`);
    if (typeof s.opens !== 'string' || !TIME.test(s.opens) || s.opens === '24:00')
      problems.push(`Zeitfenster ${i + 1}: Beginn als HH:MM.`);
    else if (typeof s.closes !== 'string' || !TIME.test(s.closes))
      problems.push(`Zeitfenster ${i + 1}: Ende als HH:MM.`);
    else if (minutes(s.closes) <= minutes(s.opens))
      problems.push(`Zeitfenster ${i + 1}: Ende nach dem Beginn.`);
  });
  if (problems.length > 0) return problems;
  const slots = sortSlots(value as OpeningSlot[]);
  for (let i = 1; i < slots.length; i++) {
    const [a, b] = [slots[i - 1], slots[i]];
    if (a.day === b.day && minutes(b.opens) < minutes(a.closes))
      problems.push(`${WEEKDAY_LABELS_DE[a.day]}: Zeitfenster überschneiden sich.`);
  }
  return problems;
}

/** The slots by weekday (Monday first), then by time. */
export function sortSlots(slots: readonly OpeningSlot[]): OpeningSlot[] {
  return [...slots].sort(
    (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || minutes(a.opens) - minutes(b.opens),
  );
}

/** The weekday and time of `at` in Potsdam. */
export function berlinWeekdayTime(at: Date): { day: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = get('weekday').slice(0, 2).toLowerCase() as Weekday;
  return { day, time: `${get('hour')}:${get('minute')}` };
}

/** Is it open at `at` (Potsdam time)? A slot includes its opening minute, not its closing one. */
export function isOpenAt(slots: readonly OpeningSlot[], at: Date): boolean {
  const { day, time } = berlinWeekdayTime(at);
  const now = minutes(time);
  return slots.some((s) => s.day === day && minutes(s.opens) <= now && now < minutes(s.closes));
}

/** Europe/Berlin's offset from UTC at `at`, in hours (1 in winter, 2 in summer). */
export function berlinUtcOffsetHours(at: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d+)?/.exec(name ?? '');
  return match?.[1] ? Number(match[1]) : 0;
}

/** "Mo 09:00–12:00, 14:00–18:00; Di 09:00–12:00" — the slots as one German line. */
export function formatOpeningSchedule(slots: readonly OpeningSlot[]): string {
  const byDay = new Map<Weekday, string[]>();
  for (const s of sortSlots(slots)) byDay.set(s.day, [...(byDay.get(s.day) ?? []), `${s.opens}–${s.closes}`]);
  return [...byDay].map(([day, times]) => `${WEEKDAY_LABELS_DE[day]} ${times.join(', ')}`).join('; ');
}

const DAY_DE: Record<string, Weekday> = {
  mo: 'mo',
  di: 'tu',
  mi: 'we',
  do: 'th',
  fr: 'fr',
  sa: 'sa',
  so: 'su',
};

/**
 * Reads the common German form of a free-text note ("Mo–Fr 9–12 Uhr, Do 14–18 Uhr",
 * "Mo, Mi 9–16 Uhr", "Di 9–12 und 14–18 Uhr") into slots — for the demo data and as a suggestion
 * in the staff app. Only the part before a ';' counts; anything it does not understand fully
 * ("nach Termin", "jeden 2. Mittwoch", "in den Schulferien", "Do bis 18 Uhr") gives null, so a
 * note is never turned into wrong hours.
 */
export function parseOpeningHours(text: string | null | undefined): OpeningSlot[] | null {
  if (!text) return null;
  const main = text
    .split(';')[0]
    .replace(/\s*Uhr\b/g, '')
    .trim();
  const slots: OpeningSlot[] = [];
  // groups "Mo–Fr 9–12 und 14–18" separated by ", " between a time and a weekday
  const groups = main.split(/(?<=\d)\s*,\s*(?=(?:Mo|Di|Mi|Do|Fr|Sa|So)\b)/);
  for (const raw of groups) {
    const group = raw.trim();
    const m =
      /^((?:Mo|Di|Mi|Do|Fr|Sa|So)(?:\s*[–-]\s*(?:Mo|Di|Mi|Do|Fr|Sa|So)|(?:\s*(?:,|und)\s*(?:Mo|Di|Mi|Do|Fr|Sa|So))*))\s+(.+)$/.exec(
        group,
      );
    if (!m) return null;
    const days = expandDays(m[1]);
    const times = m[2].split(/\s*(?:und|,)\s*/);
    for (const t of times) {
      const range = /^(\d{1,2})(?::(\d{2}))?\s*[–-]\s*(\d{1,2})(?::(\d{2}))?$/.exec(t.trim());
      if (!range) return null;
      const opens = `${range[1].padStart(2, '0')}:${range[2] ?? '00'}`;
      const closes = `${range[3].padStart(2, '0')}:${range[4] ?? '00'}`;
      for (const day of days) slots.push({ day, opens, closes });
    }
  }
  return slots.length > 0 && openingScheduleProblems(slots).length === 0 ? sortSlots(slots) : null;
}

function expandDays(spec: string): Weekday[] {
  const range = /^(\w{2})\s*[–-]\s*(\w{2})$/.exec(spec);
  if (range) {
    const [from, to] = [
      WEEKDAYS.indexOf(DAY_DE[range[1].toLowerCase()]),
      WEEKDAYS.indexOf(DAY_DE[range[2].toLowerCase()]),
    ];
    return WEEKDAYS.slice(from, to + 1);
  }
  return spec.split(/\s*(?:,|und)\s*/).map((d) => DAY_DE[d.toLowerCase()]);
}
