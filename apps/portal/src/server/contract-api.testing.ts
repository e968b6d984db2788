import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIFE_SITUATIONS, type PortalLang } from '@lotsen/domain';

/**
 * For server.spec.ts: a real local HTTP server that answers like the API's public contract
 * (docs/portal.md; the callback endpoints as agreed with the callback slice), with a few demo-like
 * records, and that records what the portal asked.
 */

export const KITA_OFFER = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Kita-Gutschein-Beratung',
  description: 'Wir helfen beim Antrag auf den Kita-Gutschein.',
  providerId: 'p1',
  provider: { id: 'p1', name: 'Familienbüro Mitte', address: 'Am Markt 1', phone: '0331 1', email: null },
  categoryKeys: ['kita_gutschein'],
  categories: [{ key: 'kita_gutschein', label: 'Kita-Gutschein' }],
  lifeSituationKeys: ['kinderbetreuung'],
  districtIds: ['d1'],
  districts: [{ id: '22222222-2222-4222-8222-222222222222', code: 'SR3', name: 'Potsdam West' }],
  languages: ['de', 'uk'],
  ageFrom: 0,
  ageTo: 6,
  address: 'Am Markt 1, 14467 Potsdam',
  phone: '0331 123456',
  email: 'kita@example.org',
  openingHours: 'Mo–Fr 9–12 Uhr',
  capacity: 'waitlist',
  costFree: true,
  updatedAt: '2026-11-02T10:00:00.000Z',
};
export const SHELTER = {
  ...KITA_OFFER,
  id: '33333333-3333-4333-8333-333333333333',
  title: 'Frauenhaus',
  address: null,
  email: null,
  phone: '0331 999',
  capacity: 'full',
  textLang: 'uk',
  districts: [{ id: '66666666-6666-4666-8666-666666666666', code: 'outside', name: 'außerhalb Potsdams' }],
};
export const SERVICE = {
  id: '44444444-4444-4444-8444-444444444444',
  leikaKey: '99041006017000',
  title: 'Elterngeld',
  description: 'Geld für Eltern im ersten Lebensjahr.',
  providerId: 'p2',
  provider: {
    id: 'p2',
    name: 'Elterngeldstelle',
    address: 'Friedrich-Ebert-Straße 79, 14469 Potsdam',
    phone: '0331 289',
    email: null,
    openingHours: 'Di 9–18 Uhr',
  },
  onlineUrl: 'https://www.elterngeld-digital.de',
  checklist: ['Geburtsurkunde', 'Einkommensnachweise'],
  categoryKeys: ['elterngeld'],
  categories: [],
  lifeSituationKeys: ['geld_leistungen'],
  lastCheckedAt: '2026-11-30',
  updatedAt: '2026-11-30T08:00:00.000Z',
};
export const OFFICE = { id: '55555555-5555-4555-8555-555555555555', name: 'Familienbüro Mitte' };

interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export class ContractApi {
  seen: Seen[] = [];
  callbackFormMissing = false;
  callbackAnswer: { status: number; body: Record<string, unknown> } = { status: 201, body: { ok: true } };
  server: Server = createServer((req, res) => void this.answer(req, res));

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    this.seen.push({
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: raw ? JSON.parse(raw) : null,
    });
    const lang = (url.searchParams.get('lang') ?? 'de') as PortalLang;
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const notFound = () => send(404, { code: 'NOT_FOUND', message: 'not found' });
    const path = url.pathname;
    if (path === '/api/portal/life-situations') {
      return send(200, {
        lang,
        items: LIFE_SITUATIONS.map((s) => ({
          key: s.key,
          label: s.labels[lang],
          categoryKeys: s.categoryKeys,
        })),
      });
    }
    if (path === '/api/portal/offers') {
      const items = q.includes('kita')
        ? [KITA_OFFER]
        : q.includes('frau')
          ? [SHELTER]
          : q
            ? []
            : [KITA_OFFER, SHELTER];
      const filtered = url.searchParams.get('free') === 'true' && q.includes('kita') ? [] : items;
      return send(200, { lang, total: filtered.length, items: filtered });
    }
    if (path === `/api/portal/offers/${KITA_OFFER.id}`) return send(200, KITA_OFFER);
    if (path === `/api/portal/offers/${SHELTER.id}`) return send(200, SHELTER);
    if (path === '/api/portal/services') {
      const items = q.includes('eltern') || url.searchParams.get('lifeSituation') ? [SERVICE] : [];
      return send(200, { lang, total: items.length, items });
    }
    if (path === `/api/portal/services/${SERVICE.leikaKey}`) return send(200, SERVICE);
    if (path === '/api/portal/callback-form') {
      if (this.callbackFormMissing) return notFound();
      return send(200, {
        lang,
        token: 'token-1',
        consentVersion: 'v1',
        consentText: 'Das Familienbüro speichert Ihre Angaben, um Sie zurückzurufen.',
        offices: [OFFICE],
        topics: [{ value: 'lebenslage:kinderbetreuung', label: 'Kinderbetreuung' }],
      });
    }
    if (path === '/api/portal/callbacks' && req.method === 'POST') {
      return send(this.callbackAnswer.status, this.callbackAnswer.body);
    }
    return notFound();
  }
}
