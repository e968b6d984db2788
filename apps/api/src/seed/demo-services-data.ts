import { CITY, CITY_HALL } from './demo-directory-public';

/**
 * The demo's Verwaltungsleistungen (issue 17 point 4): the eleven family services the issue
 * names, each with its responsible body (a provider of the demo directory; the Standesamt is
 * added by the step), what to bring and the online application where one exists.
 *
 * LeiKa keys: only a key a found source confirms is recorded (docs/portal.md, "LeiKa keys");
 * every other one is null — never invented.
 */
export interface ServiceSeed {
  titleDe: string;
  descriptionDe: string;
  /** The responsible provider, by name. */
  provider: string;
  leikaKey: string | null;
  onlineUrl: string | null;
  checklist: string[];
  categoryKeys: string[];
  lifeSituationKeys?: string[];
}

/** Opening hours (Sprechzeiten) of the responsible bodies, as their offers state them. */
export const BODY_HOURS: Readonly<Record<string, string>> = {
  'Elterngeldstelle Potsdam': 'Di 9–12 und 13–18 Uhr, Do 9–12 Uhr; Termine nach Vereinbarung',
  'Familienkasse – Servicestelle Potsdam': 'Mo–Fr 8–12 Uhr, Do 14–18 Uhr; telefonisch Mo–Fr 8–18 Uhr',
  'Kitaservice Potsdam – Kita-Gutschein-Stelle':
    'Mo 9–12 Uhr, Di 13–18 Uhr, Do 9–12 Uhr; telefonisch Mo–Fr 9–12 Uhr',
  'Unterhaltsvorschusskasse Potsdam': 'Mo 9–12 Uhr, Di 13–18 Uhr, Do 9–12 Uhr',
  'Wohngeldstelle Potsdam': 'Di 9–12 und 13–18 Uhr, Do 9–12 Uhr',
  'Servicestelle Bildung und Teilhabe': 'Di 9–12 und 13–18 Uhr, Do 9–12 Uhr',
  'Jugendamt Potsdam – Beistandschaften und Beurkundungen':
    'Di 9–12 und 14–18 Uhr, Do 9–12 Uhr; Beurkundungen nach Termin',
  'Standesamt Potsdam':
    'Mo 8–12 Uhr, Di 9–12 und 13–18 Uhr, Do 9–12 und 13–16 Uhr, Fr 8–12 Uhr; nur mit Termin',
};

/** The city department the directory lacks: the Standesamt (births, Geburtsurkunde). */
export const STANDESAMT = {
  name: 'Standesamt Potsdam',
  kind: 'city_department',
  address: CITY_HALL,
  districtCode: 'SR3',
  phone: '0331 2893150',
  email: `standesamt@${CITY}`,
  website: `https://www.${CITY}/standesamt`,
  languages: ['de', 'en'],
} as const;

/** The federal online application assistant for Elterngeld; Potsdam's own service page links it for Brandenburg. */
const ELTERNGELD_DIGITAL = 'https://www.elterngeld-digital.de';
/** The Familienkasse's pages, from which Kindergeld and Kinderzuschlag are applied for online. */
const FAMILIENKASSE_ONLINE = 'https://www.arbeitsagentur.de/familie-und-kinder';

const BEISTAND = 'Jugendamt Potsdam – Beistandschaften und Beurkundungen';

// prettier-ignore
export const DEMO_SERVICES: readonly ServiceSeed[] = [
  {
    titleDe: 'Elterngeld', provider: 'Elterngeldstelle Potsdam',
    leikaKey: '99041006017000', onlineUrl: ELTERNGELD_DIGITAL,
    descriptionDe: 'Elterngeld ersetzt einen Teil des Einkommens, wenn Sie nach der Geburt Ihr Kind betreuen und weniger oder nicht arbeiten: Basiselterngeld, ElterngeldPlus und Partnerschaftsbonus. Den Antrag füllen Sie online mit ElterngeldDigital aus, drucken ihn aus und schicken ihn unterschrieben an die Elterngeldstelle; stellen Sie ihn in den ersten drei Monaten nach der Geburt, denn rückwirkend wird nur für drei Monate gezahlt.',
    checklist: [
      'Geburtsurkunde des Kindes (Ausfertigung „für Elterngeld“)',
      'Einkommensnachweise der zwölf Monate vor der Geburt (Lohnabrechnungen oder Steuerbescheid)',
      'Bescheinigung der Krankenkasse über das Mutterschaftsgeld',
      'Bescheinigung des Arbeitgebers über den Zuschuss zum Mutterschaftsgeld',
      'Personalausweis oder Pass',
      'Bankverbindung (IBAN)',
    ],
    categoryKeys: ['elterngeld'],
  },
  {
    titleDe: 'Kindergeld', provider: 'Familienkasse – Servicestelle Potsdam',
    leikaKey: null, onlineUrl: FAMILIENKASSE_ONLINE,
    descriptionDe: 'Kindergeld gibt es für jedes Kind bis 18 Jahre, in Ausbildung oder Studium bis 25 Jahre. Zuständig ist die Familienkasse der Bundesagentur für Arbeit; nach der Geburt kann der Antrag sofort gestellt werden, rückwirkend wird für sechs Monate gezahlt.',
    checklist: [
      'Geburtsurkunde des Kindes (Ausfertigung „für Kindergeld“)',
      'Steuer-Identifikationsnummern von Ihnen und Ihrem Kind',
      'Personalausweis oder Pass',
      'Bankverbindung (IBAN)',
      'für Kinder über 18: Schul-, Ausbildungs- oder Studienbescheinigung',
    ],
    categoryKeys: ['kindergeld'], lifeSituationKeys: ['schwangerschaft_geburt', 'neu_in_potsdam'],
  },
  {
    titleDe: 'Kinderzuschlag', provider: 'Familienkasse – Servicestelle Potsdam',
    leikaKey: null, onlineUrl: FAMILIENKASSE_ONLINE,
    descriptionDe: 'Der Kinderzuschlag hilft Familien, deren Einkommen für sie selbst reicht, aber nicht für die ganze Familie. Wer ihn bekommt, zahlt keine Kita-Beiträge und erhält Bildung und Teilhabe. Bewilligt wird für sechs Monate.',
    checklist: [
      'Einkommensnachweise der letzten sechs Monate',
      'Mietvertrag oder Nachweis der Wohnkosten, Heizkostenabrechnung',
      'Kindergeldnummer',
      'Nachweise über Unterhalt oder Unterhaltsvorschuss',
      'Wohngeldbescheid, falls vorhanden',
      'Bankverbindung (IBAN)',
    ],
    categoryKeys: ['kinderzuschlag'], lifeSituationKeys: ['alleinerziehend'],
  },
  {
    titleDe: 'Kita-Gutschein und Betreuungsplatz', provider: 'Kitaservice Potsdam – Kita-Gutschein-Stelle',
    leikaKey: null, onlineUrl: null,
    descriptionDe: 'Mit dem Kita-Gutschein (dem Bescheid über den Rechtsanspruch) bestätigt die Stadt den Anspruch Ihres Kindes auf einen Platz in Krippe, Kindergarten oder Hort und den Betreuungsumfang. Mit dem Gutschein suchen Sie sich eine Kita; stellen Sie den Antrag etwa sechs Monate vor dem gewünschten Beginn.',
    checklist: [
      'Antrag auf den Kita-Gutschein',
      'Geburtsurkunde oder Meldebescheinigung des Kindes',
      'für mehr als die Grundbetreuung: Bescheinigung über Arbeit, Ausbildung oder Studium der Eltern',
      'Einkommensnachweise für die Berechnung des Elternbeitrags',
      'Personalausweis oder Pass',
    ],
    categoryKeys: ['kita_gutschein', 'hort'],
  },
  {
    titleDe: 'Kindertagespflege', provider: 'Kitaservice Potsdam – Kita-Gutschein-Stelle',
    leikaKey: null, onlineUrl: null,
    descriptionDe: 'Tagesmütter und Tagesväter betreuen vor allem Kinder unter drei Jahren in kleinen Gruppen. Die Stadt vermittelt einen Platz, prüft den Betreuungsbedarf und übernimmt die Förderung; Sie zahlen einen Elternbeitrag nach Ihrem Einkommen.',
    checklist: [
      'Antrag auf Förderung in der Kindertagespflege',
      'Geburtsurkunde des Kindes',
      'Bescheinigung über Arbeit, Ausbildung oder Studium der Eltern',
      'Einkommensnachweise für die Berechnung des Elternbeitrags',
    ],
    categoryKeys: ['kindertagespflege'],
  },
  {
    titleDe: 'Unterhaltsvorschuss', provider: 'Unterhaltsvorschusskasse Potsdam',
    leikaKey: null, onlineUrl: null,
    descriptionDe: 'Wenn der andere Elternteil keinen oder zu wenig Unterhalt zahlt, zahlt das Jugendamt Unterhaltsvorschuss für Kinder bis 18 Jahre und holt sich das Geld vom anderen Elternteil zurück.',
    checklist: [
      'Geburtsurkunde des Kindes',
      'Personalausweis oder Pass',
      'Nachweis über Trennung oder Scheidung, Vaterschaftsanerkennung',
      'Unterhaltstitel oder -vereinbarung, falls vorhanden',
      'Name und Anschrift des anderen Elternteils, soweit bekannt',
      'Bankverbindung (IBAN)',
    ],
    categoryKeys: ['unterhaltsvorschuss'],
  },
  {
    titleDe: 'Wohngeld', provider: 'Wohngeldstelle Potsdam',
    leikaKey: null, onlineUrl: null,
    descriptionDe: 'Wohngeld ist ein Zuschuss zur Miete (Mietzuschuss) oder zu den Kosten des eigenen Wohnraums (Lastenzuschuss) für Haushalte mit geringem Einkommen, die kein Bürgergeld bekommen. Es wird meist für zwölf Monate bewilligt.',
    checklist: [
      'Personalausweis oder Pass',
      'Mietvertrag und aktuelle Mietbescheinigung des Vermieters',
      'Einkommensnachweise aller Haushaltsmitglieder der letzten zwölf Monate',
      'Bescheide über andere Leistungen (Kindergeld, Unterhalt, Rente)',
      'Bankverbindung (IBAN)',
    ],
    categoryKeys: ['wohngeld', 'wohnen'],
  },
  {
    titleDe: 'Bildung und Teilhabe', provider: 'Servicestelle Bildung und Teilhabe',
    leikaKey: null, onlineUrl: null,
    descriptionDe: 'Kinder aus Familien mit Wohngeld, Kinderzuschlag oder Asylbewerberleistungen bekommen Geld für Schulbedarf, Mittagessen, Klassenfahrten, Ausflüge, Lernförderung und Vereinsbeiträge. Wer Bürgergeld bekommt, stellt den Antrag beim Jobcenter.',
    checklist: [
      'Bescheid über Wohngeld, Kinderzuschlag oder Asylbewerberleistungen',
      'Schulbescheinigung oder Kita-Bestätigung',
      'Rechnung oder Bestätigung (Klassenfahrt, Verein, Mittagessen)',
    ],
    categoryKeys: ['bildung_teilhabe'], lifeSituationKeys: ['schule', 'freizeit_ferien'],
  },
  {
    titleDe: 'Geburtsurkunde', provider: 'Standesamt Potsdam',
    leikaKey: null, onlineUrl: null,
    descriptionDe: 'Das Standesamt beurkundet die Geburt und stellt die Geburtsurkunden aus, auch die gebührenfreien für Elterngeld, Kindergeld und Mutterschaftsgeld. Die Klinik meldet die Geburt meist selbst; die Unterlagen der Eltern bringen Sie mit oder schicken sie ein.',
    checklist: [
      'Geburtsanzeige der Klinik (bei einer Geburt zu Hause: der Hebamme)',
      'verheiratete Eltern: Eheurkunde oder beglaubigter Ausdruck aus dem Eheregister',
      'nicht verheiratete Eltern: Geburtsurkunde der Mutter, Vaterschaftsanerkennung und Sorgeerklärung, falls vorhanden',
      'Personalausweise oder Pässe der Eltern',
    ],
    categoryKeys: ['behoerden'], lifeSituationKeys: ['schwangerschaft_geburt'],
  },
  {
    titleDe: 'Vaterschaftsanerkennung und Sorgeerklärung', provider: BEISTAND,
    leikaKey: null, onlineUrl: null,
    descriptionDe: 'Sind die Eltern nicht verheiratet, erkennt der Vater die Vaterschaft an, und mit einer Sorgeerklärung bekommen beide Eltern das gemeinsame Sorgerecht. Das Jugendamt beurkundet beides kostenlos, auch schon vor der Geburt; beide Eltern kommen persönlich.',
    checklist: [
      'Personalausweise oder Pässe beider Eltern',
      'Geburtsurkunden beider Eltern',
      'Geburtsurkunde des Kindes, vor der Geburt der Mutterpass',
      'bei einer früheren Ehe: Heiratsurkunde mit Scheidungsvermerk oder Scheidungsurteil',
    ],
    categoryKeys: ['trennung', 'behoerden'], lifeSituationKeys: ['schwangerschaft_geburt', 'alleinerziehend'],
  },
  {
    titleDe: 'Beistandschaft', provider: BEISTAND,
    leikaKey: null, onlineUrl: null,
    descriptionDe: 'Auf Antrag eines allein sorgenden Elternteils wird das Jugendamt Beistand des Kindes: es stellt die Vaterschaft fest und macht den Kindesunterhalt geltend. Die Beistandschaft ist freiwillig und kostenlos und endet, wenn Sie es schriftlich verlangen.',
    checklist: [
      'formloser schriftlicher Antrag',
      'Geburtsurkunde des Kindes',
      'Personalausweis oder Pass',
      'Name und Anschrift des anderen Elternteils, soweit bekannt',
      'vorhandene Unterhaltstitel oder -vereinbarungen',
    ],
    categoryKeys: ['unterhaltsvorschuss', 'trennung'], lifeSituationKeys: ['alleinerziehend'],
  },
];
