/**
 * Stable error codes of the API (api.md, "Errors"). The web shows a German text for each;
 * a code, once published, is never renamed.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'INVALID_QUERY',
  'INVALID_SORT_FIELD',
  'INVALID_FILTER_FIELD',
  'INVALID_PERIOD',
  'SNAPSHOT_EXISTS',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'TOO_MANY_REQUESTS',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'STALE_VERSION',
  'READ_ONLY_FIELD',
  'EMAIL_IN_USE',
  'DUPLICATE_KEY',
  'IN_USE',
  'CANNOT_CHANGE_OWN_ACCOUNT',
  'WEAK_PASSWORD',
  'WRONG_CURRENT_PASSWORD',
  'PASSWORD_UNCHANGED',
  'PASSWORD_CHANGE_REQUIRED',
  'INVALID_REFERENCE',
  'POSSIBLE_DUPLICATE',
  'ILLEGAL_TRANSITION',
  'PERSONAL_DATA_NOT_ALLOWED',
  'FAMILY_ANONYMIZED',
  'INVALID_HANDOFF_TARGET',
  'CONSENT_REQUIRED',
  'STORE_CONSENT_WITHDRAWN',
  'SUCCESSOR_REQUIRED',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode | string;
  message: string;
  details?: unknown[];
}
