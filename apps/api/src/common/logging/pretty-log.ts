import { Writable } from 'node:stream';

/**
 * Readable log lines for a person at a terminal (`LOG_FORMAT=pretty`, the default of
 * `npm start` in development): pino's JSON lines become `12:04:31 INFO  Bootstrap  message`.
 * Production keeps pino's JSON (LOG_FORMAT=json). No dependency: a small formatter of our own.
 *
 * Nest's start-up chatter (every module and route it wires) is debug detail here: it is shown
 * with LOG_LEVEL=debug only. Request lines are held back until the start is complete
 * (`markStarted`), so the start reads as a few lines that end in the start box.
 */

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};
const LEVEL_VALUES: Record<string, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Infinity,
};

/** Contexts whose info lines are start-up detail (shown from LOG_LEVEL=debug on). */
export const STARTUP_DETAIL_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/**
 * Warnings that are known to be harmless and shown from LOG_LEVEL=debug on: `npm start` runs the
 * API and the worker as two Nest contexts in one process, each with its own default TypeORM data
 * source, and @nestjs/typeorm's process-wide name registry warns about the second one.
 */
export const HARMLESS_WARNING_CONTEXTS = new Set(['DataSourceNameRegistry']);

interface LogRecord {
  level?: number;
  time?: number;
  context?: string;
  msg?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  err?: { message?: string; stack?: string };
}

export interface PrettyOptions {
  /** The configured LOG_LEVEL. */
  level: string;
  /** Whether the start is complete (request lines are shown from then on). */
  started: () => boolean;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function clock(time: number | undefined): string {
  const d = new Date(time ?? Date.now());
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

/** One pino JSON line as a readable line (with an error's stack below it), or null to leave it out. */
export function formatLogLine(json: string, options: PrettyOptions): string | null {
  let record: LogRecord;
  try {
    record = JSON.parse(json) as LogRecord;
  } catch {
    return json.trimEnd() || null; // not ours: pass it on as it is
  }
  const level = record.level ?? 30;
  const threshold = LEVEL_VALUES[options.level] ?? 30;
  if (level < threshold) return null;
  const isRequest = record.req !== undefined && record.res !== undefined;
  if (isRequest && !options.started()) return null;
  if (level === 30 && record.context && STARTUP_DETAIL_CONTEXTS.has(record.context) && threshold > 20)
    return null;
  if (level === 40 && record.context && HARMLESS_WARNING_CONTEXTS.has(record.context) && threshold > 20)
    return null;
  let text = record.msg ?? '';
  if (isRequest) {
    const ms = record.responseTime !== undefined ? ` ${Math.round(record.responseTime)} ms` : '';
    text = `${record.req?.method ?? ''} ${record.req?.url ?? ''} → ${record.res?.statusCode ?? ''}${ms}`;
  }
  const context = record.context ?? (isRequest ? 'HTTP' : '');
  const line = `${clock(record.time)} ${LEVELS[level] ?? String(level)} ${context ? `${context}  ` : ''}${text}`;
  const stack =
    record.err?.stack ?? (record.err?.message && record.err.message !== text ? record.err.message : '');
  return stack ? `${line}\n${stack}` : line;
}

let started = false;

/** The start is complete: request lines are shown from now on. */
export function markStarted(): void {
  started = true;
}

/** A stream for pino that writes readable lines to `out` (stdout by default). */
export function prettyLogStream(level: string, out: NodeJS.WritableStream = process.stdout): Writable {
  let rest = '';
  const options: PrettyOptions = { level, started: () => started };
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      const text = lines
        .map((l) => formatLogLine(l, options))
        .filter((l): l is string => l !== null)
        .map((l) => `${l}\n`)
        .join('');
      if (text) out.write(text);
      callback();
    },
  });
}
