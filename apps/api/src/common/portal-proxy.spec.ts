import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { portalProxy } from './portal-proxy';

/** The API's pass-through to the Familienportal (npm start) between two real local servers. */
describe('portalProxy', () => {
  let upstream: Server;
  let front: Server;
  let seen: { url: string; headers: IncomingMessage['headers']; body: string }[] = [];
  const listen = (server: Server) =>
    new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
    );
  let frontUrl = '';

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
        res.writeHead(req.method === 'POST' ? 303 : 200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'self'",
          'set-cookie': 'never=1',
          ...(req.method === 'POST' ? { location: '/familienportal/de/rueckruf/danke' } : {}),
        });
        res.end('<p>Familienportal</p>');
      });
    });
    const upstreamPort = await listen(upstream);
    const app = express();
    app.use(portalProxy(`http://127.0.0.1:${upstreamPort}`));
    app.use((_req, res) => {
      res.setHeader('set-cookie', 'staff=1');
      res.status(404).send('api');
    });
    front = createServer(app);
    frontUrl = `http://127.0.0.1:${await listen(front)}`;
  });

  afterAll(async () => {
    await new Promise((r) => front.close(r));
    await new Promise((r) => upstream.close(r));
  });

  beforeEach(() => {
    seen = [];
  });

  it('passes /familienportal/… with its query through, without the staff cookie, and no cookie back', async () => {
    const res = await fetch(`${frontUrl}/familienportal/uk/suche?q=kita`, {
      headers: { cookie: 'lotsen.sid=secret', 'x-forwarded-for': '198.51.100.1' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<p>Familienportal</p>');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(seen[0].url).toBe('/familienportal/uk/suche?q=kita');
    expect(seen[0].headers.cookie).toBeUndefined();
    expect(seen[0].headers['x-forwarded-for']).toBe('198.51.100.1, 127.0.0.1');
  });

  it('streams a form POST through and leaves other paths to the API', async () => {
    const res = await fetch(`${frontUrl}/familienportal/de/rueckruf`, {
      method: 'POST',
      body: 'name=Olena&consent=true',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(seen[0].body).toBe('name=Olena&consent=true');
    expect((await fetch(`${frontUrl}/familienportalx`)).status).toBe(404);
    expect((await fetch(`${frontUrl}/api/health`)).status).toBe(404);
    expect(seen).toHaveLength(1);
  });

  it('answers 502 when the portal does not answer', async () => {
    const app = express();
    app.use(portalProxy('http://127.0.0.1:9'));
    const dead = createServer(app);
    const port = await listen(dead);
    const res = await fetch(`http://127.0.0.1:${port}/familienportal/de/`);
    expect(res.status).toBe(502);
    expect(await res.text()).toContain('Familienportal');
    await new Promise((r) => dead.close(r));
  });
});
