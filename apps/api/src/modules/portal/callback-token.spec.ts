import { signCallbackFormToken, verifyCallbackFormToken } from './callback-token';
import { CallbackRateLimiter } from './callback-rate-limit';

const SECRET = 'ein-geheimnis-das-lang-genug-ist-1234567890';

describe('the callback form token', () => {
  it('gives back the issue time of a token it signed, and nothing for anything else', () => {
    const at = new Date('2026-12-06T10:00:00.123Z');
    const token = signCallbackFormToken(SECRET, at);
    expect(token).toMatch(/^1796551200123\.[A-Za-z0-9_-]{43}$/);
    expect(verifyCallbackFormToken(SECRET, token)).toBe(at.getTime());
    // another secret, another time with the same signature, a changed signature, junk
    expect(verifyCallbackFormToken(`${SECRET}x`, token)).toBeNull();
    expect(verifyCallbackFormToken(SECRET, token.replace(/^\d+/, '1796551200124'))).toBeNull();
    const [time, sig] = token.split('.');
    const flipped = `${time}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyCallbackFormToken(SECRET, flipped)).toBeNull();
    for (const junk of ['', '.', '123', `${time}.`, `${time}.${sig}x`, `-1.${sig}`, `${token} `]) {
      expect([junk, verifyCallbackFormToken(SECRET, junk)]).toEqual([junk, null]);
    }
  });
});

describe('the callback rate limit (in memory)', () => {
  it('lets `limit` attempts of a client through per window, then refuses until the window ends', () => {
    const limiter = new CallbackRateLimiter(3, 1000);
    expect([1, 2, 3, 4].map(() => limiter.hit('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.hit('b', 10)).toBe(true); // another client has its own window
    expect(limiter.hit('a', 999)).toBe(false);
    expect(limiter.hit('a', 1000)).toBe(true); // a new window
  });

  it('forgets ended windows and holds at most 10,000 clients', () => {
    const limiter = new CallbackRateLimiter(1, 1000);
    for (let i = 0; i < 10_050; i++) limiter.hit(`c${i}`, 0);
    const size = (limiter as unknown as { windows: Map<string, unknown> }).windows.size;
    expect(size).toBeLessThanOrEqual(10_000);
    // the oldest were dropped: c0 starts afresh
    expect(limiter.hit('c0', 1)).toBe(true);
    // a client arriving after every window ended: only it is left
    limiter.hit('late', 5000);
    expect([...(limiter as unknown as { windows: Map<string, unknown> }).windows.keys()]).toEqual(['late']);
  });
});
