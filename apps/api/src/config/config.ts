import {
  CALLBACK_LIMITS,
  DEFAULT_MIN_CELL,
  DEFAULT_REFERRAL_FOLLOW_UP_DAYS,
  DEFAULT_REFERRAL_UNANSWERED_DAYS,
  MIN_CELL_FLOOR,
} from '@lotsen/domain';
import { isCommonPassword } from '../modules/users/password-policy';

/**
 * Configuration from environment variables, checked once at start-up.
 * Every wrong or missing value is reported on a line of its own.
 */

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  port: number;
  databaseUrl: string;
  redisUrl: string | null;
  sessionSecret: string;
  sessionIdleMs: number;
  sessionCookieName: string;
  adminEmail: string | null;
  adminPassword: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** `pretty`: short lines for a person at a terminal (development); `json`: one JSON object a line. */
  logFormat: 'json' | 'pretty';
  trustProxy: number | boolean;
  /** Folder of the built web app to serve, or null (production: nginx serves it). */
  webDir: string | null;
  /**
   * The Familienportal's own server (`PORTAL_UPSTREAM`, e.g. http://127.0.0.1:3001): when set, the
   * API passes `/familienportal/…` through to it (npm start). Null: not served here (production:
   * nginx sends /familienportal/ to the portal service).
   */
  portalUpstream: string | null;
  migrateOnStart: boolean;
  loadDemoData: boolean;
  loginIpLimit: number;
  /** argon2 hashes and verifications running at once in this process; the rest wait (issue 19.4). */
  passwordHashConcurrency: number;
  /** Callback requests of the Familienportal per client address in 10 minutes (held in memory). */
  callbackRateLimit: number;
  loginIpWindowMs: number;
  lockoutThreshold: number;
  lockoutWindowMs: number;
  lockoutDurationMs: number;
  referralFollowUpDays: number;
  referralUnansweredDays: number;
  /** Smallest published count in reports (never below 3; sensitive categories at least 5). */
  reportMinCell: number;
  /** How many of the city's computed report answers one API process keeps (0: none; docs/rollups.md). */
  reportAnswersKept: number;
  /** Families without activity for this many months are anonymized by the nightly retention job. */
  retentionMonths: number;
  /** Audit events older than this are deleted by the nightly retention run. */
  auditRetentionMonths: number;
  /** Redis key prefix of the job queues (several installations may share one Redis). */
  queuePrefix: string;
  /** How often the worker's relay looks for due outbox rows. */
  relayIntervalMs: number;
  /** BullMQ lock of a running job: a job of a killed worker is retried after about this long. */
  jobLockMs: number;
  /** Fault injection for the reliability tests only (never in production): a job pauses this long mid-way. */
  jobPauseMs: number;
  /**
   * The SMTP server of e-mail notices (`SMTP_URL`, smtp:// or smtps://, user and password in the
   * URL). Null: no e-mail is attempted at all (the start box says so).
   */
  smtpUrl: string | null;
  /** The sender of e-mail notices (`MAIL_FROM`). */
  mailFrom: string;
  /** The staff app's public address (`APP_URL`): the link an e-mail notice carries. */
  appUrl: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Konfiguration ungültig:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DEV_SECRET = 'lotsen-development-secret-not-for-production';

export function loadConfig(env: Env, defaults: { webDir?: string } = {}): AppConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const number = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      problems.push(`${name}="${raw}": a number from ${min} to ${max} is expected`);
      return fallback;
    }
    return value;
  };
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const value = number(name, fallback, min, max);
    if (Number.isInteger(value)) return value;
    problems.push(`${name}="${read(name)}": a whole number from ${min} to ${max} is expected`);
    return fallback;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name}="${raw}": true or false is expected`);
    return fallback;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = read(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name}: the protocol must be one of ${protocols.join(', ')}`);
      }
    } catch {
      problems.push(`${name}: not a valid URL`);
    }
    return raw;
  };

  const nodeEnvRaw = read('NODE_ENV') ?? 'development';
  let nodeEnv: AppConfig['nodeEnv'] = 'development';
  if (nodeEnvRaw === 'production' || nodeEnvRaw === 'test' || nodeEnvRaw === 'development') {
    nodeEnv = nodeEnvRaw;
  } else {
    problems.push(`NODE_ENV="${nodeEnvRaw}": development, test or production is expected`);
  }
  const production = nodeEnv === 'production';

  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  if (databaseUrl === undefined) {
    problems.push('DATABASE_URL is missing (npm start sets it when it starts the embedded database)');
  }
  const redisUrl = url('REDIS_URL', ['redis:', 'rediss:']) ?? null;
  if (production && redisUrl === null) problems.push('REDIS_URL is missing (required in production)');

  let sessionSecret = read('SESSION_SECRET');
  if (sessionSecret === undefined) {
    if (production) problems.push('SESSION_SECRET is missing (required in production)');
    sessionSecret = DEV_SECRET;
  } else if (sessionSecret.length < 32) {
    problems.push('SESSION_SECRET is too short: at least 32 characters');
  }

  const adminEmail = read('ADMIN_EMAIL') ?? null;
  const adminPassword = read('ADMIN_PASSWORD') ?? null;
  if ((adminEmail === null) !== (adminPassword === null)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither');
  }
  if (adminEmail !== null && !/^[^\s@]+@[^\s@]+$/.test(adminEmail)) {
    problems.push(`ADMIN_EMAIL="${adminEmail}": not an e-mail address`);
  }
  if (adminPassword !== null && adminPassword.length < 12) {
    problems.push('ADMIN_PASSWORD is too short: at least 12 characters');
  } else if (adminPassword !== null && isCommonPassword(adminPassword)) {
    problems.push('ADMIN_PASSWORD is one of the 10,000 most common passwords: choose another one');
  }

  const logLevelRaw = read('LOG_LEVEL') ?? (nodeEnv === 'test' ? 'silent' : 'info');
  let logLevel: AppConfig['logLevel'] = 'info';
  if ((LOG_LEVELS as readonly string[]).includes(logLevelRaw)) {
    logLevel = logLevelRaw as AppConfig['logLevel'];
  } else {
    problems.push(`LOG_LEVEL="${logLevelRaw}": one of ${LOG_LEVELS.join(', ')} is expected`);
  }

  const logFormatRaw = read('LOG_FORMAT') ?? (nodeEnv === 'development' ? 'pretty' : 'json');
  let logFormat: AppConfig['logFormat'] = 'json';
  if (logFormatRaw === 'json' || logFormatRaw === 'pretty') logFormat = logFormatRaw;
  else problems.push(`LOG_FORMAT="${logFormatRaw}": json or pretty is expected`);

  const trustProxyRaw = read('TRUST_PROXY');
  let trustProxy: number | boolean = false;
  if (trustProxyRaw !== undefined) {
    if (/^\d+$/.test(trustProxyRaw)) trustProxy = Number(trustProxyRaw);
    else if (trustProxyRaw === 'true' || trustProxyRaw === 'false') trustProxy = trustProxyRaw === 'true';
    else problems.push(`TRUST_PROXY="${trustProxyRaw}": a number of proxies, true or false is expected`);
  }

  const portalUpstreamRaw = read('PORTAL_UPSTREAM');
  let portalUpstream: string | null = null;
  if (portalUpstreamRaw !== undefined) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(portalUpstreamRaw);
    } catch {
      parsed = null;
    }
    if (
      parsed &&
      parsed.protocol === 'http:' &&
      parsed.pathname === '/' &&
      !parsed.search &&
      !parsed.username
    ) {
      portalUpstream = parsed.origin;
    } else {
      problems.push(
        `PORTAL_UPSTREAM="${portalUpstreamRaw}": an http://host:port address without a path is expected`,
      );
    }
  }

  const serveWeb = bool('SERVE_WEB', !production);
  const webDir = serveWeb ? (read('WEB_DIR') ?? defaults.webDir ?? null) : null;

  const config: AppConfig = {
    nodeEnv,
    production,
    port: number('PORT', 3000, 0, 65535),
    databaseUrl: databaseUrl ?? '',
    redisUrl,
    sessionSecret,
    sessionIdleMs: number('SESSION_IDLE_MINUTES', 30, 0.01, 24 * 60) * 60_000,
    sessionCookieName: production ? '__Host-lotsen.sid' : 'lotsen.sid',
    adminEmail,
    adminPassword,
    logLevel,
    logFormat,
    trustProxy,
    webDir,
    portalUpstream,
    migrateOnStart: bool('MIGRATE_ON_START', !production),
    loadDemoData: !production && bool('DEMO_DATA', true),
    loginIpLimit: number('LOGIN_IP_LIMIT', 30, 1, 100_000),
    passwordHashConcurrency: whole('PASSWORD_HASH_CONCURRENCY', 1, 1, 16),
    callbackRateLimit: number('CALLBACK_RATE_LIMIT', CALLBACK_LIMITS.ratePerWindow, 1, 100_000),
    loginIpWindowMs: number('LOGIN_IP_WINDOW_SECONDS', 60, 1, 86_400) * 1000,
    lockoutThreshold: number('LOCKOUT_THRESHOLD', 10, 1, 1000),
    lockoutWindowMs: number('LOCKOUT_WINDOW_MINUTES', 15, 0.01, 1440) * 60_000,
    lockoutDurationMs: number('LOCKOUT_MINUTES', 15, 0.01, 1440) * 60_000,
    referralFollowUpDays: number('REFERRAL_FOLLOW_UP_DAYS', DEFAULT_REFERRAL_FOLLOW_UP_DAYS, 1, 365),
    referralUnansweredDays: number('REFERRAL_UNANSWERED_DAYS', DEFAULT_REFERRAL_UNANSWERED_DAYS, 1, 365),
    reportMinCell: number('REPORT_MIN_CELL', DEFAULT_MIN_CELL, MIN_CELL_FLOOR, 100),
    reportAnswersKept: number('REPORT_ANSWERS_KEPT', 400, 0, 100_000),
    retentionMonths: number('RETENTION_MONTHS', 24, 1, 600),
    auditRetentionMonths: number('AUDIT_RETENTION_MONTHS', 24, 1, 600),
    queuePrefix: read('QUEUE_PREFIX') ?? 'lotsen',
    relayIntervalMs: number('RELAY_INTERVAL_MS', 1000, 50, 60_000),
    jobLockMs: number('JOB_LOCK_SECONDS', 30, 1, 3600) * 1000,
    jobPauseMs: number('JOB_PAUSE_MS', 0, 0, 60_000),
    smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:']) ?? null,
    mailFrom: read('MAIL_FROM') ?? 'Lotsen CRM <lotsen@localhost>',
    appUrl: '',
  };
  const appUrl = url('APP_URL', ['http:', 'https:']) ?? `http://localhost:${config.port}/`;
  config.appUrl = appUrl.endsWith('/') ? appUrl : `${appUrl}/`;
  if (production && config.smtpUrl && !read('APP_URL')) {
    problems.push(
      'APP_URL is missing: e-mail notices link to the staff app (required with SMTP_URL in production)',
    );
  }
  if (/[\r\n]/.test(config.mailFrom)) problems.push('MAIL_FROM: one line is expected');
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(config.queuePrefix)) {
    problems.push(`QUEUE_PREFIX="${config.queuePrefix}": 1 to 40 letters, digits, _ or - are expected`);
  }
  if (production && config.jobPauseMs > 0)
    problems.push('JOB_PAUSE_MS is for tests only: unset it in production');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
