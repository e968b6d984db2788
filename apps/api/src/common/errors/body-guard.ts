import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { AppException } from './app.exception';
import { toErrorBody } from './http-exception.filter';

/** No request body of the API nests deeper than a few levels; 10,000 levels crashed the validator. */
export const BODY_DEPTH_MAX = 32;

/**
 * The first problem of a parsed JSON body that no DTO could accept and that would otherwise fail
 * deep inside the app: nesting beyond `BODY_DEPTH_MAX`, or a NUL character in a string (or key),
 * which PostgreSQL text cannot store. Iterative, so that a deep body cannot overflow the stack.
 */
export function bodyProblem(body: unknown): { field: string; message: string } | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        return { field: path || 'body', message: 'must not contain NUL characters' };
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= BODY_DEPTH_MAX) {
        return { field: path || 'body', message: `nested deeper than ${BODY_DEPTH_MAX} levels` };
      }
      for (const [key, child] of Object.entries(value)) {
        if (key.includes('\u0000')) return { field: 'body', message: 'keys must not contain NUL characters' };
        stack.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** Refuses such bodies with 400 VALIDATION_FAILED before the validation pipe sees them. */
export function bodyGuard(req: Request, res: Response, next: NextFunction): void {
  const problem = req.body === undefined ? null : bodyProblem(req.body);
  if (!problem) return next();
  const body = toErrorBody(
    new AppException(400, 'VALIDATION_FAILED', 'The request has invalid or unknown fields', [
      { field: problem.field, messages: [problem.message] },
    ]),
  );
  res.status(400).json(body);
}

/**
 * Requests that Node's HTTP parser refuses before the app sees them (a request line or headers
 * above 16 KB, a malformed request) are answered in the error body of api.md too, not with an
 * empty body.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const payload = JSON.stringify(
      tooLarge
        ? { statusCode: 431, code: 'PAYLOAD_TOO_LARGE', message: 'The request line or headers are too large' }
        : { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Malformed HTTP request' },
    );
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(payload)}\r\n` +
        'Connection: close\r\n\r\n' +
        payload,
    );
  });
}
