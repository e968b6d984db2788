import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The callback form's token (docs/portal.md, "Rückruf erbitten"): the time the form was issued,
 * signed with an HMAC whose key is derived from SESSION_SECRET. No id, no cookie, nothing stored:
 * the POST checks the signature and how long the form took (libs/domain `callbackFormAge`).
 * Format: `<issued ms>.<base64url HMAC-SHA256>`.
 */
const KEY_LABEL = 'lotsen/portal/callback-form/v1';

function key(secret: string): Buffer {
  return createHmac('sha256', secret).update(KEY_LABEL).digest();
}

function signature(secret: string, issuedAtMs: number): string {
  return createHmac('sha256', key(secret)).update(`callback-form:${issuedAtMs}`).digest('base64url');
}

/** A token for a form issued at `issuedAt` (tests sign past or future times with it). */
export function signCallbackFormToken(secret: string, issuedAt: Date = new Date()): string {
  const ms = issuedAt.getTime();
  return `${ms}.${signature(secret, ms)}`;
}

/** The issue time of a genuine token, or null for anything else (forged, altered, malformed). */
export function verifyCallbackFormToken(secret: string, token: string): number | null {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const ms = Number(match[1]);
  const expected = Buffer.from(signature(secret, ms));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? ms : null;
}
