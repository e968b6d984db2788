import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';

export interface CheckResult {
  status: 'up' | 'down' | 'not_configured';
  ms?: number;
  error?: string;
}

async function timed(check: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'up', ms: Date.now() - started };
  } catch (err) {
    return {
      status: 'down',
      ms: Date.now() - started,
      error: err instanceof Error ? err.message : String(err),
    };
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class HealthService implements OnModuleDestroy {
  private redis: Redis | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async readiness(): Promise<{ ready: boolean; checks: Record<string, CheckResult> }> {
    const [database, redis] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1'), 2000),
      this.config.redisUrl
        ? timed(() => this.redisClient().ping(), 2000)
        : Promise.resolve<CheckResult>({ status: 'not_configured' }),
    ]);
    return { ready: database.status === 'up' && redis.status !== 'down', checks: { database, redis } };
  }

  private redisClient(): Redis {
    this.redis ??= new Redis(this.config.redisUrl as string, {
      lazyConnect: false,
      enableOfflineQueue: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 1500,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    this.redis.on('error', () => undefined); // reported through readiness, not as a crash
    return this.redis;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis) this.redis.disconnect();
  }
}
