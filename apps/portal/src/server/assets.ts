import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { createHash } from 'node:crypto';

/** What the build wrote to `portal-assets.json` (apps/portal/build/styles-plugin.ts). */
export interface AssetManifest {
  css: string;
  cssRtl: string;
  js: string | null;
}

export interface Assets {
  manifest: AssetManifest | null;
  /** Changes with every build: part of every page's ETag. */
  buildId: string;
  serve(file: string, req: IncomingMessage, res: ServerResponse): boolean;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const SAFE = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)?$/;

/**
 * The built client files (dist/portal/client): hashed names, so they are cached for a year.
 * Without a build (unit tests of the server) pages are served without CSS and JavaScript.
 */
export function loadAssets(dir: string | null): Assets {
  const manifestPath = dir ? join(dir, 'portal-assets.json') : '';
  if (!dir || !existsSync(manifestPath)) {
    return { manifest: null, buildId: 'dev', serve: () => false };
  }
  const raw = readFileSync(manifestPath, 'utf8');
  const manifest = JSON.parse(raw) as AssetManifest;
  return {
    manifest,
    buildId: createHash('sha256').update(raw).digest('base64url').slice(0, 12),
    serve(file, req, res) {
      if (!SAFE.test(file) || file.includes('..')) return false;
      const path = join(dir, 'assets', file);
      if (!existsSync(path) || !statSync(path).isFile()) return false;
      res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.setHeader('Content-Length', statSync(path).size);
      res.writeHead(200);
      if (req.method === 'HEAD') res.end();
      else createReadStream(path).pipe(res);
      return true;
    },
  };
}
