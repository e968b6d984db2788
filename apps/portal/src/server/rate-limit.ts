import { createHash, randomBytes } from 'node:crypto';

/**
 * The callback form's rate limit, held in this process's memory only (issue 17 point 7): at most
 * `limit` requests per client within `windowMs`. The client address is never written to disk or
 * to a log; even in memory only a hash with a per-process random salt is kept, and an entry goes
 * away when its window has passed. A restart forgets everything.
 */
export class MemoryRateLimit {
  private readonly hits = new Map<string, number[]>();
  private readonly salt = randomBytes(16);
  private lastSweep = 0;

  constructor(
    readonly limit = 5,
    readonly windowMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `client`; false when it is one too many. */
  take(client: string): boolean {
    const now = this.now();
    this.sweep(now);
    const key = createHash('sha256').update(this.salt).update(client).digest('base64url');
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return true;
  }

  /** How many clients are remembered (for tests). */
  get size(): number {
    return this.hits.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, times] of this.hits) {
      if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(key);
    }
  }
}
