// One autocannon run and its figures, shared by `npm run bench` (run.mjs) and `npm run bench:peer`.
import autocannon from 'autocannon';
import { PROXY_HEADERS } from './scenarios.mjs';

/** SIGTERM, and SIGKILL if the process has not gone after 10 s. */
export function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run; latencies of every answered request are kept for exact percentiles. */
export function load(target, scenario, duration, connections) {
  const headers = {
    ...PROXY_HEADERS,
    // a signed-in user: the session cookie, or the target's own headers (a bearer token)
    ...(scenario.user ? (target.auth?.[scenario.user] ?? { cookie: target.cookies[scenario.user] }) : {}),
    ...(scenario.body || scenario.bodies
      ? { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' }
      : {}),
  };
  let i = 0;
  const latencies = [];
  const statuses = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.base,
        connections: scenario.connections ?? connections,
        duration,
        timeout: 30,
        requests: [
          {
            method: scenario.method ?? 'GET',
            headers,
            body: scenario.body ? JSON.stringify(scenario.body) : undefined,
            setupRequest: (req) => {
              // a scenario of unique questions goes on where its last run stopped: never the same twice
              const n = scenario.unique ? (scenario.cursor = (scenario.cursor ?? 0) + 1) - 1 : i++;
              return {
                ...req,
                path: scenario.paths[n % scenario.paths.length],
                ...(scenario.bodies
                  ? { body: JSON.stringify(scenario.bodies[n % scenario.bodies.length]) }
                  : {}),
              };
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        const seconds = (result.finish - result.start) / 1000;
        const ok = latencies.length;
        resolve({
          requests: ok,
          rps: ok / seconds,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: result.errors + result.timeouts + result.non2xx,
          statuses,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}

export function merge(runs) {
  if (runs.length === 0) return { rps: NaN, p50: NaN, p95: NaN, p99: NaN, errors: '–', requests: 0 };
  const sum = (k) => runs.reduce((a, r) => a + r[k], 0);
  const avg = (k) => sum(k) / runs.length;
  return {
    rps: avg('rps'),
    p50: avg('p50'),
    p95: avg('p95'),
    p99: avg('p99'),
    errors: sum('errors'),
    requests: sum('requests'),
  };
}
