import type { PortalLang } from '@lotsen/domain';
import { ar } from './ar';
import { de, type Messages } from './de';
import { en } from './en';
import { ls } from './ls';
import { tr } from './tr';
import { uk } from './uk';
import { pageTextsOf } from './page-texts';

export type { Messages } from './de';
export { pageTextsOf };

export const MESSAGES: Readonly<Record<PortalLang, Messages>> = { de, ls, en, uk, ar, tr };

export function messagesOf(lang: PortalLang): Messages {
  return MESSAGES[lang];
}

/** Fills `{name}` placeholders of an interface string. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
