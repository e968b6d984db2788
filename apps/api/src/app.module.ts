import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule, type Params } from 'nestjs-pino';
import { prettyLogStream } from './common/logging/pretty-log';
import { requestLogProps, requestLogSerializers } from './common/logging/request-log';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { PolicyGuard } from './common/auth/policy.guard';
import { RouteAuditService } from './common/auth/route-audit.service';
import { dataSourceOptions } from './common/database/data-source-options';
import { AllExceptionsFilter } from './common/errors/http-exception.filter';
import { OutboxModule } from './jobs/outbox.module';
import { QueueDashboard } from './jobs/queue-dashboard';
import { RetentionModule } from './modules/retention/retention.module';
import { APP_CONFIG, type AppConfig } from './config/config';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { ConsentsModule } from './modules/consents/consents.module';
import { CallbackRequestsModule } from './modules/callback-requests/callback-requests.module';
import { ContactsModule } from './modules/contacts/contacts.module';
import { FamiliesModule } from './modules/families/families.module';
import { FollowUpsModule } from './modules/follow-ups/follow-ups.module';
import { HandoffsModule } from './modules/handoffs/handoffs.module';
import { NeedsModule } from './modules/needs/needs.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { PersonsModule } from './modules/persons/persons.module';
import { StaffModule } from './modules/staff/staff.module';
import { OffersModule } from './modules/offers/offers.module';
import { NetworkModule } from './modules/network/network.module';
import { ProvidersModule } from './modules/providers/providers.module';
import { ReferralMessagesModule } from './modules/referral-messages/referral-messages.module';
import { ReferralsModule } from './modules/referrals/referrals.module';
import { ReportsModule } from './modules/reports/reports.module';
import { SignalsModule } from './modules/signals/signals.module';
import { DistrictsModule } from './modules/districts/districts.module';
import { HealthModule } from './modules/health/health.module';
import { NeedCategoriesModule } from './modules/need-categories/need-categories.module';
import { OfficesModule } from './modules/offices/offices.module';
import { HsdsModule } from './modules/hsds/hsds.module';
import { PortalModule } from './modules/portal/portal.module';
import { ServicesModule } from './modules/services/services.module';
import { TranslationsModule } from './modules/translations/translations.module';
import { UsersModule } from './modules/users/users.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** A request keeps the caller's `X-Request-Id` when it is sane; otherwise it gets a new one. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

type PinoHttpOptions = Exclude<NonNullable<Params['pinoHttp']>, unknown[]>;

/** JSON lines (production, tests) or readable lines for a terminal (LOG_FORMAT=pretty). */
function withLogFormat(config: AppConfig, options: PinoHttpOptions & object): Params['pinoHttp'] {
  if (config.logFormat !== 'pretty') return options;
  return [options, prettyLogStream(config.logLevel)] as Params['pinoHttp'];
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: withLogFormat(config, {
            level: config.logLevel,
            genReqId: (req, res) => {
              const id = requestId(req);
              res.setHeader('X-Request-Id', id);
              return id;
            },
            // request id, method, path, status, user, time: no query text, headers or address
            serializers: requestLogSerializers,
            customProps: requestLogProps,
            // the portal's and the HSDS API's requests are not logged: no IP address, no query text
            // (issue 17 point 8, issue 18) — neither are the Familienportal's pages passed through
            autoLogging: {
              ignore: (req) => /^\/(api\/(health|portal|hsds)|familienportal)(\/|\?|$)/i.test(req.url ?? ''),
            },
          }),
          exclude: [],
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), autoLoadEntities: true }),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'login', ttl: config.loginIpWindowMs, limit: config.loginIpLimit }],
        }),
        DiscoveryModule,
        AuthModule,
        UsersModule,
        OfficesModule,
        DistrictsModule,
        NeedCategoriesModule,
        HealthModule,
        AuditModule,
        OutboxModule,
        NotificationsModule,
        FamiliesModule,
        PersonsModule,
        ConsentsModule,
        ContactsModule,
        NeedsModule,
        FollowUpsModule,
        HandoffsModule,
        StaffModule,
        ProvidersModule,
        OffersModule,
        NetworkModule,
        ReferralsModule,
        ReferralMessagesModule,
        ReportsModule,
        SignalsModule,
        RetentionModule,
        PortalModule,
        HsdsModule,
        ServicesModule,
        CallbackRequestsModule,
        TranslationsModule,
      ],
      providers: [
        RouteAuditService,
        QueueDashboard,
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
