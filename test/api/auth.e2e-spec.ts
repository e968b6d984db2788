import type { NestExpressApplication } from '@nestjs/platform-express';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { createApp } from '../../apps/api/src/create-app';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, loginAs, signedIn, TEST_PASSWORD } from '../support/factories';

const sidOf = (setCookie: string[] | string | undefined): string | undefined =>
  ([] as string[])
    .concat(setCookie ?? [])
    .find((c) => c.startsWith('lotsen.sid='))
    ?.split(';')[0];

describe('sign-in (POST /api/auth/login, logout, me)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOCKOUT_THRESHOLD: '10', LOGIN_IP_LIMIT: '1000' });
  });
  afterAll(() => t.close());

  it('signs a counsellor in: 200 with the user, an httpOnly SameSite=Lax cookie, and /me answers', async () => {
    const user = await createUser(t.dataSource, 'counsellor');
    const agent = t.agent();
    const res = await agent
      .post('/api/auth/login')
      .send({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: user.id,
      email: user.email,
      displayName: 'Test counsellor',
      role: 'counsellor',
      officeId: user.officeId,
      providerId: null,
      mustChangePassword: false,
    });
    expect(res.body).not.toHaveProperty('passwordHash');
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // not production
    const me = await agent.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(user.email);
  });

  it('answers the same 401 for a wrong password and an unknown e-mail', async () => {
    const user = await createUser(t.dataSource, 'team_lead');
    const wrong = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'Falsches-Passwort-1' });
    const unknown = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: 'niemand@test.example', password: 'Falsches-Passwort-1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a login without e-mail with 400 and names the field', async () => {
    const res = await t.agent().post('/api/auth/login').send({ password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain('email');
  });

  it('renews the session id at login (no session fixation)', async () => {
    const user = await createUser(t.dataSource, 'counsellor');
    const agent = t.agent();
    const first = await agent.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    const second = await agent.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    const a = sidOf(first.headers['set-cookie']);
    const b = sidOf(second.headers['set-cookie']);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
    // the old session id no longer signs anybody in
    const old = await t
      .http()
      .get('/api/auth/me')
      .set('Cookie', a as string);
    expect(old.status).toBe(401);
  });

  it('locks an account for 15 minutes after 10 failed logins: 429 even with the right password', async () => {
    const user = await createUser(t.dataSource, 'counsellor');
    for (let i = 0; i < 10; i++) {
      const res = await t
        .agent()
        .post('/api/auth/login')
        .send({ email: user.email, password: `falsch-${i}-xxxxxxx` });
      expect(res.status).toBe(401);
    }
    const locked = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');
    expect(locked.body.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(locked.body.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // another account is not affected
    const other = await createUser(t.dataSource, 'counsellor');
    await loginAs(t, other);
  });

  it('a successful login resets the failure count', async () => {
    const user = await createUser(t.dataSource, 'analyst');
    for (let i = 0; i < 9; i++) {
      await t.agent().post('/api/auth/login').send({ email: user.email, password: 'falsch-falsch-falsch' });
    }
    await loginAs(t, user);
    for (let i = 0; i < 9; i++) {
      await t.agent().post('/api/auth/login').send({ email: user.email, password: 'falsch-falsch-falsch' });
    }
    await loginAs(t, user); // 18 failures in all, but never 10 in a row
  });

  it('logout ends the session at once: 204, then the same cookie gets 401', async () => {
    const { agent } = await signedIn(t, 'counsellor');
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    const out = await agent.post('/api/auth/logout');
    expect(out.status).toBe(204);
    const after = await agent.get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
  });

  it('a deactivated user is refused at the next request and cannot sign in again', async () => {
    const { agent: admin } = await signedIn(t, 'admin');
    const { user, agent } = await signedIn(t, 'counsellor');
    expect((await agent.get('/api/districts')).status).toBe(200);
    const current = await admin.get(`/api/users/${user.id}`);
    const res = await admin
      .put(`/api/users/${user.id}`)
      .send({ active: false, version: current.body.version });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await agent.get('/api/districts')).status).toBe(401);
    const again = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('answers 401 to every protected route without a session', async () => {
    for (const path of [
      '/api/auth/me',
      '/api/users',
      '/api/offices',
      '/api/districts',
      '/api/need-categories',
    ]) {
      const res = await t.http().get(path);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Not signed in' });
    }
  });

  it('refuses a state-changing request without X-Requested-With or with a foreign Origin (CSRF)', async () => {
    const user = await createUser(t.dataSource, 'counsellor');
    const bare = await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(bare.status).toBe(403);
    expect(bare.body.code).toBe('CSRF_REJECTED');
    const foreign = await t
      .agent()
      .post('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(foreign.status).toBe(403);
    const sameOrigin = await t
      .http()
      .post('/api/auth/login')
      .set('Host', 'lotsen.test')
      .set('Origin', 'http://lotsen.test')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(sameOrigin.status).toBe(200);
  });

  it('moves the session expiry at most once a minute: requests in between write nothing to the session row', async () => {
    const { user, agent } = await signedIn(t, 'counsellor');
    const row = async (): Promise<{ version: string; expires: Date }> =>
      (
        await t.dataSource.query(
          `SELECT xmin::text AS version, expires_at AS expires FROM sessions WHERE user_id = $1`,
          [user.id],
        )
      )[0];
    const signedInRow = await row();
    for (let i = 0; i < 3; i++) expect((await agent.get('/api/auth/me')).status).toBe(200);
    expect(await row()).toEqual(signedInRow); // idle 30 min, lag 1 min: untouched
    // as if 2 minutes had passed since the last touch: 28 minutes left, less than 30 − 1
    await t.dataSource.query(
      `UPDATE sessions SET expires_at = now() + interval '28 minutes' WHERE user_id = $1`,
      [user.id],
    );
    const before = Date.now();
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    const touched = await row();
    expect(touched.expires.getTime()).toBeGreaterThanOrEqual(before + 29.9 * 60_000);
  });
});

describe('lockout under concurrent guessing', () => {
  let t: TestApp;
  let replica: NestExpressApplication;
  beforeAll(async () => {
    t = await startTestApp({ LOCKOUT_THRESHOLD: '10', LOGIN_IP_LIMIT: '100000' });
    replica = await createApp(t.config); // a second API on the same database
    await replica.init();
  });
  afterAll(async () => {
    await replica.close();
    await t.close();
  });

  it('25 concurrent wrong passwords over two API replicas: at most 10 are evaluated (401), the rest 429', async () => {
    const user = await createUser(t.dataSource, 'counsellor');
    const servers = [t.app.getHttpServer(), replica.getHttpServer()];
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        request(servers[i % 2])
          .post('/api/auth/login')
          .set('X-Requested-With', 'XMLHttpRequest')
          .send({ email: user.email, password: `falsch-${i}-xxxxxxxx` }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
    for (const a of answers.filter((x) => x.status === 429)) expect(a.body.code).toBe('ACCOUNT_LOCKED');
    // and the right password is refused too while the lock holds
    const right = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(right.status).toBe(429);
  });
});

describe('session idle timeout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SESSION_IDLE_MINUTES: '0.03' }); // 1.8 s
  });
  afterAll(() => t.close());

  it('ends a session left idle longer than SESSION_IDLE_MINUTES; activity keeps it alive', async () => {
    const { agent } = await signedIn(t, 'counsellor');
    const cookie = sidOf((await agent.get('/api/auth/me')).headers['set-cookie']);
    expect(cookie).toBeDefined();
    await sleep(1000);
    expect(
      (
        await t
          .http()
          .get('/api/auth/me')
          .set('Cookie', cookie as string)
      ).status,
    ).toBe(200);
    await sleep(1000);
    expect(
      (
        await t
          .http()
          .get('/api/auth/me')
          .set('Cookie', cookie as string)
      ).status,
    ).toBe(200);
    await sleep(2200);
    expect(
      (
        await t
          .http()
          .get('/api/auth/me')
          .set('Cookie', cookie as string)
      ).status,
    ).toBe(401);
  });
});

describe('per-IP throttling of the login route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '5', LOGIN_IP_WINDOW_SECONDS: '60' });
  });
  afterAll(() => t.close());

  it('answers 429 TOO_MANY_REQUESTS after LOGIN_IP_LIMIT attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t
        .agent()
        .post('/api/auth/login')
        .send({ email: `x${i}@test.example`, password: 'nicht-richtig-123' });
      statuses.push(res.status);
      if (res.status === 429) expect(res.body.code).toBe('TOO_MANY_REQUESTS');
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // other routes are not throttled
    expect((await t.http().get('/api/health')).status).toBe(200);
  });
});
