import type { OfferCapacity, ProviderKind } from '@lotsen/domain';

// The directory: fictional providers in Potsdam's districts (SR1 … SR6 = Sozialraum I … VI).
// This file: the city's departments, federal agencies and others; demo-directory-independent.ts
// has the independent and health providers.

export interface OfferSeed {
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

export interface ProviderSeed {
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

export const CITY = 'potsdam-stadt.example';
export const CITY_HALL = 'Am Kanal 41, 14467 Potsdam';
export const SCHLAATZ = 'Bürgerhaus am Schlaatz, Schilfhof 28, 14478 Potsdam';
export const STERN = 'Begegnungszentrum Stern, Galileistraße 37, 14480 Potsdam';

/** The provider the demo provider user works for. */
export const DEMO_PROVIDER_KEY = 'familiennetz';

// prettier-ignore
export const PUBLIC_PROVIDERS: readonly ProviderSeed[] = [
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
];
