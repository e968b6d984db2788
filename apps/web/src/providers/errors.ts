import { HttpError } from 'react-admin';
import { ERROR_CODES, type ErrorBody, type ErrorCode } from '@lotsen/domain';

/** One entry of `details` in a VALIDATION_FAILED body (api.md, "Errors"). */
export interface ValidationDetail {
  field: string;
  messages: string[];
}

/** Field errors in the shape react-admin's forms take from `error.body.errors`. */
export type FormErrors = Record<string, string | Record<string, string>>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The i18n key of an error code. */
export function errorMessageKey(code: ErrorCode): string {
  return `lotsen.errors.${code}`;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorBody).code === 'string' &&
    typeof (value as ErrorBody).statusCode === 'number'
  );
}

function isValidationDetail(value: unknown): value is ValidationDetail {
  if (typeof value !== 'object' || value === null) return false;
  const detail = value as ValidationDetail;
  return (
    typeof detail.field === 'string' &&
    detail.field.length > 0 &&
    Array.isArray(detail.messages) &&
    detail.messages.every((message) => typeof message === 'string')
  );
}

/** A code for errors whose body carries none (a proxy's HTML page, an empty body). */
function codeForStatus(status: number): ErrorCode | null {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 405) return 'METHOD_NOT_ALLOWED';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  if (status >= 500) return 'INTERNAL_ERROR';
  return null;
}

/** `{field, messages}` details → `{field: "message message"}` for the form. */
export function formErrorsFrom(details: readonly unknown[]): FormErrors {
  const errors: FormErrors = {};
  for (const detail of details) {
    if (!isValidationDetail(detail) || detail.messages.length === 0) continue;
    errors[detail.field] = detail.messages.join(' ');
  }
  return errors;
}

/**
 * Turns an API error (api.md: `{statusCode, code, message, details?}`) into an HttpError whose
 * message is the i18n key `lotsen.errors.<CODE>` (the server's message when the code is unknown)
 * and whose body carries `errors: {field: message}` for validation errors, so that react-admin
 * shows them on the form's fields. Anything that is not an HTTP error passes unchanged, except a
 * network failure, which gets a message of its own.
 */
export function toLotsenError(error: unknown): unknown {
  if (error instanceof TypeError) {
    return new HttpError('lotsen.network_error', 0, null);
  }
  if (!(error instanceof HttpError)) return error;

  const status = error.status as number;
  const body: unknown = error.body;
  if (!isErrorBody(body)) {
    const code = codeForStatus(status);
    return code ? new HttpError(errorMessageKey(code), status, body) : error;
  }

  const message = isErrorCode(body.code) ? errorMessageKey(body.code) : body.message || error.message;
  const details = Array.isArray(body.details) ? body.details : [];
  let fieldErrors = formErrorsFrom(details);
  if (body.code === 'EMAIL_IN_USE' && Object.keys(fieldErrors).length === 0) {
    fieldErrors = { email: errorMessageKey('EMAIL_IN_USE') };
  }
  // a common password: the German advice on the password field, not the server's English detail
  if (body.code === 'WEAK_PASSWORD') fieldErrors = { password: errorMessageKey('WEAK_PASSWORD') };
  if (Object.keys(fieldErrors).length === 0) {
    return new HttpError(message, status, body);
  }
  // `root.serverError` is the text of the notification react-admin shows for an invalid form.
  const errors: FormErrors = { ...fieldErrors, root: { serverError: message } };
  return new HttpError(message, status, { ...body, errors });
}
