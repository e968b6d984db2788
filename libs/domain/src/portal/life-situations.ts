import type { PortalLang } from './languages';

/**
 * Life situations (Lebenslagen) of the Familienportal's start page (issue 17 point 2). Each maps
 * to need categories of the taxonomy (need-categories.ts): an offer belongs to a life situation
 * when it carries one of its categories. Data, not a table; texts beyond the label are later
 * translations.
 */
export interface LifeSituation {
  key: string;
  labelDe: string;
  categoryKeys: readonly string[];
  /** The label in every portal language; `ls` is Leichte Sprache. */
  labels: Readonly<Record<PortalLang, string>>;
}

export const LIFE_SITUATIONS: readonly LifeSituation[] = [
  {
    key: 'schwangerschaft_geburt',
    labelDe: 'Schwangerschaft und Geburt',
    categoryKeys: ['schwangerschaft', 'hebamme', 'fruehe_hilfen', 'mutterschutz', 'elterngeld'],
    labels: {
      de: 'Schwangerschaft und Geburt',
      ls: 'Sie bekommen ein Baby',
      en: 'Pregnancy and birth',
      uk: 'Вагітність і пологи',
      ar: 'الحمل والولادة',
      tr: 'Hamilelik ve doğum',
    },
  },
  {
    key: 'kinderbetreuung',
    labelDe: 'Kinderbetreuung',
    categoryKeys: ['kita_gutschein', 'kindertagespflege', 'hort', 'elternbeitraege', 'vereinbarkeit'],
    labels: {
      de: 'Kinderbetreuung',
      ls: 'Kita und Betreuung für Ihr Kind',
      en: 'Childcare',
      uk: 'Догляд за дітьми і дитячий садок',
      ar: 'رعاية الأطفال',
      tr: 'Çocuk bakımı',
    },
  },
  {
    key: 'geld_leistungen',
    labelDe: 'Geld und Leistungen',
    categoryKeys: [
      'elterngeld',
      'kindergeld',
      'kinderzuschlag',
      'unterhaltsvorschuss',
      'wohngeld',
      'bildung_teilhabe',
      'grundsicherung',
      'mutterschutz',
      'einmalhilfen',
      'elternbeitraege',
      'schulden',
    ],
    labels: {
      de: 'Geld und Leistungen',
      ls: 'Geld für Ihre Familie',
      en: 'Money and benefits',
      uk: 'Гроші та соціальні виплати',
      ar: 'المال والمساعدات',
      tr: 'Para ve sosyal yardımlar',
    },
  },
  {
    key: 'alleinerziehend',
    labelDe: 'Alleinerziehend',
    categoryKeys: ['alleinerziehend', 'unterhaltsvorschuss', 'trennung', 'vereinbarkeit'],
    labels: {
      de: 'Alleinerziehend',
      ls: 'Sie sind allein mit Ihrem Kind',
      en: 'Single parents',
      uk: 'Одинокі батьки',
      ar: 'تربية الأطفال بمفردك',
      tr: 'Tek başına çocuk büyütenler',
    },
  },
  {
    key: 'beratung_krisen',
    labelDe: 'Beratung in Krisen',
    categoryKeys: [
      'erziehungsberatung',
      'trennung',
      'psyche_sucht',
      'hilfen_erziehung',
      'kinderschutz',
      'schulden',
    ],
    labels: {
      de: 'Beratung in Krisen',
      ls: 'Hilfe bei Sorgen und Streit',
      en: 'Counselling in a crisis',
      uk: 'Консультації у кризових ситуаціях',
      ar: 'الاستشارة في الأزمات',
      tr: 'Kriz durumunda danışmanlık',
    },
  },
  {
    key: 'gesundheit',
    labelDe: 'Gesundheit',
    categoryKeys: ['gesundheit', 'psyche_sucht', 'behinderung', 'hebamme', 'pflege'],
    labels: {
      de: 'Gesundheit',
      ls: 'Gesund sein',
      en: 'Health',
      uk: 'Здоров’я',
      ar: 'الصحة',
      tr: 'Sağlık',
    },
  },
  {
    key: 'freizeit_ferien',
    labelDe: 'Freizeit und Ferien',
    categoryKeys: ['freizeit', 'familienbildung'],
    labels: {
      de: 'Freizeit und Ferien',
      ls: 'Freie Zeit und Ferien',
      en: 'Leisure and holidays',
      uk: 'Дозвілля та канікули',
      ar: 'أوقات الفراغ والعطلات',
      tr: 'Boş zaman ve tatil',
    },
  },
  {
    key: 'neu_in_potsdam',
    labelDe: 'Neu in Potsdam',
    categoryKeys: ['migration', 'sprache', 'behoerden', 'wohnen'],
    labels: {
      de: 'Neu in Potsdam',
      ls: 'Sie sind neu in Potsdam',
      en: 'New in Potsdam',
      uk: 'Щойно приїхали до Потсдама',
      ar: 'جديد في بوتسدام',
      tr: 'Potsdam’a yeni gelenler',
    },
  },
  {
    key: 'behinderung_inklusion',
    labelDe: 'Behinderung und Inklusion',
    categoryKeys: ['behinderung'],
    labels: {
      de: 'Behinderung und Inklusion',
      ls: 'Leben mit Behinderung',
      en: 'Disability and inclusion',
      uk: 'Інвалідність та інклюзія',
      ar: 'الإعاقة والدمج',
      tr: 'Engellilik ve kapsayıcılık',
    },
  },
  {
    key: 'schule',
    labelDe: 'Schule',
    categoryKeys: ['schule', 'bildung_teilhabe', 'hort'],
    labels: {
      de: 'Schule',
      ls: 'Schule',
      en: 'School',
      uk: 'Школа',
      ar: 'المدرسة',
      tr: 'Okul',
    },
  },
];

export const LIFE_SITUATION_KEYS: readonly string[] = LIFE_SITUATIONS.map((s) => s.key);

export function findLifeSituation(key: string): LifeSituation | undefined {
  return LIFE_SITUATIONS.find((s) => s.key === key);
}

/** The keys of the life situations an offer with these categories belongs to. */
export function lifeSituationsOf(categoryKeys: readonly string[]): string[] {
  return LIFE_SITUATIONS.filter((s) => s.categoryKeys.some((c) => categoryKeys.includes(c))).map(
    (s) => s.key,
  );
}
