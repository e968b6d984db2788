import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/config';
import { createApp } from '../../apps/api/src/create-app';
import { JobsRuntime } from '../../apps/api/src/jobs/jobs-runtime.service';
import { startWorker, type RunningWorker } from '../../apps/api/src/worker';
import { createTestDatabase, type TestDatabase } from './test-db';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  db: TestDatabase;
  dataSource: DataSource;
  /** A supertest client that keeps cookies and sends the CSRF header, like the web client. */
  agent(): request.Agent;
  /** A client without cookies or headers. */
  http(): request.Agent;
  /**
   * Runs what the writes so far left in the outbox (notifications …) to the end, as the worker
   * would: an in-process worker on the same database, started on first use.
   */
  drainJobs(): Promise<void>;
  /** The in-process worker behind `drainJobs` (started on first use). */
  worker(): Promise<RunningWorker>;
  close(): Promise<void>;
}

/**
 * The real API (same `createApp` as production) on a fresh, migrated database of its own.
 * `env` overrides configuration, e.g. `{ SESSION_IDLE_MINUTES: '0.05' }`.
 */
export async function startTestApp(env: Record<string, string> = {}, listen = false): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SERVE_WEB: 'false',
    ...env,
    DATABASE_URL: db.url,
  });
  const app = await createApp(config);
  if (listen) await app.listen(0, '127.0.0.1');
  else await app.init();
  const server = app.getHttpServer();
  let worker: Promise<RunningWorker> | null = null;
  // Jobs run in the test's process, without Redis. A listening app (browser tests) gets a worker
  // that relays every 200 ms like `npm start`; otherwise the outbox moves only on drainJobs().
  const startJobs = (): Promise<RunningWorker> =>
    (worker ??= startWorker({ ...config, redisUrl: null, relayIntervalMs: listen ? 200 : 60_000 }));
  if (listen) await startJobs();
  return {
    app,
    config,
    db,
    dataSource: app.get(DataSource),
    agent: () => request.agent(server).set('X-Requested-With', 'XMLHttpRequest'),
    http: () => request.agent(server),
    worker: startJobs,
    async drainJobs() {
      await (await startJobs()).context.get(JobsRuntime).drain();
    },
    async close() {
      if (worker) await (await worker).stop();
      await app.close();
      await db.drop();
    },
  };
}
