/**
 * Real API and worker processes from the build (dist/), for tests of several instances on
 * loopback against one PostgreSQL and Redis: spawn with an environment, wait until ready,
 * stop with SIGTERM or SIGKILL, read what they printed. Plus a small HTTP client that keeps
 * the session cookie and can switch between instances (a session made on A, used on B).
 *
 * Needs a build: `npm test` builds first; alone, `npx nx run api:build`.
 * `LOTSEN_API_DIST` points at another build folder (default dist/api).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const API_DIST = resolve(REPO_ROOT, process.env.LOTSEN_API_DIST ?? 'dist/api');
export const API_ENTRY = join(API_DIST, 'apps/api/src/main.js');
export const WORKER_ENTRY = join(API_DIST, 'apps/api/src/worker.js');
export const MIGRATE_ENTRY = join(API_DIST, 'apps/api/src/migrate.js');

/** Same for every process of a test, so that a cookie signed by one is accepted by the other. */
export const TEST_SESSION_SECRET = 'lotsen-cluster-test-secret-0123456789abcdef';

export type Env = Record<string, string | undefined>;

/** The environment of an API or worker process on `databaseUrl`; `extra` overrides it. */
export function processEnv(databaseUrl: string, extra: Env = {}): Env {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    SESSION_SECRET: TEST_SESSION_SECRET,
    SERVE_WEB: 'false',
    MIGRATE_ON_START: 'false',
    DEMO_DATA: 'false',
    ...extra,
  };
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `promise`'s value, or null after `ms` (the timer is cleared either way). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<null>((r) => (timer = setTimeout(() => r(null), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** A child process with its output kept line by line (stdout and stderr interleaved). */
export class ManagedProcess {
  readonly child: ChildProcess;
  readonly lines: string[] = [];
  readonly exited: Promise<ExitStatus>;
  private status: ExitStatus | null = null;
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly name: string,
    entry: string,
    env: Env,
    args: string[] = [],
  ) {
    if (!existsSync(entry)) {
      throw new Error(`${entry} does not exist: build the API first (npm run build or npx nx run api:build)`);
    }
    this.child = spawn(process.execPath, [entry, ...args], {
      cwd: REPO_ROOT,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      let rest = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const line of parts) this.push(line);
      });
      stream?.on('end', () => {
        if (rest) this.push(rest);
        rest = '';
      });
    }
    this.exited = new Promise((resolveExit) => {
      this.child.once('exit', (code, signal) => {
        this.status = { code, signal };
        this.notify();
        resolveExit(this.status);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Exit code and signal once the process has ended, else null. */
  get exitStatus(): ExitStatus | null {
    return this.status;
  }

  get running(): boolean {
    return this.status === null;
  }

  /** Everything printed so far. */
  output(): string {
    return this.lines.join('\n');
  }

  /** The JSON log lines (pino) printed so far, parsed. */
  logs(): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const line of this.lines) {
      if (!line.startsWith('{')) continue;
      try {
        out.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line
      }
    }
    return out;
  }

  private push(line: string): void {
    this.lines.push(line);
    if (process.env.LOTSEN_PROCESS_OUTPUT) process.stdout.write(`[${this.name}] ${line}\n`);
    this.notify();
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves with the first line matching `pattern`; rejects on exit or after `timeoutMs`. */
  waitForLine(pattern: RegExp | string, timeoutMs = 20_000): Promise<string> {
    const matches = (line: string) =>
      typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line);
    return new Promise((resolveLine, reject) => {
      const check = () => {
        const found = this.lines.find(matches);
        if (found !== undefined) return done(() => resolveLine(found));
        if (this.status) {
          return done(() =>
            reject(
              new Error(
                `${this.name} exited (${describe(this.status)}) before printing ${String(pattern)}\n${this.tail()}`,
              ),
            ),
          );
        }
      };
      const timer = setTimeout(
        () =>
          done(() =>
            reject(new Error(`${this.name}: no ${String(pattern)} within ${timeoutMs} ms\n${this.tail()}`)),
          ),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Waits for the process to end by itself; rejects after `timeoutMs`. */
  async waitForExit(timeoutMs = 20_000): Promise<ExitStatus> {
    const result = await within(this.exited, timeoutMs);
    if (!result) throw new Error(`${this.name} did not exit within ${timeoutMs} ms\n${this.tail()}`);
    return result;
  }

  /** Sends a signal (SIGTERM by default) and returns at once. */
  signal(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (this.running) this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL when it has not exited after `graceMs`. */
  async stop(graceMs = 30_000): Promise<ExitStatus> {
    if (!this.running) return this.exitStatus as ExitStatus;
    this.signal('SIGTERM');
    const result = await within(this.exited, graceMs);
    if (result) return result;
    return this.kill();
  }

  /** SIGKILL: the process ends at once, without any shutdown. */
  async kill(): Promise<ExitStatus> {
    this.signal('SIGKILL');
    return this.exited;
  }

  /** The last lines of output, for error messages. */
  tail(lines = 40): string {
    return this.lines
      .slice(-lines)
      .map((l) => `  [${this.name}] ${l}`)
      .join('\n');
  }
}

function describe(status: ExitStatus | null): string {
  if (!status) return 'running';
  return status.signal ? `signal ${status.signal}` : `code ${status.code}`;
}

/** A TCP port that is free on loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export class ApiProcess extends ManagedProcess {
  constructor(
    name: string,
    readonly port: number,
    readonly env: Env,
  ) {
    super(name, API_ENTRY, { ...env, PORT: String(port) });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Polls `GET /api/health/ready` until it answers 200; fails at once when the process exits. */
  async waitUntilReady(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) {
        throw new Error(
          `${this.name} exited (${describe(this.exitStatus)}) before it was ready\n${this.tail()}`,
        );
      }
      try {
        const res = await send(this.url, 'GET', '/api/health/ready');
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline)
        throw new Error(`${this.name} not ready within ${timeoutMs} ms\n${this.tail()}`);
      await sleep(100);
    }
  }
}

export interface StartApiOptions {
  name?: string;
  /** Default: a free port. */
  port?: number;
  /** Wait for readiness (default true). */
  ready?: boolean;
  /** How long to wait for readiness (default 90 s: a busy 2-core machine starts slowly). */
  timeoutMs?: number;
}

/** Starts `node dist/api/apps/api/src/main.js` with `env` (see `processEnv`). */
export async function startApi(env: Env, options: StartApiOptions = {}): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const api = new ApiProcess(options.name ?? `api:${port}`, port, env);
  if (options.ready !== false) {
    try {
      await api.waitUntilReady(options.timeoutMs);
    } catch (err) {
      await api.kill();
      throw err;
    }
  }
  return api;
}

/** Starts `node dist/api/apps/api/src/worker.js` with `env` (see `processEnv`). */
export function startWorker(env: Env, name = 'worker'): ManagedProcess {
  return new ManagedProcess(name, WORKER_ENTRY, env);
}

/** Stops every process still running (SIGTERM, SIGKILL after `graceMs`): for afterAll. */
export async function stopAll(processes: (ManagedProcess | undefined)[], graceMs = 10_000): Promise<void> {
  await Promise.all(processes.map((p) => p?.stop(graceMs)));
}

// --- HTTP ----------------------------------------------------------------------------------

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
  text: string;
}

/**
 * One request on a new connection (like our nginx, which keeps no upstream connections).
 * Rejects with the socket error (`code` ECONNREFUSED, ECONNRESET, …) when there is no answer.
 */
export function send<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResponse<T>> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolveRes, reject) => {
    const req = httpRequest(
      `${baseUrl}${path}`,
      {
        method,
        agent: false,
        headers: {
          Accept: 'application/json',
          ...(payload !== undefined
            ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) }
            : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          if ((res.headers['content-type'] ?? '').includes('json') && text) {
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = text;
            }
          }
          resolveRes({ status: res.statusCode ?? 0, headers: res.headers, body: parsed as T, text });
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: no answer within 30 s`)));
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/**
 * A client like the web app: keeps the session cookie and sends `X-Requested-With`. The cookie
 * belongs to the client, not to an instance: `on(other)` talks to another instance with the
 * same session.
 */
export class ApiClient {
  private cookies = new Map<string, string>();

  constructor(public baseUrl: string) {}

  /** The same session, through another instance. */
  on(baseUrl: string): ApiClient {
    const other = new ApiClient(baseUrl);
    other.cookies = this.cookies;
    return other;
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<HttpResponse<T>> {
    const headers: Record<string, string> = { 'X-Requested-With': 'XMLHttpRequest' };
    if (this.cookies.size) headers.Cookie = this.cookieHeader;
    const res = await send<T>(this.baseUrl, method, path, body, headers);
    const setCookie = res.headers['set-cookie'];
    for (const cookie of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair, ...attributes] = cookie.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=thu, 01 jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }

  /** Signs in; throws unless the answer is 200. */
  async login(email: string, password: string): Promise<this> {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${res.text}`);
    return this;
  }
}
