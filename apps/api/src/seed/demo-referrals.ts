import type { EntityManager } from 'typeorm';
import {
  needStatusFromReferrals,
  type ConsentForm,
  type DeclineReason,
  type FamilyStatus,
  type FollowUpStatus,
  type NeedStatus,
  type OfferCapacity,
  type ProviderKind,
  type ReferralMode,
  type ReferralOutcome,
  type ReferralStatus,
  type UnmetReason,
} from '@lotsen/domain';
import { berlinDayOf, berlinTime } from './demo-case-work';
// Type only: demo-data.ts imports this file for DEMO_STEPS (no runtime cycle).
import type { DemoStep } from './demo-data';
import { Random } from './random';
import { insertRows } from './insert-rows';

/**
 * Demo provider directory and referrals (issue 4, point 2): ~40 providers and ~80 offers that look
 * like Potsdam's landscape (fictional names, `.example` addresses), and referrals in every state
 * for the needs of the demo families.
 *
 * `buildDemoReferrals` is pure: from a seed, "today" and the case work already in the database
 * (families, needs, follow-ups — read back by the step, so it fits whatever day the case-work step
 * ran) it builds every row with deterministic ids. Only the Europe/Berlin calendar day of "today"
 * counts; every time lies before its start. The referrals agree with the needs' statuses
 * (`needStatusFromReferrals` of libs/domain leaves every need as it is), every warm referral that
 * was sent has a `share_with_provider` consent given before it was sent, and the demo provider
 * user (`traeger@familienbuero.example`) gets a provider with ~10 open warm referrals.
 * `insertDemoReferrals` writes it set-based.
 */

export const DEMO_REFERRALS_SEED = 'lotsen-demo-referrals-v1';
export const DEMO_PROVIDER_USER = 'traeger@familienbuero.example';
/** The provider the demo provider user works for. */
export const DEMO_PROVIDER_KEY = 'familiennetz';

/** How many open warm referrals (sent, accepted, in progress) the demo provider should have. */
const DEMO_PROVIDER_OPEN_QUOTA = 11;

// ------------------------------------------------------------------------------------------
// Input (read from the database, or from buildDemoCaseWork in tests) and output rows

export interface DemoReferralFamilyInput {
  id: string;
  officeId: string;
  ownerId: string;
  status: FamilyStatus;
  districtCode: string | null;
  languages: string[];
  lastActivityAt: string;
}

export interface DemoReferralNeedInput {
  id: string;
  familyId: string;
  categoryKey: string;
  status: NeedStatus;
  unmetReason: UnmetReason | null;
  identifiedAt: string;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DemoReferralFollowUpInput {
  id: string;
  needId: string | null;
  title: string;
  status: FollowUpStatus;
  createdAt: string;
  doneAt: string | null;
}

export interface DemoReferralsInput {
  families: DemoReferralFamilyInput[];
  needs: DemoReferralNeedInput[];
  followUps: DemoReferralFollowUpInput[];
}

export interface DemoProviderRow {
  id: string;
  key: string;
  name: string;
  kind: ProviderKind;
  address: string;
  districtCode: string;
  phone: string;
  email: string;
  website: string;
  languages: string[];
  createdAt: string;
}

export interface DemoOfferRow {
  id: string;
  providerId: string;
  title: string;
  description: string;
  categoryKeys: string[];
  /** Empty: the whole city. */
  districtCodes: string[];
  languages: string[];
  ageFrom: number | null;
  ageTo: number | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  openingHours: string;
  capacity: OfferCapacity;
  addressHidden: boolean;
  createdAt: string;
}

export interface DemoProviderConsentRow {
  id: string;
  familyId: string;
  officeId: string;
  providerId: string;
  form: ConsentForm;
  givenAt: string;
  expiresAt: string | null;
  recordedById: string;
}

export interface DemoReferralRow {
  id: string;
  needId: string;
  familyId: string;
  officeId: string;
  counsellorId: string;
  offerId: string;
  providerId: string;
  mode: ReferralMode;
  consentId: string | null;
  status: ReferralStatus;
  sentAt: string | null;
  respondedAt: string | null;
  completedAt: string | null;
  outcome: ReferralOutcome | null;
  declineReason: DeclineReason | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DemoReferrals {
  providers: DemoProviderRow[];
  offers: DemoOfferRow[];
  consents: DemoProviderConsentRow[];
  referrals: DemoReferralRow[];
  /** Follow-ups "Rückmeldung zur Vermittlung nachfragen: …" of the case work, now tied to their referral. */
  followUpLinks: { followUpId: string; referralId: string }[];
  /** Needs whose referrals changed them later than their last update. */
  needUpdates: { needId: string; updatedAt: string }[];
  /** Families whose last activity is a referral or consent. */
  familyUpdates: { familyId: string; lastActivityAt: string }[];
  demoProviderId: string;
}

export interface DemoReferralsOptions {
  /** The real "now" at seed time; only its Europe/Berlin calendar day is used. */
  today: Date;
  seed?: string;
  caseWork: DemoReferralsInput;
}

// ------------------------------------------------------------------------------------------
// The directory: fictional providers in Potsdam's districts (SR1 … SR6 = Sozialraum I … VI)

interface OfferSeed {
  title: string;
  description: string;
  categories: string[];
  /** District codes; none = the whole city. */
  districts?: string[];
  /** Defaults to the provider's languages. */
  languages?: string[];
  ages?: [number, number];
  capacity?: OfferCapacity;
  hours: string;
  /** Defaults to the provider's address. */
  address?: string;
  /** A telephone number of its own (hotline). */
  ownPhone?: boolean;
  hidden?: boolean;
}

interface ProviderSeed {
  key: string;
  name: string;
  kind: ProviderKind;
  address: string;
  district: string;
  /** E-mail and web domain (reserved `.example`). City departments share one. */
  domain: string;
  mailbox?: string;
  path?: string;
  languages: string[];
  offers: OfferSeed[];
}

const CITY = 'potsdam-stadt.example';
const CITY_HALL = 'Am Kanal 41, 14467 Potsdam';
const SCHLAATZ = 'Bürgerhaus am Schlaatz, Schilfhof 28, 14478 Potsdam';
const STERN = 'Begegnungszentrum Stern, Galileistraße 37, 14480 Potsdam';

// prettier-ignore
const PROVIDERS: readonly ProviderSeed[] = [
  // --- city departments
  {
    key: 'elterngeld', name: 'Elterngeldstelle Potsdam', kind: 'city_department', address: CITY_HALL, district: 'SR3',
    domain: CITY, mailbox: 'elterngeld', path: 'elterngeld', languages: ['de', 'en'],
    offers: [
      { title: 'Elterngeld und ElterngeldPlus: Antrag und Beratung', categories: ['elterngeld'],
        description: 'Beratung zu Basiselterngeld, ElterngeldPlus und Partnerschaftsbonus; Prüfung des Antrags vor der Abgabe.',
        hours: 'Di 9–12 und 13–18 Uhr, Do 9–12 Uhr; Termine nach Vereinbarung' },
      { title: 'Elterngeld-Sprechstunde im Bürgerhaus Schlaatz', categories: ['elterngeld', 'mutterschutz'],
        description: 'Offene Sprechstunde vor Ort: Fragen zu Elterngeld, Elternzeit und Mutterschaftsgeld, Hilfe beim Antrag.',
        districts: ['SR5', 'SR6'], languages: ['de'], hours: 'jeden 2. und 4. Mittwoch 10–12 Uhr', address: SCHLAATZ },
    ],
  },
  {
    key: 'uvk', name: 'Unterhaltsvorschusskasse Potsdam', kind: 'city_department', address: CITY_HALL, district: 'SR3',
    domain: CITY, mailbox: 'unterhaltsvorschuss', path: 'unterhaltsvorschuss', languages: ['de'],
    offers: [
      { title: 'Unterhaltsvorschuss: Antrag und Beratung', categories: ['unterhaltsvorschuss', 'alleinerziehend'],
        description: 'Unterhaltsvorschuss für Kinder bis 18 Jahre, wenn der andere Elternteil nicht oder nicht regelmäßig zahlt.',
        ages: [0, 17], hours: 'Mo 9–12 Uhr, Di 13–18 Uhr, Do 9–12 Uhr' },
    ],
  },
  {
    key: 'beistandschaft', name: 'Jugendamt Potsdam – Beistandschaften und Beurkundungen', kind: 'city_department',
    address: 'Hegelallee 17, 14467 Potsdam', district: 'SR3', domain: CITY, mailbox: 'beistandschaft', path: 'beistandschaft',
    languages: ['de'],
    offers: [
      { title: 'Beistandschaft für Unterhalt und Vaterschaft', categories: ['unterhaltsvorschuss', 'trennung'],
        description: 'Das Jugendamt als Beistand: Feststellung der Vaterschaft, Berechnung und Durchsetzung des Kindesunterhalts.',
        ages: [0, 17], hours: 'Di 9–12 und 14–18 Uhr, Do 9–12 Uhr' },
      { title: 'Beurkundung von Vaterschaft und Sorgeerklärung', categories: ['trennung', 'behoerden'],
        description: 'Kostenlose Beurkundung von Vaterschaftsanerkennung, Sorgeerklärung und Unterhaltsverpflichtung.',
        hours: 'nach Terminvereinbarung' },
    ],
  },
  {
    key: 'kitaservice', name: 'Kitaservice Potsdam – Kita-Gutschein-Stelle', kind: 'city_department', address: CITY_HALL,
    district: 'SR3', domain: CITY, mailbox: 'kitaservice', path: 'kita', languages: ['de', 'en'],
    offers: [
      { title: 'Kita-Gutschein: Antrag und Platzsuche', categories: ['kita_gutschein'],
        description: 'Antrag auf den Kita-Gutschein, Beratung zum Betreuungsumfang und zur Platzsuche über das Kita-Portal.',
        ages: [0, 6], capacity: 'waitlist', hours: 'Mo 9–12 Uhr, Di 13–18 Uhr, Do 9–12 Uhr; telefonisch Mo–Fr 9–12 Uhr' },
      { title: 'Vermittlung in die Kindertagespflege', categories: ['kindertagespflege', 'kita_gutschein'],
        description: 'Vermittlung von Plätzen bei Tagesmüttern und Tagesvätern für Kinder unter drei Jahren.',
        ages: [0, 3], capacity: 'waitlist', hours: 'Di 13–18 Uhr, Do 9–12 Uhr' },
      { title: 'Hort- und Ganztagsplätze', categories: ['hort'],
        description: 'Hortgutschein und Plätze in der Ganztagsbetreuung für Grundschulkinder.',
        ages: [6, 12], hours: 'Di 13–18 Uhr, Do 9–12 Uhr' },
      { title: 'Elternbeiträge und Beitragsbefreiung', categories: ['elternbeitraege'],
        description: 'Berechnung der Elternbeiträge, Ermäßigung und Befreiung bei geringem Einkommen.',
        ages: [0, 12], hours: 'Mo–Fr 9–12 Uhr telefonisch' },
    ],
  },
  {
    key: 'wohngeld', name: 'Wohngeldstelle Potsdam', kind: 'city_department', address: CITY_HALL, district: 'SR3',
    domain: CITY, mailbox: 'wohngeld', path: 'wohngeld', languages: ['de'],
    offers: [
      { title: 'Wohngeld: Erstantrag und Weiterbewilligung', categories: ['wohngeld'],
        description: 'Mietzuschuss und Lastenzuschuss; Hilfe beim Antrag und bei der Weiterbewilligung.',
        hours: 'Di 9–12 und 13–18 Uhr, Do 9–12 Uhr' },
    ],
  },
  {
    key: 'wohnen', name: 'Fachbereich Wohnen – Wohnberechtigung und Wohnungsnotfälle', kind: 'city_department',
    address: 'Hegelallee 17, 14467 Potsdam', district: 'SR3', domain: CITY, mailbox: 'wohnen', path: 'wohnen', languages: ['de'],
    offers: [
      { title: 'Wohnberechtigungsschein (WBS)', categories: ['wohnen'],
        description: 'Antrag auf einen Wohnberechtigungsschein, Auskunft zu belegungsgebundenen Wohnungen.',
        hours: 'Di 9–12 und 13–18 Uhr' },
      { title: 'Beratung bei drohendem Wohnungsverlust', categories: ['wohnen', 'schulden'],
        description: 'Hilfe bei Mietschulden, Kündigung oder Räumungsklage; Vermittlung in Notunterkünfte.',
        hours: 'Mo–Fr 8–12 Uhr, Di 13–18 Uhr', ownPhone: true },
    ],
  },
  {
    key: 'asd', name: 'Jugendamt Potsdam – Allgemeiner Sozialer Dienst', kind: 'city_department',
    address: 'Hegelallee 17, 14467 Potsdam', district: 'SR3', domain: CITY, mailbox: 'asd', path: 'asd', languages: ['de'],
    offers: [
      { title: 'ASD Regionalteam Nord', categories: ['hilfen_erziehung', 'kinderschutz'], districts: ['SR1', 'SR2'],
        description: 'Beratung und Hilfen zur Erziehung für Familien in den nördlichen Ortsteilen und Potsdam Nord.',
        ages: [0, 17], hours: 'Mo–Fr 8–16 Uhr; Kinderschutz-Notruf rund um die Uhr', address: 'Kirschallee 3, 14469 Potsdam' },
      { title: 'ASD Regionalteam Mitte', categories: ['hilfen_erziehung', 'kinderschutz'], districts: ['SR3', 'SR4', 'unknown', 'outside'],
        description: 'Beratung und Hilfen zur Erziehung für Familien in der Innenstadt, Potsdam West und Babelsberg.',
        ages: [0, 17], hours: 'Mo–Fr 8–16 Uhr; Kinderschutz-Notruf rund um die Uhr' },
      { title: 'ASD Regionalteam Süd', categories: ['hilfen_erziehung', 'kinderschutz'], districts: ['SR5', 'SR6'],
        description: 'Beratung und Hilfen zur Erziehung für Familien am Stern, in Drewitz, Kirchsteigfeld, am Schlaatz und in der Waldstadt.',
        ages: [0, 17], hours: 'Mo–Fr 8–16 Uhr; Kinderschutz-Notruf rund um die Uhr', address: 'Gagarinstraße 5, 14480 Potsdam' },
    ],
  },
  {
    key: 'buergerservice', name: 'Bürgerservice Potsdam', kind: 'city_department', address: CITY_HALL, district: 'SR3',
    domain: CITY, mailbox: 'buergerservice', path: 'buergerservice', languages: ['de', 'en'],
    offers: [
      { title: 'Bürgerservice: Anmeldung, Ausweise, Bescheinigungen', categories: ['behoerden', 'sonstiges'],
        description: 'Wohnsitzanmeldung, Personalausweis und Reisepass, Kinderreisepass, Meldebescheinigungen; Wegweiser zu allen Ämtern.',
        hours: 'Mo 8–13 Uhr, Di und Do 9–18 Uhr, Fr 8–12 Uhr; Termine online' },
      { title: 'Mobiler Bürgerservice in den nördlichen Ortsteilen', categories: ['behoerden'], districts: ['SR1'],
        description: 'Der Bürgerservice kommt in die Ortsteile: Ausweise, Anmeldungen und Auskünfte vor Ort.',
        languages: ['de'], hours: 'jeden 1. Dienstag 10–15 Uhr im Wechsel Fahrland / Groß Glienicke',
        address: 'Ortsteilbüro Fahrland, Ketziner Straße 12, 14476 Potsdam' },
    ],
  },
  {
    key: 'but', name: 'Servicestelle Bildung und Teilhabe', kind: 'city_department', address: CITY_HALL, district: 'SR3',
    domain: CITY, mailbox: 'but', path: 'bildung-und-teilhabe', languages: ['de'],
    offers: [
      { title: 'Bildung und Teilhabe: Schulbedarf, Mittagessen, Klassenfahrten', categories: ['bildung_teilhabe'],
        description: 'Leistungen für Kinder aus Familien mit Bürgergeld, Wohngeld oder Kinderzuschlag: Schulbedarf, Mittagessen, Ausflüge, Vereinsbeiträge.',
        ages: [0, 24], hours: 'Di 9–12 und 13–18 Uhr, Do 9–12 Uhr' },
      { title: 'Lernförderung über Bildung und Teilhabe', categories: ['bildung_teilhabe', 'schule'],
        description: 'Nachhilfe, wenn das Lernziel gefährdet ist; Bestätigung der Schule genügt.',
        ages: [6, 24], hours: 'Di 9–12 Uhr' },
    ],
  },
  {
    key: 'auslaenderbehoerde', name: 'Ausländerbehörde Potsdam', kind: 'city_department', address: 'Hegelallee 17, 14467 Potsdam',
    district: 'SR3', domain: CITY, mailbox: 'auslaenderbehoerde', path: 'auslaenderbehoerde', languages: ['de', 'en'],
    offers: [
      { title: 'Aufenthaltstitel, Verlängerung und Familiennachzug', categories: ['migration'],
        description: 'Erteilung und Verlängerung von Aufenthaltstiteln, Familiennachzug, Niederlassungserlaubnis; nur mit Termin.',
        hours: 'Mo, Di, Do 8–12 Uhr, Di 14–18 Uhr; nur mit Termin' },
    ],
  },
  {
    key: 'kjgd', name: 'Gesundheitsamt – Kinder- und Jugendgesundheitsdienst', kind: 'city_department',
    address: 'Kurfürstenstraße 4, 14467 Potsdam', district: 'SR3', domain: CITY, mailbox: 'kjgd', path: 'kjgd', languages: ['de', 'en'],
    offers: [
      { title: 'Kinder- und Jugendgesundheitsdienst: Beratung und Untersuchungen', categories: ['gesundheit', 'behinderung'],
        description: 'Beratung zu Entwicklung, Impfungen und Vorsorge; Einschulungsuntersuchung; Hilfe bei der Suche nach einer Kinderarztpraxis.',
        ages: [0, 17], hours: 'Mo–Do 8–15 Uhr, Fr 8–12 Uhr' },
    ],
  },
  // --- federal agencies and others
  {
    key: 'familienkasse', name: 'Familienkasse – Servicestelle Potsdam', kind: 'other',
    address: 'Horstweg 102, 14478 Potsdam', district: 'SR6', domain: 'familienkasse-potsdam.example', languages: ['de', 'en'],
    offers: [
      { title: 'Kindergeld: Antrag und Änderungen', categories: ['kindergeld'],
        description: 'Kindergeld für neugeborene und zugezogene Kinder, Änderungen mitteilen, Nachweise einreichen.',
        ages: [0, 24], hours: 'Mo–Fr 8–12 Uhr, Do 14–18 Uhr; telefonisch Mo–Fr 8–18 Uhr' },
      { title: 'Kinderzuschlag: Beratung und Antrag', categories: ['kinderzuschlag', 'bildung_teilhabe'],
        description: 'Anspruch auf Kinderzuschlag prüfen, Antrag stellen; mit dem Kinderzuschlag gibt es auch Bildung und Teilhabe.',
        ages: [0, 24], hours: 'Mo–Fr 8–12 Uhr, Do 14–18 Uhr' },
    ],
  },
  {
    key: 'jobcenter', name: 'Jobcenter Potsdam – Team Familien', kind: 'other',
    address: 'Horstweg 96, 14478 Potsdam', district: 'SR6', domain: 'jobcenter-potsdam.example', languages: ['de', 'en', 'ar', 'uk'],
    offers: [
      { title: 'Bürgergeld für Familien', categories: ['grundsicherung', 'einmalhilfen'],
        description: 'Bürgergeld, Mehrbedarf in der Schwangerschaft, Erstausstattung bei Schwangerschaft und Geburt.',
        hours: 'Mo, Di, Fr 8–12 Uhr, Do 14–18 Uhr' },
      { title: 'Wiedereinstieg und Vereinbarkeit nach der Elternzeit', categories: ['vereinbarkeit'],
        description: 'Beratung zum Wiedereinstieg in den Beruf, Teilzeitausbildung und Kinderbetreuung.',
        languages: ['de', 'en'], hours: 'Di und Do 9–12 Uhr nach Termin' },
    ],
  },
  {
    key: 'pflegestuetzpunkt', name: 'Pflegestützpunkt Potsdam', kind: 'other',
    address: 'Am Kanal 50, 14467 Potsdam', district: 'SR3', domain: 'pflegestuetzpunkt-potsdam.example', languages: ['de', 'ru'],
    offers: [
      { title: 'Pflegeberatung für Angehörige', categories: ['pflege'],
        description: 'Unabhängige Beratung zu Pflegegrad, Pflegegeld, Entlastungsangeboten und Hilfsmitteln; Hausbesuche möglich.',
        hours: 'Di 9–12 und 14–18 Uhr, Do 9–12 Uhr' },
    ],
  },
  {
    key: 'stiftungsfonds', name: 'Stiftungsfonds Familien in Not – Vergabestelle Potsdam', kind: 'other',
    address: 'Lindenstraße 51, 14467 Potsdam', district: 'SR3', domain: 'familien-in-not.example', languages: ['de'],
    offers: [
      { title: 'Einmalhilfen aus dem Stiftungsfonds', categories: ['einmalhilfen', 'schwangerschaft'],
        description: 'Zuschüsse für Erstausstattung, Möbel oder Klassenfahrten, wenn keine andere Stelle zahlt; Antrag nur über eine Beratungsstelle.',
        hours: 'Anträge laufend; Vergabe monatlich' },
    ],
  },
  // --- independent providers
  {
    key: DEMO_PROVIDER_KEY, name: 'Familiennetz Havelbogen e. V.', kind: 'independent',
    address: 'Karl-Liebknecht-Straße 24, 14482 Potsdam', district: 'SR4', domain: 'familiennetz-havelbogen.example',
    languages: ['de', 'en', 'tr', 'ar'],
    offers: [
      { title: 'Erziehungs- und Familienberatung', categories: ['erziehungsberatung', 'psyche_sucht', 'hilfen_erziehung'],
        description: 'Beratung für Eltern, Kinder und Jugendliche bei Erziehungsfragen, Konflikten und Belastungen; kostenlos und vertraulich.',
        ages: [0, 26], hours: 'Mo–Do 9–18 Uhr, Fr 9–14 Uhr; offene Sprechstunde Di 16–18 Uhr' },
      { title: 'Trennungs- und Umgangsberatung', categories: ['trennung', 'alleinerziehend'],
        description: 'Beratung bei Trennung und Scheidung, Umgangsregelungen und gemeinsamer Sorge; Elternvereinbarungen.',
        hours: 'Mo–Do 9–18 Uhr nach Termin' },
      { title: 'Schwangerschafts- und Schwangerschaftskonfliktberatung', categories: ['schwangerschaft', 'einmalhilfen', 'mutterschutz'],
        description: 'Beratung rund um Schwangerschaft und Geburt, Anträge bei der Bundesstiftung Mutter und Kind, Konfliktberatung nach § 219 StGB.',
        languages: ['de', 'en', 'tr', 'ar', 'uk'], hours: 'Mo, Mi 9–16 Uhr, Do 12–18 Uhr' },
      { title: 'Familienhebammen und Frühe Hilfen', categories: ['fruehe_hilfen'],
        description: 'Familienhebammen und Familien-Gesundheits- und Kinderkrankenpflegerinnen begleiten Familien im ersten Lebensjahr zu Hause.',
        ages: [0, 1], hours: 'Mo–Fr 8–16 Uhr' },
      { title: 'Migrationsberatung für Familien', categories: ['migration', 'sprache', 'behoerden'],
        description: 'Beratung zu Aufenthalt, Familiennachzug, Anerkennung und Sprachkursen; Begleitung zu Ämtern.',
        languages: ['de', 'en', 'tr', 'ar', 'fa'], hours: 'Di 9–12 Uhr, Do 13–17 Uhr' },
      { title: 'Familientreff Drewitz: Elterncafé und Elternkurse', categories: ['familienbildung', 'alleinerziehend', 'freizeit'],
        description: 'Elterncafé, Kurse „Starke Eltern – starke Kinder“, Treff für Alleinerziehende mit Kinderbetreuung.',
        ages: [0, 12], hours: 'Mo–Do 9–17 Uhr, Sa 10–13 Uhr (Familienfrühstück)', address: 'Konrad-Wolf-Allee 41, 14480 Potsdam' },
    ],
  },
  {
    key: 'lindenhof', name: 'Beratungsstelle Lindenhof für Eltern, Kinder und Jugendliche', kind: 'independent',
    address: 'Zeppelinstraße 136, 14471 Potsdam', district: 'SR3', domain: 'beratung-lindenhof.example', languages: ['de', 'en', 'ru'],
    offers: [
      { title: 'Erziehungsberatung für Familien', categories: ['erziehungsberatung', 'trennung'],
        description: 'Beratung bei Schlafproblemen, Trotz, Pubertät, Schulängsten und Familienkonflikten.',
        ages: [0, 21], capacity: 'waitlist', hours: 'Mo–Fr 9–17 Uhr nach Termin' },
      { title: 'Online- und Videoberatung für Eltern', categories: ['erziehungsberatung'],
        description: 'Anonyme Beratung per Chat oder Video, auch abends.',
        languages: ['de', 'en'], hours: 'Di und Do 17–20 Uhr' },
    ],
  },
  {
    key: 'sonnenweg', name: 'Schwangerschaftsberatungsstelle Sonnenweg', kind: 'independent',
    address: 'Großbeerenstraße 187, 14482 Potsdam', district: 'SR4', domain: 'beratung-sonnenweg.example',
    languages: ['de', 'en', 'ru', 'uk'],
    offers: [
      { title: 'Schwangerschaftsberatung und Bundesstiftung Mutter und Kind', categories: ['schwangerschaft', 'einmalhilfen', 'mutterschutz'],
        description: 'Beratung zu Leistungen in der Schwangerschaft, Mutterschutz und Elterngeld; Anträge bei der Bundesstiftung.',
        hours: 'Mo 9–13 Uhr, Mi 13–18 Uhr, Fr 9–12 Uhr' },
      { title: 'Sprechstunde Schwangerschaft am Stern', categories: ['schwangerschaft'], districts: ['SR5', 'SR6'],
        description: 'Offene Sprechstunde im Begegnungszentrum, auch mit Sprachmittlung.',
        languages: ['de', 'ru', 'uk', 'ar'], hours: 'Do 10–12 Uhr', address: STERN },
    ],
  },
  {
    key: 'brueckenschlag', name: 'Brückenschlag – Zentrum für Trennung und Umgang e. V.', kind: 'independent',
    address: 'Charlottenstraße 88, 14467 Potsdam', district: 'SR3', domain: 'brueckenschlag-potsdam.example', languages: ['de', 'en'],
    offers: [
      { title: 'Begleiteter Umgang', categories: ['trennung'],
        description: 'Umgangskontakte in geschützten Räumen mit Fachkraft, wenn Übergaben nicht allein gelingen.',
        ages: [0, 14], capacity: 'full', hours: 'Mi–Fr 14–19 Uhr, Sa 10–14 Uhr' },
      { title: 'Gruppe für Kinder aus Trennungsfamilien', categories: ['trennung', 'erziehungsberatung'],
        description: 'Zehn Treffen für Kinder von 6 bis 12 Jahren, begleitend ein Elternabend.',
        ages: [6, 12], hours: 'Di 15–16.30 Uhr' },
    ],
  },
  {
    key: 'willkommen', name: 'Willkommen im Leben e. V. – Babylotsen und Familienpaten', kind: 'independent',
    address: 'Rudolf-Breitscheid-Straße 164, 14482 Potsdam', district: 'SR4', domain: 'willkommen-im-leben.example',
    languages: ['de', 'en', 'ar'],
    offers: [
      { title: 'Babylotsinnen und Willkommensbesuche', categories: ['fruehe_hilfen', 'hebamme'],
        description: 'Willkommensbesuch nach der Geburt, Lotsinnen in den ersten Monaten, Hilfe bei der Hebammensuche.',
        ages: [0, 1], hours: 'Mo–Fr 9–15 Uhr' },
      { title: 'Ehrenamtliche Familienpatenschaften', categories: ['fruehe_hilfen', 'alleinerziehend'],
        description: 'Patinnen und Paten entlasten Familien mit kleinen Kindern im Alltag, einmal pro Woche.',
        ages: [0, 6], capacity: 'waitlist', hours: 'Sprechzeit Mi 10–12 Uhr' },
    ],
  },
  {
    key: 'fz_schlaatz', name: 'Familienzentrum am Schlaatz', kind: 'independent',
    address: 'Bisamkiez 26, 14478 Potsdam', district: 'SR6', domain: 'familienzentrum-schlaatz.example',
    languages: ['de', 'ar', 'ru', 'uk'],
    offers: [
      { title: 'Eltern-Kind-Gruppen und Familiencafé', categories: ['familienbildung', 'fruehe_hilfen'], districts: ['SR6', 'SR5'],
        description: 'Krabbelgruppe, Spielgruppe und Familiencafé mit Kinderbetreuung.',
        ages: [0, 6], hours: 'Mo–Fr 9–12 Uhr, Mi 15–17 Uhr' },
      { title: 'Sozialberatung im Familienzentrum', categories: ['grundsicherung', 'wohngeld', 'kinderzuschlag', 'bildung_teilhabe', 'behoerden'],
        districts: ['SR6', 'SR5'], description: 'Hilfe bei Anträgen und Bescheiden: Bürgergeld, Wohngeld, Kinderzuschlag, Bildung und Teilhabe.',
        hours: 'Di 9–12 Uhr, Do 14–17 Uhr' },
    ],
  },
  {
    key: 'fz_kirchsteigfeld', name: 'Familienzentrum Kirchsteigfeld', kind: 'independent',
    address: 'Priesterweg 3, 14480 Potsdam', district: 'SR5', domain: 'fz-kirchsteigfeld.example', languages: ['de', 'ru'],
    offers: [
      { title: 'Krabbelgruppe und Elternfrühstück', categories: ['familienbildung'], districts: ['SR5'],
        description: 'Offene Treffs für Eltern mit Babys und Kleinkindern.', ages: [0, 3], hours: 'Di und Do 9.30–11.30 Uhr' },
      { title: 'Ferienprogramm für Familien', categories: ['freizeit'],
        description: 'Ausflüge und Werkstätten in den Schulferien, ermäßigt mit Potsdam-Pass oder Bildung und Teilhabe.',
        ages: [6, 14], hours: 'in den Schulferien Mo–Fr 9–15 Uhr' },
    ],
  },
  {
    key: 'fz_babelsberg', name: 'Familienzentrum Babelsberg', kind: 'independent',
    address: 'Großbeerenstraße 52, 14482 Potsdam', district: 'SR4', domain: 'fz-babelsberg.example', languages: ['de', 'en'],
    offers: [
      { title: 'PEKiP und Elternkurse', categories: ['familienbildung'],
        description: 'PEKiP-Gruppen im ersten Lebensjahr, Elternkurse zu Schlaf, Ernährung und Grenzen.',
        ages: [0, 3], capacity: 'waitlist', hours: 'Kurse Mo–Do vormittags; Anmeldung Mo 14–16 Uhr' },
      { title: 'Hausaufgabenhilfe und Lernpaten', categories: ['schule'], districts: ['SR4', 'SR3'],
        description: 'Ehrenamtliche Lernpaten helfen Grundschulkindern bei Hausaufgaben und beim Lesen.',
        ages: [6, 12], hours: 'Mo–Do 14–16 Uhr' },
    ],
  },
  {
    key: 'fz_fahrland', name: 'Familienzentrum in den nördlichen Ortsteilen', kind: 'independent',
    address: 'Ketziner Straße 20, 14476 Potsdam', district: 'SR1', domain: 'fz-nord-potsdam.example', languages: ['de'],
    offers: [
      { title: 'Familientreff Fahrland und Groß Glienicke', categories: ['familienbildung', 'freizeit', 'fruehe_hilfen'],
        districts: ['SR1', 'SR2'], description: 'Familientreff, Babymassage und Beratung im Wechsel in Fahrland und Groß Glienicke.',
        ages: [0, 12], hours: 'Di 9–12 Uhr Fahrland, Do 9–12 Uhr Groß Glienicke' },
    ],
  },
  {
    key: 'tagespflege', name: 'Tagespflegebörse Potsdam e. V.', kind: 'independent',
    address: 'Friedrich-Engels-Straße 22, 14473 Potsdam', district: 'SR3', domain: 'tagespflegeboerse.example', languages: ['de'],
    offers: [
      { title: 'Platzbörse Kindertagespflege', categories: ['kindertagespflege'],
        description: 'Vermittlung freier Plätze bei Tagespflegepersonen in allen Stadtteilen.',
        ages: [0, 3], capacity: 'waitlist', hours: 'Mo–Do 9–13 Uhr' },
    ],
  },
  {
    key: 'bruecke', name: 'Interkulturelles Beratungszentrum Brücke e. V.', kind: 'independent',
    address: 'Gutenbergstraße 70, 14467 Potsdam', district: 'SR3', domain: 'ibz-bruecke.example',
    languages: ['de', 'en', 'ar', 'fa', 'ru', 'uk', 'tr'],
    offers: [
      { title: 'Migrationsberatung für Erwachsene', categories: ['migration', 'behoerden'],
        description: 'Beratung zu Aufenthalt, Arbeit, Anerkennung von Abschlüssen und Familiennachzug.',
        hours: 'Mo und Mi 9–12 Uhr, Di 13–17 Uhr' },
      { title: 'Sprach- und Kulturmittlung', categories: ['sprache'],
        description: 'Sprachmittlerinnen und Sprachmittler für Termine bei Ämtern, Kita, Schule und Ärzten.',
        hours: 'Anfragen Mo–Fr 9–15 Uhr, mindestens drei Tage vorher', ownPhone: true },
      { title: 'Beratung für Geflüchtete aus der Ukraine', categories: ['migration', 'sprache', 'wohnen'],
        description: 'Aufenthalt, Bürgergeld, Wohnungssuche, Kita und Schule — auf Ukrainisch und Russisch.',
        languages: ['uk', 'ru', 'de'], hours: 'Do 10–16 Uhr' },
      { title: 'Migrationssprechstunde am Stern', categories: ['migration', 'sprache'], districts: ['SR5', 'SR6'],
        description: 'Offene Sprechstunde im Begegnungszentrum Stern.', languages: ['de', 'ar', 'fa'],
        hours: 'Mo 14–17 Uhr', address: STERN },
    ],
  },
  {
    key: 'jmd', name: 'Jugendmigrationsdienst Potsdam', kind: 'independent',
    address: 'Gutenbergstraße 70, 14467 Potsdam', district: 'SR3', domain: 'jmd-potsdam.example', languages: ['de', 'en', 'ar', 'fa'],
    offers: [
      { title: 'Jugendmigrationsdienst: Schule, Ausbildung, Ankommen', categories: ['migration', 'schule'],
        description: 'Begleitung junger Menschen von 12 bis 27 Jahren mit Migrationsgeschichte bei Schule, Ausbildung und Sprache.',
        ages: [12, 27], hours: 'Di–Do 10–17 Uhr' },
    ],
  },
  {
    key: 'schuldnerberatung', name: 'Schuldner- und Insolvenzberatung Potsdam-Süd e. V.', kind: 'independent',
    address: 'Saarmunder Straße 40, 14478 Potsdam', district: 'SR6', domain: 'schuldnerberatung-sued.example', languages: ['de', 'ru'],
    offers: [
      { title: 'Schuldnerberatung für Familien', categories: ['schulden'],
        description: 'Überblick über die Schulden, Haushaltsplan, Verhandlung mit Gläubigern, Verbraucherinsolvenz.',
        capacity: 'waitlist', hours: 'Mo–Do 9–15 Uhr nach Termin' },
      { title: 'Energieschulden-Sprechstunde', categories: ['schulden', 'wohnen'], districts: ['SR5', 'SR6'],
        description: 'Schnelle Hilfe bei angedrohter Strom- oder Gassperre und bei Mietschulden.',
        hours: 'Mi 9–12 Uhr ohne Termin', address: SCHLAATZ },
    ],
  },
  {
    key: 'sprachschule', name: 'Sprachschule am Nauener Tor', kind: 'independent',
    address: 'Friedrich-Ebert-Straße 112, 14467 Potsdam', district: 'SR3', domain: 'sprachschule-nauener-tor.example',
    languages: ['de', 'en', 'ar', 'uk', 'ru'],
    offers: [
      { title: 'Integrationskurs mit Kinderbetreuung', categories: ['sprache'],
        description: 'Integrationskurs (A1–B1) am Vormittag, Kinderbetreuung im Haus.',
        capacity: 'full', hours: 'Kurse Mo–Fr 8.30–12.45 Uhr; Anmeldung Di 13–16 Uhr' },
      { title: 'Alphabetisierungskurs', categories: ['sprache'],
        description: 'Integrationskurs mit Alphabetisierung für Erwachsene, die noch nicht in lateinischer Schrift lesen und schreiben.',
        hours: 'Kurse Mo–Fr 13–16.15 Uhr' },
      { title: 'Berufssprachkurs Deutsch B2', categories: ['sprache', 'vereinbarkeit'],
        description: 'Deutsch für den Beruf, auch in Teilzeit für Eltern.', hours: 'Mo–Do 17–20 Uhr' },
    ],
  },
  {
    key: 'neue_wege', name: 'Bildungswerk Neue Wege gGmbH', kind: 'independent',
    address: 'Gagarinstraße 11, 14480 Potsdam', district: 'SR5', domain: 'bildungswerk-neue-wege.example',
    languages: ['de', 'ar', 'fa', 'tr'],
    offers: [
      { title: 'Mütterkurs Deutsch mit Kinderbetreuung', categories: ['sprache', 'familienbildung'],
        description: 'Deutschkurs für Mütter mit kleinen Kindern, zweimal pro Woche, Kinderbetreuung im Nebenraum.',
        ages: [0, 6], capacity: 'waitlist', hours: 'Di und Do 9–11.30 Uhr' },
      { title: 'Wiedereinstieg nach der Familienphase', categories: ['vereinbarkeit'],
        description: 'Coaching und Bewerbungstraining für Mütter und Väter nach der Elternzeit.', languages: ['de'],
        hours: 'Mi 9–13 Uhr' },
    ],
  },
  {
    key: 'zuflucht', name: 'Zuflucht e. V. – Frauen- und Kinderschutz', kind: 'independent',
    address: 'Beratungsstelle: Lindenstraße 26, 14467 Potsdam', district: 'SR3', domain: 'zuflucht-potsdam.example',
    languages: ['de', 'en', 'ar', 'tr', 'ru', 'fa'],
    offers: [
      { title: 'Frauen- und Kinderschutzhaus', categories: ['kinderschutz', 'trennung'],
        description: 'Schutz und Unterkunft für Frauen und ihre Kinder, die von häuslicher Gewalt betroffen sind. Aufnahme rund um die Uhr über das Notruftelefon.',
        hours: 'rund um die Uhr erreichbar', address: 'Musterweg 1, 14469 Potsdam (vertraulich)',
        ownPhone: true, hidden: true },
      { title: 'Beratungsstelle bei häuslicher Gewalt', categories: ['kinderschutz', 'trennung', 'psyche_sucht'],
        description: 'Beratung für Frauen nach Gewalterfahrung, Schutzanordnung, Begleitung zu Polizei und Gericht.',
        hours: 'Mo–Fr 9–15 Uhr, Do bis 18 Uhr' },
    ],
  },
  {
    key: 'solo', name: 'Solo mit Kind e. V. – Treffpunkt für Alleinerziehende', kind: 'independent',
    address: 'Brandenburger Straße 31, 14467 Potsdam', district: 'SR3', domain: 'solo-mit-kind.example', languages: ['de', 'en'],
    offers: [
      { title: 'Beratung und Treff für Alleinerziehende', categories: ['alleinerziehend', 'vereinbarkeit', 'unterhaltsvorschuss'],
        description: 'Beratung zu Unterhalt, Betreuung und Beruf; Treffen mit Kinderbetreuung.',
        hours: 'Di 10–13 Uhr, Do 15–18 Uhr' },
      { title: 'Familienwochenenden und Ferienfahrten', categories: ['freizeit', 'alleinerziehend'],
        description: 'Günstige Wochenend- und Ferienfahrten für Alleinerziehende mit ihren Kindern.',
        ages: [3, 14], capacity: 'full', hours: 'Anmeldung Di 10–13 Uhr' },
    ],
  },
  {
    key: 'wegweiser', name: 'Sozialberatung Wegweiser e. V.', kind: 'independent',
    address: 'Rudolf-Breitscheid-Straße 40, 14482 Potsdam', district: 'SR4', domain: 'wegweiser-potsdam.example',
    languages: ['de', 'en', 'ru'],
    offers: [
      { title: 'Allgemeine Sozialberatung', categories: ['grundsicherung', 'wohngeld', 'kinderzuschlag', 'einmalhilfen', 'sonstiges'],
        description: 'Unabhängige Beratung zu Bürgergeld, Wohngeld, Kinderzuschlag und Einmalhilfen; Widersprüche und Anträge.',
        hours: 'Mo 9–12 Uhr, Mi 14–17 Uhr, Fr 9–12 Uhr' },
      { title: 'Formularhilfe und Behördenlotsen', categories: ['behoerden'],
        description: 'Ehrenamtliche Lotsinnen und Lotsen helfen beim Ausfüllen von Anträgen und begleiten zu Ämtern.',
        hours: 'Di und Do 10–12 Uhr' },
    ],
  },
  {
    key: 'lernwerkstatt', name: 'Lernwerkstatt Potsdam e. V.', kind: 'independent',
    address: 'Gagarinstraße 23, 14480 Potsdam', district: 'SR5', domain: 'lernwerkstatt-potsdam.example', languages: ['de', 'ar'],
    offers: [
      { title: 'Lernförderung in kleinen Gruppen', categories: ['schule', 'bildung_teilhabe'],
        description: 'Nachhilfe in Deutsch, Mathe und Englisch, abrechenbar über Bildung und Teilhabe.',
        ages: [6, 17], capacity: 'waitlist', hours: 'Mo–Fr 13–18 Uhr' },
    ],
  },
  {
    key: 'jugendhaus_stern', name: 'Kinder- und Jugendhaus am Stern', kind: 'independent',
    address: 'Newtonstraße 2, 14480 Potsdam', district: 'SR5', domain: 'jugendhaus-stern.example', languages: ['de', 'ar', 'uk'],
    offers: [
      { title: 'Offener Treff, Sport und Ferienfahrten', categories: ['freizeit'],
        description: 'Offener Kinder- und Jugendtreff, Sportgruppen und Ferienfahrten, kostenlos oder über Bildung und Teilhabe.',
        ages: [6, 17], hours: 'Mo–Fr 13–19 Uhr' },
    ],
  },
  // --- health
  {
    key: 'praxisnetz', name: 'Praxisnetz Kinder- und Jugendärzte Potsdam', kind: 'health',
    address: 'Breite Straße 9, 14467 Potsdam', district: 'SR3', domain: 'praxisnetz-kinderaerzte.example', languages: ['de', 'en', 'ru'],
    offers: [
      { title: 'Vermittlung einer Kinderarztpraxis', categories: ['gesundheit'],
        description: 'Vermittlung in eine Praxis des Netzes für Familien ohne Kinderarzt, besonders nach Zuzug.',
        ages: [0, 17], capacity: 'waitlist', hours: 'telefonisch Mo–Fr 8–11 Uhr', ownPhone: true },
      { title: 'Vorsorge- und Impfsprechstunde', categories: ['gesundheit'], districts: ['SR5', 'SR6'],
        description: 'U-Untersuchungen und Impfungen ohne lange Wartezeit in der Netzpraxis am Stern.',
        ages: [0, 17], hours: 'Mi 14–17 Uhr', address: 'Gagarinstraße 30, 14480 Potsdam' },
    ],
  },
  {
    key: 'fruehfoerderung', name: 'Frühförder- und Beratungsstelle Potsdam', kind: 'health',
    address: 'Kirschallee 12, 14469 Potsdam', district: 'SR2', domain: 'fruehfoerderung-potsdam.example', languages: ['de', 'en'],
    offers: [
      { title: 'Interdisziplinäre Frühförderung', categories: ['behinderung'],
        description: 'Heilpädagogische und therapeutische Förderung für Kinder mit Entwicklungsverzögerung, auch zu Hause oder in der Kita.',
        ages: [0, 6], capacity: 'waitlist', hours: 'Mo–Fr 8–16 Uhr' },
      { title: 'Offene Beratung zur Entwicklung', categories: ['behinderung', 'gesundheit'],
        description: 'Erstgespräch, wenn Eltern oder Kita sich Sorgen um die Entwicklung eines Kindes machen.',
        ages: [0, 6], hours: 'Di 14–17 Uhr' },
    ],
  },
  {
    key: 'spz', name: 'Sozialpädiatrisches Zentrum Potsdam', kind: 'health',
    address: 'Charlottenstraße 72, 14467 Potsdam', district: 'SR3', domain: 'spz-potsdam.example', languages: ['de', 'en'],
    offers: [
      { title: 'Diagnostik und Therapie im Sozialpädiatrischen Zentrum', categories: ['behinderung', 'gesundheit'],
        description: 'Diagnostik und Behandlung bei Entwicklungsstörungen und chronischen Erkrankungen; Überweisung durch die Kinderarztpraxis.',
        ages: [0, 17], capacity: 'waitlist', hours: 'Mo–Fr 8–16 Uhr nach Termin' },
      { title: 'Eingliederungshilfe: Beratung zu Anträgen', categories: ['behinderung'],
        description: 'Sozialdienst des Zentrums: Schwerbehindertenausweis, Pflegegrad, Eingliederungshilfe, Kita-Integration.',
        ages: [0, 17], hours: 'Di und Do 9–12 Uhr' },
    ],
  },
  {
    key: 'hebammenhaus', name: 'Hebammenhaus Babelsberg', kind: 'health',
    address: 'Karl-Liebknecht-Straße 110, 14482 Potsdam', district: 'SR4', domain: 'hebammenhaus-babelsberg.example',
    languages: ['de', 'en'],
    offers: [
      { title: 'Vermittlung von Nachsorgehebammen', categories: ['hebamme'],
        description: 'Vermittlung einer Hebamme für die Nachsorge im Wochenbett; bitte früh in der Schwangerschaft melden.',
        ages: [0, 1], capacity: 'waitlist', hours: 'telefonisch Mo–Fr 9–12 Uhr' },
      { title: 'Geburtsvorbereitung und Rückbildung', categories: ['hebamme', 'schwangerschaft'],
        description: 'Kurse zur Geburtsvorbereitung, Rückbildung und Babymassage; Hebammensprechstunde.',
        ages: [0, 1], hours: 'Kurse Mo–Do abends, Sprechstunde Fr 10–12 Uhr' },
    ],
  },
  {
    key: 'lichtblick', name: 'Psychosoziale Beratungsstelle Lichtblick', kind: 'health',
    address: 'Berliner Straße 49, 14467 Potsdam', district: 'SR3', domain: 'lichtblick-beratung.example', languages: ['de', 'en', 'ru'],
    offers: [
      { title: 'Sucht- und Drogenberatung', categories: ['psyche_sucht'],
        description: 'Beratung für Menschen mit Alkohol-, Medikamenten- oder Drogenproblemen und ihre Angehörigen.',
        hours: 'Mo–Do 9–17 Uhr, Fr 9–13 Uhr; offene Sprechstunde Mi 14–17 Uhr' },
      { title: 'Beratung für Eltern in psychischen Krisen', categories: ['psyche_sucht', 'erziehungsberatung'],
        description: 'Beratung für Mütter und Väter mit psychischer Belastung, auch bei Erschöpfung nach der Geburt.',
        capacity: 'waitlist', hours: 'Di und Do 9–16 Uhr' },
    ],
  },
];

// ------------------------------------------------------------------------------------------
// German texts

const REFERRAL_NOTES: Record<string, string[]> = {
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
const GENERIC_NOTES = [
  'Familie ist vormittags am besten erreichbar.',
  'Bitte um Rückruf, die Familie wartet auf einen Termin.',
  'Unterlagen hat die Familie dabei.',
  'Familie spricht wenig Deutsch; Sprachmittlung wäre hilfreich.',
  'Die Familie meldet sich selbst; bitte kurze Rückmeldung, ob der Kontakt zustande kam.',
];
const DECLINE_NOTES: Record<DeclineReason, string[]> = {
  no_capacity: ['Derzeit keine freien Plätze, Warteliste etwa drei Monate.', 'Kapazität erschöpft.'],
  not_eligible: ['Kein Anspruch nach den Unterlagen.', 'Altersgrenze überschritten.'],
  out_of_area: ['Wohnort liegt außerhalb unseres Einzugsgebiets.'],
  family_unreachable: ['Familie telefonisch dreimal nicht erreicht.', 'Keine Antwort auf Brief und Anrufe.'],
  family_declined: ['Familie möchte das Angebot doch nicht in Anspruch nehmen.'],
  other: ['Bitte an eine andere Stelle wenden.'],
};

// ------------------------------------------------------------------------------------------
// Time (Europe/Berlin days counted from 1970-01-01, as in demo-case-work)

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const iso = (d: Date): string => d.toISOString();
const addMinutes = (d: Date, minutes: number): Date => new Date(d.getTime() + minutes * MINUTE_MS);
const weekday = (day: number): number => new Date(day * DAY_MS).getUTCDay(); // 0 = Sunday
const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

/** The day itself on a weekday, else the Monday after. */
function weekdayOnOrAfter(day: number): number {
  const w = weekday(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

function officeTime(r: Random, day: number): Date {
  const hour = Number(r.weighted({ 8: 2, 9: 4, 10: 4, 11: 3, 12: 2, 13: 2, 14: 3, 15: 3, 16: 2, 17: 1 }));
  return berlinTime(day, hour, r.int(0, 59));
}

// ------------------------------------------------------------------------------------------
// The pure generator

interface OfferDraft {
  row: DemoOfferRow;
  provider: DemoProviderRow;
}

interface Ctx {
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
function candidateOffers(ctx: Ctx, category: string, family: DemoReferralFamilyInput): OfferDraft[] {
  const byCategory = ctx.offers.filter((o) => o.row.categoryKeys.includes(category));
  const local = byCategory.filter(
    (o) =>
      o.row.districtCodes.length === 0 ||
      (family.districtCode !== null && o.row.districtCodes.includes(family.districtCode)),
  );
  return local.length > 0 ? local : byCategory;
}

function offerWeight(o: OfferDraft, family: DemoReferralFamilyInput, demoProviderId: string): number {
  let w = o.row.capacity === 'available' ? 1 : o.row.capacity === 'waitlist' ? 0.6 : 0.15;
  if (o.row.districtCodes.length > 0) w *= 1.5; // the office nearby comes first
  if (o.row.addressHidden) w *= 0.2; // a shelter only where nothing else fits
  const other = family.languages.filter((l) => l !== 'de');
  if (other.some((l) => o.row.languages.includes(l))) w *= 2;
  else if (!family.languages.includes('de') && family.languages.length > 0) w *= 0.5;
  if (o.provider.id === demoProviderId) w *= 1.5; // a large provider with many places
  return w;
}

function pickOffer(
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

function chooseMode(ctx: Ctx, offer: OfferDraft, category: string): ReferralMode {
  if (offer.provider.id === ctx.demoProviderId) return ctx.r.chance(0.8) ? 'warm' : 'info';
  if (category === 'kinderschutz' || offer.row.addressHidden) return 'warm';
  const p = { independent: 0.42, health: 0.35, city_department: 0.14, other: 0.08 }[offer.provider.kind];
  return ctx.r.chance(p) ? 'warm' : 'info';
}

/** A time when the referral was sent: during or soon after the contact that raised the need. */
function sendTime(ctx: Ctx, need: DemoReferralNeedInput, latest: Date): Date | null {
  const r = ctx.r;
  const base = addMinutes(new Date(need.createdAt), r.int(1, 20));
  if (base.getTime() >= latest.getTime()) return null;
  if (r.chance(0.55)) return base;
  const day = weekdayOnOrAfter(berlinDayOf(base) + Number(r.weighted({ 1: 4, 2: 3, 3: 2, 5: 1 })));
  const at = officeTime(r, day);
  return at.getTime() > base.getTime() && at.getTime() < latest.getTime() ? at : base;
}

/** The provider's answer: 0–14 days after sending, before `latest` (or null if there is no room). */
function answerTime(ctx: Ctx, sent: Date, latest: Date): Date | null {
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
function laterTime(ctx: Ctx, from: Date, latest: Date, minDays: number, maxDays: number): Date | null {
  const r = ctx.r;
  if (latest.getTime() - from.getTime() < 10 * MINUTE_MS) return null;
  const day = weekdayOnOrAfter(berlinDayOf(from) + r.int(minDays, maxDays));
  const at = officeTime(r, day);
  if (at.getTime() > from.getTime() && at.getTime() < latest.getTime()) return at;
  return new Date(from.getTime() + Math.floor((latest.getTime() - from.getTime()) * (0.3 + 0.5 * r.next())));
}

function noteFor(ctx: Ctx, category: string, mode: ReferralMode): string | null {
  const r = ctx.r;
  if (!r.chance(mode === 'warm' ? 0.6 : 0.2)) return null;
  const specific = REFERRAL_NOTES[category];
  return specific && r.chance(0.6) ? r.pick(specific) : r.pick(GENERIC_NOTES);
}

/** The family's consent to share its data with the provider, valid at `sent` (reused or new). */
function consentFor(ctx: Ctx, need: DemoReferralNeedInput, providerId: string, sent: Date): string {
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

interface Plan {
  status: ReferralStatus;
  sent: Date | null;
  responded: Date | null;
  /** When it ended (completed, declined, cancelled, not taken up). */
  ended: Date | null;
  outcome: ReferralOutcome | null;
  declineReason: DeclineReason | null;
}

function addReferral(
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

const OPEN_STATUSES: readonly ReferralStatus[] = ['sent', 'accepted', 'in_progress'];

type Failure = 'declined' | 'cancelled' | 'not_taken_up' | 'partly' | 'unsuccessful';

/** A referral that ended without success between `start` and `latest`; null when there is no room. */
function failurePlan(
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

export function buildDemoReferrals(options: DemoReferralsOptions): DemoReferrals {
  const seed = options.seed ?? DEMO_REFERRALS_SEED;
  const T = berlinDayOf(options.today);
  const todayStart = berlinTime(T, 0, 0);
  const rng = (label: string) => Random.derive(seed, label);
  const ids = rng('ids');

  // --- the directory
  const dr = rng('directory');
  const providers: DemoProviderRow[] = [];
  const offerDrafts: OfferDraft[] = [];
  const phone = () => `0331 ${dr.int(2, 9)}${dr.digits(6)}`;
  for (const p of PROVIDERS) {
    const createdAt = officeTime(dr, weekdayOnOrAfter(T - dr.int(400, 560)));
    const provider: DemoProviderRow = {
      id: ids.uuid(),
      key: p.key,
      name: p.name,
      kind: p.kind,
      address: p.address,
      districtCode: p.district,
      phone: phone(),
      email: `${p.mailbox ?? 'info'}@${p.domain}`,
      website: `https://www.${p.domain}${p.path ? `/${p.path}` : ''}`,
      languages: p.languages,
      createdAt: iso(createdAt),
    };
    providers.push(provider);
    for (const o of p.offers) {
      offerDrafts.push({
        provider,
        row: {
          id: ids.uuid(),
          providerId: provider.id,
          title: o.title,
          description: o.description,
          categoryKeys: o.categories,
          districtCodes: o.districts ?? [],
          languages: o.languages ?? p.languages,
          ageFrom: o.ages ? o.ages[0] : null,
          ageTo: o.ages ? o.ages[1] : null,
          address: o.address ?? p.address,
          phone: o.ownPhone ? phone() : null,
          email: null,
          openingHours: o.hours,
          capacity: o.capacity ?? 'available',
          addressHidden: o.hidden ?? false,
          createdAt: iso(addMinutes(createdAt, dr.int(5, 60 * 24 * 20))),
        },
      });
    }
  }
  const demoProvider = providers.find((p) => p.key === DEMO_PROVIDER_KEY) as DemoProviderRow;
  const demoCategories = new Set(
    offerDrafts.filter((o) => o.provider.id === demoProvider.id).flatMap((o) => o.row.categoryKeys),
  );

  // --- referrals for the needs of the families
  const families = new Map(options.caseWork.families.map((f) => [f.id, f]));
  const ctx: Ctx = {
    T,
    todayStart,
    r: rng('referrals'),
    ids,
    offers: offerDrafts,
    families,
    consents: [],
    referrals: [],
    demoProviderId: demoProvider.id,
  };
  const r = ctx.r;
  const needs = options.caseWork.needs
    .filter((n) => {
      const family = families.get(n.familyId);
      return family && family.status !== 'anonymized' && n.createdAt < iso(todayStart);
    })
    .sort((a, b) => a.identifiedAt.localeCompare(b.identifiedAt) || a.id.localeCompare(b.id));
  const hasOffer = (n: DemoReferralNeedInput) =>
    ctx.offers.some((o) => o.row.categoryKeys.includes(n.categoryKey));
  const referralFollowUps = new Map<string, DemoReferralFollowUpInput[]>();
  for (const f of options.caseWork.followUps) {
    if (!f.needId || !f.title.startsWith('Rückmeldung zur Vermittlung')) continue;
    referralFollowUps.set(f.needId, [...(referralFollowUps.get(f.needId) ?? []), f]);
  }
  const followUpLinks: { followUpId: string; referralId: string }[] = [];

  // 1. every referred need has one open referral (sent, accepted, in progress); the demo
  //    provider gets its share of them as warm referrals
  const referred = needs.filter((n) => n.status === 'referred' && hasOffer(n));
  // … some of them recent (still waiting for the provider's answer), the others older
  const demoCandidates = r.shuffle(referred.filter((n) => demoCategories.has(n.categoryKey)));
  const recentFirst = demoCandidates
    .filter((n) => berlinDayOf(new Date(n.identifiedAt)) >= T - 21)
    .slice(0, 5);
  const demoOpen = new Set(
    [...recentFirst, ...demoCandidates.filter((n) => !recentFirst.includes(n))]
      .slice(0, DEMO_PROVIDER_OPEN_QUOTA)
      .map((n) => n.id),
  );
  // the demo provider's three latest ones wait for its answer (accept or decline on its start page)
  const demoWaiting = new Set(
    referred
      .filter((n) => demoOpen.has(n.id))
      .slice(-3)
      .map((n) => n.id),
  );
  for (const need of referred) {
    const family = families.get(need.familyId) as DemoReferralFamilyInput;
    const followUps = referralFollowUps.get(need.id) ?? [];
    const followUp = followUps[0];
    const toDemo = demoOpen.has(need.id);
    const offer = pickOffer(ctx, need.categoryKey, family, {
      demo: toDemo ? 'force' : 'avoid',
    }) as OfferDraft;
    const mode = toDemo ? 'warm' : chooseMode(ctx, offer, need.categoryKey);
    // sent when the case work's follow-up was created (sending creates it), else soon after the contact
    let sent = followUp ? addMinutes(new Date(followUp.createdAt), -1) : sendTime(ctx, need, todayStart);
    if (
      !sent ||
      sent.getTime() <= new Date(need.createdAt).getTime() ||
      sent.getTime() >= todayStart.getTime()
    )
      sent = addMinutes(new Date(need.createdAt), 1);
    // an earlier referral that came to nothing (another offer of the category), now and then
    if (!followUp && r.chance(0.12)) {
      const first = pickOffer(ctx, need.categoryKey, family, { demo: 'avoid', exclude: offer.row.id });
      const plan =
        first &&
        failurePlan(
          ctx,
          need,
          sent,
          'declined',
          r.pick(['no_capacity', 'no_capacity', 'out_of_area', 'family_unreachable'] as const),
        );
      if (first && plan && plan.ended && plan.ended.getTime() < sent.getTime() - 30 * MINUTE_MS) {
        addReferral(
          ctx,
          need,
          first,
          first.provider.id === ctx.demoProviderId ? 'warm' : chooseMode(ctx, first, need.categoryKey),
          plan,
        );
        const resend = laterTime(ctx, plan.ended, todayStart, 0, 3);
        if (resend && resend.getTime() > sent.getTime()) sent = resend;
      }
    }
    const age = T - berlinDayOf(sent);
    let status: ReferralStatus =
      age <= 2
        ? r.weighted({ sent: 80, accepted: 20 })
        : age <= 14
          ? r.weighted({ sent: 55, accepted: 35, in_progress: 10 })
          : age <= 45
            ? r.weighted({ sent: 20, accepted: 30, in_progress: 50 })
            : r.weighted({ accepted: 25, in_progress: 75 });
    if (demoWaiting.has(need.id) && age <= 35) status = 'sent';
    if (followUp?.status === 'done' && status === 'sent') status = 'accepted';
    let responded: Date | null = null;
    if (status !== 'sent') {
      const doneAt = followUp?.doneAt ? new Date(followUp.doneAt) : null;
      responded = answerTime(
        ctx,
        sent,
        doneAt && doneAt.getTime() > sent.getTime() + 20 * MINUTE_MS ? doneAt : todayStart,
      );
      if (!responded) status = 'sent';
    }
    const row = addReferral(ctx, need, offer, mode, {
      status,
      sent,
      responded,
      ended: null,
      outcome: null,
      declineReason: null,
    });
    for (const f of followUps) followUpLinks.push({ followUpId: f.id, referralId: row.id });
  }

  // 2. met needs: some were met by a referral that succeeded (completed when the need was met)
  // … and a few that ended (as a provider user sees them: answered, with an outcome)
  const demoEnded = { completed: 3, declined: 2, not_taken_up: 1 };
  for (const need of needs.filter((n) => n.status === 'met' && n.resolvedAt && hasOffer(n))) {
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
    if (!hasOffer(need)) continue;
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

  // --- what the referrals moved: the needs' and families' last change
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
      bump(lastOfNeed, x.needId, OPEN_STATUSES.includes(x.status) ? x.sentAt : x.updatedAt);
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

  return {
    providers,
    offers: offerDrafts.map((o) => o.row),
    consents: ctx.consents.sort((a, b) => a.givenAt.localeCompare(b.givenAt) || a.id.localeCompare(b.id)),
    referrals,
    followUpLinks,
    needUpdates,
    familyUpdates,
    demoProviderId: demoProvider.id,
  };
}

/** Does every need keep its status under the referrals (libs/domain's rule)? Lists the ones that do not. */
export function inconsistentNeeds(
  needs: readonly Pick<DemoReferralNeedInput, 'id' | 'status'>[],
  referrals: readonly Pick<DemoReferralRow, 'needId' | 'status' | 'outcome'>[],
): string[] {
  const byNeed = new Map<string, Pick<DemoReferralRow, 'status' | 'outcome'>[]>();
  for (const x of referrals) byNeed.set(x.needId, [...(byNeed.get(x.needId) ?? []), x]);
  return needs
    .filter((n) => byNeed.has(n.id) && needStatusFromReferrals(n.status, byNeed.get(n.id) ?? []) !== n.status)
    .map((n) => n.id);
}

// ------------------------------------------------------------------------------------------
// Writing it

const isoOf = (value: Date | string | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : new Date(value).toISOString();

/** Reads the case work the referrals are built on (every family that is not anonymized). */
export async function readDemoReferralsInput(em: EntityManager): Promise<DemoReferralsInput> {
  const families: {
    id: string;
    office_id: string;
    owner_id: string;
    status: FamilyStatus;
    district_code: string | null;
    languages: string[];
    last_activity_at: Date;
  }[] = await em.query(
    `SELECT f.id, f.office_id, f.owner_id, f.status, d.code AS district_code, f.languages, f.last_activity_at
       FROM families f LEFT JOIN districts d ON d.id = f.district_id
      WHERE f.status <> 'anonymized'`,
  );
  const needs: {
    id: string;
    family_id: string;
    category_key: string;
    status: NeedStatus;
    unmet_reason: UnmetReason | null;
    identified_at: Date;
    resolved_at: Date | null;
    created_at: Date;
    updated_at: Date;
  }[] = await em.query(
    `SELECT n.id, n.family_id, n.category_key, n.status, n.unmet_reason, n.identified_at, n.resolved_at,
            n.created_at, n.updated_at
       FROM needs n
      WHERE n.family_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM referrals x WHERE x.need_id = n.id)`,
  );
  const followUps: {
    id: string;
    need_id: string;
    title: string;
    status: FollowUpStatus;
    created_at: Date;
    done_at: Date | null;
  }[] = await em.query(
    `SELECT id, need_id, title, status, created_at, done_at FROM follow_ups
      WHERE need_id IS NOT NULL AND referral_id IS NULL AND title LIKE 'Rückmeldung zur Vermittlung%'
      ORDER BY created_at, id`,
  );
  return {
    families: families.map((f) => ({
      id: f.id,
      officeId: f.office_id,
      ownerId: f.owner_id,
      status: f.status,
      districtCode: f.district_code,
      languages: f.languages,
      lastActivityAt: isoOf(f.last_activity_at) as string,
    })),
    needs: needs.map((n) => ({
      id: n.id,
      familyId: n.family_id,
      categoryKey: n.category_key,
      status: n.status,
      unmetReason: n.unmet_reason,
      identifiedAt: isoOf(n.identified_at) as string,
      resolvedAt: isoOf(n.resolved_at),
      createdAt: isoOf(n.created_at) as string,
      updatedAt: isoOf(n.updated_at) as string,
    })),
    followUps: followUps.map((f) => ({
      id: f.id,
      needId: f.need_id,
      title: f.title,
      status: f.status,
      createdAt: isoOf(f.created_at) as string,
      doneAt: isoOf(f.done_at),
    })),
  };
}

/** Writes the directory and the referrals; returns false when the directory is there already. */
export async function insertDemoReferrals(em: EntityManager, data: DemoReferrals): Promise<boolean> {
  const taken: { name: string }[] = await em.query(`SELECT name FROM providers WHERE lower(name) = ANY($1)`, [
    data.providers.map((p) => p.name.toLowerCase()),
  ]);
  if (taken.length > 0) {
    // Demo data must never stop a start: somebody entered these providers already.
    process.stderr.write(
      `Demo-Vermittlungen übersprungen: Träger schon vorhanden: ${taken.map((t) => t.name).join(', ')}\n`,
    );
    return false;
  }
  const districtRows: { id: string; code: string }[] = await em.query(`SELECT id, code FROM districts`);
  const district = new Map(districtRows.map((d) => [d.code, d.id]));

  await insertRows(
    em,
    'providers',
    data.providers.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      address: p.address,
      district_id: district.get(p.districtCode) ?? null,
      phone: p.phone,
      email: p.email,
      website: p.website,
      languages: p.languages,
      created_at: p.createdAt,
      updated_at: p.createdAt,
    })),
  );
  await insertRows(
    em,
    'offers',
    data.offers.map((o) => ({
      id: o.id,
      provider_id: o.providerId,
      title: o.title,
      description: o.description,
      category_keys: o.categoryKeys,
      district_ids: o.districtCodes.map((c) => district.get(c)).filter((id): id is string => !!id),
      languages: o.languages,
      age_from: o.ageFrom,
      age_to: o.ageTo,
      address: o.address,
      phone: o.phone,
      email: o.email,
      opening_hours: o.openingHours,
      capacity: o.capacity,
      address_hidden: o.addressHidden,
      created_at: o.createdAt,
      updated_at: o.createdAt,
    })),
  );
  await insertRows(
    em,
    'consents',
    data.consents.map((c) => ({
      id: c.id,
      family_id: c.familyId,
      office_id: c.officeId,
      scope: 'share_with_provider',
      provider_id: c.providerId,
      form: c.form,
      given_at: c.givenAt,
      expires_at: c.expiresAt,
      recorded_by_id: c.recordedById,
      created_at: c.givenAt,
      updated_at: c.givenAt,
    })),
  );
  await insertRows(
    em,
    'referrals',
    data.referrals.map((x) => ({
      id: x.id,
      need_id: x.needId,
      family_id: x.familyId,
      office_id: x.officeId,
      counsellor_id: x.counsellorId,
      offer_id: x.offerId,
      provider_id: x.providerId,
      mode: x.mode,
      consent_id: x.consentId,
      status: x.status,
      sent_at: x.sentAt,
      responded_at: x.respondedAt,
      completed_at: x.completedAt,
      outcome: x.outcome,
      decline_reason: x.declineReason,
      note: x.note,
      created_at: x.createdAt,
      updated_at: x.updatedAt,
    })),
  );
  if (data.followUpLinks.length > 0) {
    await em.query(
      `UPDATE follow_ups f SET referral_id = v.referral_id
         FROM json_to_recordset($1::json) AS v(follow_up_id uuid, referral_id uuid)
        WHERE f.id = v.follow_up_id AND f.referral_id IS NULL`,
      [
        JSON.stringify(
          data.followUpLinks.map((l) => ({ follow_up_id: l.followUpId, referral_id: l.referralId })),
        ),
      ],
    );
  }
  if (data.needUpdates.length > 0) {
    await em.query(
      `UPDATE needs n SET updated_at = v.updated_at
         FROM json_to_recordset($1::json) AS v(need_id uuid, updated_at timestamptz)
        WHERE n.id = v.need_id AND n.updated_at < v.updated_at`,
      [JSON.stringify(data.needUpdates.map((u) => ({ need_id: u.needId, updated_at: u.updatedAt })))],
    );
  }
  if (data.familyUpdates.length > 0) {
    await em.query(
      `UPDATE families f SET last_activity_at = v.at, updated_at = greatest(f.updated_at, v.at)
         FROM json_to_recordset($1::json) AS v(family_id uuid, at timestamptz)
        WHERE f.id = v.family_id AND f.last_activity_at < v.at`,
      [JSON.stringify(data.familyUpdates.map((u) => ({ family_id: u.familyId, at: u.lastActivityAt })))],
    );
  }
  // the demo provider user works for the provider with the most warm referrals
  await em.query(
    `UPDATE users SET provider_id = $1 WHERE email = $2 AND role = 'provider' AND provider_id IS NULL`,
    [data.demoProviderId, DEMO_PROVIDER_USER],
  );
  return true;
}

/** The demo step: the provider directory and the referrals of the demo families (no new logins). */
export const demoReferralsStep: DemoStep = {
  name: 'demo-referrals-v1',
  async run(em) {
    const today = new Date();
    const caseWork = await readDemoReferralsInput(em);
    await insertDemoReferrals(em, buildDemoReferrals({ today, caseWork }));
    return [];
  },
};
