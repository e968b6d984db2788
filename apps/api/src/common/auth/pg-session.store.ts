import session from 'express-session';
import type { DataSource } from 'typeorm';
import { poolQuery } from '../database/pool-query';

type Callback<T = void> = (err?: unknown, value?: T) => void;

/**
 * How long a session's expiry may lag behind the last request: a tenth of the idle timeout, at
 * most a minute. A request moves the expiry only when less than `idle − lag` of it is left, so a
 * counsellor clicking through a family writes the session row about once a minute instead of on
 * every request, and the idle timeout ends a session between `idle − lag` and `idle` after its
 * last request — never later (docs/security.md, "Sessions").
 */
export function sessionTouchLagMs(idleMs: number): number {
  return Math.min(60_000, Math.floor(idleMs / 10));
}

/**
 * express-session store on the `sessions` table: sessions live in PostgreSQL, so any API
 * instance can serve any request, and losing Redis logs nobody out. The owning user's id is
 * kept in its own column so that deactivating a user ends all their sessions at once.
 */
export class PgSessionStore extends session.Store {
  private lastPrune = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly idleMs: number,
  ) {
    super();
  }

  // get and touch run on every request: prepared statements on the pool (issue 19 point 2)
  override get(sid: string, callback: Callback<session.SessionData | null>): void {
    poolQuery<{ data: session.SessionData }>(
      this.dataSource,
      `SELECT data FROM sessions WHERE sid = $1 AND expires_at > now()`,
      [sid],
      'lotsen_session_get',
    )
      .then((rows: { data: session.SessionData }[]) => callback(undefined, rows[0]?.data ?? null))
      .catch((err: unknown) => callback(err));
  }

  override set(sid: string, data: session.SessionData, callback?: Callback): void {
    const userId = (data as { passport?: { user?: string } }).passport?.user ?? null;
    this.dataSource
      .query(
        `INSERT INTO sessions (sid, user_id, data, expires_at)
         VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond')
         ON CONFLICT (sid) DO UPDATE SET user_id = $2, data = $3, expires_at = EXCLUDED.expires_at`,
        [sid, userId, JSON.stringify(data), this.idleMs],
      )
      .then(() => this.pruneNow())
      .then(() => callback?.())
      .catch((err: unknown) => callback?.(err));
  }

  // a row whose expiry is recent enough is left alone: no new row version, no WAL, no commit flush
  override touch(sid: string, _data: session.SessionData, callback?: Callback): void {
    poolQuery(
      this.dataSource,
      `UPDATE sessions SET expires_at = now() + $2 * interval '1 millisecond'
         WHERE sid = $1 AND expires_at > now() AND expires_at < now() + $3 * interval '1 millisecond'`,
      [sid, this.idleMs, this.idleMs - sessionTouchLagMs(this.idleMs)],
      'lotsen_session_touch',
    )
      .then(() => callback?.())
      .catch((err: unknown) => callback?.(err));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.dataSource
      .query(`DELETE FROM sessions WHERE sid = $1`, [sid])
      .then(() => callback?.())
      .catch((err: unknown) => callback?.(err));
  }

  /** Expired rows are deleted at most once a minute, on the back of a write. */
  private async pruneNow(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPrune < 60_000) return;
    this.lastPrune = now;
    await this.dataSource.query(`DELETE FROM sessions WHERE expires_at <= now()`);
  }
}
