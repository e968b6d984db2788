import type { Agent } from 'supertest';
import { DirectoryCache } from '../../apps/api/src/common/cache/directory-cache';
import { SearchCounterService } from '../../apps/api/src/modules/portal/search-counter.service';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { signedIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The public answers (Familienportal, HSDS) are kept in memory while the directory does not
 * change (docs/portal.md "Answers kept in memory"). What a family or a consumer must never notice:
 * an answer older than the last change. A change made through the staff app, by a provider or
 * straight in the database is seen by the very next request; a kept search still counts.
 */
describe('Public answers kept in memory', () => {
  let t: TestApp;
  let admin: Agent;
  let cache: DirectoryCache;
  let offerId: string;

  const portalOffer = async () => {
    const res = await t.http().get(`/api/portal/offers/${offerId}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    return res.body as { capacity: string; title: string };
  };
  const hsdsService = async (lang?: string) => {
    const res = await t
      .http()
      .get(`/api/hsds/services/${offerId}`)
      .query(lang ? { lang } : {});
    expect(res.status).toBe(200);
    return res.body as { name: string; description: string };
  };
  const put = async (body: object) => {
    const current = await admin.get(`/api/offers/${offerId}`);
    const res = await admin.put(`/api/offers/${offerId}`).send({ ...body, version: current.body.version });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.dataSource);
    admin = (await signedIn(t, 'admin')).agent;
    cache = t.app.get(DirectoryCache);
    [{ id: offerId }] = await t.dataSource.query(
      `SELECT o.id FROM offers o WHERE o.active AND o.description IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM translations tr WHERE tr.entity_id = o.id::text
                                                   AND tr.field = 'description' AND tr.lang = 'tr')
       ORDER BY o.title LIMIT 1`,
    );
  }, 300000);

  afterAll(async () => {
    await t?.close();
  });

  it('keeps an answer: the same question twice gives the same body and one kept answer', async () => {
    const first = await t.http().get('/api/hsds/services').query({ per_page: 5 });
    const kept = cache.size;
    const second = await t.http().get('/api/hsds/services').query({ per_page: 5 });
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(cache.size).toBe(kept);
    // another question is another answer
    await t.http().get('/api/hsds/services').query({ per_page: 6 });
    expect(cache.size).toBe(kept + 1);
  });

  it("a capacity set in the staff app is public at once on the offer's portal page", async () => {
    await put({ capacity: 'available' });
    expect((await portalOffer()).capacity).toBe('available');
    await portalOffer(); // now kept
    await put({ capacity: 'full' });
    expect((await portalOffer()).capacity).toBe('full');
    await put({ capacity: 'waitlist' });
    expect((await portalOffer()).capacity).toBe('waitlist');
  });

  it('a change straight in the database (not through the API) is seen by the next request', async () => {
    const before = await hsdsService();
    await hsdsService();
    await t.dataSource.query(`UPDATE offers SET title = title || ' (neu)' WHERE id = $1`, [offerId]);
    const after = await hsdsService();
    expect(after.name).toBe(`${before.name} (neu)`);
    await t.dataSource.query(`UPDATE offers SET title = $2 WHERE id = $1`, [offerId, before.name]);
    expect((await hsdsService()).name).toBe(before.name);
  });

  it('a translation added and removed is seen at once in the language asked for', async () => {
    const untranslated = await hsdsService('tr');
    await t.dataSource.query(
      `INSERT INTO translations (entity, entity_id, field, lang, text)
       VALUES ('offer', $1, 'description', 'tr', 'Ebeveynler için bir öğleden sonra buluşması.')`,
      [offerId],
    );
    expect((await hsdsService('tr')).description).toBe('Ebeveynler için bir öğleden sonra buluşması.');
    await t.dataSource.query(
      `DELETE FROM translations WHERE entity_id = $1 AND lang = 'tr' AND field = 'description'`,
      [offerId],
    );
    expect((await hsdsService('tr')).description).toBe(untranslated.description);
  });

  it('an offer switched off disappears at once from its page, the search and HSDS', async () => {
    const { title } = await portalOffer();
    const search = async () =>
      (await t.http().get('/api/portal/offers').query({ q: title })).body.items.map(
        (o: { id: string }) => o.id,
      );
    expect(await search()).toContain(offerId);
    await put({ active: false });
    expect(await search()).not.toContain(offerId);
    expect((await t.http().get(`/api/portal/offers/${offerId}`)).status).toBe(404);
    expect((await t.http().get(`/api/hsds/services/${offerId}`)).status).toBe(404);
    await put({ active: true });
    expect(await search()).toContain(offerId);
  });

  it('a search answered from memory still counts in the Suchstatistik', async () => {
    const counter = t.app.get(SearchCounterService);
    const total = async (): Promise<number> => {
      await counter.flush();
      const [row] = await t.dataSource.query(
        `SELECT coalesce(sum(count), 0)::int AS n FROM portal_search_counts`,
      );
      return row.n;
    };
    const before = await total();
    for (let i = 0; i < 3; i++) {
      const res = await t.http().get('/api/portal/offers').query({ q: 'Hebamme' });
      expect(res.status).toBe(200);
    }
    expect(await total()).toBe(before + 3);
  });

  it('a refused change (stale version) changes no public answer', async () => {
    const before = await portalOffer();
    const current = await admin.get(`/api/offers/${offerId}`);
    const res = await admin
      .put(`/api/offers/${offerId}`)
      .send({ capacity: 'full', version: current.body.version - 1 });
    expect(res.status).toBe(409);
    expect(await portalOffer()).toEqual(before);
  });
});
