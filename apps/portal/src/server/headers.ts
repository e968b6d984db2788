import type { ServerResponse } from 'node:http';

/**
 * The portal's security headers on every answer: a strict Content Security Policy (only its own
 * host; no inline script — hydration data travels in `<script type="application/json">`), no
 * referrer, no framing. There is no cookie anywhere in the portal.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // KERN's icons are SVG data URIs in CSS masks
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** Pages: a city CDN may keep them for five minutes. */
export const PUBLIC_CACHE = 'public, max-age=300';
/** Forms with a token, POST answers and errors: never kept. */
export const NO_STORE = 'no-store';
