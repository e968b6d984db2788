import { ConcurrencyLimiter } from './concurrency-limiter';

/** A task that runs until `finish` or `fail` is called, recording when it started. */
function gate(started: number[], id: number) {
  let finish!: (v: number) => void;
  let fail!: (e: Error) => void;
  const task = () =>
    new Promise<number>((resolve, reject) => {
      started.push(id);
      finish = resolve;
      fail = reject;
    });
  return { task, finish: () => finish(id), fail: (e: Error) => fail(e) };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('ConcurrencyLimiter', () => {
  it('never runs more than the limit at once, however many callers come', async () => {
    const limiter = new ConcurrencyLimiter(2);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        limiter.run(async () => {
          running++;
          most = Math.max(most, running);
          await new Promise((r) => setTimeout(r, 5));
          running--;
          return i;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(2);
    expect(limiter.running).toBe(0);
    expect(limiter.queued).toBe(0);
  });

  it('starts the waiting tasks in the order they came (FIFO)', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const started: number[] = [];
    const gates = [0, 1, 2, 3].map((i) => gate(started, i));
    const done = gates.map((g) => limiter.run(g.task));
    await tick();
    expect(started).toEqual([0]);
    expect(limiter.queued).toBe(3);
    // finish them out of order of arrival where possible: the queue decides who is next
    gates[0].finish();
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1].finish();
    await tick();
    gates[2].finish();
    await tick();
    gates[3].finish();
    expect(await Promise.all(done)).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('a newcomer does not overtake the queue when a slot frees up', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const started: number[] = [];
    const first = gate(started, 1);
    const second = gate(started, 2);
    const p1 = limiter.run(first.task);
    const p2 = limiter.run(second.task);
    await tick();
    first.finish();
    const late = gate(started, 3);
    const p3 = limiter.run(late.task); // arrives in the same turn as the release
    await tick();
    expect(started).toEqual([1, 2]);
    second.finish();
    await tick();
    late.finish();
    await Promise.all([p1, p2, p3]);
    expect(started).toEqual([1, 2, 3]);
  });

  it('gives the slot back when a task rejects or throws', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('argon2 failed')))).rejects.toThrow(
      'argon2 failed',
    );
    await expect(
      limiter.run(() => {
        throw new Error('thrown synchronously');
      }),
    ).rejects.toThrow('thrown synchronously');
    expect(limiter.running).toBe(0);
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });

  it('lets a waiting task start when the one before it fails', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const started: number[] = [];
    const failing = gate(started, 1);
    const waiting = gate(started, 2);
    const p1 = limiter.run(failing.task);
    const p2 = limiter.run(waiting.task);
    await tick();
    failing.fail(new Error('boom'));
    await expect(p1).rejects.toThrow('boom');
    await tick();
    expect(started).toEqual([1, 2]);
    waiting.finish();
    await expect(p2).resolves.toBe(2);
  });

  it('starts waiting tasks when the limit is raised, and refuses a limit below 1', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const started: number[] = [];
    const gates = [0, 1, 2].map((i) => gate(started, i));
    const done = gates.map((g) => limiter.run(g.task));
    await tick();
    expect(started).toEqual([0]);
    limiter.setLimit(3);
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates.forEach((g) => g.finish());
    await Promise.all(done);
    expect(() => limiter.setLimit(0)).toThrow(RangeError);
    expect(() => new ConcurrencyLimiter(1.5)).toThrow(RangeError);
  });
});
