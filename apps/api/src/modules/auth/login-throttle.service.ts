import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/**
 * Per-account lockout: at most `lockoutThreshold` sign-in attempts for one e-mail are evaluated
 * within `lockoutWindowMs`; the next one locks the e-mail for `lockoutDurationMs` (429). Unknown
 * e-mails are counted the same way, so the lockout does not tell which accounts exist.
 *
 * The attempt is counted *before* the password is checked, in one SQL statement that takes the
 * row's lock: 25 concurrent guesses, on one API or on several replicas of the same database, get
 * at most `lockoutThreshold` evaluations, the rest 429. A successful sign-in clears the count.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Counts one attempt. Returns 0 when it may be evaluated, else the milliseconds the e-mail
   * stays locked (an attempt beyond the threshold locks it).
   */
  async admit(email: string): Promise<number> {
    const { lockoutWindowMs, lockoutThreshold, lockoutDurationMs } = this.config;
    const rows: { ms: number }[] = await this.dataSource.query(
      `INSERT INTO login_throttle AS t (email, failures, window_started_at)
       VALUES ($1, 1, now())
       ON CONFLICT (email) DO UPDATE SET
         failures = CASE
           WHEN t.locked_until > now() THEN t.failures
           WHEN t.window_started_at IS NULL OR t.window_started_at < now() - $2 * interval '1 millisecond' THEN 1
           WHEN t.failures >= $3 THEN 0
           ELSE t.failures + 1 END,
         window_started_at = CASE
           WHEN t.locked_until > now() THEN t.window_started_at
           WHEN t.window_started_at IS NULL OR t.window_started_at < now() - $2 * interval '1 millisecond' THEN now()
           WHEN t.failures >= $3 THEN NULL
           ELSE t.window_started_at END,
         locked_until = CASE
           WHEN t.locked_until > now() THEN t.locked_until
           WHEN t.window_started_at IS NULL OR t.window_started_at < now() - $2 * interval '1 millisecond' THEN NULL
           WHEN t.failures >= $3 THEN now() + $4 * interval '1 millisecond'
           ELSE NULL END
       RETURNING greatest(0, coalesce(extract(epoch FROM (locked_until - now())) * 1000, 0))::float8 AS ms`,
      [email, lockoutWindowMs, lockoutThreshold, lockoutDurationMs],
    );
    return Math.ceil(rows[0]?.ms ?? 0);
  }

  /** Counts one attempt and throws 429 `ACCOUNT_LOCKED` (with `retryAfterSeconds`) when locked. */
  async admitOrThrow(email: string): Promise<void> {
    const lockedMs = await this.admit(email);
    if (lockedMs > 0) {
      throw new AppException(
        429,
        'ACCOUNT_LOCKED',
        'Too many failed sign-ins for this account; try again later',
        undefined,
        { retryAfterSeconds: Math.ceil(lockedMs / 1000) },
      );
    }
  }

  /** A successful sign-in: the attempts so far no longer count. */
  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE email = $1`, [email]);
  }
}
