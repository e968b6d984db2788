import { LIFE_SITUATIONS, PORTAL_LANGS, type PublicEntity } from '@lotsen/domain';
import type { Response, Test } from 'supertest';

/** One answer of a public route, with the entity its records are. */
export interface WalkedAnswer {
  what: string;
  res: Response;
  entity: PublicEntity;
}

type Get = (path: string, query?: Record<string, string | number>) => Test;

/**
 * Every answer of every public /api/portal route on the demo data (portal.e2e-spec.ts checks
 * each against the allow-list): life situations, offer lists and every listed offer, service
 * lists and every listed service by its id and its LeiKa key, and search suggestions.
 * lists and every listed service by its id and its LeiKa key, the callback form in every language.
 */
export async function walkPortal(get: Get): Promise<WalkedAnswer[]> {
  const answers: WalkedAnswer[] = [];
  const offerIds = new Set<string>();
  for (const lang of PORTAL_LANGS) {
    answers.push({
      what: `life-situations ${lang}`,
      res: await get('/api/portal/life-situations', { lang }),
      entity: 'life_situation',
    });
    const queries: Record<string, string | number>[] = [
      { lang },
      { lang, q: 'Beratung' },
      ...LIFE_SITUATIONS.map((s) => ({ lang, lifeSituation: s.key })),
    ];
    for (const query of queries) {
      for (let offset = 0; ; offset += 50) {
        const res = await get('/api/portal/offers', { ...query, limit: 50, offset });
        answers.push({ what: `offers ${JSON.stringify(query)} @${offset}`, res, entity: 'offer' });
        for (const o of (res.body.items ?? []) as { id: string }[]) offerIds.add(o.id);
        if (res.status !== 200 || offset + 50 >= res.body.total) break;
      }
    }
  }
  for (const id of offerIds) {
    for (const lang of ['de', 'en', 'ar']) {
      answers.push({
        what: `offer ${id} ${lang}`,
        res: await get(`/api/portal/offers/${id}`, { lang }),
        entity: 'offer',
      });
    }
  }
  // Verwaltungsleistungen: every list, and each service by its LeiKa key (where it has one) and id
  const services = new Map<string, string | null>();
  for (const lang of PORTAL_LANGS) {
    const queries: Record<string, string>[] = [
      { lang },
      { lang, q: 'Antrag' },
      ...LIFE_SITUATIONS.map((s) => ({ lang, lifeSituation: s.key })),
    ];
    for (const query of queries) {
      const res = await get('/api/portal/services', { ...query, limit: 50 });
      answers.push({ what: `services ${JSON.stringify(query)}`, res, entity: 'service' });
      for (const s of (res.body.items ?? []) as { id: string; leikaKey: string | null }[])
        services.set(s.id, s.leikaKey);
    }
  }
  for (const [id, leikaKey] of services) {
    for (const ref of leikaKey ? [id, leikaKey] : [id]) {
      answers.push({
        what: `service ${ref}`,
        res: await get(`/api/portal/services/${ref}`),
        entity: 'service',
      });
    }
  }
  // suggestions while typing: a few beginnings in every language
  for (const lang of PORTAL_LANGS) {
    for (const q of ['ki', 'Beratung', 'kitagutschien', 'Eltern']) {
      answers.push({
        what: `suggestions ${lang} ${q}`,
        res: await get('/api/portal/suggestions', { lang, q }),
        entity: 'suggestion',
      });
    }
  }
  // Rückruf erbitten: the form in every language (the POST stores a request: callback-requests.e2e-spec.ts)
  for (const lang of PORTAL_LANGS) {
    answers.push({
      what: `callback-form ${lang}`,
      res: await get('/api/portal/callback-form', { lang }),
      entity: 'callback_form',
    });
  }
  return answers;
}
