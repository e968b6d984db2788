import session from 'express-session';
import type { DataSource } from 'typeorm';
import { poolQuery } from '../database/pool-query';
import { SESSION_TOUCH_SQL, sessionTouchLagMs } from './session-touch';

type Callback<T = void> = (err?: unknown, value?: T) => void;

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

  // a row whose expiry is recent enough is left alone (session-touch.ts)
  override touch(sid: string, _data: session.SessionData, callback?: Callback): void {
    poolQuery(
      this.dataSource,
      SESSION_TOUCH_SQL,
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
