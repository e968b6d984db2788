import { decideWeek, SIGNAL_METHOD, type CellSeries } from './detector';

/**
 * The detector's false-alarm rate and power, simulated on synthetic Poisson series with a seeded
 * PRNG (deterministic). The measured figures are written down in docs/signals.md.
 */

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Knuth's Poisson sampler (fine for the small rates here). */
function poisson(rand: () => number, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

const RATES = [0.2, 0.5, 1, 2, 4, 8]; // unmet needs per week in a cell
const WEEKS = 156; // three years of history
const FIRST_TESTED = SIGNAL_METHOD.recentWeeks + SIGNAL_METHOD.minBaselineWeeks;

/** Runs the weekly decisions over a panel; returns the openings per cell. */
function runPanel(series: number[][], from: number, to: number): number[] {
  const openings = series.map(() => 0);
  let open = new Set<string>();
  for (let week = from; week < to; week++) {
    const cells: CellSeries[] = series.map((s, i) => ({ key: String(i), series: s.slice(0, week + 1) }));
    const { decisions } = decideWeek(cells, open);
    for (const d of decisions) if (d.opened) openings[Number(d.key)]++;
    open = new Set(decisions.filter((d) => d.open).map((d) => d.key));
  }
  return openings;
}

function stablePanel(rand: () => number, cells: number): number[][] {
  return Array.from({ length: cells }, (_, i) =>
    Array.from({ length: WEEKS }, () => poisson(rand, RATES[i % RATES.length])),
  );
}

describe('early warning on simulated series', () => {
  it('opens at most 1 false signal per 100 series-years on stable series (panels of 30 cells)', () => {
    const rand = prng(20);
    let falseSignals = 0;
    let seriesYears = 0;
    for (let panel = 0; panel < 30; panel++) {
      const series = stablePanel(rand, 30);
      const openings = runPanel(series, FIRST_TESTED, WEEKS);
      falseSignals += openings.reduce((a, b) => a + b, 0);
      seriesYears += (30 * (WEEKS - FIRST_TESTED)) / 52;
    }
    const rate = (100 * falseSignals) / seriesYears;
    console.log(
      `false signals: ${falseSignals} in ${Math.round(seriesYears)} series-years = ${rate.toFixed(3)} per 100`,
    );
    expect(rate).toBeLessThanOrEqual(1);
  });

  it('opens at most 1 false signal per 100 series-years also for a cell tested alone', () => {
    const rand = prng(21);
    let falseSignals = 0;
    let seriesYears = 0;
    for (let i = 0; i < 300; i++) {
      const series = [Array.from({ length: WEEKS }, () => poisson(rand, RATES[i % RATES.length]))];
      falseSignals += runPanel(series, FIRST_TESTED, WEEKS)[0];
      seriesYears += (WEEKS - FIRST_TESTED) / 52;
    }
    const rate = (100 * falseSignals) / seriesYears;
    console.log(
      `alone: ${falseSignals} in ${Math.round(seriesYears)} series-years = ${rate.toFixed(3)} per 100`,
    );
    expect(rate).toBeLessThanOrEqual(1);
  });

  it.each([
    [2, 0.1],
    [4, 0.35],
    [8, 0.85],
  ])('detects a doubling from %d per week within six weeks (at least %d of runs)', (lambda, minPower) => {
    const rand = prng(22 + lambda);
    const runs = 100;
    let detected = 0;
    for (let run = 0; run < runs; run++) {
      // ten stable cells beside it (the multiple-testing control sees 11 cells)
      const series = stablePanel(rand, 10).map((s) => s.slice(0, 60));
      // cell 10 doubles in its last six weeks
      series.push(Array.from({ length: 60 }, (_, w) => poisson(rand, w >= 54 ? 2 * lambda : lambda)));
      const openings = runPanel(series, 56, 60); // tests after 3, 4, 5 and 6 weeks of the rise
      if (openings[10] > 0) detected++;
    }
    console.log(
      `doubling from ${lambda}/week: detected in ${detected} of ${runs} (${(100 * detected) / runs}%)`,
    );
    expect(detected / runs).toBeGreaterThanOrEqual(minPower);
  });
});
