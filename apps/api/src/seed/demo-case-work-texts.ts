import { NEED_CATEGORIES, type ContactChannel, type UnmetReason } from '@lotsen/domain';
import type { DemoOfficeKey } from './demo-offices-users';

// Districts, channels, categories

export const FAMILY_DISTRICTS: Record<DemoOfficeKey, Record<string, number>> = {
  main: { SR1: 7, SR2: 11, SR3: 24, SR4: 12, SR5: 17, SR6: 18, unknown: 6, outside: 5 },
  schlaatz: { SR1: 1, SR2: 2, SR3: 5, SR4: 8, SR5: 22, SR6: 56, unknown: 3, outside: 3 },
};

export const CONTACT_DISTRICTS: Record<DemoOfficeKey, Record<string, number>> = {
  main: { SR1: 6, SR2: 10, SR3: 20, SR4: 13, SR5: 14, SR6: 14, unknown: 18, outside: 5 },
  schlaatz: { SR1: 1, SR2: 2, SR3: 4, SR4: 6, SR5: 18, SR6: 52, unknown: 14, outside: 3 },
};

export const CHANNELS: Record<ContactChannel, number> = {
  walk_in: 45,
  phone: 30,
  email: 12,
  outreach: 8,
  video: 3,
  letter: 2,
};

export const DURATION: Record<ContactChannel, [number, number]> = {
  walk_in: [10, 45],
  phone: [5, 20],
  email: [5, 15],
  video: [20, 45],
  outreach: [10, 30],
  letter: [5, 15],
};

/** How often a category comes up at the front desk (relative weights). */
export const CATEGORY_WEIGHTS: Record<string, number> = {
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

export const NEEDS_PER_CONTACT = { '1': 68, '2': 24, '3': 8 };

export const LABEL: Record<string, string> = Object.fromEntries(
  NEED_CATEGORIES.map((c) => [c.key, c.labelDe.split(' / ')[0]]),
);

/** Chance and reason of an unmet need: the gaps the city should see (no offer, waitlist). */
export function gapOf(category: string, district: string): { p: number; reason: UnmetReason } {
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

export const ANONYMOUS_SUMMARIES: Record<string, string[]> = {
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

export const FAMILY_SUMMARIES: Record<ContactChannel, string[]> = {
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

export const FAMILY_NOTES = [
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

export const INTERPRETER_NOTES = [
  'Gespräch mit Sprachmittlerin geführt; Termin für nächste Woche vereinbart.',
  'Infoblatt in der Herkunftssprache mitgegeben; beim nächsten Mal Sprachmittlung einplanen.',
];

export const CONFIDENTIAL_NOTES = [
  'Mutter berichtet von starken Konflikten mit dem Kindsvater, Übergaben beim Umgang eskalieren. Wünscht vertrauliche Behandlung; Umgangsbegleitung als Möglichkeit besprochen.',
  'Vater spricht offen über depressive Phasen seit der Trennung; möchte nicht, dass dies im Team besprochen wird. Hinweis auf den Krisendienst gegeben.',
  'Mutter erwähnt Alkoholprobleme des Partners. Sicherheit der Kinder besprochen, aktuell kein akuter Handlungsbedarf. Nächstes Gespräch in zwei Wochen.',
  'Familie hat Mietschulden und Angst vor einer Räumungsklage, großes Schamgefühl. Schuldnerberatung angeboten.',
  'Mutter berichtet von Gewalterfahrungen in der früheren Beziehung; lebt jetzt sicher. Kontakt zur Frauenberatung angeboten.',
  'Jugendliche Tochter hat sich anvertraut (Schulangst, Mobbing). Ausdrücklich vertraulich.',
  'Aufenthaltsrechtliche Unsicherheit; Familie bittet um Vertraulichkeit. Migrationsberatung empfohlen.',
  'Schwangerschaft ist im Umfeld noch nicht bekannt; Mutter wünscht Vertraulichkeit.',
];

export const NEED_DESCRIPTIONS: Record<string, string[]> = {
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

export const FOLLOW_UP_TITLES: Record<string, string[]> = {
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
export const GENERIC_FOLLOW_UP_TITLES = [
  'Rückruf vereinbaren',
  'Wiedervorlage: Stand besprechen',
  'Nachfragen, ob alles geklappt hat',
];

export const FOLLOW_UP_NOTES = [
  'Mutter ruft selbst an, falls der Bescheid vorher kommt.',
  'Bitte vorher die Unterlagen im Verlauf ansehen.',
  'Familie ist vormittags am besten erreichbar.',
];

export const HANDOFF_NOTES = [
  'Urlaubsvertretung: bitte die offene Wiedervorlage übernehmen.',
  'Übergabe wegen Arbeitsschwerpunkt Trennung und Unterhalt.',
  'Die Familie wünscht die Beratung durch eine Kollegin.',
  'Längere Abwesenheit; alle offenen Vorgänge sind im Verlauf dokumentiert.',
  'Übernahme zur Entlastung, Fallzahlen ausgleichen.',
  'Bitte Rückruf bis Ende der Woche; Unterlagen liegen vollständig vor.',
];
