import type { PortalLang } from '@lotsen/domain';
import type { Messages } from '../i18n';
import type { Route } from '../routing';

/** What every page knows: its language and strings, where it lives, and the built assets. */
export interface PageContext {
  lang: PortalLang;
  t: Messages;
  basePath: string;
  /** The request's path and query, for the language switch. */
  url: string;
  route: Route | null;
  assets: { css: string | null; js: string | null };
}
