import type { OpeningSlot, PortalLang } from '@lotsen/domain';

/** What the API's public endpoints answer (apps/api/src/modules/portal; docs/portal.md). */
export interface PublicProvider {
  id: string;
  name: string;
  kind?: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website?: string | null;
  languages?: string[];
  openingHours?: string | null;
  openingSchedule?: OpeningSlot[];
}

export interface PublicDistrict {
  id: string;
  code: string;
  name: string;
}

export interface PublicCategory {
  key: string;
  label: string;
}

/** `textLang`: the language the texts are in (translations); missing means German. */
export interface PublicOffer {
  id: string;
  title: string;
  description: string | null;
  provider: PublicProvider | null;
  categories: PublicCategory[];
  lifeSituationKeys: string[];
  districts: PublicDistrict[];
  languages: string[];
  ageFrom: number | null;
  ageTo: number | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  openingHours: string | null;
  /** Weekly slots in Potsdam time (absent in answers of an older API). */
  openingSchedule?: OpeningSlot[];
  capacity: 'available' | 'waitlist' | 'full' | string;
  costFree: boolean | null;
  updatedAt: string;
  /** When the offer's data were last confirmed: the "Stand" (absent in answers of an older API). */
  confirmedAt?: string;
  textLang?: string;
}

export interface PublicService {
  id: string;
  leikaKey: string | null;
  title: string;
  description: string | null;
  provider: PublicProvider | null;
  onlineUrl: string | null;
  checklist: string[];
  categories: PublicCategory[];
  lifeSituationKeys: string[];
  lastCheckedAt: string | null;
  updatedAt: string;
  textLang?: string;
}

export interface PublicLifeSituation {
  key: string;
  label: string;
  categoryKeys: string[];
  intro?: string | null;
  textLang?: string;
}

export interface PortalListAnswer<T> {
  lang: PortalLang;
  total: number;
  items: T[];
}

export interface Suggestion {
  kind: 'offer' | 'service' | 'life_situation';
  id?: string;
  key?: string;
  title: string;
  href?: string;
}

export interface CallbackForm {
  lang: string;
  token: string;
  consentVersion: string;
  consentText: string;
  offices: { id: string; name: string }[];
  topics: { value: string; label: string }[];
}

/** The search as the portal's search page reads it from its query string. */
export interface SearchParams {
  q: string;
  districtId: string;
  language: string;
  age: string;
  free: boolean;
  offset: number;
}
