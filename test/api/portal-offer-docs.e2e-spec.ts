import type { Agent } from 'supertest';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { signedIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The portal's offer search reads a stored, folded search document per offer
 * (`portal_offer_docs`, migration 1767225600470; docs/portal.md "Search that forgives"). Triggers
 * keep it current: every change the staff make through the API is found (or no longer found) by
 * the very next search — an offer's title, its provider's name, a category's label, a
 * translation added or deleted, an address hidden.
 */
describe('Portal search document follows every edit', () => {
  let t: TestApp;
  let admin: Agent;
  let offerId: string;
  let providerId: string;
  let categoryId: string;

  /** The ids of the offers a portal search for `q` finds (first 50). */
  const found = async (q: string): Promise<string[]> => {
    const res = await t.http().get('/api/portal/offers').query({ q, limit: 50 });
    expect(res.status).toBe(200);
    return (res.body.items as { id: string }[]).map((o) => o.id);
  };
  const put = async (path: string, body: object) => {
    const current = await admin.get(path);
    expect(current.status).toBe(200);
    const res = await admin.put(path).send({ ...body, version: current.body.version });
    expect([path, res.status]).toEqual([path, 200]);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.dataSource);
    admin = (await signedIn(t, 'admin')).agent;
    [{ id: providerId }] = await t.dataSource.query(
      `SELECT id FROM providers WHERE name = 'Wohngeldstelle Potsdam'`,
    );
    const category = await admin.post('/api/need-categories').send({
      key: 'wimmelbuch_runde',
      labelDe: 'Wimmelbuchrunde',
      labelEn: 'Picture book circle',
      group: 'Kinderbetreuung',
    });
    expect(category.status).toBe(201);
    categoryId = category.body.id;
    const offer = await admin.post('/api/offers').send({
      providerId,
      title: 'Zwergenkompass für Eltern',
      description: 'Ein Treff am Nachmittag.',
      categoryKeys: ['wimmelbuch_runde'],
      address: 'Zaunkönigweg 7, 14467 Potsdam',
    });
    expect(offer.status).toBe(201);
    offerId = offer.body.id;
  }, 300000);

  afterAll(async () => {
    await t?.close();
  });

  it('a new offer is found at once, by title, category label and address', async () => {
    expect(await found('Zwergenkompass')).toContain(offerId);
    expect(await found('Wimmelbuchrunde')).toContain(offerId);
    expect(await found('Zaunkoenigweg')).toContain(offerId);
  });

  it('a changed title: the new one finds it, the old one no longer', async () => {
    await put(`/api/offers/${offerId}`, { title: 'Leuchtturmfrühstück für Eltern' });
    expect(await found('Leuchtturmfruehstueck')).toContain(offerId);
    expect(await found('Zwergenkompass')).not.toContain(offerId);
  });

  it("a provider's new name finds its offers, the old one no longer", async () => {
    await put(`/api/providers/${providerId}`, { name: 'Wohngeldstelle Pelikanbucht' });
    expect(await found('Pelikanbucht')).toContain(offerId);
    await put(`/api/providers/${providerId}`, { name: 'Wohngeldstelle Potsdam' });
    expect(await found('Pelikanbucht')).toEqual([]);
  });

  it("a category's changed labels (German and English) find its offers, the old ones no longer", async () => {
    await put(`/api/need-categories/${categoryId}`, {
      labelDe: 'Bilderbuchkino',
      labelEn: 'Storytelling cinema',
    });
    expect(await found('Bilderbuchkino')).toContain(offerId);
    expect(await found('storytelling')).toContain(offerId);
    expect(await found('Wimmelbuchrunde')).not.toContain(offerId);
  });

  it('a Ukrainian translation finds the offer while it exists, edited and deleted', async () => {
    expect(await found('Вишиванка')).toEqual([]);
    const created = await admin
      .post('/api/translations')
      .send({ entity: 'offer', entityId: offerId, field: 'title', lang: 'uk', text: 'Сніданок Вишиванка' });
    expect(created.status).toBe(201);
    expect(await found('Вишиванка')).toEqual([offerId]);
    const edited = await put(`/api/translations/${created.body.id}`, { text: 'Сніданок Маяк' });
    expect(edited.text).toBe('Сніданок Маяк');
    expect(await found('Вишиванка')).toEqual([]);
    expect(await found('Маяк')).toContain(offerId);
    expect((await admin.delete(`/api/translations/${created.body.id}`)).status).toBe(200);
    expect(await found('Маяк')).not.toContain(offerId);
  });

  it('a hidden address is out of the search at once, and back when shown again', async () => {
    await put(`/api/offers/${offerId}`, { addressHidden: true });
    expect(await found('Zaunkoenigweg')).not.toContain(offerId);
    expect(await found('Zaunkönigweg 7')).not.toContain(offerId);
    const [doc] = await t.dataSource.query(`SELECT doc FROM portal_offer_docs WHERE offer_id = $1`, [
      offerId,
    ]);
    expect(doc.doc).not.toMatch(/zaunk/);
    await put(`/api/offers/${offerId}`, { addressHidden: false });
    expect(await found('Zaunkoenigweg')).toContain(offerId);
  });

  it('an inactive offer is not found although its document stays; a deleted one takes its document along', async () => {
    await put(`/api/offers/${offerId}`, { active: false });
    expect(await found('Leuchtturmfruehstueck')).not.toContain(offerId);
    await put(`/api/offers/${offerId}`, { active: true });
    expect(await found('Leuchtturmfruehstueck')).toContain(offerId);
    // the API deactivates offers and never deletes them; the database may (ON DELETE CASCADE)
    expect((await admin.delete(`/api/offers/${offerId}`)).status).toBe(405);
    await t.dataSource.query(`DELETE FROM offers WHERE id = $1`, [offerId]);
    const docs = await t.dataSource.query(`SELECT 1 FROM portal_offer_docs WHERE offer_id = $1`, [offerId]);
    expect(docs).toEqual([]);
  });

  it('every document is exactly what the search text of its offer is computed as', async () => {
    // the trigger-kept table (after all the edits above) against a fresh computation of every offer's
    const before = await t.dataSource.query(
      `SELECT offer_id, titles, doc, compact FROM portal_offer_docs ORDER BY 1`,
    );
    await t.dataSource.query(`SELECT lotsen_refresh_portal_offer_docs(ARRAY(SELECT id FROM offers))`);
    const after = await t.dataSource.query(
      `SELECT offer_id, titles, doc, compact FROM portal_offer_docs ORDER BY 1`,
    );
    const offers = await t.dataSource.query(`SELECT count(*)::int AS n FROM offers`);
    expect(after).toHaveLength(offers[0].n);
    expect(before).toEqual(after);
  });
});
