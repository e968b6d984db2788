import 'reflect-metadata';
import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from './app.module';
import { dataSourceOptions } from './common/database/data-source-options';
import type { AppConfig } from './config/config';
import { readConfigOrExit } from './main';

/**
 * The worker process: same code base as the API, its own entry point, no HTTP server.
 * Its queues (outbox relay, reminders, retention, quarterly report) are registered here by
 * the jobs feature; until then it holds the database connection and waits for them.
 */
@Module({})
class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), autoLoadEntities: true }),
      ],
    };
  }
}

export async function startWorker(config: AppConfig = readConfigOrExit()): Promise<() => Promise<void>> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config));
  app.enableShutdownHooks();
  new Logger('Worker').log('Worker started');
  return () => app.close();
}

if (require.main === module) {
  startWorker().catch((err: unknown) => {
    process.stderr.write(
      `Worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  });
}
