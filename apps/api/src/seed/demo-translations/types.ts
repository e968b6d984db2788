import type { PortalLang } from '@lotsen/domain';

/** The translated texts of one offer or service in one language (a checklist: its items). */
export interface RecordTexts {
  title: string;
  description: string;
  checklist?: readonly string[];
}

/** The translations of records named by their German title, by portal language (not `de`). */
export type TextsByTitle = Readonly<Record<string, Partial<Record<Exclude<PortalLang, 'de'>, RecordTexts>>>>;
