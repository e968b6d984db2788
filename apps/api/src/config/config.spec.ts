import { ConfigError, loadConfig } from './config';

const DB = 'postgres://postgres@127.0.0.1:5432/lotsen';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadConfig', () => {
  it('has working defaults for development', () => {
    const c = loadConfig({ DATABASE_URL: DB });
    expect(c).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      sessionIdleMs: 30 * 60_000,
      migrateOnStart: true,
      loadDemoData: true,
      logLevel: 'info',
      logFormat: 'pretty',
      lockoutThreshold: 10,
      lockoutWindowMs: 15 * 60_000,
      lockoutDurationMs: 15 * 60_000,
      redisUrl: null,
      passwordHashConcurrency: 1,
    });
  });

  it('reports every wrong or missing value on a line of its own', () => {
    const list = problems({
      NODE_ENV: 'production',
      PORT: 'achtzig',
      SESSION_IDLE_MINUTES: '-5',
      LOG_LEVEL: 'loud',
    });
    expect(list).toEqual([
      'DATABASE_URL is missing (npm start sets it when it starts the embedded database)',
      'REDIS_URL is missing (required in production)',
      'SESSION_SECRET is missing (required in production)',
      'LOG_LEVEL="loud": one of fatal, error, warn, info, debug, trace, silent is expected',
      'PORT="achtzig": a number from 0 to 65535 is expected',
      'SESSION_IDLE_MINUTES="-5": a number from 0.01 to 1440 is expected',
    ]);
    expect(new ConfigError(list).message.split('\n')).toHaveLength(list.length + 1);
  });

  it('in production: no demo data, secure cookie name, no migrations or web by default', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: DB,
      REDIS_URL: 'redis://r:6379',
      SESSION_SECRET: 's'.repeat(32),
      DEMO_DATA: 'true',
    });
    expect(c).toMatchObject({
      production: true,
      loadDemoData: false,
      migrateOnStart: false,
      webDir: null,
      sessionCookieName: '__Host-lotsen.sid',
      logFormat: 'json',
    });
  });

  it('logs readable lines in development only; LOG_FORMAT chooses, anything else is refused', () => {
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: DB }).logFormat).toBe('json');
    expect(loadConfig({ DATABASE_URL: DB, LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: DB, LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(problems({ DATABASE_URL: DB, LOG_FORMAT: 'colour' })).toEqual([
      'LOG_FORMAT="colour": json or pretty is expected',
    ]);
  });

  it('takes PASSWORD_HASH_CONCURRENCY as a whole number from 1 to 16', () => {
    expect(loadConfig({ DATABASE_URL: DB, PASSWORD_HASH_CONCURRENCY: '2' }).passwordHashConcurrency).toBe(2);
    expect(problems({ DATABASE_URL: DB, PASSWORD_HASH_CONCURRENCY: '0' })).toEqual([
      'PASSWORD_HASH_CONCURRENCY="0": a number from 1 to 16 is expected',
    ]);
    expect(problems({ DATABASE_URL: DB, PASSWORD_HASH_CONCURRENCY: '1.5' })).toEqual([
      'PASSWORD_HASH_CONCURRENCY="1.5": a whole number from 1 to 16 is expected',
    ]);
  });

  it('checks URLs, the admin pair and the secret length', () => {
    expect(problems({ DATABASE_URL: 'mysql://x' })).toEqual([
      'DATABASE_URL: the protocol must be one of postgres:, postgresql:',
    ]);
    expect(problems({ DATABASE_URL: DB, ADMIN_EMAIL: 'a@b.example' })).toEqual([
      'ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither',
    ]);
    expect(problems({ DATABASE_URL: DB, ADMIN_EMAIL: 'kein-at', ADMIN_PASSWORD: 'kurz' })).toEqual([
      'ADMIN_EMAIL="kein-at": not an e-mail address',
      'ADMIN_PASSWORD is too short: at least 12 characters',
    ]);
    expect(
      problems({ DATABASE_URL: DB, ADMIN_EMAIL: 'admin@stadt.example', ADMIN_PASSWORD: 'qwerty123456' }),
    ).toEqual(['ADMIN_PASSWORD is one of the 10,000 most common passwords: choose another one']);
    expect(problems({ DATABASE_URL: DB, SESSION_SECRET: 'short' })).toEqual([
      'SESSION_SECRET is too short: at least 32 characters',
    ]);
  });

  it('takes the Familienportal upstream as an http origin, nothing else', () => {
    expect(loadConfig({ DATABASE_URL: DB }).portalUpstream).toBeNull();
    expect(loadConfig({ DATABASE_URL: DB, PORTAL_UPSTREAM: 'http://127.0.0.1:3001' }).portalUpstream).toBe(
      'http://127.0.0.1:3001',
    );
    expect(problems({ DATABASE_URL: DB, PORTAL_UPSTREAM: 'http://127.0.0.1:3001/familienportal' })).toEqual([
      'PORTAL_UPSTREAM="http://127.0.0.1:3001/familienportal": an http://host:port address without a path is expected',
    ]);
    expect(problems({ DATABASE_URL: DB, PORTAL_UPSTREAM: 'portal:3001' })).toHaveLength(1);
  });

  it('sends e-mail only with SMTP_URL (smtp or smtps), linking to APP_URL', () => {
    const none = loadConfig({ DATABASE_URL: DB, PORT: '3100' });
    expect([none.smtpUrl, none.appUrl]).toEqual([null, 'http://localhost:3100/']);
    const set = loadConfig({
      DATABASE_URL: DB,
      SMTP_URL: 'smtps://u:p@mail.example:465',
      APP_URL: 'https://a.example',
    });
    expect([set.smtpUrl, set.appUrl]).toEqual(['smtps://u:p@mail.example:465', 'https://a.example/']);
    expect(problems({ DATABASE_URL: DB, SMTP_URL: 'http://mail.example' })).toEqual([
      'SMTP_URL: the protocol must be one of smtp:, smtps:',
    ]);
    expect(problems({ DATABASE_URL: DB, MAIL_FROM: 'a@b.example\nBcc: x@y.example' })).toEqual([
      'MAIL_FROM: one line is expected',
    ]);
    const production = {
      DATABASE_URL: DB,
      NODE_ENV: 'production',
      REDIS_URL: 'redis://r:6379',
      SESSION_SECRET: 'x'.repeat(40),
      SMTP_URL: 'smtp://mail.example:587',
    };
    expect(problems(production)).toEqual([
      'APP_URL is missing: e-mail notices link to the staff app (required with SMTP_URL in production)',
    ]);
    expect(problems({ ...production, APP_URL: 'https://lotsen.example/' })).toEqual([]);
  });
});
