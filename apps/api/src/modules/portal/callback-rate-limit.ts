import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { CALLBACK_LIMITS } from '@lotsen/domain';
import { AppException } from '../../common/errors/app.exception';

/** At most this many client addresses are tracked; beyond it the oldest windows are dropped. */
const MAX_CLIENTS = 10_000;

/**
 * The callback form's rate limit (issue 17 point 7): requests per client address in a window,
 * held in this process's memory only — never stored, never logged, gone with the window. The
 * portal server is one client (it keeps its own per-family limit); a direct caller is another.
 * Every attempt counts, valid or not: 429 CALLBACK_RATE_LIMITED beyond the limit.
 */
export class CallbackRateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: number = CALLBACK_LIMITS.ratePerWindow,
    private readonly windowMs: number = CALLBACK_LIMITS.rateWindowMs,
  ) {}

  /** Counts one attempt of `client`; false when it is above the limit. */
  hit(client: string, now: number = Date.now()): boolean {
    let window = this.windows.get(client);
    if (!window || now - window.startedAt >= this.windowMs) {
      this.windows.delete(client);
      window = { startedAt: now, count: 0 };
      this.windows.set(client, window);
      this.prune(now);
    }
    window.count++;
    return window.count <= this.limit;
  }

  private prune(now: number): void {
    for (const [client, window] of this.windows) {
      if (this.windows.size <= MAX_CLIENTS && now - window.startedAt < this.windowMs) break;
      this.windows.delete(client);
    }
  }
}

@Injectable()
export class CallbackRateLimitGuard implements CanActivate {
  constructor(private readonly limiter: CallbackRateLimiter) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (this.limiter.hit(req.ip ?? 'unknown')) return true;
    throw new AppException(
      429,
      'CALLBACK_RATE_LIMITED',
      'Too many callback requests from here; please try again in a few minutes',
    );
  }
}
