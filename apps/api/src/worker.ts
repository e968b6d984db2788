import 'reflect-metadata';
import { type INestApplicationContext, Logger, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConfigModule } from './app.module';
import { assertSchemaCurrent, SchemaNotCurrentError } from './common/database/migrate';
import { dataSourceOptions } from './common/database/data-source-options';
import type { AppConfig } from './config/config';
import { JobsModule } from './jobs/jobs.module';
import { JobsRuntime, type JobsMode } from './jobs/jobs-runtime.service';
import { OutboxModule } from './jobs/outbox.module';
import { readConfigOrExit, SCHEMA_NOT_CURRENT_EXIT } from './main';
import { AuditModule } from './modules/audit/audit.module';
import { FamiliesModule } from './modules/families/families.module';
import { NotificationsModule } from './modules/notifications/notifications.module';

/**
 * The worker process: same code base as the API, its own entry point (`npm run worker`), no
 * HTTP server. It relays the outbox and runs the jobs (jobs/), on BullMQ when Redis answers.
 */
@Module({})
class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), autoLoadEntities: true }),
        OutboxModule,
        AuditModule,
        NotificationsModule,
        FamiliesModule,
        JobsModule,
      ],
    };
  }
}

export interface RunningWorker {
  mode: JobsMode;
  /** The worker's Nest context (tests reach the JobRunner through it). */
  context: INestApplicationContext;
  /** Stops taking jobs, lets the running ones finish, closes the connections. */
  stop(): Promise<void>;
}

export async function startWorker(config: AppConfig = readConfigOrExit()): Promise<RunningWorker> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: config.logLevel === 'silent' ? false : undefined,
  });
  try {
    await assertSchemaCurrent(app.get(DataSource)); // never work on a schema this build does not know
  } catch (err) {
    await app.close();
    throw err;
  }
  const runtime = app.get(JobsRuntime);
  const mode = await runtime.start();
  new Logger('Worker').log(`Worker started (${mode})`);
  let stopping: Promise<void> | undefined;
  return {
    mode,
    context: app,
    stop: () =>
      (stopping ??= (async () => {
        await runtime.stop();
        await app.close();
      })()),
  };
}

if (require.main === module) {
  startWorker()
    .then((worker) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          new Logger('Worker').log(`${signal}: finishing the running jobs, then stopping`);
          worker.stop().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        });
      }
    })
    .catch((err: unknown) => {
      if (err instanceof SchemaNotCurrentError) {
        process.stderr.write(`${err.message}\n`);
        process.exit(SCHEMA_NOT_CURRENT_EXIT);
      }
      process.stderr.write(
        `Worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exit(1);
    });
}
