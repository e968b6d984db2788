// The seeded streams, weighted picks and random times of the benchmark data set.
import { dist } from '../lib.mjs';

const { Random } = dist('apps/api/src/seed/random.js');

export const DAY = 86_400_000;
export const iso = (ms) => new Date(ms).toISOString();

/**
 * The main generator (offices, users, providers, offers) and the independent sub-streams, one per
 * label, all from the seed: a step draws from its own stream, so its rows do not depend on how
 * many draws another step made.
 */
export function streams(seed) {
  const rng = new Random(`lotsen-bench/${seed}`);
  const sub = (label) => Random.derive(`lotsen-bench/${seed}`, label);
  return { rng, sub };
}

/** Table-driven weighted pick (cumulative weights), fast for millions of draws. */
export function picker(weights) {
  const keys = Object.keys(weights).filter((k) => weights[k] > 0);
  const cum = [];
  let total = 0;
  for (const k of keys) cum.push((total += weights[k]));
  return (r) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return keys[lo];
  };
}

/** The five years up to `until` (16:00 UTC of that day) and the random times within them. */
export function timeline(until) {
  const END = Date.parse(`${until}T16:00:00Z`);
  const START = END - Math.round(5 * 365.25) * DAY;

  /** A time in office hours on a working day (Berlin ≈ UTC+1/+2; 07:00–16:00 UTC). */
  function officeTime(r, ms) {
    let day = Math.floor(ms / DAY) * DAY;
    const dow = new Date(day).getUTCDay();
    if (dow === 6) day -= DAY;
    else if (dow === 0) day += DAY;
    const t = day + (7 * 60 + r.int(0, 9 * 60 - 1)) * 60_000 + r.int(0, 59_999);
    return Math.min(t, END);
  }
  /** A time between START and END, denser towards the end (demand grows ~ 40 % over five years). */
  function growingTime(r) {
    const u = r.next();
    const x =
      (Math.sqrt(1 + 2.4 * u * (1 + 0.6)) - 1) / 1.2 / (Math.sqrt(1 + 2.4 * (1 + 0.6)) / 1.2 - 1 / 1.2);
    return START + Math.min(1, Math.max(0, x)) * (END - START);
  }
  const clampEnd = (ms) => Math.min(ms, END);

  return { START, END, officeTime, growingTime, clampEnd };
}
