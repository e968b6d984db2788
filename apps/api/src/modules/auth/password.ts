import argon2 from 'argon2';
import { ConcurrencyLimiter } from './concurrency-limiter';

/**
 * How many argon2 hashes or verifications run at once in this process (`PASSWORD_HASH_CONCURRENCY`,
 * default 1; set at start-up by `setPasswordHashConcurrency`). Each one holds 64 MiB and already
 * uses 4 threads (p = 4), so more at once raise the memory, not the logins per second
 * (docs/benchmarks.md, "Memory"). The others wait their turn: a login is answered later, never
 * refused.
 */
export const DEFAULT_PASSWORD_HASH_CONCURRENCY = 1;
const limiter = new ConcurrencyLimiter(DEFAULT_PASSWORD_HASH_CONCURRENCY);

export function setPasswordHashConcurrency(limit: number): void {
  limiter.setLimit(limit);
}

/** Hashes running and waiting now (tests and diagnostics). */
export function passwordHashLoad(): { running: number; queued: number } {
  return { running: limiter.running, queued: limiter.queued };
}

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4: OWASP's recommendation). */
export function hashPassword(password: string): Promise<string> {
  return limiter.run(() => argon2.hash(password, { type: argon2.argon2id }));
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await limiter.run(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}

/** A hash to verify against when the e-mail is unknown, so both cases take the same time. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('lotsen-timing-equaliser-password');
  return dummyHash;
}
