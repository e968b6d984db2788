import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import type IORedis from 'ioredis';
import { can } from '@lotsen/domain';
import type { AuthUser } from '../common/auth/auth-user';
import { AppException } from '../common/errors/app.exception';
import { toErrorBody } from '../common/errors/http-exception.filter';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { openQueues, producerConnection, redisErrorLogger } from './bullmq-transport';

/** Where the dashboard lives (behind the session and the admin role). */
export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';

interface Mountable {
  use(path: string, ...handlers: ((req: Request, res: Response, next: NextFunction) => void)[]): unknown;
}

/** Only a signed-in admin gets past: 401 without a session, 403 for every other role. */
export function adminOnly(req: Request, res: Response, next: NextFunction): void {
  const user = req.user as AuthUser | undefined;
  if (!user) {
    res.status(401).json(toErrorBody(new AppException(401, 'UNAUTHENTICATED', 'Not signed in')));
  } else if (!can(user, 'queue.dashboard')) {
    res.status(403).json(toErrorBody(new AppException(403, 'FORBIDDEN', 'Your role may not do this')));
  } else {
    next();
  }
}

/**
 * The dashboard only shows: besides bull-board's own read-only mode (405 for every change of a
 * queue or job), any request that is not a read is refused here, before it reaches bull-board.
 */
export function readOnly(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD') {
    next();
    return;
  }
  res
    .status(405)
    .json(
      toErrorBody(
        new AppException(
          405,
          'METHOD_NOT_ALLOWED',
          'The queue dashboard is read-only: jobs cannot be changed here',
        ),
      ),
    );
}

/**
 * The admin's view of the job queues (@bull-board) under /api/admin/queues. Without REDIS_URL
 * there are no queues (the worker runs the jobs in-process): the path answers 503 with a code.
 */
@Injectable()
export class QueueDashboard implements OnModuleDestroy {
  private connection: IORedis | null = null;
  private queues: Queue[] = [];
  private readonly logger = new Logger('QueueDashboard');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  mount(app: Mountable): void {
    if (!this.config.redisUrl) {
      app.use(QUEUE_DASHBOARD_PATH, adminOnly, (_req, res) => {
        res
          .status(503)
          .json(
            toErrorBody(
              new AppException(
                503,
                'SERVICE_UNAVAILABLE',
                'REDIS_URL is not set: the worker runs jobs in-process, there are no queues to show',
              ),
            ),
          );
      });
      return;
    }
    this.connection = producerConnection(this.config.redisUrl);
    const onError = redisErrorLogger(this.logger);
    this.connection.on('error', onError);
    this.queues = [...openQueues(this.connection, this.config.queuePrefix, onError).values()];
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      // read-only: no job can be added, promoted, retried, cleaned, emptied or edited here
      queues: this.queues.map((q) => new BullMQAdapter(q, { readOnlyMode: true })),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Lotsen CRM – Jobs' } },
    });
    app.use(QUEUE_DASHBOARD_PATH, adminOnly, readOnly, serverAdapter.getRouter());
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close().catch(() => undefined)));
    this.connection?.disconnect();
  }
}
