import type { IncomingMessage, ServerResponse } from 'node:http';

/** What pino-http hands the request serializer: its standard form of the request. */
interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
}

/** The request as a log line keeps it: its id, method and path (as `url`, without the query). */
export interface RequestLogEntry {
  id: unknown;
  method: string | undefined;
  url: string | undefined;
}

/**
 * The request log line (pino-http, one per request; docs/operations.md "Logs") holds the request
 * id, method, path, status, the user's id and the time taken — and nothing else:
 *
 * - **no query string**: a family search's text (`filter={"q":"Schmidt"}`) is a name, and a list's
 *   filter may be one too; the path holds only ids;
 * - **no headers** (request or response) and **no client address**: cookies, the caller's IP and
 *   the same dozen security headers on every line are not operational information (the audit
 *   trail keeps who read which record, from which address, docs/privacy.md). Writing them cost
 *   ~1.4 KB and a JSON serialization per request (issue 19 point 2).
 */
export const requestLogSerializers = {
  req: (req: SerializedRequest): RequestLogEntry => ({
    id: req.id,
    method: req.method,
    url: req.url === undefined ? undefined : pathOf(req.url),
  }),
  res: (res: Pick<ServerResponse, 'statusCode'>): { statusCode: number } => ({ statusCode: res.statusCode }),
};

/** The URL without its query string. */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

/** The signed-in user's id on the log line (set by passport on the request). */
export const requestLogProps = (req: IncomingMessage): { userId: string | undefined } => ({
  userId: (req as IncomingMessage & { user?: { id: string } }).user?.id,
});
