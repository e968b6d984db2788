import { passwordHashLoad } from '../../apps/api/src/modules/auth/password';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, TEST_PASSWORD } from '../support/factories';

/**
 * Issue 19.4: argon2 runs at most PASSWORD_HASH_CONCURRENCY at once (64 MiB each); logins beyond
 * that wait their turn and are answered, never refused.
 */
describe('eight logins at once (argon2 behind a queue)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_IP_LIMIT: '1000' });
  });
  afterAll(() => t.close());

  it('signs all eight in (no 5xx), with at most one hash running at any moment by default', async () => {
    expect(t.config.passwordHashConcurrency).toBe(1);
    const users = await Promise.all(Array.from({ length: 8 }, () => createUser(t.dataSource, 'counsellor')));
    let mostRunning = 0;
    let mostQueued = 0;
    const watch = setInterval(() => {
      const { running, queued } = passwordHashLoad();
      mostRunning = Math.max(mostRunning, running);
      mostQueued = Math.max(mostQueued, queued);
    }, 2);
    try {
      const answers = await Promise.all(
        users.map((user) =>
          t.agent().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }),
        ),
      );
      expect(answers.map((res) => res.status)).toEqual(Array(8).fill(200));
      expect(answers.map((res) => res.body.email)).toEqual(users.map((u) => u.email));
    } finally {
      clearInterval(watch);
    }
    expect(mostRunning).toBe(1);
    expect(mostQueued).toBeGreaterThanOrEqual(1);
    expect(passwordHashLoad()).toEqual({ running: 0, queued: 0 });
  });

  it('still answers 401 (not 5xx) for wrong passwords in the same crowd, and the queue empties', async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => createUser(t.dataSource, 'counsellor')));
    const answers = await Promise.all(
      users.flatMap((user) => [
        t.agent().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }),
        t.agent().post('/api/auth/login').send({ email: user.email, password: 'Falsches-Passwort-1' }),
      ]),
    );
    expect(answers.map((res) => res.status)).toEqual([200, 401, 200, 401, 200, 401, 200, 401]);
    expect(passwordHashLoad()).toEqual({ running: 0, queued: 0 });
  });
});
