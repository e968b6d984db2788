import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, loginAs, signedIn, TEST_PASSWORD } from '../support/factories';

const NEW_PASSWORD = 'Drei Eichen am Schlaatz 2026';

/**
 * The own password (issue 16.6): every signed-in user changes it under "Mein Konto"; a password
 * set by an admin must be changed at the next sign-in; admin changes to users are audited.
 */
describe('own password change and the audit of user administration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '100000' });
  });
  afterAll(() => t.close());

  it('checks the current password, applies the policy, signs out the other sessions and is audited', async () => {
    const user = await createUser(t.dataSource, 'counsellor');
    const here = await loginAs(t, user);
    const elsewhere = await loginAs(t, user);

    const wrong = await here
      .post('/api/auth/password')
      .send({ currentPassword: 'Nicht-das-Passwort-1', newPassword: NEW_PASSWORD });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('WRONG_CURRENT_PASSWORD');

    const refused: [string, string][] = [
      ['kurz', 'VALIDATION_FAILED'],
      [user.email, 'WEAK_PASSWORD'],
      [user.email.toUpperCase(), 'WEAK_PASSWORD'],
      ['qwerty123456', 'WEAK_PASSWORD'],
      [TEST_PASSWORD, 'PASSWORD_UNCHANGED'],
    ];
    for (const [newPassword, code] of refused) {
      const res = await here.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword });
      expect({ newPassword, status: res.status, code: res.body.code }).toEqual({
        newPassword,
        status: 400,
        code,
      });
    }
    // nothing of that changed the password
    await loginAs(t, user);

    const versionOf = async () =>
      (await t.dataSource.query(`SELECT version FROM users WHERE id = $1`, [user.id]))[0].version as number;
    const versionBefore = await versionOf();
    const ok = await here
      .post('/api/auth/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(ok.status).toBe(204);
    // not an edit of the user record: an admin's open form stays valid
    expect(await versionOf()).toBe(versionBefore);
    expect((await here.get('/api/auth/me')).status).toBe(200); // this session goes on
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401); // the other one ended
    expect(
      (await t.agent().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD })).status,
    ).toBe(401);
    expect(
      (await t.agent().post('/api/auth/login').send({ email: user.email, password: NEW_PASSWORD })).status,
    ).toBe(200);

    const audit: { user_id: string; entity_id: string; details: Record<string, unknown> }[] =
      await t.dataSource.query(
        `SELECT user_id, entity_id, details FROM audit_events WHERE action = 'user.password_change'`,
      );
    expect(audit).toEqual([
      { user_id: user.id, entity_id: user.id, details: { otherSessionsEnded: expect.any(Number) } },
    ]);
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });

  it('guessing the current password through a session is counted like sign-ins: 429 after 10', async () => {
    const user = await createUser(t.dataSource, 'analyst');
    const agent = await loginAs(t, user);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await agent
        .post('/api/auth/password')
        .send({ currentPassword: `Falsch-geraten-${i}`, newPassword: NEW_PASSWORD });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses[10]).toBe(429);
  });

  it('a password set by an admin must be changed at the next sign-in; until then nothing else answers', async () => {
    const admin = await signedIn(t, 'admin');
    const officeId = (
      await t.dataSource.query(`INSERT INTO offices (name) VALUES ('Standort Konto') RETURNING id`)
    )[0].id;
    const created = await admin.agent.post('/api/users').send({
      email: 'neu.konto@test.example',
      displayName: 'Neu Konto',
      role: 'counsellor',
      officeId,
      password: 'Vom Admin vergeben 2026',
    });
    expect(created.status).toBe(201);
    expect(created.body.mustChangePassword).toBe(true);

    const agent = t.agent();
    const login = await agent
      .post('/api/auth/login')
      .send({ email: 'neu.konto@test.example', password: 'Vom Admin vergeben 2026' });
    expect(login.status).toBe(200);
    expect(login.body.mustChangePassword).toBe(true);
    expect((await agent.get('/api/auth/me')).body.mustChangePassword).toBe(true);
    const blocked = await agent.get('/api/families');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const changed = await agent
      .post('/api/auth/password')
      .send({ currentPassword: 'Vom Admin vergeben 2026', newPassword: NEW_PASSWORD });
    expect(changed.status).toBe(204);
    expect((await agent.get('/api/auth/me')).body.mustChangePassword).toBe(false);
    expect((await agent.get('/api/families')).status).toBe(200);

    // a reset by the admin sets it again, and ends the user's sessions
    const user = (await admin.agent.get(`/api/users/${created.body.id}`)).body;
    const reset = await admin.agent
      .put(`/api/users/${created.body.id}`)
      .send({ version: user.version, password: 'Wieder vom Admin 2026' });
    expect(reset.status).toBe(200);
    expect(reset.body.mustChangePassword).toBe(true);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('every admin change to a user is audited with the fields changed, old and new role/office/active, never a password', async () => {
    const admin = await signedIn(t, 'admin');
    const [officeA, officeB] = await Promise.all(
      ['Standort Alt', 'Standort Neu'].map(
        async (name) =>
          (await t.dataSource.query(`INSERT INTO offices (name) VALUES ($1) RETURNING id`, [name]))[0].id,
      ),
    );
    const password = 'Anfangs Passwort Admin 2026';
    const created = await admin.agent.post('/api/users').send({
      email: 'audit.konto@test.example',
      displayName: 'Audit Konto',
      role: 'counsellor',
      officeId: officeA,
      password,
    });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    let version: number = created.body.version;
    const put = async (body: Record<string, unknown>) => {
      const res = await admin.agent.put(`/api/users/${id}`).send({ version, ...body });
      expect(res.status).toBe(200);
      version = res.body.version;
    };
    await put({ role: 'team_lead', officeId: officeB });
    await put({ active: false });
    await put({ password: 'Zurueckgesetzt Admin 2026' });

    const rows: { user_id: string; action: string; office_id: string; details: Record<string, unknown> }[] =
      await t.dataSource.query(
        `SELECT user_id, action, office_id, details FROM audit_events WHERE entity = 'user' AND entity_id = $1 ORDER BY at`,
        [id],
      );
    expect(rows.map((r) => r.action)).toEqual(['user.create', 'user.update', 'user.update', 'user.update']);
    for (const r of rows) expect(r.user_id).toBe(admin.user.id);
    expect(rows[0].details).toMatchObject({
      changes: {
        role: { from: null, to: 'counsellor' },
        officeId: { from: null, to: officeA },
        active: { from: null, to: true },
      },
      passwordSet: true,
    });
    // leaving an office (moved, deactivated) hands over the case load: recorded even when empty
    const handover = (fromOfficeId: string) => ({
      fromOfficeId,
      successorId: null,
      families: 0,
      followUps: 0,
      notificationsRemoved: 0,
    });
    expect(rows[1].details).toEqual({
      fields: ['role', 'officeId'],
      changes: { role: { from: 'counsellor', to: 'team_lead' }, officeId: { from: officeA, to: officeB } },
      handover: handover(officeA),
    });
    expect(rows[2].details).toEqual({
      fields: ['active'],
      changes: { active: { from: true, to: false } },
      handover: handover(officeB),
    });
    expect(rows[3].details).toEqual({ fields: ['password'], changes: {}, passwordSet: true });
    const text = JSON.stringify(rows);
    expect(text).not.toContain(password);
    expect(text).not.toContain('Zurueckgesetzt');
    expect(text).not.toContain('argon2');
  });

  it('the own password change answers 401 without a session and 400 for unknown fields', async () => {
    const none = await t
      .agent()
      .post('/api/auth/password')
      .send({ currentPassword: 'x', newPassword: NEW_PASSWORD });
    expect(none.status).toBe(401);
    const { agent } = await signedIn(t, 'provider');
    const extra = await agent
      .post('/api/auth/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, role: 'admin' });
    expect(extra.status).toBe(400);
    expect(extra.body.code).toBe('VALIDATION_FAILED');
  });
});
