import type { IncomingMessage } from 'node:http';
import { isPortalLang } from '@lotsen/domain';
import type { PageContext } from '../components/context';
import { checkCallback, type CallbackValues } from '../components/CallbackForm';
import type { FieldError } from '../components/Fields';
import type { Messages } from '../i18n';
import { ApiError } from './api-client';

const BODY_LIMIT = 16 * 1024;

/** A form POST's body (application/x-www-form-urlencoded), at most 16 KB. */
export function readFormBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        reject(new Error('BODY_TOO_LARGE'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

export interface PostedCallback {
  values: CallbackValues;
  token: string;
  consentVersion: string;
  website: string;
}

export function readCallback(body: URLSearchParams, pageLang: string): PostedCallback {
  const text = (name: string, max = 500) => (body.get(name) ?? '').slice(0, max);
  const lang = text('lang', 10);
  return {
    values: {
      topic: text('topic', 100),
      officeId: text('officeId', 100),
      name: text('name', 200),
      phone: text('phone', 100),
      email: text('email', 200),
      lang: isPortalLang(lang) ? lang : pageLang,
      preferredTime: text('preferredTime', 200),
      consent: body.get('consent') === 'true',
    },
    token: text('token', 2000),
    consentVersion: text('consentVersion', 100),
    website: text('website', 500),
  };
}

/** The JSON the API's `POST /api/portal/callbacks` takes (h2's contract). */
export function callbackPayload(posted: PostedCallback): Record<string, unknown> {
  const v = posted.values;
  const payload: Record<string, unknown> = {
    token: posted.token,
    website: posted.website,
    officeId: v.officeId,
    topic: v.topic,
    name: v.name.trim(),
    lang: v.lang,
    consent: v.consent,
    consentVersion: posted.consentVersion,
  };
  if (v.phone.trim()) payload.phone = v.phone.trim();
  if (v.email.trim()) payload.email = v.email.trim();
  if (v.preferredTime.trim()) payload.preferredTime = v.preferredTime.trim();
  return payload;
}

export function localErrors(ctx: PageContext, values: CallbackValues): FieldError[] {
  const c = ctx.t.callback;
  return checkCallback(values, { ...c });
}

/** How the server answers an API refusal of a callback request. */
export type CallbackOutcome =
  | { kind: 'errors'; errors: FieldError[]; freshToken: boolean }
  | { kind: 'rateLimited' }
  | { kind: 'unavailable' };

const FIELDS = ['topic', 'officeId', 'name', 'phone', 'email', 'lang', 'preferredTime', 'consent'];

/** Maps the API's stable error codes to the form's error summary in the page's language. */
export function outcomeOf(error: unknown, t: Messages): CallbackOutcome {
  if (!(error instanceof ApiError)) return { kind: 'unavailable' };
  const c = t.callback;
  switch (error.code) {
    case 'CALLBACK_RATE_LIMITED':
      return { kind: 'rateLimited' };
    case 'CALLBACK_CONTACT_MISSING':
      return { kind: 'errors', errors: [{ field: 'phone', message: c.errorContact }], freshToken: false };
    case 'CALLBACK_CONSENT_MISSING':
      return { kind: 'errors', errors: [{ field: 'consent', message: c.errorConsent }], freshToken: false };
    case 'CALLBACK_TOO_FAST':
      return { kind: 'errors', errors: [{ field: 'submit', message: c.errorTooFast }], freshToken: false };
    case 'CALLBACK_FORM_EXPIRED':
      return { kind: 'errors', errors: [{ field: 'submit', message: c.errorExpired }], freshToken: true };
    case 'VALIDATION_FAILED': {
      const details = Array.isArray(error.body.details) ? (error.body.details as { field?: unknown }[]) : [];
      const errors: FieldError[] = [];
      for (const d of details) {
        const field = typeof d.field === 'string' ? d.field : '';
        if (field === 'token' || field === 'website' || field === 'consentVersion') {
          if (!errors.some((e) => e.field === 'submit'))
            errors.push({ field: 'submit', message: c.errorExpired });
          continue;
        }
        const known = FIELDS.includes(field) ? field : 'submit';
        if (!errors.some((e) => e.field === known))
          errors.push({ field: known, message: messageFor(known, t) });
      }
      if (errors.length === 0) errors.push({ field: 'submit', message: c.errorExpired });
      return { kind: 'errors', errors, freshToken: errors.some((e) => e.message === c.errorExpired) };
    }
    default:
      return error.status === 429 ? { kind: 'rateLimited' } : { kind: 'unavailable' };
  }
}

function messageFor(field: string, t: Messages): string {
  const c = t.callback;
  switch (field) {
    case 'topic':
      return c.errorTopic;
    case 'officeId':
      return c.errorOffice;
    case 'name':
      return c.errorName;
    case 'email':
      return c.errorEmail;
    case 'phone':
      return c.errorPhone;
    case 'consent':
      return c.errorConsent;
    default:
      return c.errorField;
  }
}
