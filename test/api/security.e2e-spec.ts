import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, signedIn, TEST_PASSWORD } from '../support/factories';

/**
 * Sessions and headers (issue 7, item 3), the points test/api/auth.e2e-spec.ts does not prove
 * already (fixation, logout, deactivation, idle timeout, lockout and login throttling are there):
 * the cookie in production, the CSRF rule on every kind of state-changing request, the security
 * headers of the API and of the web build, and that the web build's CSP (served by the API or
 * by nginx) allows no inline script.
 */

const ROOT = join(__dirname, '..', '..');

/** `default-src 'self'; script-src 'self'` → { 'default-src': ["'self'"], … } */
function parseCsp(header: string): Record<string, string[]> {
  return Object.fromEntries(
    header
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name.toLowerCase(), values.sort()];
      }),
  );
}

/** The headers docker/nginx-security-headers.conf adds to everything nginx serves. */
function nginxHeaders(): Record<string, string> {
  const conf = readFileSync(join(ROOT, 'docker', 'nginx-security-headers.conf'), 'utf8');
  const headers: Record<string, string> = {};
  for (const match of conf.matchAll(/^add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)) {
    headers[match[1].toLowerCase()] = match[2];
  }
  return headers;
}

const sessionCookie = (setCookie: string[] | string | undefined): string | undefined =>
  ([] as string[]).concat(setCookie ?? []).find((c) => /^(__Host-)?lotsen\.sid=/.test(c));

describe('session cookie and HSTS in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      SESSION_SECRET: 'ein-langes-geheimnis-fuer-den-test-0123456789',
      REDIS_URL: 'redis://127.0.0.1:6379',
      TRUST_PROXY: '1',
      SERVE_WEB: 'false',
      MIGRATE_ON_START: 'false',
    });
  });
  afterAll(() => t.close());

  it('sets a __Host- cookie that is Secure, HttpOnly and SameSite=Lax behind the TLS proxy', async () => {
    const user = await createUser(t.dataSource, 'counsellor');
    const res = await t
      .agent()
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = sessionCookie(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-lotsen\.sid=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  });

  it('never sends the session cookie over plain http', async () => {
    const user = await createUser(t.dataSource, 'counsellor');
    const res = await t.agent().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(sessionCookie(res.headers['set-cookie'])).toBeUndefined();
  });
});

describe('CSRF rule on state-changing requests (architecture.md)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a signed-in POST, PUT and DELETE without X-Requested-With or same-origin Origin is 403 CSRF_REJECTED and changes nothing', async () => {
    const { agent, user } = await signedIn(t, 'admin');
    const cookie = sessionCookie((await agent.get('/api/auth/me')).headers['set-cookie']);
    expect(cookie).toBeDefined();
    const raw = () => t.http().set('Cookie', (cookie as string).split(';')[0]);
    const count = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM offices`))[0].n as number;
    const before = await count();

    const bare = await raw().post('/api/offices').send({ name: 'Heimlicher Standort' });
    expect([bare.status, bare.body.code]).toEqual([403, 'CSRF_REJECTED']);
    const form = await raw()
      .post('/api/offices')
      .set('Origin', 'https://boese.example')
      .type('form')
      .send('name=Heimlicher+Standort');
    expect([form.status, form.body.code]).toEqual([403, 'CSRF_REJECTED']);
    const nullOrigin = await raw().post('/api/offices').set('Origin', 'null').send({ name: 'X' });
    expect([nullOrigin.status, nullOrigin.body.code]).toEqual([403, 'CSRF_REJECTED']);
    const foreignWithHeader = await raw()
      .put(`/api/users/${user.id}`)
      .set('X-Requested-With', 'XMLHttpRequest')
      .set('Origin', 'https://boese.example')
      .send({ displayName: 'Übernommen', version: 1 });
    expect([foreignWithHeader.status, foreignWithHeader.body.code]).toEqual([403, 'CSRF_REJECTED']);
    const del = await raw().delete(`/api/users/${user.id}`);
    expect([del.status, del.body.code]).toEqual([403, 'CSRF_REJECTED']);
    const logout = await raw().post('/api/auth/logout');
    expect([logout.status, logout.body.code]).toEqual([403, 'CSRF_REJECTED']);
    expect(await count()).toBe(before);
    // the session survived the refused logout, and reads need no header
    expect((await raw().get('/api/auth/me')).status).toBe(200);
    // the web client's header is enough; so is a same-origin Origin without it
    expect((await agent.post('/api/offices').send({ name: `Standort ${Date.now()}` })).status).toBe(201);
    const sameOrigin = await raw()
      .post('/api/offices')
      .set('Host', 'lotsen.test')
      .set('Origin', 'http://lotsen.test')
      .send({ name: `Standort ${Date.now()}-2` });
    expect(sameOrigin.status).toBe(201);
  });

  it('sends no CORS permission to another origin', async () => {
    const res = await t
      .http()
      .options('/api/auth/login')
      .set('Origin', 'https://boese.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'x-requested-with, content-type');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('security headers of the API and of the web build', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SERVE_WEB: 'true', WEB_DIR: join(ROOT, 'dist', 'web') });
  });
  afterAll(() => t.close());

  it('every API answer: nosniff, no-referrer, no framing, no-store, no X-Powered-By, a CSP', async () => {
    const { agent } = await signedIn(t, 'counsellor');
    for (const res of [
      await agent.get('/api/auth/me'),
      await t.http().get('/api/families'), // 401
      await t.http().get('/api/health'),
    ]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(parseCsp(res.headers['content-security-policy'])['frame-ancestors']).toEqual(["'none'"]);
      expect(res.headers['strict-transport-security']).toBeUndefined(); // production only
    }
  });

  it('the web build: index.html and its scripts are served under a CSP without unsafe-inline or unsafe-eval scripts', async () => {
    // a client-side route, asked for as a browser navigates: the SPA fallback
    const index = await t.http().get('/families/42/show').set('Accept', 'text/html');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    const csp = parseCsp(index.headers['content-security-policy']);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['script-src-attr']).toEqual(["'none'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    for (const directive of ['script-src', 'default-src', 'script-src-elem']) {
      expect(csp[directive] ?? []).not.toContain("'unsafe-inline'");
      expect(csp[directive] ?? []).not.toContain("'unsafe-eval'");
    }
    // the build itself needs no inline script: every <script> loads a file of our origin
    const scripts = [...index.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
      expect(body.trim()).toBe('');
    }
    expect(index.text).not.toMatch(/\son[a-z]+\s*=/i); // no inline event handlers
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1] as string;
    const asset = await t.http().get(script);
    expect(asset.status).toBe(200);
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['content-security-policy']).toBe(index.headers['content-security-policy']);
  });

  it('nginx (production) and the API (embedded default) serve the web app with the same policy and headers', async () => {
    const nginx = nginxHeaders();
    const index = await t.http().get('/');
    expect(Object.keys(nginx).sort()).toEqual([
      'content-security-policy',
      'cross-origin-opener-policy',
      'permissions-policy',
      'referrer-policy',
      'x-content-type-options',
      'x-frame-options',
    ]);
    expect(parseCsp(nginx['content-security-policy'])).toEqual(
      parseCsp(index.headers['content-security-policy']),
    );
    for (const [name, value] of Object.entries(nginx)) {
      if (name === 'content-security-policy') continue;
      expect([name, index.headers[name]]).toEqual([name, value]);
    }
    // nginx adds nothing to /api/: the API's own headers (above) are what the browser gets
    const conf = readFileSync(join(ROOT, 'docker', 'nginx.conf'), 'utf8');
    const apiBlock = /location (?:\^~ )?\/api\/ \{([\s\S]*?)\n {4}\}/.exec(conf)?.[1] ?? '';
    expect(apiBlock).toContain('proxy_pass');
    expect(apiBlock).not.toMatch(/add_header|proxy_hide_header/);
  });

  it('errors reveal no internals: an unknown route and a malformed body get the plain error body', async () => {
    const { agent } = await signedIn(t, 'counsellor');
    const unknown = await agent.get('/api/gibt-es-nicht');
    expect(unknown.status).toBe(404);
    expect(Object.keys(unknown.body).sort()).toEqual(['code', 'message', 'statusCode']);
    const malformed = await agent
      .post('/api/families')
      .set('Content-Type', 'application/json')
      .send('{"name":');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({
      statusCode: 400,
      code: 'MALFORMED_JSON',
      message: 'The body is not valid JSON',
    });
    expect(JSON.stringify(malformed.body)).not.toMatch(/at .*\.js|node_modules|SyntaxError/);
  });
});
