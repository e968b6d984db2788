import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIFE_SITUATIONS } from '@lotsen/domain';
import { ContractApi, KITA_OFFER, OFFICE, SHELTER } from './contract-api.testing';
import { createPortalServer } from './create-server';
import { MemoryRateLimit } from './rate-limit';

/**
 * The portal server against a real local HTTP server that answers like the API's public
 * contract (docs/portal.md; the callback endpoints as agreed with the callback slice). The
 * portal is started exactly as `npm start` starts it (createPortalServer), without a build.
 */
describe('the portal server (createPortalServer) against the API contract', () => {
  const api = new ContractApi();
  let portal: Server;
  let base: string;

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { headers, redirect: 'manual' });
  const post = (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      redirect: 'manual',
    });
  const validForm = {
    token: 'token-1',
    consentVersion: 'v1',
    website: '',
    topic: 'lebenslage:kinderbetreuung',
    officeId: OFFICE.id,
    name: 'Olena',
    phone: '0176 1234567',
    email: '',
    lang: 'uk',
    preferredTime: 'vormittags',
    consent: 'true',
  };

  beforeAll(async () => {
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    portal = createPortalServer({
      apiUrl: api.url,
      basePath: '/familienportal',
      assetsDir: null,
      trustProxy: true,
      rateLimit: new MemoryRateLimit(5, 600_000),
    });
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => portal.close(resolve));
    await new Promise((resolve) => api.server.close(resolve));
  });

  beforeEach(() => {
    api.seen = [];
    api.callbackFormMissing = false;
    api.callbackAnswer = { status: 201, body: { ok: true } };
  });

  it('sends /familienportal/ to the German start page', async () => {
    const res = await get('/familienportal/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/familienportal/de/');
  });

  it('renders the start page with the ten life situations, strict headers, ETag, no cookie', async () => {
    const res = await get('/familienportal/de/');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="de" dir="ltr">');
    for (const s of LIFE_SITUATIONS) expect(html).toContain(`/familienportal/de/lebenslagen/${s.key}`);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(html).not.toMatch(/<script(?![^>]*type="application\/json")(?![^>]*src=)[^>]*>/);
    expect(html).toContain('hrefLang="de-x-ls"');
    const again = await get('/familienportal/de/', { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
  });

  it('sets html lang and dir per language: ls is German, ar right to left', async () => {
    expect(await (await get('/familienportal/ls/')).text()).toContain('<html lang="de" dir="ltr">');
    const arRes = await get('/familienportal/ar/');
    expect(arRes.headers.get('content-language')).toBe('ar');
    const ar = await arRes.text();
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain('انتقل إلى المحتوى');
  });

  it('answers 404 in the page language', async () => {
    const res = await get('/familienportal/uk/gibt-es-nicht');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Сторінку не знайдено');
    const unknownOffer = await get('/familienportal/tr/angebote/99999999-9999-4999-8999-999999999999');
    expect(unknownOffer.status).toBe(404);
    expect(await unknownOffer.text()).toContain('Sayfa bulunamadı');
  });

  it('shows an offer with all its facts; a hidden address says to call, and German text is marked', async () => {
    const kita = await (await get(`/familienportal/uk/angebote/${KITA_OFFER.id}`)).text();
    for (const text of [
      'Familienbüro Mitte',
      'Potsdam West',
      'від 0 до 6 років',
      'безкоштовно',
      'Mo–Fr 9–12 Uhr',
      '0331 123456',
      'Am Markt 1, 14467 Potsdam',
      'мало',
    ]) {
      expect(kita).toContain(text);
    }
    expect(kita).toContain('Цей текст доступний лише німецькою мовою.');
    expect(kita).toContain('2026');
    const shelter = await (await get(`/familienportal/uk/angebote/${SHELTER.id}`)).text();
    expect(shelter).toContain('Адреса не публікується');
    expect(shelter).toContain('0331 999');
    expect(shelter).not.toContain('лише німецькою');
  });

  it('shows a service with its responsible body, checklist, online application and LeiKa key', async () => {
    const html = await (await get('/familienportal/de/leistungen/99041006017000')).text();
    for (const text of [
      'Elterngeldstelle',
      'Di 9–18 Uhr',
      'Geburtsurkunde',
      'https://www.elterngeld-digital.de',
      '99041006017000',
      'Was Sie mitbringen',
      // questions about it: the callback form, the service as its topic
      '/familienportal/de/rueckruf?topic=leistung%3A44444444-4444-4444-8444-444444444444',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('searches offers and services with the filters the family chose', async () => {
    const res = await get('/familienportal/uk/suche?q=kitagutschien&age=3&districtId=&language=uk');
    const html = await res.text();
    expect(html).toContain('Kita-Gutschein-Beratung');
    const call = api.seen.find(
      (s) => s.path === '/api/portal/offers' && s.query.get('q') === 'kitagutschien',
    );
    expect(call?.query.get('lang')).toBe('uk');
    expect(call?.query.get('age')).toBe('3');
    expect(call?.query.get('language')).toBe('uk');
    expect(call?.query.has('districtId')).toBe(false);
    // the filter offers the Sozialräume of the offers, not the pseudo-districts
    const districtSelect = /<select[^>]*name="districtId"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
    expect(districtSelect).toContain('Potsdam West');
    expect(districtSelect).not.toContain('außerhalb');
  });

  it('an empty result suggests the nearest matches and the callback form', async () => {
    const html = await (await get('/familienportal/de/suche?q=kita&free=true')).text();
    expect(html).toContain('Zu Ihrer Suche haben wir nichts gefunden.');
    expect(html).toContain('Ohne Filter noch einmal suchen');
    expect(html).toContain(`/familienportal/de/angebote/${KITA_OFFER.id}`);
    expect(html).toContain('/familienportal/de/rueckruf');
  });

  it('suggests titles as JSON from its own route, falling back to the search while the API has none', async () => {
    const res = await get('/familienportal/de/vorschlaege?q=kita');
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { items: { kind: string; title: string; href: string }[] };
    expect(body.items).toEqual([
      {
        kind: 'offer',
        title: 'Kita-Gutschein-Beratung',
        href: `/familienportal/de/angebote/${KITA_OFFER.id}`,
      },
    ]);
    expect(api.seen.map((s) => s.path)).toContain('/api/portal/suggestions');
  });

  it('renders the callback form with the consent text, a hidden honeypot and no caching', async () => {
    const res = await get('/familienportal/uk/rueckruf?topic=lebenslage:kinderbetreuung');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('Das Familienbüro speichert Ihre Angaben');
    const honeypot =
      /<div class="portal-honeypot" aria-hidden="true"><label[^>]*>Залиште порожнім<\/label>(<input[^>]*>)/.exec(
        html,
      );
    expect(honeypot?.[1]).toContain('name="website"');
    expect(honeypot?.[1]).toContain('tabindex="-1"');
    expect(html).toContain('<option value="lebenslage:kinderbetreuung" selected="">');
    expect(html).toContain('id="portal-islands"');
  });

  it('still renders a page in the family language when the form cannot be loaded', async () => {
    api.callbackFormMissing = true;
    const res = await get('/familienportal/ar/rueckruf');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('النموذج غير متاح حالياً');
  });

  it('forwards a complete request as JSON and redirects to the thank-you page', async () => {
    const res = await post('/familienportal/uk/rueckruf', validForm, { 'x-forwarded-for': '203.0.113.1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/familienportal/uk/rueckruf/danke');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const sent = api.seen.find((s) => s.path === '/api/portal/callbacks');
    expect(sent?.body).toEqual({
      token: 'token-1',
      website: '',
      officeId: OFFICE.id,
      topic: 'lebenslage:kinderbetreuung',
      name: 'Olena',
      phone: '0176 1234567',
      lang: 'uk',
      preferredTime: 'vormittags',
      consent: true,
      consentVersion: 'v1',
    });
    expect(sent?.headers['x-forwarded-for']).toBeUndefined();
    expect(sent?.headers.cookie).toBeUndefined();
    const thanks = await (await get('/familienportal/uk/rueckruf/danke')).text();
    expect(thanks).toContain('Дякуємо!');
  });

  it('re-renders with an error summary linking to the fields when contact and consent are missing', async () => {
    const res = await post(
      '/familienportal/de/rueckruf',
      { ...validForm, phone: '', consent: '' },
      { 'x-forwarded-for': '203.0.113.2' },
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Es gibt ein Problem');
    expect(html).toContain('href="#cb-phone"');
    expect(html).toContain('href="#cb-consent"');
    expect(html).toContain('value="Olena"');
    expect(api.seen.some((s) => s.path === '/api/portal/callbacks')).toBe(false);
  });

  it('maps the API refusals to messages in the page language', async () => {
    api.callbackAnswer = { status: 400, body: { code: 'CALLBACK_TOO_FAST' } };
    let html = await (
      await post('/familienportal/en/rueckruf', validForm, { 'x-forwarded-for': '203.0.113.3' })
    ).text();
    expect(html).toContain('That was very fast.');
    api.callbackAnswer = { status: 400, body: { code: 'VALIDATION_FAILED', details: [{ field: 'email' }] } };
    html = await (
      await post('/familienportal/en/rueckruf', validForm, { 'x-forwarded-for': '203.0.113.3' })
    ).text();
    expect(html).toContain('href="#cb-email"');
    api.callbackAnswer = { status: 429, body: { code: 'CALLBACK_RATE_LIMITED' } };
    const limited = await post('/familienportal/tr/rueckruf', validForm, {
      'x-forwarded-for': '203.0.113.3',
    });
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain('Çok fazla istek');
  });

  it('limits a client to five requests in ten minutes in memory, and keeps no address', async () => {
    const limit = new MemoryRateLimit(5, 600_000);
    for (let i = 0; i < 5; i++) expect(limit.take('198.51.100.7')).toBe(true);
    expect(limit.take('198.51.100.7')).toBe(false);
    expect(limit.take('198.51.100.8')).toBe(true);
    expect(
      JSON.stringify([...(limit as unknown as { hits: Map<string, number[]> }).hits.keys()]),
    ).not.toContain('198.51');

    for (let i = 0; i < 5; i++)
      await post('/familienportal/de/rueckruf', validForm, { 'x-forwarded-for': '192.0.2.9' });
    api.seen = [];
    const sixth = await post('/familienportal/de/rueckruf', validForm, { 'x-forwarded-for': '192.0.2.9' });
    expect(sixth.status).toBe(429);
    expect(await sixth.text()).toContain('Zu viele Anfragen');
    expect(api.seen).toEqual([]);
  });

  it('never sets a cookie and answers other methods with 405', async () => {
    for (const path of [
      '/familienportal/de/',
      '/familienportal/de/suche?q=kita',
      '/familienportal/de/rueckruf',
      '/familienportal/de/impressum',
    ]) {
      expect((await get(path)).headers.get('set-cookie')).toBeNull();
    }
    expect((await post('/familienportal/de/suche', {})).status).toBe(405);
  });

  it('shows the legal pages in every language', async () => {
    const html = await (await get('/familienportal/de/barrierefreiheit')).text();
    expect(html).toContain('Schlichtungsverfahren');
    expect(await (await get('/familienportal/ls/datenschutz')).text()).toContain(
      'Nach 30 Tagen löschen wir Ihre Angaben.',
    );
    expect(await (await get('/familienportal/en/gebaerdensprache')).text()).toContain(
      'no video in German Sign Language',
    );
  });

  it('says in the family language when the API does not answer at all', async () => {
    const lonely = createPortalServer({ apiUrl: 'http://127.0.0.1:9', assetsDir: null });
    await new Promise<void>((resolve) => lonely.listen(0, '127.0.0.1', resolve));
    const res = await fetch(`http://127.0.0.1:${(lonely.address() as AddressInfo).port}/familienportal/tr/`);
    expect(res.status).toBe(502);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('Bir hata oluştu');
    await new Promise((resolve) => lonely.close(resolve));
  });
});
