import express from 'express';
import request from 'supertest';
import { csrfMiddleware } from './csrf.middleware';

/** A real Express app with the middleware, `trust proxy` as `TRUST_PROXY` sets it. */
function app(trustProxy: number | boolean = false) {
  const a = express();
  a.set('trust proxy', trustProxy);
  a.use(csrfMiddleware);
  a.all('/{*any}', (_req, res) => {
    res.status(200).json({ ok: true });
  });
  return a;
}

async function run(
  method: 'get' | 'post' | 'put' | 'delete',
  headers: Record<string, string>,
  trustProxy: number | boolean = false,
): Promise<number | 'next'> {
  let req = request(app(trustProxy))[method]('/x');
  for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
  const res = await req;
  if (res.status === 403) expect(res.body.code).toBe('CSRF_REJECTED');
  return res.status === 200 ? 'next' : res.status;
}

describe('CSRF rule', () => {
  it('lets reads through', async () => {
    expect(await run('get', {})).toBe('next');
  });

  it('lets writes through with X-Requested-With or a same-origin Origin', async () => {
    expect(await run('post', { 'X-Requested-With': 'XMLHttpRequest' })).toBe('next');
    expect(await run('put', { Host: 'lotsen.potsdam.de', Origin: 'http://lotsen.potsdam.de' })).toBe('next');
  });

  it('refuses writes without either, from a foreign origin, or across schemes', async () => {
    expect(await run('post', {})).toBe(403);
    expect(
      await run('delete', {
        Host: 'lotsen.potsdam.de',
        Origin: 'https://evil.example',
        'X-Requested-With': 'XMLHttpRequest',
      }),
    ).toBe(403);
    // the connection is plain http: an https Origin is another origin
    expect(await run('post', { Host: 'lotsen.potsdam.de', Origin: 'https://lotsen.potsdam.de' })).toBe(403);
    expect(await run('post', { Origin: 'null' })).toBe(403);
  });

  describe('without TRUST_PROXY: the forwarded headers count for nothing', () => {
    it('compares with the request’s own Host, not X-Forwarded-Host', async () => {
      const forged = {
        Host: 'lotsen.potsdam.de',
        'X-Forwarded-Host': 'evil.example',
        Origin: 'http://evil.example',
      };
      expect(await run('post', forged)).toBe(403);
      expect(
        await run('post', {
          Host: 'lotsen.potsdam.de',
          'X-Forwarded-Host': 'evil.example',
          Origin: 'http://lotsen.potsdam.de',
        }),
      ).toBe('next');
    });

    it('takes the scheme of the connection, not X-Forwarded-Proto', async () => {
      expect(
        await run('post', {
          Host: 'lotsen.potsdam.de',
          'X-Forwarded-Proto': 'https',
          Origin: 'https://lotsen.potsdam.de',
        }),
      ).toBe(403);
    });
  });

  describe('with TRUST_PROXY (behind nginx): the proxy’s headers name the origin', () => {
    it('accepts the Origin that matches X-Forwarded-Host and X-Forwarded-Proto', async () => {
      const behindProxy = {
        Host: '127.0.0.1:3000',
        'X-Forwarded-Host': 'lotsen.potsdam.de',
        'X-Forwarded-Proto': 'https',
        Origin: 'https://lotsen.potsdam.de',
      };
      expect(await run('post', behindProxy, 1)).toBe('next');
      expect(await run('post', behindProxy, false)).toBe(403);
    });

    it('still refuses a foreign Origin and a scheme that differs from the forwarded one', async () => {
      const base = { Host: '127.0.0.1:3000', 'X-Forwarded-Host': 'lotsen.potsdam.de' };
      expect(
        await run('post', { ...base, 'X-Forwarded-Proto': 'https', Origin: 'https://evil.example' }, 1),
      ).toBe(403);
      expect(
        await run('post', { ...base, 'X-Forwarded-Proto': 'http', Origin: 'https://lotsen.potsdam.de' }, 1),
      ).toBe(403);
      // the proxy's own host (the internal address) is no longer the origin
      expect(
        await run('post', { ...base, 'X-Forwarded-Proto': 'https', Origin: 'http://127.0.0.1:3000' }, 1),
      ).toBe(403);
    });
  });
});
