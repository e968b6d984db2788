/**
 * Issue 15, point 5: the API's static files. A file is served as it is; only a navigation
 * (Accept: text/html, no file extension) gets the app's index.html; a missing file under
 * /assets/ or at the top level is a 404, never HTML; an unknown /api route is a 404 in JSON.
 * The web directory holds the real icons of apps/web/public and a small index.html and bundle.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';

const PUBLIC = join(REPO_ROOT, 'apps', 'web', 'public');
const INDEX = '<!doctype html><html><body><div id="root"></div>lotsen-index</body></html>';
const PWA_ICONS = ['pwa-192x192.png', 'pwa-512x512.png', 'pwa-maskable-512x512.png'];
const SW = 'self.addEventListener("fetch", () => undefined); // lotsen-sw\n';
const MANIFEST = {
  name: 'Lotsen CRM – Familienbüro Potsdam',
  start_url: '/',
  display: 'standalone',
  icons: PWA_ICONS.map((src) => ({ src: `/${src}` })),
};

/** The images inside an ICO file: [width, height, PNG?] per entry. */
function icoImages(buf: Buffer): { size: number; png: boolean }[] {
  expect(buf.readUInt16LE(0)).toBe(0);
  expect(buf.readUInt16LE(2)).toBe(1);
  const count = buf.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const offset = buf.readUInt32LE(entry + 12);
    const length = buf.readUInt32LE(entry + 8);
    expect(offset + length).toBeLessThanOrEqual(buf.length);
    const png = buf.subarray(offset, offset + 8).equals(Buffer.from('89504e470d0a1a0a', 'hex'));
    return { size: buf[entry] || 256, png };
  });
}

describe('static files of the web app', () => {
  let t: TestApp;
  const webDir = mkdtempSync(join(tmpdir(), 'lotsen-web-'));
  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), INDEX);
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log("app");\n');
    for (const file of ['favicon.ico', 'favicon.svg', 'apple-touch-icon.png', ...PWA_ICONS])
      copyFileSync(join(PUBLIC, file), join(webDir, file));
    writeFileSync(join(webDir, 'sw.js'), SW);
    writeFileSync(join(webDir, 'manifest.webmanifest'), JSON.stringify(MANIFEST));
    t = await startTestApp({ SERVE_WEB: 'true', WEB_DIR: webDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves /favicon.ico as a real icon (16, 32 and 48 px PNGs) and the touch icon as a PNG', async () => {
    const ico = await t.http().get('/favicon.ico').buffer(true);
    expect(ico.status).toBe(200);
    expect(ico.headers['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    expect(icoImages(ico.body as Buffer)).toEqual([
      { size: 16, png: true },
      { size: 32, png: true },
      { size: 48, png: true },
    ]);
    const touch = await t.http().get('/apple-touch-icon.png').buffer(true);
    expect(touch.status).toBe(200);
    expect(touch.headers['content-type']).toBe('image/png');
    const png = touch.body as Buffer;
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
    const svg = await t.http().get('/favicon.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
  });

  it('serves the service worker and the manifest as files, revalidated, never swallowed by the app page (issue 22)', async () => {
    for (const accept of ['*/*', 'text/html,application/xhtml+xml,*/*;q=0.8']) {
      const sw = await t.http().get('/sw.js').set('Accept', accept);
      expect(sw.status).toBe(200);
      expect(sw.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(sw.headers['cache-control']).toBe('no-cache');
      expect(sw.text).toContain('lotsen-sw');
      const manifest = await t.http().get('/manifest.webmanifest').set('Accept', accept);
      expect(manifest.status).toBe(200);
      expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
      expect(manifest.headers['cache-control']).toBe('no-cache');
      expect(JSON.parse(manifest.text)).toEqual(MANIFEST);
    }
    // the page's policy lets the worker, the manifest and the icons come from the app's own origin
    const page = await t.http().get('/').set('Accept', 'text/html');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/worker-src|manifest-src/);
    for (const [icon, size] of [
      ['pwa-192x192.png', 192],
      ['pwa-512x512.png', 512],
      ['pwa-maskable-512x512.png', 512],
    ] as const) {
      const res = await t.http().get(`/${icon}`).buffer(true);
      expect([icon, res.status, res.headers['content-type']]).toEqual([icon, 200, 'image/png']);
      const png = res.body as Buffer;
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('the app’s index.html links the icons', () => {
    const html = readFileSync(join(REPO_ROOT, 'apps', 'web', 'index.html'), 'utf8');
    expect(html).toContain('<link rel="icon" href="/favicon.ico"');
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"');
    expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png"');
  });

  it('serves a bundle that exists, and answers 404 (JSON, not HTML) for one that does not', async () => {
    const js = await t.http().get('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    for (const accept of ['*/*', 'text/html,application/xhtml+xml,*/*;q=0.8']) {
      const missing = await t.http().get('/assets/index-gone.js').set('Accept', accept);
      expect(missing.status).toBe(404);
      expect(missing.headers['content-type']).toMatch(/application\/json/);
      expect(missing.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
      expect(missing.text).not.toContain('lotsen-index');
    }
    const noExtension = await t.http().get('/assets/chunk').set('Accept', '*/*');
    expect(noExtension.status).toBe(404);
  });

  it('answers 404 for a missing top-level file, even when a browser asks for HTML', async () => {
    for (const path of ['/robots.txt', '/site.webmanifest', '/families/42.png']) {
      const res = await t.http().get(path).set('Accept', 'text/html,*/*');
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
  });

  it('answers a navigation to a client-side route with index.html, not revalidated from cache', async () => {
    for (const path of ['/', '/families/42/show', '/login']) {
      const res = await t
        .http()
        .get(path)
        .set('Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toContain('lotsen-index');
    }
  });

  it('does not answer other requests to a route with HTML: no Accept: text/html, or not GET', async () => {
    const xhr = await t.http().get('/families/42/show').set('Accept', 'application/json');
    expect(xhr.status).toBe(404);
    expect(xhr.body.code).toBe('NOT_FOUND');
    const post = await t
      .http()
      .post('/families')
      .set('Accept', 'text/html')
      .set('X-Requested-With', 'XMLHttpRequest');
    expect(post.status).toBe(404);
    expect(post.text).not.toContain('lotsen-index');
  });

  it('answers an unknown /api route with 404 in JSON, whatever Accept says', async () => {
    for (const accept of ['application/json', 'text/html']) {
      const res = await t.http().get('/api/no-such-route').set('Accept', accept);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
      expect(res.text).not.toContain('lotsen-index');
    }
    const write = await t.agent().post('/api/no-such-route').send({});
    expect(write.status).toBe(404);
    expect(write.body.code).toBe('NOT_FOUND');
  });
});
