import { Injectable } from '@nestjs/common';
import {
  LIFE_SITUATIONS,
  foldSearchText,
  pickPublic,
  type PortalLang,
  type PublicRecord,
} from '@lotsen/domain';
import { PortalServicesService } from './portal-services.service';
import { PortalService } from './portal.service';

/** At most this many suggestions: life situations first, then services, then offers. */
export const SUGGESTIONS_MAX = 8;
const SERVICES_MAX = 3;
const OFFERS_MAX = 5;

/**
 * Search suggestions while a family types (issue 17 point 3): life situations whose label holds
 * the text (in the page's language or German), then the best services and offers by the portal's
 * forgiving search. Titles only; a suggestion is not a search and is never counted.
 */
@Injectable()
export class PortalSuggestionsService {
  constructor(
    private readonly offers: PortalService,
    private readonly services: PortalServicesService,
  ) {}

  async suggest(q: string, lang: PortalLang): Promise<{ lang: PortalLang; items: PublicRecord[] }> {
    const folded = foldSearchText(q);
    const situations = LIFE_SITUATIONS.filter(
      (s) => foldSearchText(s.labels[lang]).includes(folded) || foldSearchText(s.labels.de).includes(folded),
    ).map((s) => ({ kind: 'life_situation', key: s.key, title: s.labels[lang] }));
    const [services, offers] = await Promise.all([
      this.services.services({ q, lang, limit: SERVICES_MAX }),
      this.offers.offers({ q, lang, limit: OFFERS_MAX }),
    ]);
    const items = [
      ...situations,
      ...services.items.map((s) => ({ kind: 'service', id: s.id, leikaKey: s.leikaKey, title: s.title })),
      ...offers.items.map((o) => ({ kind: 'offer', id: o.id, title: o.title })),
    ].slice(0, SUGGESTIONS_MAX);
    return { lang, items: items.map((item) => pickPublic('suggestion', item)) };
  }
}
