import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/**
 * Per-account lockout: after `lockoutThreshold` failed logins for one e-mail within
 * `lockoutWindowMs`, that e-mail answers 429 for `lockoutDurationMs`. Unknown e-mails are
 * counted the same way, so the lockout does not tell which accounts exist.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Milliseconds the account is still locked, or 0. */
  async lockedForMs(email: string): Promise<number> {
    const rows: { ms: number | null }[] = await this.dataSource.query(
      `SELECT greatest(0, extract(epoch FROM (locked_until - now())) * 1000)::float8 AS ms
       FROM login_throttle WHERE email = $1`,
      [email],
    );
    return Math.ceil(rows[0]?.ms ?? 0);
  }

  /** Counts a failure atomically; locks the account when the threshold is reached. */
  async recordFailure(email: string): Promise<void> {
    const { lockoutWindowMs, lockoutThreshold, lockoutDurationMs } = this.config;
    await this.dataSource.query(
      `INSERT INTO login_throttle AS t (email, failures, window_started_at)
       VALUES ($1, 1, now())
       ON CONFLICT (email) DO UPDATE SET
         failures = CASE
           WHEN t.window_started_at IS NULL OR t.window_started_at < now() - $2 * interval '1 millisecond'
           THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE
           WHEN t.window_started_at IS NULL OR t.window_started_at < now() - $2 * interval '1 millisecond'
           THEN now() ELSE t.window_started_at END`,
      [email, lockoutWindowMs],
    );
    await this.dataSource.query(
      `UPDATE login_throttle
       SET locked_until = now() + $3 * interval '1 millisecond', failures = 0, window_started_at = NULL
       WHERE email = $1 AND failures >= $2`,
      [email, lockoutThreshold, lockoutDurationMs],
    );
  }

  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE email = $1`, [email]);
  }
}
