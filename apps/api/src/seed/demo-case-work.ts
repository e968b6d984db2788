import type { EntityManager } from 'typeorm';
import {
  familyNameKey,
  koelnerPhonetik,
  NEED_CATEGORIES,
  type ConsentForm,
  type ConsentScope,
  type ContactChannel,
  type FamilyStatus,
  type FollowUpStatus,
  type NeedStatus,
  type NeedUrgency,
  type NotificationType,
  type PersonRelation,
  type UnmetReason,
} from '@lotsen/domain';
// Type only: demo-data.ts imports this file for DEMO_STEPS (no runtime cycle).
import type { DemoStep } from './demo-data';
import { Random } from './random';
import { insertRows } from './insert-rows';

/**
 * Demo case work (issue 3, point 10): ~150 families with members, ~1,500 contacts over the last
 * 365 days (about 70% anonymous), their needs, follow-ups, a few handoffs and notifications.
 *
 * `buildDemoCaseWork` is pure: from a seed and "today" it builds every row, with references to
 * offices and staff by name / e-mail and to districts by code, and deterministic ids of its own.
 * Only the Europe/Berlin calendar day of "today" counts: every time lies on an earlier day, so
 * nothing is in the future, and a build on the same day gives the same rows everywhere.
 * `insertDemoCaseWork` resolves the references and writes the rows set-based.
 */

export const DEMO_CASE_WORK_SEED = 'lotsen-demo-case-work-v1';

/** Mirrors DEMO_OFFICES / DEMO_USERS of demo-data.ts (not imported: that file imports this one). */
export const DEMO_CASE_WORK_OFFICES = {
  main: 'Familienbüro Potsdam',
  schlaatz: 'Familienbüro Außenstelle Schlaatz',
} as const;
export type DemoOfficeKey = keyof typeof DEMO_CASE_WORK_OFFICES;

export const DEMO_COUNSELLOR = 'beratung@familienbuero.example';
export const DEMO_TEAM_LEAD = 'teamleitung@familienbuero.example';
export const DEMO_SCHLAATZ_COUNSELLOR = 'beratung.schlaatz@familienbuero.example';

/** Staff of each office with their share of families and anonymous contacts. */
const STAFF: Record<DemoOfficeKey, Record<string, number>> = {
  main: { [DEMO_COUNSELLOR]: 0.7, [DEMO_TEAM_LEAD]: 0.3 },
  schlaatz: { [DEMO_SCHLAATZ_COUNSELLOR]: 1 },
};

// ------------------------------------------------------------------------------------------
// Rows (camelCase; references by office key, e-mail and district code)

export interface DemoFamilyRow {
  id: string;
  officeKey: DemoOfficeKey;
  ownerEmail: string;
  name: string;
  namePhonetic: string;
  districtCode: string;
  householdSize: number;
  childrenCount: number;
  singleParent: boolean;
  languages: string[];
  interpreterNeeded: boolean;
  status: FamilyStatus;
  lastActivityAt: string;
  createdByEmail: string;
  createdAt: string;
  updatedAt: string;
}

export interface DemoPersonRow {
  id: string;
  familyId: string;
  officeKey: DemoOfficeKey;
  relation: PersonRelation;
  firstName: string;
  lastName: string;
  lastNamePhonetic: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  createdAt: string;
}

export interface DemoConsentRow {
  id: string;
  familyId: string;
  officeKey: DemoOfficeKey;
  scope: ConsentScope;
  form: ConsentForm;
  givenAt: string;
  recordedByEmail: string;
}

export interface DemoContactRow {
  id: string;
  familyId: string | null;
  officeKey: DemoOfficeKey;
  counsellorEmail: string;
  occurredAt: string;
  channel: ContactChannel;
  durationMinutes: number;
  districtCode: string;
  summary: string | null;
  notes: string | null;
  confidential: boolean;
  createdAt: string;
}

export interface DemoNeedRow {
  id: string;
  familyId: string | null;
  contactId: string;
  officeKey: DemoOfficeKey;
  categoryKey: string;
  description: string | null;
  urgency: NeedUrgency;
  status: NeedStatus;
  unmetReason: UnmetReason | null;
  identifiedAt: string;
  resolvedAt: string | null;
  createdByEmail: string;
  createdAt: string;
  updatedAt: string;
}

export interface DemoFollowUpRow {
  id: string;
  familyId: string;
  officeKey: DemoOfficeKey;
  needId: string | null;
  assigneeEmail: string;
  title: string;
  dueAt: string;
  status: FollowUpStatus;
  doneAt: string | null;
  note: string | null;
  createdByEmail: string;
  createdAt: string;
  updatedAt: string;
}

export interface DemoHandoffRow {
  id: string;
  familyId: string;
  officeKey: DemoOfficeKey;
  fromEmail: string;
  toEmail: string;
  byEmail: string;
  note: string;
  createdAt: string;
}

export interface DemoNotificationRow {
  id: string;
  userEmail: string;
  type: NotificationType;
  title: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface DemoCaseWork {
  families: DemoFamilyRow[];
  persons: DemoPersonRow[];
  consents: DemoConsentRow[];
  contacts: DemoContactRow[];
  needs: DemoNeedRow[];
  followUps: DemoFollowUpRow[];
  handoffs: DemoHandoffRow[];
  notifications: DemoNotificationRow[];
}

export interface DemoCaseWorkOptions {
  /** The real "now" at seed time; only its Europe/Berlin calendar day is used. */
  today: Date;
  seed?: string;
  families?: number;
  contacts?: number;
}

// ------------------------------------------------------------------------------------------
// Time in Europe/Berlin without a time-zone library (EU rule: summer time from the last Sunday
// of March 01:00 UTC to the last Sunday of October 01:00 UTC). Days are counted from 1970-01-01.

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

function lastSundayMs(year: number, month0: number): number {
  const lastDay = Date.UTC(year, month0 + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS;
}

function isBerlinSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSundayMs(year, 2) + HOUR_MS && utcMs < lastSundayMs(year, 9) + HOUR_MS;
}

/** The Europe/Berlin calendar day of an instant, as days since 1970-01-01. */
export function berlinDayOf(date: Date): number {
  const ms = date.getTime();
  return Math.floor((ms + (isBerlinSummerTime(ms) ? 2 : 1) * HOUR_MS) / DAY_MS);
}

/** The instant of a Europe/Berlin wall-clock time on a day (not meant for 02:00–03:00). */
export function berlinTime(day: number, hour: number, minute = 0): Date {
  const naive = day * DAY_MS + (hour * 60 + minute) * MINUTE_MS;
  const winter = naive - HOUR_MS;
  return new Date(isBerlinSummerTime(winter) ? naive - 2 * HOUR_MS : winter);
}

const weekday = (day: number): number => new Date(day * DAY_MS).getUTCDay(); // 0 = Sunday
const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const addMinutes = (d: Date, minutes: number): Date => new Date(d.getTime() + minutes * MINUTE_MS);
const iso = (d: Date): string => d.toISOString();
const maxDate = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

/** Public holidays in Brandenburg (the office is closed). */
function holidays(year: number): number[] {
  const day = (m: number, d: number) => Math.floor(Date.UTC(year, m - 1, d) / DAY_MS);
  // Easter Sunday (anonymous Gregorian algorithm)
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const easter = day(month, ((h + l - 7 * m + 114) % 31) + 1);
  return [
    day(1, 1),
    easter - 2,
    easter + 1,
    day(5, 1),
    easter + 39,
    easter + 50,
    day(10, 3),
    day(10, 31),
    day(12, 25),
    day(12, 26),
  ];
}

/** The day itself when it is an office day in [min, max], else the nearest such day (or the day). */
function nearestOfficeDay(
  day: number,
  min: number,
  max: number,
  isOfficeDay: (day: number) => boolean,
): number {
  for (const delta of [0, -1, 1, -2, 2, -3, 3, -4, 4]) {
    const d = day + delta;
    if (d >= min && d <= max && isOfficeDay(d)) return d;
  }
  return Math.min(max, Math.max(min, day));
}

/** Picks days of a window by weight (office days), restricted to a sub-range when asked. */
class DayPicker {
  private readonly prefix: number[] = [0];

  constructor(
    readonly first: number,
    readonly last: number,
    readonly weightOf: (day: number) => number,
  ) {
    for (let day = first; day <= last; day++)
      this.prefix.push(this.prefix[this.prefix.length - 1] + weightOf(day));
  }

  /** A day in [from, to] (clamped to the window) by weight, or null when none has weight. */
  pick(rng: Random, from = this.first, to = this.last): number | null {
    const lo = Math.max(from, this.first) - this.first;
    const hi = Math.min(to, this.last) - this.first + 1;
    if (hi <= lo) return null;
    const total = this.prefix[hi] - this.prefix[lo];
    if (total <= 0) return null;
    const target = this.prefix[lo] + rng.next() * total;
    let a = lo;
    let b = hi - 1;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.prefix[mid + 1] > target) b = mid;
      else a = mid + 1;
    }
    return this.first + a;
  }
}

// ------------------------------------------------------------------------------------------
// Names (Potsdam's families: mostly German, and Turkish, Arabic, Syrian, Ukrainian, Russian,
// Polish, Vietnamese and Afghan names)

type Origin = 'de' | 'tr' | 'arab' | 'syr' | 'ua' | 'ru' | 'pl' | 'vn' | 'af';

interface OriginNames {
  women: readonly string[];
  men: readonly string[];
  girls: readonly string[];
  boys: readonly string[];
  surnames: readonly string[];
  /** Household languages (ISO 639-1) with weights. */
  languages: readonly (readonly [string[], number])[];
}

// prettier-ignore
const NAMES: Record<Origin, OriginNames> = {
  de: {
    women: [
      'Anna', 'Julia', 'Lisa', 'Laura', 'Sarah', 'Katharina', 'Christina', 'Jessica', 'Jennifer', 'Sandra',
      'Stefanie', 'Nadine', 'Nicole', 'Melanie', 'Franziska', 'Maria', 'Sophie', 'Lena', 'Jana', 'Vanessa',
      'Janine', 'Sabrina', 'Kristin', 'Anne', 'Susann', 'Daniela', 'Carolin', 'Theresa', 'Johanna', 'Luisa',
      'Marie', 'Josephine', 'Annika', 'Jacqueline', 'Mandy', 'Peggy', 'Doreen', 'Nancy', 'Madlen',
      'Stephanie', 'Tina', 'Antje', 'Kathleen', 'Christin', 'Juliane', 'Friederike', 'Claudia', 'Michelle',
    ],
    men: [
      'Thomas', 'Michael', 'Andreas', 'Stefan', 'Christian', 'Daniel', 'Martin', 'Sebastian', 'Tobias',
      'Alexander', 'Florian', 'Marcel', 'Dennis', 'Patrick', 'Kevin', 'Philipp', 'Matthias', 'Tim', 'Jan',
      'Felix', 'Lukas', 'Paul', 'Maximilian', 'Robert', 'Steffen', 'Sven', 'René', 'Ronny', 'Marco',
      'Enrico', 'Toni', 'Benjamin', 'David', 'Jonas', 'Johannes', 'Nico', 'Rico', 'Mario', 'Dirk',
      'Christoph', 'Eric',
    ],
    girls: [
      'Emilia', 'Mia', 'Hannah', 'Emma', 'Sofia', 'Lina', 'Mila', 'Ella', 'Clara', 'Lea', 'Leni', 'Marie',
      'Lotta', 'Frieda', 'Ida', 'Mathilda', 'Charlotte', 'Greta', 'Paula', 'Luisa', 'Amelie', 'Johanna',
      'Lia', 'Nele', 'Pia', 'Maja', 'Lara', 'Zoe', 'Finja', 'Jule', 'Leonie', 'Lilly', 'Marlene', 'Helene',
    ],
    boys: [
      'Noah', 'Ben', 'Paul', 'Leon', 'Finn', 'Elias', 'Felix', 'Luis', 'Henry', 'Emil', 'Jonas', 'Theo',
      'Anton', 'Oskar', 'Karl', 'Matteo', 'Luca', 'Mats', 'Jakob', 'Moritz', 'Max', 'Levi', 'Ole', 'Fritz',
      'Tom', 'Linus', 'Lukas', 'Niklas', 'Till', 'Jannik', 'Bruno', 'Samuel', 'Leo', 'Julius',
    ],
    surnames: [
      'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz',
      'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz',
      'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause',
      'Meier', 'Lehmann', 'Schulze', 'Köhler', 'Herrmann', 'König', 'Walter', 'Kaiser', 'Fuchs', 'Peters',
      'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Schubert', 'Vogel', 'Friedrich', 'Keller', 'Günther',
      'Frank', 'Winkler', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Schuster', 'Simon',
      'Ludwig', 'Böhm', 'Winter', 'Kraus', 'Schumacher', 'Krämer', 'Vogt', 'Stein', 'Jäger', 'Otto',
      'Sommer', 'Groß', 'Seidel', 'Heinrich', 'Brandt', 'Haas', 'Schreiber', 'Graf', 'Dietrich', 'Ziegler',
      'Kuhn', 'Pohl', 'Engel', 'Horn', 'Busch', 'Bergmann', 'Voigt', 'Sauer', 'Arnold', 'Pfeiffer', 'Kruse',
      'Lindner', 'Wendt', 'Grunow', 'Pietsch', 'Schenk', 'Nowak', 'Kühne', 'Ulbrich', 'Rietz', 'Hübner',
      'Fiedler',
    ],
    languages: [
      [['de'], 85],
      [['de', 'en'], 15],
    ],
  },
  tr: {
    women: [
      'Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Emine', 'Hatice', 'Merve', 'Büşra', 'Esra', 'Derya', 'Sibel',
      'Gül', 'Yasemin', 'Özlem', 'Canan', 'Serap', 'Aylin', 'Selin', 'Melek', 'Tuğba',
    ],
    men: [
      'Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Murat', 'Emre', 'Serkan', 'Burak',
      'Kemal', 'Osman', 'Yusuf', 'Ömer', 'Cem', 'Can', 'Erkan', 'Volkan', 'Tarık',
    ],
    girls: [
      'Elif', 'Defne', 'Zeynep', 'Ecrin', 'Asya', 'Eylül', 'Azra', 'Nehir', 'Lina', 'Mira', 'Ela', 'Meryem',
    ],
    boys: ['Yusuf', 'Emir', 'Mert', 'Kerem', 'Eymen', 'Ömer', 'Aras', 'Deniz', 'Can', 'Ali', 'Miran', 'Efe'],
    surnames: [
      'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir',
      'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Polat',
      'Güler', 'Acar', 'Korkmaz', 'Erdem',
    ],
    languages: [
      [['tr', 'de'], 75],
      [['tr'], 15],
      [['ku', 'tr'], 10],
    ],
  },
  arab: {
    women: [
      'Fatima', 'Aisha', 'Mariam', 'Noor', 'Zainab', 'Huda', 'Amal', 'Rana', 'Layla', 'Samira', 'Yasmin',
      'Hanan', 'Dina', 'Salma', 'Rasha',
    ],
    men: [
      'Mohammed', 'Ahmad', 'Ali', 'Omar', 'Khaled', 'Hassan', 'Hussein', 'Mahmoud', 'Youssef', 'Ibrahim',
      'Karim', 'Tariq', 'Bilal', 'Samir', 'Walid',
    ],
    girls: ['Sara', 'Lina', 'Maryam', 'Jana', 'Malak', 'Hala', 'Layan', 'Aya', 'Nour', 'Lara', 'Amira'],
    boys: ['Adam', 'Yusuf', 'Omar', 'Ali', 'Hamza', 'Zain', 'Karim', 'Ibrahim', 'Jad', 'Elias', 'Amir'],
    surnames: [
      'Hassan', 'Ali', 'Ibrahim', 'Mahmoud', 'Abdullah', 'Saleh', 'Hussein', 'Khalil', 'Mansour', 'Nasser',
      'Othman', 'Rahman', 'Abbas', 'Hamdan', 'El-Sayed', 'Jaber', 'Al-Zubaidi', 'Al-Obaidi', 'Kadhim',
      'Haidar',
    ],
    languages: [
      [['ar', 'de'], 45],
      [['ar'], 40],
      [['ar', 'en'], 10],
      [['ar', 'fr'], 5],
    ],
  },
  syr: {
    women: [
      'Rasha', 'Ghada', 'Lama', 'Nour', 'Reem', 'Hiba', 'Rahaf', 'Alaa', 'Bushra', 'Dima', 'Rima', 'Ruba',
      'Sawsan', 'Asmaa', 'Nisreen',
    ],
    men: [
      'Mohammad', 'Ahmad', 'Abdulrahman', 'Anas', 'Bashar', 'Fadi', 'Firas', 'Ghaith', 'Hamza', 'Jamal',
      'Majd', 'Mazen', 'Rami', 'Wael', 'Ziad', 'Yaman',
    ],
    girls: ['Sham', 'Joud', 'Tala', 'Rital', 'Lamar', 'Sidra', 'Maya', 'Lana', 'Hala', 'Yara', 'Sara'],
    boys: ['Kinan', 'Yamen', 'Taim', 'Zaid', 'Majd', 'Adam', 'Omar', 'Karam', 'Yazan', 'Elias', 'Ahmad'],
    surnames: [
      'Al-Hassan', 'Al-Ahmad', 'Haddad', 'Darwish', 'Kassem', 'Al-Khatib', 'Sabbagh', 'Hamwi', 'Halabi',
      'Al-Masri', 'Zaher', 'Shamma', 'Al-Hamid', 'Kurdi', 'Alloush', 'Jomaa', 'Hamdo', 'Sheikho', 'Mustafa',
      'Othman',
    ],
    languages: [
      [['ar', 'de'], 45],
      [['ar'], 40],
      [['ku', 'ar'], 10],
      [['ar', 'en'], 5],
    ],
  },
  ua: {
    women: [
      'Olena', 'Oksana', 'Iryna', 'Nataliia', 'Tetiana', 'Svitlana', 'Yuliia', 'Kateryna', 'Anastasiia',
      'Viktoriia', 'Halyna', 'Olha', 'Mariia', 'Alina', 'Daryna',
    ],
    men: [
      'Oleksandr', 'Andrii', 'Serhii', 'Dmytro', 'Volodymyr', 'Mykola', 'Ivan', 'Vasyl', 'Yurii', 'Oleh',
      'Maksym', 'Taras', 'Bohdan', 'Vitalii', 'Roman',
    ],
    girls: [
      'Sofiia', 'Anna', 'Zlata', 'Solomiia', 'Mariia', 'Veronika', 'Polina', 'Milana', 'Varvara', 'Yeva',
    ],
    boys: ['Artem', 'Matvii', 'Maksym', 'Oleksandr', 'Mark', 'Tymofii', 'Bohdan', 'Nazar', 'Illia', 'Danylo'],
    surnames: [
      'Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Koval',
      'Oliinyk', 'Shevchuk', 'Polishchuk', 'Lysenko', 'Marchenko', 'Rudenko', 'Savchenko', 'Petrenko',
      'Moroz', 'Kovalchuk', 'Tkachuk', 'Pavlenko',
    ],
    languages: [
      [['uk', 'ru'], 35],
      [['uk'], 25],
      [['uk', 'en'], 15],
      [['uk', 'de'], 15],
      [['ru'], 10],
    ],
  },
  ru: {
    women: [
      'Jelena', 'Olga', 'Tatjana', 'Natalja', 'Irina', 'Swetlana', 'Anna', 'Jekaterina', 'Marija', 'Julia',
      'Anastasia', 'Xenia', 'Walentina', 'Galina', 'Ljudmila',
    ],
    men: [
      'Alexander', 'Sergej', 'Dmitri', 'Andrej', 'Alexej', 'Michail', 'Iwan', 'Nikolai', 'Wladimir', 'Pawel',
      'Igor', 'Juri', 'Jewgeni', 'Viktor', 'Maxim',
    ],
    girls: ['Sofia', 'Alina', 'Polina', 'Viktoria', 'Anastasia', 'Milana', 'Darja', 'Eva', 'Arina', 'Vera'],
    boys: ['Artjom', 'Maxim', 'Mark', 'Daniel', 'Matwej', 'Timofej', 'Kirill', 'Ilja', 'Nikita', 'Lew'],
    // Russian names and the German names of Russian-German families (Spätaussiedler)
    surnames: [
      'Iwanow', 'Petrow', 'Smirnow', 'Kusnezow', 'Popow', 'Wolkow', 'Sokolow', 'Lebedew', 'Koslow',
      'Morosow', 'Nowikow', 'Fedorow', 'Orlow', 'Sorokin', 'Wassiljew', 'Friesen', 'Klassen', 'Penner',
      'Dück', 'Hildebrandt', 'Dietz', 'Reimer',
    ],
    languages: [
      [['ru', 'de'], 65],
      [['ru'], 35],
    ],
  },
  pl: {
    women: [
      'Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Monika', 'Małgorzata', 'Ewa', 'Aleksandra',
      'Natalia', 'Justyna', 'Karolina', 'Marta', 'Paulina', 'Dorota',
    ],
    men: [
      'Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Łukasz', 'Jakub', 'Adam', 'Grzegorz',
      'Mateusz', 'Kamil', 'Marek', 'Dawid', 'Rafał',
    ],
    girls: ['Zuzanna', 'Julia', 'Zofia', 'Hanna', 'Maja', 'Lena', 'Alicja', 'Oliwia', 'Amelia', 'Laura'],
    boys: ['Antoni', 'Jan', 'Aleksander', 'Franciszek', 'Szymon', 'Filip', 'Jakub', 'Stanisław', 'Mikołaj'],
    surnames: [
      'Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński',
      'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk',
      'Piotrowski', 'Grabowski', 'Pawlak', 'Michalski',
    ],
    languages: [
      [['pl', 'de'], 70],
      [['pl'], 20],
      [['pl', 'en'], 10],
    ],
  },
  vn: {
    women: [
      'Thi Lan', 'Thi Hoa', 'Thu Trang', 'Thi Mai', 'Ngoc Anh', 'Thi Huong', 'Thanh Huyen', 'Thi Hanh',
      'Minh Chau', 'Thi Thuy', 'Thu Ha', 'Bich Ngoc',
    ],
    men: [
      'Van Minh', 'Duc Anh', 'Van Hung', 'Quang Huy', 'Van Long', 'Minh Tuan', 'Van Thanh', 'Hoang Nam',
      'Duc Thang', 'Van Dung', 'Quoc Bao',
    ],
    girls: ['Linh', 'Anh', 'Mai', 'Emily', 'Lina', 'Mia', 'Vy', 'Ngoc', 'Sophie', 'Hanna', 'Nhi'],
    boys: ['Minh', 'Duc', 'Nam', 'Kevin', 'Leon', 'Paul', 'Bao', 'Khang', 'David', 'Tim', 'Huy'],
    surnames: [
      'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Do', 'Ngo', 'Duong', 'Ly',
    ],
    languages: [
      [['vi', 'de'], 65],
      [['vi'], 35],
    ],
  },
  af: {
    women: [
      'Fereshta', 'Mariam', 'Zahra', 'Parwana', 'Shabnam', 'Nilofar', 'Fatima', 'Farzana', 'Sima', 'Mursal',
    ],
    men: ['Ahmad', 'Mohammad', 'Ali', 'Jawad', 'Farid', 'Hamid', 'Mustafa', 'Naweed', 'Rahim', 'Sayed'],
    girls: ['Ayda', 'Mahsa', 'Sara', 'Elaha', 'Hasti', 'Setayesh', 'Maryam', 'Lina', 'Zainab'],
    boys: ['Amir', 'Yasin', 'Arian', 'Mahdi', 'Omid', 'Elias', 'Adam', 'Ali', 'Sina'],
    surnames: [
      'Ahmadi', 'Hashimi', 'Karimi', 'Mohammadi', 'Rahimi', 'Noori', 'Sultani', 'Haidari', 'Rezaei', 'Amiri',
      'Popal', 'Safi',
    ],
    languages: [
      [['fa'], 50],
      [['fa', 'de'], 35],
      [['ps', 'fa'], 15],
    ],
  },
};

const ORIGIN_WEIGHTS: Record<DemoOfficeKey, Record<Origin, number>> = {
  main: { de: 62, tr: 5, arab: 5, syr: 7, ua: 8, ru: 5, pl: 3, vn: 3, af: 2 },
  schlaatz: { de: 40, tr: 7, arab: 8, syr: 14, ua: 11, ru: 8, pl: 3, vn: 4, af: 5 },
};

/** Female form of a Russian or Polish surname ("Iwanow" → "Iwanowa", "Kowalski" → "Kowalska"). */
function feminineSurname(origin: Origin, surname: string): string {
  if (origin === 'ru' && /(ow|ew|in)$/.test(surname)) return `${surname}a`;
  if (origin === 'pl' && /[sc]ki$/.test(surname)) return surname.replace(/ki$/, 'ka');
  return surname;
}

/** Surnames the database search folds with unaccent; e-mail addresses need plain ASCII. */
function ascii(value: string): string {
  return value
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]/g, '');
}

// Reserved .example domains: demo e-mail addresses never reach a real mailbox.
const MAIL_DOMAINS = ['web.example', 'gmx.example', 'posteo.example', 't-online.example', 'mail.example'];
// prettier-ignore
const MOBILE_PREFIXES = [
  '0151', '0152', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173',
  '0174', '0175', '0176', '0177', '0178', '0179',
];

function phoneNumber(rng: Random): string {
  if (rng.chance(0.2)) return `0331 ${rng.int(2, 9)}${rng.digits(6)}`;
  const prefix = rng.pick(MOBILE_PREFIXES);
  return `${prefix} ${rng.int(1, 9)}${rng.digits(prefix.startsWith('015') ? 7 : rng.pick([6, 7]))}`;
}

function emailAddress(rng: Random, first: string, last: string): string {
  const f = ascii(first.split(' ')[0]);
  const l = ascii(last);
  const local = rng.pick([
    `${f}.${l}`,
    `${f}${l}${rng.int(1, 99)}`,
    `${f[0]}.${l}`,
    `${l}.${f}`,
    `${f}_${l}`,
  ]);
  return `${local}@${rng.pick(MAIL_DOMAINS)}`;
}

// ------------------------------------------------------------------------------------------
// Districts, channels, categories

const FAMILY_DISTRICTS: Record<DemoOfficeKey, Record<string, number>> = {
  main: { SR1: 7, SR2: 11, SR3: 24, SR4: 12, SR5: 17, SR6: 18, unknown: 6, outside: 5 },
  schlaatz: { SR1: 1, SR2: 2, SR3: 5, SR4: 8, SR5: 22, SR6: 56, unknown: 3, outside: 3 },
};

const CONTACT_DISTRICTS: Record<DemoOfficeKey, Record<string, number>> = {
  main: { SR1: 6, SR2: 10, SR3: 20, SR4: 13, SR5: 14, SR6: 14, unknown: 18, outside: 5 },
  schlaatz: { SR1: 1, SR2: 2, SR3: 4, SR4: 6, SR5: 18, SR6: 52, unknown: 14, outside: 3 },
};

const CHANNELS: Record<ContactChannel, number> = {
  walk_in: 45,
  phone: 30,
  email: 12,
  outreach: 8,
  video: 3,
  letter: 2,
};

const DURATION: Record<ContactChannel, [number, number]> = {
  walk_in: [10, 45],
  phone: [5, 20],
  email: [5, 15],
  video: [20, 45],
  outreach: [10, 30],
  letter: [5, 15],
};

/** How often a category comes up at the front desk (relative weights). */
const CATEGORY_WEIGHTS: Record<string, number> = {
  kita_gutschein: 14,
  elterngeld: 12,
  unterhaltsvorschuss: 9,
  kindergeld: 6.5,
  kinderzuschlag: 5.5,
  wohngeld: 5,
  bildung_teilhabe: 4.5,
  erziehungsberatung: 4,
  trennung: 3.8,
  schwangerschaft: 3.4,
  fruehe_hilfen: 3,
  hebamme: 3,
  wohnen: 3.2,
  schulden: 2.6,
  migration: 2.8,
  sprache: 2.6,
  behoerden: 3,
  grundsicherung: 2.4,
  kindertagespflege: 2.4,
  hort: 1.8,
  elternbeitraege: 2,
  mutterschutz: 1.4,
  einmalhilfen: 1.4,
  alleinerziehend: 1.4,
  hilfen_erziehung: 0.9,
  gesundheit: 1.4,
  psyche_sucht: 0.9,
  behinderung: 0.9,
  vereinbarkeit: 1.3,
  pflege: 0.4,
  schule: 1.4,
  freizeit: 1.3,
  familienbildung: 1.5,
  sonstiges: 1.4,
  kinderschutz: 0.2,
};

const NEEDS_PER_CONTACT = { '1': 68, '2': 24, '3': 8 };

const LABEL: Record<string, string> = Object.fromEntries(
  NEED_CATEGORIES.map((c) => [c.key, c.labelDe.split(' / ')[0]]),
);

/** Chance and reason of an unmet need: the gaps the city should see (no offer, waitlist). */
function gapOf(category: string, district: string): { p: number; reason: UnmetReason } {
  switch (category) {
    case 'kindertagespflege':
      return {
        p: ({ SR1: 0.5, SR2: 0.35, SR6: 0.45, SR5: 0.3 } as Record<string, number>)[district] ?? 0.12,
        reason: 'no_offer',
      };
    case 'hebamme':
      return {
        p: ({ SR1: 0.5, SR5: 0.45, SR6: 0.5, outside: 0.3 } as Record<string, number>)[district] ?? 0.18,
        reason: 'no_offer',
      };
    case 'wohnen':
      return { p: district === 'SR3' ? 0.45 : 0.35, reason: 'no_offer' };
    case 'fruehe_hilfen':
      return { p: district === 'SR1' ? 0.3 : 0.04, reason: 'no_offer' };
    case 'kita_gutschein':
      return {
        p: ({ SR2: 0.35, SR1: 0.3, SR3: 0.25, SR4: 0.2 } as Record<string, number>)[district] ?? 0.12,
        reason: 'waitlist',
      };
    case 'hort':
    case 'erziehungsberatung':
      return { p: 0.12, reason: 'waitlist' };
    case 'psyche_sucht':
      return { p: 0.2, reason: 'waitlist' };
    case 'sprache':
      return { p: 0.15, reason: 'waitlist' };
    case 'kinderzuschlag':
    case 'wohngeld':
    case 'bildung_teilhabe':
    case 'grundsicherung':
    case 'einmalhilfen':
      return { p: 0.08, reason: 'not_eligible' };
    case 'kinderschutz':
      return { p: 0, reason: 'other' };
    default:
      return { p: 0.03, reason: 'other' };
  }
}

// ------------------------------------------------------------------------------------------
// German texts

const ANONYMOUS_SUMMARIES: Record<string, string[]> = {
  kita_gutschein: ['Fragen zum Kita-Gutschein', 'Kita-Platzsuche', 'Kita-Gutschein: Antrag erklärt'],
  elterngeld: [
    'Fragen zum Elterngeld',
    'Elterngeld Plus und Partnerschaftsbonus',
    'Elterngeldantrag erklärt',
  ],
  unterhaltsvorschuss: ['Unterhaltsvorschuss beantragen', 'Fragen zu Unterhalt und Beistandschaft'],
  kindergeld: ['Kindergeld beantragen', 'Fragen zur Familienkasse'],
  kinderzuschlag: ['Anspruch auf Kinderzuschlag', 'KiZ-Lotse gemeinsam ausgefüllt'],
  wohngeld: ['Wohngeld: Anspruch und Antrag', 'Fragen zum Wohngeld'],
  bildung_teilhabe: ['Bildung und Teilhabe: Schulbedarf', 'BuT-Leistungen erklärt'],
  trennung: ['Fragen zu Umgang und Sorgerecht', 'Trennung: erste Orientierung'],
  hebamme: ['Hebammensuche', 'Suche nach Nachsorgehebamme'],
  wohnen: ['Wohnungssuche und WBS', 'Fragen zum Wohnberechtigungsschein'],
  behoerden: ['Hilfe bei Formularen', 'Geburtsurkunde und Anträge'],
};

const FAMILY_SUMMARIES: Record<ContactChannel, string[]> = {
  walk_in: [
    'Folgegespräch',
    'Unterlagen vorbeigebracht',
    'Antrag gemeinsam ausgefüllt',
    'Bescheid besprochen',
  ],
  phone: ['Rückruf', 'Telefonische Rückfrage', 'Termin telefonisch vereinbart'],
  email: ['Nachfrage per E-Mail', 'Unterlagen per E-Mail erhalten'],
  video: ['Videoberatung'],
  outreach: ['Gespräch in der Sprechstunde vor Ort', 'Gespräch beim Familienfrühstück'],
  letter: ['Kopie des Bescheids per Post erhalten'],
};

const FAMILY_NOTES = [
  'Antrag gemeinsam ausgefüllt; Einkommensnachweise fehlen noch.',
  'Unterlagen vollständig, die Familie gibt den Antrag selbst ab.',
  'Termin bei der Elterngeldstelle telefonisch vereinbart.',
  'Infoblatt mitgegeben; Familie meldet sich nach Eingang des Bescheids.',
  'Kopie der Geburtsurkunde fehlt noch, kommt nächste Woche.',
  'Rückfrage des Amtes besprochen, Antwortschreiben gemeinsam formuliert.',
  'Liste der Kitas im Sozialraum mitgegeben, Anmeldung über das Kita-Portal erklärt.',
  'Familie hat bereits Kontakt zur Beratungsstelle; im Moment kein weiterer Bedarf.',
  'Bescheid liegt vor; Höhe besprochen, alles verstanden.',
  'Fristen notiert, Erinnerung für die Familie auf einem Zettel mitgegeben.',
];

const INTERPRETER_NOTES = [
  'Gespräch mit Sprachmittlerin geführt; Termin für nächste Woche vereinbart.',
  'Infoblatt in der Herkunftssprache mitgegeben; beim nächsten Mal Sprachmittlung einplanen.',
];

const CONFIDENTIAL_NOTES = [
  'Mutter berichtet von starken Konflikten mit dem Kindsvater, Übergaben beim Umgang eskalieren. Wünscht vertrauliche Behandlung; Umgangsbegleitung als Möglichkeit besprochen.',
  'Vater spricht offen über depressive Phasen seit der Trennung; möchte nicht, dass dies im Team besprochen wird. Hinweis auf den Krisendienst gegeben.',
  'Mutter erwähnt Alkoholprobleme des Partners. Sicherheit der Kinder besprochen, aktuell kein akuter Handlungsbedarf. Nächstes Gespräch in zwei Wochen.',
  'Familie hat Mietschulden und Angst vor einer Räumungsklage, großes Schamgefühl. Schuldnerberatung angeboten.',
  'Mutter berichtet von Gewalterfahrungen in der früheren Beziehung; lebt jetzt sicher. Kontakt zur Frauenberatung angeboten.',
  'Jugendliche Tochter hat sich anvertraut (Schulangst, Mobbing). Ausdrücklich vertraulich.',
  'Aufenthaltsrechtliche Unsicherheit; Familie bittet um Vertraulichkeit. Migrationsberatung empfohlen.',
  'Schwangerschaft ist im Umfeld noch nicht bekannt; Mutter wünscht Vertraulichkeit.',
];

const NEED_DESCRIPTIONS: Record<string, string[]> = {
  kita_gutschein: [
    'Kita-Platz ab August gesucht',
    'Kita-Gutschein beantragen, Betreuung 8 Stunden',
    'Wechsel in eine Kita näher an der Wohnung',
  ],
  elterngeld: [
    'Elterngeld Plus, Aufteilung mit dem Partner unklar',
    'Elterngeld nach Geburt des zweiten Kindes',
    'Nachweise vom Arbeitgeber fehlen',
  ],
  unterhaltsvorschuss: [
    'Kindsvater zahlt keinen Unterhalt',
    'Unterhaltsvorschuss beantragen, Vaterschaft anerkannt',
    'Beistandschaft gewünscht',
  ],
  kindergeld: ['Kindergeld für das neugeborene Kind beantragen', 'Familienkasse fordert Nachweise an'],
  kinderzuschlag: ['Anspruch auf Kinderzuschlag prüfen', 'Kinderzuschlag nach Jobwechsel'],
  wohngeld: ['Erstantrag Wohngeld', 'Weiterbewilligung Wohngeld'],
  bildung_teilhabe: ['Schulbedarf und Mittagessen über BuT', 'Zuschuss zur Klassenfahrt'],
  wohnen: ['Wohnung zu klein nach der Geburt, WBS beantragen', 'Suche nach einer größeren Wohnung'],
  hebamme: ['Hebamme für die Nachsorge gesucht, Geburtstermin in 8 Wochen'],
  kindertagespflege: ['Tagespflegeplatz für ein Kind unter 1 Jahr gesucht'],
  trennung: ['Umgangsregelung nach der Trennung', 'Fragen zum gemeinsamen Sorgerecht'],
  erziehungsberatung: ['Schwierigkeiten beim Schlafen, Trotzphase', 'Konflikte mit dem jugendlichen Sohn'],
  schwangerschaft: ['Leistungen in der Schwangerschaft', 'Antrag Bundesstiftung Mutter und Kind'],
  schulden: ['Energieschulden, Sperre angedroht', 'Ratenzahlung mit dem Vermieter'],
  migration: ['Verlängerung des Aufenthaltstitels', 'Familiennachzug'],
  sprache: ['Deutschkurs mit Kinderbetreuung gesucht', 'Sprachmittlung für Termin beim Jugendamt'],
  behoerden: ['Geburtsurkunde beantragen', 'Hilfe beim Ausfüllen von Formularen'],
};

const FOLLOW_UP_TITLES: Record<string, string[]> = {
  kita_gutschein: [
    'Rückruf wegen Kita-Gutschein',
    'Kita-Gutschein: Stand beim Jugendamt erfragen',
    'Kita-Platz: Rückmeldung der Kita nachfragen',
  ],
  elterngeld: ['Unterlagen Elterngeld prüfen', 'Elterngeldantrag: fehlende Nachweise nachfragen'],
  unterhaltsvorschuss: [
    'Antrag Unterhaltsvorschuss nachfassen',
    'Beistandschaft: Termin beim Jugendamt bestätigen',
  ],
  kindergeld: ['Kindergeld: Bescheid der Familienkasse besprechen'],
  kinderzuschlag: ['Kinderzuschlag: Einkommensnachweise prüfen'],
  wohngeld: ['Wohngeldantrag: fehlende Unterlagen nachfragen'],
  bildung_teilhabe: ['BuT-Antrag (Schulbedarf, Mittagessen) nachfassen'],
  erziehungsberatung: ['Termin Erziehungsberatung nachfragen'],
  trennung: ['Rückruf: Umgangsregelung besprechen'],
  schwangerschaft: ['Termin Schwangerschaftsberatung bestätigen'],
  fruehe_hilfen: ['Erstbesuch der Familienhebamme nachfragen'],
  hebamme: ['Hebammensuche: Rückmeldungen nachfragen'],
  wohnen: ['WBS-Antrag: Stand erfragen'],
  schulden: ['Termin Schuldnerberatung nachhalten'],
  migration: ['Aufenthaltstitel: Unterlagen für die Ausländerbehörde prüfen'],
  sprache: ['Anmeldung zum Deutschkurs nachfassen'],
  behoerden: ['Geburtsurkunde: Antrag beim Standesamt nachfassen'],
  grundsicherung: ['Bürgergeld-Bescheid gemeinsam prüfen'],
  kindertagespflege: ['Kindertagespflege: Rückmeldung nachfragen'],
  hort: ['Hortplatz: Antwort der Schule nachfragen'],
  elternbeitraege: ['Beitragsbefreiung Kita: Bescheid nachfragen'],
  kinderschutz: ['Rückmeldung des ASD einholen'],
  schule: ['Lernförderung: Antwort der Schule nachfragen'],
  einmalhilfen: ['Antrag Erstausstattung nachfassen'],
  mutterschutz: ['Mutterschaftsgeld: Bescheinigung nachreichen'],
};
const GENERIC_FOLLOW_UP_TITLES = [
  'Rückruf vereinbaren',
  'Wiedervorlage: Stand besprechen',
  'Nachfragen, ob alles geklappt hat',
];

const FOLLOW_UP_NOTES = [
  'Mutter ruft selbst an, falls der Bescheid vorher kommt.',
  'Bitte vorher die Unterlagen im Verlauf ansehen.',
  'Familie ist vormittags am besten erreichbar.',
];

const HANDOFF_NOTES = [
  'Urlaubsvertretung: bitte die offene Wiedervorlage übernehmen.',
  'Übergabe wegen Arbeitsschwerpunkt Trennung und Unterhalt.',
  'Die Familie wünscht die Beratung durch eine Kollegin.',
  'Längere Abwesenheit; alle offenen Vorgänge sind im Verlauf dokumentiert.',
  'Übernahme zur Entlastung, Fallzahlen ausgleichen.',
  'Bitte Rückruf bis Ende der Woche; Unterlagen liegen vollständig vor.',
];

// ------------------------------------------------------------------------------------------
// The pure generator

interface FamilyDraft {
  row: DemoFamilyRow;
  origin: Origin;
  createdDay: number;
  createdAt: Date;
  engagementEnd: number;
  youngestChildAge: number;
  hasPhone: boolean;
  hasEmail: boolean;
  contacts: ContactDraft[];
  usedCategories: Set<string>;
  /** Set when the owner changed: the contacts before it were the previous owner's. */
  handoff?: { at: Date; from: string; to: string };
  closedAt?: Date;
}

interface ContactDraft {
  row: DemoContactRow;
  at: Date;
  family: FamilyDraft | null;
  first: boolean;
  needs: DemoNeedRow[];
}

const OPEN_STATUSES: readonly NeedStatus[] = ['open', 'referred'];

export function buildDemoCaseWork(options: DemoCaseWorkOptions): DemoCaseWork {
  const seed = options.seed ?? DEMO_CASE_WORK_SEED;
  const familyCount = options.families ?? 150;
  const contactCount = options.contacts ?? 1500;
  const T = berlinDayOf(options.today);
  const firstDay = T - 365;
  const lastDay = T - 1;
  /** Nothing happens at or after the start of today. */
  const todayStart = berlinTime(T, 0, 0);

  const rng = (label: string) => Random.derive(seed, label);
  const ids = rng('ids');

  // --- office days: more on Tuesdays and Thursdays (long hours), outreach on some Saturdays
  const closed = new Set<number>();
  const firstYear = new Date(firstDay * DAY_MS).getUTCFullYear();
  for (let y = firstYear; y <= firstYear + 2; y++) for (const h of holidays(y)) closed.add(h);
  const dayWeight = (day: number): number => {
    if (closed.has(day)) return 0;
    const date = new Date(day * DAY_MS);
    const month = date.getUTCMonth();
    const dom = date.getUTCDate();
    if (month === 11 && (dom === 24 || dom === 31)) return 0;
    const byWeekday = [0, 1.1, 1.2, 0.8, 1.2, 0.75, 0.06][weekday(day)];
    const season = month === 6 ? 0.85 : month === 7 ? 0.75 : month === 11 ? 0.8 : month === 0 ? 1.1 : 1;
    const growth = 0.85 + 0.3 * ((day - firstDay) / 365); // demand grows over the year
    return byWeekday * season * growth;
  };
  const days = new DayPicker(firstDay, lastDay, dayWeight);
  const isOfficeDay = (day: number): boolean => weekday(day) !== 6 && dayWeight(day) > 0;
  const officeTime = (r: Random, day: number): Date => {
    if (weekday(day) === 6) return berlinTime(day, r.int(10, 13), r.int(0, 59));
    const hour = Number(r.weighted({ 8: 1, 9: 3, 10: 4, 11: 4, 12: 2, 13: 2, 14: 3, 15: 3, 16: 2, 17: 1 }));
    return berlinTime(day, hour, r.int(0, 59));
  };

  // --- families and their members
  const fr = rng('families');
  const families: FamilyDraft[] = [];
  const persons: DemoPersonRow[] = [];
  const schlaatzFamilies = Math.round(familyCount * 0.3);
  for (let i = 0; i < familyCount; i++) {
    const officeKey: DemoOfficeKey = i < schlaatzFamilies ? 'schlaatz' : 'main';
    const origin = fr.weighted(ORIGIN_WEIGHTS[officeKey]);
    const names = NAMES[origin];
    const surname = fr.pick(names.surnames);
    const singleParent = fr.chance(0.25);
    const childrenCount = Number(fr.weighted({ 1: 38, 2: 34, 3: 17, 4: 7, 5: 4 }));
    const extraAdult = fr.chance(0.05);
    const languages = [...fr.weightedItem(names.languages, ([, w]) => w)[0]];
    const districtCode = fr.weighted(FAMILY_DISTRICTS[officeKey]);
    const owner = fr.weighted(STAFF[officeKey]);
    const createdDay = days.pick(fr) ?? lastDay;
    const createdAt = officeTime(fr, createdDay);
    const span = Number(fr.weighted({ 30: 25, 90: 30, 180: 25, 365: 20 }));
    const id = ids.uuid();
    const name = fr.chance(0.55) ? `Familie ${surname}` : surname;
    const family: FamilyDraft = {
      origin,
      createdDay,
      createdAt,
      engagementEnd: Math.min(lastDay, createdDay + span),
      youngestChildAge: 0,
      hasPhone: false,
      hasEmail: false,
      contacts: [],
      usedCategories: new Set(),
      row: {
        id,
        officeKey,
        ownerEmail: owner,
        name,
        namePhonetic: familyNameKey(name),
        districtCode,
        householdSize: Math.min(30, (singleParent ? 1 : 2) + childrenCount + (extraAdult ? 1 : 0)),
        childrenCount,
        singleParent,
        languages,
        interpreterNeeded: !languages.includes('de'),
        status: 'active',
        lastActivityAt: '',
        createdByEmail: owner,
        createdAt: '',
        updatedAt: '',
      },
    };
    families.push(family);

    // children: the youngest mostly small, siblings 1–5 years apart
    const ages: number[] = [];
    let age = Number(
      fr.weighted({
        0: 18,
        1: 12,
        2: 10,
        3: 9,
        4: 8,
        5: 7,
        6: 6,
        7: 5,
        8: 5,
        9: 4,
        10: 4,
        11: 3,
        12: 3,
        13: 2,
        14: 2,
        15: 1,
        16: 1,
        17: 1,
      }),
    );
    for (let c = 0; c < childrenCount; c++) {
      ages.push(Math.min(17, age));
      age += Number(fr.weighted({ 1: 2, 2: 4, 3: 3, 4: 2, 5: 1 }));
    }
    family.youngestChildAge = ages[0];
    const oldestBirthDay = T - ages[ages.length - 1] * 365 - fr.int(20, 360);
    const usedFirstNames = new Set<string>();
    const firstNameFrom = (pool: readonly string[]): string => {
      const free = pool.filter((n) => !usedFirstNames.has(n));
      const chosen = fr.pick(free.length > 0 ? free : pool);
      usedFirstNames.add(chosen);
      return chosen;
    };
    const created = iso(addMinutes(createdAt, 20));

    // parents: one for single parents (mostly mothers), else usually both
    const motherFirst = !singleParent || fr.chance(0.88);
    const parentCount = singleParent ? 1 : fr.chance(0.8) ? 2 : 1;
    for (let p = 0; p < parentCount; p++) {
      const female = p === 0 ? motherFirst : !motherFirst;
      const firstName = firstNameFrom(female ? names.women : names.men);
      let lastName = female ? feminineSurname(origin, surname) : surname;
      if (female && origin === 'de' && fr.chance(0.2)) lastName = fr.pick(names.surnames);
      const ageAtFirstBirth = female ? fr.int(19, 37) : fr.int(21, 42);
      const phone = fr.chance(p === 0 ? 0.8 : 0.6) ? phoneNumber(fr) : null;
      const email = fr.chance(p === 0 ? 0.42 : 0.32) ? emailAddress(fr, firstName, lastName) : null;
      family.hasPhone ||= phone !== null;
      family.hasEmail ||= email !== null;
      persons.push({
        id: ids.uuid(),
        familyId: id,
        officeKey,
        relation: 'parent',
        firstName,
        lastName,
        lastNamePhonetic: koelnerPhonetik(lastName),
        birthDate: isoDate(oldestBirthDay - ageAtFirstBirth * 365 - fr.int(0, 364)),
        phone,
        email,
        createdAt: created,
      });
    }
    for (const childAge of [...ages].reverse()) {
      const girl = fr.chance(0.49);
      const lastName = girl ? feminineSurname(origin, surname) : surname;
      const birthDay = childAge === 0 ? T - fr.int(10, 360) : T - childAge * 365 - fr.int(0, 360);
      persons.push({
        id: ids.uuid(),
        familyId: id,
        officeKey,
        relation: 'child',
        firstName: firstNameFrom(girl ? names.girls : names.boys),
        lastName,
        lastNamePhonetic: koelnerPhonetik(lastName),
        birthDate: isoDate(birthDay),
        phone: null,
        email: null,
        createdAt: created,
      });
    }
    if (extraAdult && fr.chance(0.5)) {
      const lastName = feminineSurname(origin, surname);
      persons.push({
        id: ids.uuid(),
        familyId: id,
        officeKey,
        relation: 'other',
        firstName: firstNameFrom(names.women),
        lastName,
        lastNamePhonetic: koelnerPhonetik(lastName),
        birthDate: isoDate(oldestBirthDay - fr.int(42, 55) * 365 - fr.int(0, 364)),
        phone: null,
        email: null,
        createdAt: created,
      });
    }
  }

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

  // --- consents: storing the data (every family), contact by phone / e-mail (some)
  const kr = rng('consents');
  const consents: DemoConsentRow[] = [];
  for (const family of families) {
    const base = {
      familyId: family.row.id,
      officeKey: family.row.officeKey,
      givenAt: iso(addMinutes(family.createdAt, 15)),
      recordedByEmail: family.row.createdByEmail,
    };
    consents.push({
      id: ids.uuid(),
      scope: 'store_data',
      form: kr.weighted({ written: 6, oral: 3, electronic: 1 }),
      ...base,
    });
    if (family.hasPhone && kr.chance(0.5))
      consents.push({ id: ids.uuid(), scope: 'contact_by_phone', form: 'oral', ...base });
    if (family.hasEmail && kr.chance(0.5))
      consents.push({ id: ids.uuid(), scope: 'contact_by_email', form: 'written', ...base });
  }

  // --- the family's last activity: its latest contact, need change, follow-up or handoff
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

  return {
    families: families.map((f) => f.row),
    persons,
    consents,
    contacts: contacts.map((c) => c.row),
    needs,
    followUps,
    handoffs,
    notifications,
  };
}

// ------------------------------------------------------------------------------------------
// Writing it

/** Resolves offices, staff and districts by name, e-mail and code, then inserts every row. */
export async function insertDemoCaseWork(em: EntityManager, data: DemoCaseWork): Promise<boolean> {
  const officeRows: { id: string; name: string }[] = await em.query(
    `SELECT id, name FROM offices WHERE lower(name) = ANY($1)`,
    [Object.values(DEMO_CASE_WORK_OFFICES).map((n) => n.toLowerCase())],
  );
  const office: Partial<Record<DemoOfficeKey, string>> = {};
  for (const [key, name] of Object.entries(DEMO_CASE_WORK_OFFICES) as [DemoOfficeKey, string][]) {
    office[key] = officeRows.find((o) => o.name.toLowerCase() === name.toLowerCase())?.id;
  }
  const staffEmails = Object.values(STAFF).flatMap((s) => Object.keys(s));
  const userRows: { id: string; email: string; office_id: string | null }[] = await em.query(
    `SELECT id, email, office_id FROM users WHERE email = ANY($1) AND role IN ('counsellor', 'team_lead')`,
    [staffEmails],
  );
  const user = new Map(userRows.map((u) => [u.email, u.id]));
  const missing = [
    ...(Object.keys(DEMO_CASE_WORK_OFFICES) as DemoOfficeKey[])
      .filter((k) => !office[k])
      .map((k) => DEMO_CASE_WORK_OFFICES[k]),
    ...(Object.entries(STAFF) as [DemoOfficeKey, Record<string, number>][]).flatMap(([key, staff]) =>
      Object.keys(staff).filter(
        (email) => userRows.find((u) => u.email === email)?.office_id !== office[key] || !office[key],
      ),
    ),
  ];
  if (missing.length > 0) {
    // Demo data must never stop a start: without the demo offices and staff there is nothing to attach it to.
    process.stderr.write(`Demo-Falldaten übersprungen: nicht gefunden: ${missing.join(', ')}\n`);
    return false;
  }
  const districtRows: { id: string; code: string }[] = await em.query(`SELECT id, code FROM districts`);
  const district = new Map(districtRows.map((d) => [d.code, d.id]));

  const officeId = (key: DemoOfficeKey) => office[key] as string;
  const userId = (email: string) => {
    const id = user.get(email);
    if (!id) throw new Error(`demo user ${email} not found`);
    return id;
  };
  const districtId = (code: string) => district.get(code) ?? null;

  await insertRows(
    em,
    'families',
    data.families.map((f) => ({
      id: f.id,
      office_id: officeId(f.officeKey),
      owner_id: userId(f.ownerEmail),
      name: f.name,
      name_phonetic: f.namePhonetic,
      district_id: districtId(f.districtCode),
      household_size: f.householdSize,
      children_count: f.childrenCount,
      single_parent: f.singleParent,
      languages: f.languages,
      interpreter_needed: f.interpreterNeeded,
      status: f.status,
      last_activity_at: f.lastActivityAt,
      created_by_id: userId(f.createdByEmail),
      created_at: f.createdAt,
      updated_at: f.updatedAt,
    })),
  );
  await insertRows(
    em,
    'persons',
    data.persons.map((p) => ({
      id: p.id,
      family_id: p.familyId,
      office_id: officeId(p.officeKey),
      relation: p.relation,
      first_name: p.firstName,
      last_name: p.lastName,
      last_name_phonetic: p.lastNamePhonetic,
      birth_date: p.birthDate,
      phone: p.phone,
      email: p.email,
      created_at: p.createdAt,
      updated_at: p.createdAt,
    })),
  );
  await insertRows(
    em,
    'consents',
    data.consents.map((c) => ({
      id: c.id,
      family_id: c.familyId,
      office_id: officeId(c.officeKey),
      scope: c.scope,
      form: c.form,
      given_at: c.givenAt,
      recorded_by_id: userId(c.recordedByEmail),
      created_at: c.givenAt,
      updated_at: c.givenAt,
    })),
  );
  await insertRows(
    em,
    'contacts',
    data.contacts.map((c) => ({
      id: c.id,
      family_id: c.familyId,
      office_id: officeId(c.officeKey),
      counsellor_id: userId(c.counsellorEmail),
      occurred_at: c.occurredAt,
      channel: c.channel,
      duration_minutes: c.durationMinutes,
      district_id: districtId(c.districtCode),
      summary: c.summary,
      notes: c.notes,
      confidential: c.confidential,
      created_at: c.createdAt,
      updated_at: c.createdAt,
    })),
  );
  await insertRows(
    em,
    'needs',
    data.needs.map((n) => ({
      id: n.id,
      family_id: n.familyId,
      contact_id: n.contactId,
      office_id: officeId(n.officeKey),
      category_key: n.categoryKey,
      description: n.description,
      urgency: n.urgency,
      status: n.status,
      unmet_reason: n.unmetReason,
      identified_at: n.identifiedAt,
      resolved_at: n.resolvedAt,
      created_by_id: userId(n.createdByEmail),
      created_at: n.createdAt,
      updated_at: n.updatedAt,
    })),
  );
  await insertRows(
    em,
    'follow_ups',
    data.followUps.map((f) => ({
      id: f.id,
      family_id: f.familyId,
      office_id: officeId(f.officeKey),
      need_id: f.needId,
      assignee_id: userId(f.assigneeEmail),
      title: f.title,
      due_at: f.dueAt,
      status: f.status,
      done_at: f.doneAt,
      note: f.note,
      created_by_id: userId(f.createdByEmail),
      created_at: f.createdAt,
      updated_at: f.updatedAt,
    })),
  );
  await insertRows(
    em,
    'handoffs',
    data.handoffs.map((h) => ({
      id: h.id,
      family_id: h.familyId,
      office_id: officeId(h.officeKey),
      from_user_id: userId(h.fromEmail),
      to_user_id: userId(h.toEmail),
      by_user_id: userId(h.byEmail),
      note: h.note,
      created_at: h.createdAt,
    })),
  );
  await insertRows(
    em,
    'notifications',
    data.notifications.map((n) => ({
      id: n.id,
      user_id: userId(n.userEmail),
      type: n.type,
      title: n.title,
      link: n.link,
      read_at: n.readAt,
      created_at: n.createdAt,
      updated_at: n.readAt ?? n.createdAt,
    })),
  );
  return true;
}

/** The demo step: today's case work of the two demo offices (no new logins). */
export const demoCaseWorkStep: DemoStep = {
  name: 'demo-case-work-v1',
  async run(em) {
    await insertDemoCaseWork(em, buildDemoCaseWork({ today: new Date() }));
    return [];
  },
};
