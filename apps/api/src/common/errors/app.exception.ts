import { HttpException } from '@nestjs/common';
import type { ErrorCode } from '@lotsen/domain';

/**
 * The one exception type of the API: an HTTP status, a stable code (api.md, "Errors"),
 * a plain English message and optional details. The web translates the code.
 */
export class AppException extends HttpException {
  constructor(
    status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown[],
    readonly extra?: Record<string, unknown>,
  ) {
    super({ statusCode: status, code, message, ...(details ? { details } : {}), ...extra }, status);
  }

  static notFound(what = 'Record'): AppException {
    return new AppException(404, 'NOT_FOUND', `${what} not found`);
  }

  static staleVersion(): AppException {
    return new AppException(
      409,
      'STALE_VERSION',
      'The record was changed by someone else in the meantime; reload it and try again',
    );
  }

  static methodNotAllowed(message: string): AppException {
    return new AppException(405, 'METHOD_NOT_ALLOWED', message);
  }

  static invalidReference(field: string): AppException {
    return new AppException(400, 'INVALID_REFERENCE', `${field} does not name an existing record`, [
      { field, messages: ['does not exist'] },
    ]);
  }
}
