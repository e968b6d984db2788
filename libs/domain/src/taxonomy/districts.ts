/** Districts of Potsdam (domain.md, "Districts of Potsdam"): seed data. */

export const SOZIALRAEUME = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;
export type Sozialraum = (typeof SOZIALRAEUME)[number];

export interface DistrictSeed {
  /** Stable code used in reports and imports. */
  code: string;
  name: string;
  /** `null` for the pseudo-districts `unknown` and `outside`. */
  sozialraum: Sozialraum | null;
  stadtteile: readonly string[];
}

export const DISTRICTS: readonly DistrictSeed[] = [
  {
    code: 'SR1',
    name: 'Nördliche Ortsteile',
    sozialraum: 'I',
    stadtteile: [
      'Fahrland',
      'Groß Glienicke',
      'Marquardt',
      'Neu Fahrland',
      'Satzkorn',
      'Uetz-Paaren',
      'Sacrow',
    ],
  },
  {
    code: 'SR2',
    name: 'Potsdam Nord',
    sozialraum: 'II',
    stadtteile: ['Bornim', 'Bornstedt', 'Eiche', 'Golm', 'Grube', 'Nedlitz'],
  },
  {
    code: 'SR3',
    name: 'Potsdam West, Innenstadt, Nördliche Vorstädte',
    sozialraum: 'III',
    stadtteile: [
      'Brandenburger Vorstadt',
      'Potsdam West',
      'Innenstadt',
      'Nauener Vorstadt',
      'Jägervorstadt',
      'Berliner Vorstadt',
    ],
  },
  {
    code: 'SR4',
    name: 'Babelsberg, Zentrum Ost',
    sozialraum: 'IV',
    stadtteile: ['Babelsberg Nord', 'Babelsberg Süd', 'Zentrum Ost', 'Klein Glienicke'],
  },
  {
    code: 'SR5',
    name: 'Stern, Drewitz, Kirchsteigfeld',
    sozialraum: 'V',
    stadtteile: ['Stern', 'Drewitz', 'Kirchsteigfeld'],
  },
  {
    code: 'SR6',
    name: 'Schlaatz, Waldstadt, Potsdam Süd',
    sozialraum: 'VI',
    stadtteile: ['Schlaatz', 'Waldstadt I', 'Waldstadt II', 'Teltower Vorstadt', 'Templiner Vorstadt'],
  },
  { code: 'unknown', name: 'ohne Angabe', sozialraum: null, stadtteile: [] },
  { code: 'outside', name: 'außerhalb Potsdams', sozialraum: null, stadtteile: [] },
];

export const DISTRICT_CODE_PATTERN = /^[A-Za-z0-9_-]{1,20}$/;
