/**
 * At most `limit` tasks run at once; the others wait in a first-in-first-out queue. A task that
 * throws or rejects gives its slot back like one that succeeds.
 *
 * Used around argon2 (docs/benchmarks.md, "Memory"): each hash or verification holds 64 MiB
 * outside the V8 heap for its whole run, so unbounded concurrent logins raise the process's
 * resident memory by 64 MiB each. Waiting callers get their answer later, never an error.
 */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private limit: number) {
    ConcurrencyLimiter.check(limit);
  }

  private static check(limit: number): void {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a whole number ≥ 1, not ${limit}`);
  }

  /** Changes the limit; waiting tasks start at once if the new limit leaves room. */
  setLimit(limit: number): void {
    ConcurrencyLimiter.check(limit);
    this.limit = limit;
    this.drain();
  }

  /** Tasks running now. */
  get running(): number {
    return this.active;
  }

  /** Tasks waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.limit && this.waiting.length === 0) {
      this.active++;
    } else {
      // the slot is handed over by `release` (active stays counted for us)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private release(): void {
    this.active--;
    this.drain();
  }

  private drain(): void {
    while (this.active < this.limit) {
      const next = this.waiting.shift();
      if (!next) return;
      this.active++;
      next();
    }
  }
}
