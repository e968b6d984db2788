import { NEED_CATEGORIES } from '@lotsen/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { createOffice, signedIn } from '../support/factories';

describe('reference data and users (admin screens)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signedIn>>['agent'];
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'admin')).agent;
  });
  afterAll(() => t.close());

  describe('lists follow ra-data-simple-rest', () => {
    it('pages with range and answers Content-Range with the total', async () => {
      const res = await admin.get('/api/need-categories').query({ range: '[5,9]', sort: '["key","ASC"]' });
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(5);
      expect(res.headers['content-range']).toBe(`need-categories 5-9/${NEED_CATEGORIES.length}`);
      const keys = [...NEED_CATEGORIES.map((c) => c.key)].sort();
      expect(res.body.map((c: { key: string }) => c.key)).toEqual(keys.slice(5, 10));
    });

    it('has the 35 categories of domain.md with German labels and the sensitive flag', async () => {
      const res = await admin.get('/api/need-categories').query({ range: '[0,99]' });
      expect(res.body).toHaveLength(35);
      const kinderschutz = res.body.find((c: { key: string }) => c.key === 'kinderschutz');
      expect(kinderschutz).toMatchObject({
        labelDe: 'Kinderschutz / Gewalt (sofort an Teamleitung)',
        group: 'Schutz',
        sensitive: true,
      });
      const sensitive = await admin
        .get('/api/need-categories')
        .query({ filter: '{"sensitive":true}', range: '[0,99]' });
      expect(sensitive.body.map((c: { key: string }) => c.key).sort()).toEqual([
        'behinderung',
        'gesundheit',
        'kinderschutz',
        'migration',
        'psyche_sucht',
      ]);
    });

    it('filters by id list (getMany), by enum and by free text q', async () => {
      const all = await admin.get('/api/districts').query({ range: '[0,99]' });
      expect(all.body).toHaveLength(8);
      const ids = all.body.slice(0, 2).map((d: { id: string }) => d.id);
      const many = await admin.get('/api/districts').query({ filter: JSON.stringify({ id: ids }) });
      expect(many.body.map((d: { id: string }) => d.id).sort()).toEqual([...ids].sort());
      const vi = await admin.get('/api/districts').query({ filter: '{"sozialraum":"VI"}' });
      expect(vi.body).toHaveLength(1);
      expect(vi.body[0].name).toBe('Schlaatz, Waldstadt, Potsdam Süd');
      const q = await admin.get('/api/districts').query({ filter: '{"q":"drewitz"}' });
      expect(q.body.map((d: { code: string }) => d.code)).toEqual(['SR5']);
      const likeEscape = await admin.get('/api/districts').query({ filter: '{"q":"%"}' });
      expect(likeEscape.body).toEqual([]);
    });

    it('answers 400 INVALID_SORT_FIELD for a field that is not sortable, and changes nothing', async () => {
      const res = await admin.get('/api/users').query({ sort: '["passwordHash","ASC"]' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_SORT_FIELD');
      expect(res.body.details[0].field).toBe('passwordHash');
    });

    it('answers 400 for an unknown filter field, a bad filter value, bad JSON and an oversized page', async () => {
      const unknown = await admin.get('/api/users').query({ filter: '{"passwordHash":"x"}' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('INVALID_FILTER_FIELD');
      const badValue = await admin.get('/api/users').query({ filter: '{"officeId":"not-a-uuid"}' });
      expect(badValue.status).toBe(400);
      const badJson = await admin.get('/api/users').query({ filter: '{oops' });
      expect(badJson.status).toBe(400);
      expect(badJson.body.code).toBe('INVALID_QUERY');
      const big = await admin.get('/api/users').query({ range: '[0,5000]' });
      expect(big.status).toBe(400);
    });
  });

  describe('users', () => {
    it('creates a counsellor; the password is never returned; the new user can sign in', async () => {
      const officeId = await createOffice(t.dataSource);
      const res = await admin.post('/api/users').send({
        email: 'Neu.Beraterin@Test.example',
        displayName: 'Neue Beraterin',
        role: 'counsellor',
        officeId,
        password: 'Ein-gutes-Passwort-1',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        email: 'neu.beraterin@test.example',
        role: 'counsellor',
        officeId,
        active: true,
        version: 1,
      });
      // neither the password nor its hash; only the flags of issue 16.6 name it
      const noPassword = (user: Record<string, unknown>) => {
        expect(Object.keys(user).filter((k) => /password/i.test(k))).toEqual([
          'mustChangePassword',
          'passwordChangedAt',
        ]);
        expect(JSON.stringify(user)).not.toMatch(/Ein-gutes-Passwort-1|argon2/);
      };
      noPassword(res.body);
      expect(res.body.mustChangePassword).toBe(true);
      const list = await admin.get('/api/users').query({ filter: '{"q":"neu.beraterin"}' });
      noPassword(list.body[0]);
      const login = await t
        .agent()
        .post('/api/auth/login')
        .send({ email: 'neu.beraterin@test.example', password: 'Ein-gutes-Passwort-1' });
      expect(login.status).toBe(200);
    });

    it('refuses an unknown body field with 400 and creates nothing', async () => {
      const before = await admin.get('/api/users');
      const res = await admin.post('/api/users').send({
        email: 'hacker@test.example',
        displayName: 'X',
        role: 'admin',
        password: 'Ein-gutes-Passwort-1',
        passwordHash: 'x',
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual([
        { field: 'passwordHash', messages: ['property passwordHash should not exist'] },
      ]);
      const after = await admin.get('/api/users');
      expect(after.headers['content-range']).toBe(before.headers['content-range']);
    });

    it('requires an office for counsellors, a known office, a long password and a unique e-mail', async () => {
      const noOffice = await admin.post('/api/users').send({
        email: 'a@test.example',
        displayName: 'A',
        role: 'counsellor',
        password: 'Ein-gutes-Passwort-1',
      });
      expect(noOffice.status).toBe(400);
      expect(noOffice.body.details[0].field).toBe('officeId');
      const unknownOffice = await admin.post('/api/users').send({
        email: 'b@test.example',
        displayName: 'B',
        role: 'counsellor',
        officeId: '00000000-0000-4000-8000-000000000000',
        password: 'Ein-gutes-Passwort-1',
      });
      expect(unknownOffice.status).toBe(400);
      expect(unknownOffice.body.code).toBe('INVALID_REFERENCE');
      const short = await admin
        .post('/api/users')
        .send({ email: 'c@test.example', displayName: 'C', role: 'analyst', password: 'kurz' });
      expect(short.status).toBe(400);
      expect(short.body.details[0].field).toBe('password');
      const first = await admin.post('/api/users').send({
        email: 'd@test.example',
        displayName: 'D',
        role: 'analyst',
        password: 'Ein-gutes-Passwort-1',
      });
      expect(first.status).toBe(201);
      const dup = await admin.post('/api/users').send({
        email: 'D@test.example',
        displayName: 'D2',
        role: 'analyst',
        password: 'Ein-gutes-Passwort-1',
      });
      expect(dup.status).toBe(409);
      expect(dup.body.code).toBe('EMAIL_IN_USE');
    });

    it('answers 409 STALE_VERSION for an update with an old version and keeps the newer data', async () => {
      const created = await admin.post('/api/users').send({
        email: 'v@test.example',
        displayName: 'Version 1',
        role: 'analyst',
        password: 'Ein-gutes-Passwort-1',
      });
      const ok = await admin
        .put(`/api/users/${created.body.id}`)
        .send({ displayName: 'Version 2', version: 1 });
      expect(ok.status).toBe(200);
      expect(ok.body.version).toBe(2);
      const stale = await admin
        .put(`/api/users/${created.body.id}`)
        .send({ displayName: 'Veraltet', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      expect((await admin.get(`/api/users/${created.body.id}`)).body.displayName).toBe('Version 2');
      const missing = await admin.put(`/api/users/${created.body.id}`).send({ displayName: 'ohne Version' });
      expect(missing.status).toBe(400);
      expect(missing.body.details[0].field).toBe('version');
    });

    it('resets a password: the old one stops working and open sessions end', async () => {
      const { user, agent } = await signedIn(t, 'analyst');
      const current = await admin.get(`/api/users/${user.id}`);
      const res = await admin
        .put(`/api/users/${user.id}`)
        .send({ password: 'Ganz-neues-Passwort-9', version: current.body.version });
      expect(res.status).toBe(200);
      expect((await agent.get('/api/auth/me')).status).toBe(401);
      const login = await t
        .agent()
        .post('/api/auth/login')
        .send({ email: user.email, password: 'Ganz-neues-Passwort-9' });
      expect(login.status).toBe(200);
    });

    it('an admin cannot deactivate themself or change their own role', async () => {
      const { user, agent } = await signedIn(t, 'admin');
      const me = await agent.get(`/api/users/${user.id}`);
      const res = await agent.put(`/api/users/${user.id}`).send({ active: false, version: me.body.version });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
      expect((await agent.get('/api/auth/me')).status).toBe(200);
    });

    it('never deletes a user (405) and answers 404 for an unknown or malformed id', async () => {
      const { user } = await signedIn(t, 'counsellor');
      const del = await admin.delete(`/api/users/${user.id}`);
      expect(del.status).toBe(405);
      expect(del.body.code).toBe('METHOD_NOT_ALLOWED');
      expect((await admin.get(`/api/users/${user.id}`)).status).toBe(200);
      expect((await admin.get('/api/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await admin.get('/api/users/kein-uuid')).status).toBe(404);
    });
  });

  describe('offices and districts', () => {
    it('creates and edits an office; names are unique', async () => {
      const res = await admin
        .post('/api/offices')
        .send({ name: 'Außenstelle Drewitz', address: 'Konrad-Wolf-Allee 1', kind: 'outreach' });
      expect(res.status).toBe(201);
      const dup = await admin.post('/api/offices').send({ name: 'außenstelle drewitz' });
      expect(dup.status).toBe(409);
      expect(dup.body.code).toBe('DUPLICATE_KEY');
      const upd = await admin.put(`/api/offices/${res.body.id}`).send({ active: false, version: 1 });
      expect(upd.body).toMatchObject({ active: false, version: 2 });
    });

    it('clears a nullable field with null, refuses null for a required one, and changes nothing then', async () => {
      const office = await admin
        .post('/api/offices')
        .send({ name: 'Standort mit Adresse', address: 'Am Kanal 1' });
      const cleared = await admin.put(`/api/offices/${office.body.id}`).send({ address: null, version: 1 });
      expect(cleared.status).toBe(200);
      expect(cleared.body.address).toBeNull();
      for (const field of ['name', 'kind', 'active']) {
        const res = await admin.put(`/api/offices/${office.body.id}`).send({ [field]: null, version: 2 });
        expect([field, res.status, res.body.code]).toEqual([field, 400, 'VALIDATION_FAILED']);
      }
      expect((await admin.get(`/api/offices/${office.body.id}`)).body).toMatchObject({
        name: 'Standort mit Adresse',
        version: 2,
      });
      const { user } = await signedIn(t, 'analyst');
      const nullName = await admin.put(`/api/users/${user.id}`).send({ displayName: null, version: 1 });
      expect(nullName.status).toBe(400);
    });

    it('edits a district but never its code', async () => {
      const [district] = (await admin.get('/api/districts').query({ filter: '{"code":"SR1"}' })).body;
      const code = await admin
        .put(`/api/districts/${district.id}`)
        .send({ code: 'X', version: district.version });
      expect(code.status).toBe(400);
      const res = await admin
        .put(`/api/districts/${district.id}`)
        .send({ stadtteile: [...district.stadtteile, 'Kartzow'], version: district.version });
      expect(res.status).toBe(200);
      expect(res.body.stadtteile).toContain('Kartzow');
      expect((await admin.delete(`/api/districts/${district.id}`)).status).toBe(405);
    });
  });

  describe('need categories', () => {
    it('adds a category (sensitive when its group is) and deletes it while unused', async () => {
      const res = await admin.post('/api/need-categories').send({
        key: 'zahngesundheit',
        labelDe: 'Zahngesundheit',
        labelEn: 'Dental health',
        group: 'Gesundheit',
      });
      expect(res.status).toBe(201);
      expect(res.body.sensitive).toBe(true);
      const bad = await admin
        .post('/api/need-categories')
        .send({ key: 'Mit Leerzeichen', labelDe: 'x', labelEn: 'x', group: 'Gesundheit' });
      expect(bad.status).toBe(400);
      const del = await admin.delete(`/api/need-categories/${res.body.id}`);
      expect(del.status).toBe(200);
      expect((await admin.get(`/api/need-categories/${res.body.id}`)).status).toBe(404);
    });

    it('a category in use can be deactivated, never deleted (409 IN_USE)', async () => {
      // Any table that refers to need_categories does so with a RESTRICT foreign key (needs,
      // offers, …). This stands in for one of them until those features exist.
      await t.dataSource.query(
        `CREATE TABLE test_category_use (category_id uuid NOT NULL REFERENCES need_categories (id) ON DELETE RESTRICT)`,
      );
      const [category] = (await admin.get('/api/need-categories').query({ filter: '{"key":"wohngeld"}' }))
        .body;
      await t.dataSource.query(`INSERT INTO test_category_use VALUES ($1)`, [category.id]);
      const del = await admin.delete(`/api/need-categories/${category.id}`);
      expect(del.status).toBe(409);
      expect(del.body.code).toBe('IN_USE');
      expect((await admin.get(`/api/need-categories/${category.id}`)).status).toBe(200);
      const off = await admin
        .put(`/api/need-categories/${category.id}`)
        .send({ active: false, version: category.version });
      expect(off.status).toBe(200);
      expect(off.body.active).toBe(false);
    });
  });

  it('answers 413 for a body over 1 MB and 400 MALFORMED_JSON for broken JSON', async () => {
    const big = await admin.post('/api/offices').send({ name: 'x'.repeat(1_100_000) });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await admin.post('/api/offices').set('Content-Type', 'application/json').send('{"name":');
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('MALFORMED_JSON');
  });
});
