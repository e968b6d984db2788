// No imports: the bench's floors (bench/floor-handlers.mjs) load it from the build as it is.

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
 * The touch: `$1` the session id, `$2` the idle time and `$3` idle − lag (ms). A session with more
 * than `$3` left is not written (no new row version, no WAL, no commit flush).
 */
export const SESSION_TOUCH_SQL = `UPDATE sessions SET expires_at = now() + $2 * interval '1 millisecond'
  WHERE sid = $1 AND expires_at > now() AND expires_at < now() + $3 * interval '1 millisecond'`;
