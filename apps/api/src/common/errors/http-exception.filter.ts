import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ErrorBody, ErrorCode } from '@lotsen/domain';
import { ThrottlerException } from '@nestjs/throttler';

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'STALE_VERSION',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Turns every error into the body of api.md; anything unexpected is a logged 500. */
export function toErrorBody(exception: unknown, logger?: Logger): ErrorBody & Record<string, unknown> {
  if (exception instanceof ThrottlerException) {
    return { statusCode: 429, code: 'TOO_MANY_REQUESTS', message: 'Too many requests; wait a moment' };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'object' && response !== null && 'code' in response) {
      return response as ErrorBody & Record<string, unknown>;
    }
    const message =
      typeof response === 'string'
        ? response
        : ((response as { message?: unknown }).message ?? exception.message);
    return {
      statusCode: status,
      code: STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED'),
      message: Array.isArray(message) ? message.join('; ') : String(message),
    };
  }
  if (exception instanceof QueryFailedError) {
    const pgCode = (exception as QueryFailedError & { code?: string }).code;
    if (pgCode === '40001' || pgCode === '40P01') {
      return { statusCode: 409, code: 'STALE_VERSION', message: 'A concurrent change won; try again' };
    }
  }
  logger?.error(exception instanceof Error ? (exception.stack ?? exception.message) : exception);
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: 'INTERNAL_ERROR', message: 'Internal error' };
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(exception, this.logger);
    if (res.headersSent) return;
    res.status(body.statusCode).json(body);
  }
}
