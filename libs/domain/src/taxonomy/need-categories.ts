/** Seed taxonomy of needs (domain.md, "Need categories"). */

export const NEED_CATEGORY_GROUPS = [
  'Finanzielle Hilfen',
  'Kinderbetreuung',
  'Rund um die Geburt',
  'Beratung',
  'Gesundheit',
  'Leben',
  'Bildung',
  'Migration und Sprache',
  'Freizeit und Familienbildung',
  'Verwaltung',
  'Schutz',
  'Sonstiges',
] as const;
export type NeedCategoryGroup = (typeof NEED_CATEGORY_GROUPS)[number];

export interface NeedCategorySeed {
  key: string;
  labelDe: string;
  labelEn: string;
  group: NeedCategoryGroup;
  /** May reveal special categories of data (DSGVO Art. 9): reports use the higher threshold. */
  sensitive: boolean;
}

type Row = [key: string, labelDe: string, labelEn: string, group: NeedCategoryGroup];

const ROWS: Row[] = [
  ['elterngeld', 'Elterngeld / Elternzeit', 'Parental allowance / parental leave', 'Finanzielle Hilfen'],
  ['kindergeld', 'Kindergeld', 'Child benefit', 'Finanzielle Hilfen'],
  ['kinderzuschlag', 'Kinderzuschlag', 'Child supplement', 'Finanzielle Hilfen'],
  [
    'unterhaltsvorschuss',
    'Unterhaltsvorschuss / Unterhalt / Beistandschaft',
    'Maintenance advance / maintenance / legal advisership',
    'Finanzielle Hilfen',
  ],
  ['wohngeld', 'Wohngeld', 'Housing benefit', 'Finanzielle Hilfen'],
  ['bildung_teilhabe', 'Bildung und Teilhabe', 'Education and participation', 'Finanzielle Hilfen'],
  [
    'grundsicherung',
    'Bürgergeld / Sozialhilfe',
    'Citizen’s income / social assistance',
    'Finanzielle Hilfen',
  ],
  [
    'mutterschutz',
    'Mutterschutz / Mutterschaftsgeld',
    'Maternity protection / maternity pay',
    'Finanzielle Hilfen',
  ],
  [
    'einmalhilfen',
    'Einmalhilfen / Stiftungen / Erstausstattung',
    'One-off aid / foundations / initial equipment',
    'Finanzielle Hilfen',
  ],
  ['kita_gutschein', 'Kita-Platz / Kita-Gutschein', 'Day-care place / day-care voucher', 'Kinderbetreuung'],
  ['kindertagespflege', 'Kindertagespflege', 'Childminding', 'Kinderbetreuung'],
  ['hort', 'Hort / Ganztag', 'After-school care / all-day school', 'Kinderbetreuung'],
  [
    'elternbeitraege',
    'Elternbeiträge / Beitragsbefreiung',
    'Parental fees / fee exemption',
    'Kinderbetreuung',
  ],
  ['schwangerschaft', 'Schwangerschaftsberatung', 'Pregnancy counselling', 'Rund um die Geburt'],
  ['fruehe_hilfen', 'Frühe Hilfen / Familienhebamme', 'Early help / family midwife', 'Rund um die Geburt'],
  ['hebamme', 'Hebammensuche / Geburt', 'Finding a midwife / birth', 'Rund um die Geburt'],
  ['erziehungsberatung', 'Erziehungsberatung', 'Parenting counselling', 'Beratung'],
  [
    'trennung',
    'Trennung / Scheidung / Umgang / Sorgerecht',
    'Separation / divorce / contact / custody',
    'Beratung',
  ],
  ['alleinerziehend', 'Alleinerziehend', 'Single parents', 'Beratung'],
  [
    'hilfen_erziehung',
    'Hilfen zur Erziehung (Vermittlung an den ASD)',
    'Child and youth welfare support (referral to ASD)',
    'Beratung',
  ],
  ['gesundheit', 'Gesundheit / Kinderarzt / Vorsorge', 'Health / paediatrician / check-ups', 'Gesundheit'],
  ['psyche_sucht', 'Psychische Belastung / Sucht', 'Mental strain / addiction', 'Gesundheit'],
  [
    'behinderung',
    'Behinderung / Frühförderung / Eingliederungshilfe',
    'Disability / early intervention / integration assistance',
    'Gesundheit',
  ],
  ['wohnen', 'Wohnen / Wohnungssuche / WBS', 'Housing / finding a flat / housing entitlement', 'Leben'],
  ['schulden', 'Schulden / Energieschulden', 'Debt / energy debt', 'Leben'],
  ['vereinbarkeit', 'Vereinbarkeit Familie und Beruf', 'Work–family balance', 'Leben'],
  ['pflege', 'Pflege von Angehörigen', 'Caring for relatives', 'Leben'],
  [
    'schule',
    'Schule / Einschulung / Lernförderung',
    'School / school enrolment / learning support',
    'Bildung',
  ],
  [
    'migration',
    'Migration / Aufenthalt / Integration',
    'Migration / residence / integration',
    'Migration und Sprache',
  ],
  [
    'sprache',
    'Sprache / Dolmetschen / Deutschkurse',
    'Language / interpreting / German courses',
    'Migration und Sprache',
  ],
  ['freizeit', 'Freizeit / Ferien / Sport', 'Leisure / holidays / sport', 'Freizeit und Familienbildung'],
  [
    'familienbildung',
    'Familienbildung / Elternkurse / Treffs',
    'Family education / parenting courses / meeting places',
    'Freizeit und Familienbildung',
  ],
  [
    'behoerden',
    'Anträge / Urkunden / Behördenlotse',
    'Applications / certificates / help with authorities',
    'Verwaltung',
  ],
  [
    'kinderschutz',
    'Kinderschutz / Gewalt (sofort an Teamleitung)',
    'Child protection / violence (to the team lead at once)',
    'Schutz',
  ],
  ['sonstiges', 'Sonstiges', 'Other', 'Sonstiges'],
];

/** Groups whose categories may reveal special categories of personal data (DSGVO Art. 9). */
export const SENSITIVE_GROUPS: readonly NeedCategoryGroup[] = ['Gesundheit', 'Schutz'];
/** Single categories outside those groups that are sensitive too. */
export const SENSITIVE_KEYS: readonly string[] = ['migration'];

export function isSensitiveCategory(key: string, group: string): boolean {
  return (SENSITIVE_GROUPS as readonly string[]).includes(group) || SENSITIVE_KEYS.includes(key);
}

export const NEED_CATEGORIES: readonly NeedCategorySeed[] = ROWS.map(([key, labelDe, labelEn, group]) => ({
  key,
  labelDe,
  labelEn,
  group,
  sensitive: isSensitiveCategory(key, group),
}));

/** A need of this category notifies the office's team leads at once. */
export const CHILD_PROTECTION_CATEGORY = 'kinderschutz';

/** Keys are lower-case snake_case, as enum values in the API. */
export const NEED_CATEGORY_KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;
