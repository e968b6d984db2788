import type { PageContext } from '../components/context';
import type { SearchBoxProps } from '../components/SearchBox';
import { pathOf } from '../routing';

/** The search box's props: the same on the server and in the island's hydration data. */
export function searchBoxProps(ctx: PageContext, q: string): SearchBoxProps {
  const s = ctx.t.search;
  return {
    action: pathOf(ctx.basePath, ctx.lang, { name: 'search' }),
    suggestUrl: pathOf(ctx.basePath, ctx.lang, { name: 'suggestions' }),
    q,
    formId: 'portal-search',
    strings: {
      label: s.label,
      hint: s.hint,
      submit: s.submit,
      suggestions: s.suggestions,
      suggestionsCount: s.suggestionsCount,
      suggestionsNone: s.suggestionsNone,
      kindOffer: s.kindOffer,
      kindService: s.kindService,
      kindLifeSituation: s.kindLifeSituation,
    },
  };
}
