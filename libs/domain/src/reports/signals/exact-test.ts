/**
 * Exact tests for small counts (issue 20.5): no normal approximation anywhere.
 *
 * Two Poisson counts, `x` in the recent window (exposure `e1`) and `y` in the baseline (exposure
 * `e0`), with equal rates under the null hypothesis: given their sum `n = x + y`, `x` is
 * Binomial(n, e1 / (e0 + e1)). The one-sided p-value of "the recent rate is higher" is the exact
 * upper tail P(X ≥ x) (the conditional test of Przyborowski and Wilenski, 1940): valid for any
 * counts, also 0 and 1, and it accounts for the baseline being estimated itself.
 */

/** ln(k!) for k ≥ 0, exact summation up to a table size, Stirling's series above. */
const LOG_FACTORIAL: number[] = [0];
export function logFactorial(k: number): number {
  if (k < 0 || !Number.isInteger(k)) throw new Error('logFactorial: k is a whole number ≥ 0');
  if (k < 2048) {
    for (let i = LOG_FACTORIAL.length; i <= k; i++) LOG_FACTORIAL.push(LOG_FACTORIAL[i - 1] + Math.log(i));
    return LOG_FACTORIAL[k];
  }
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed exactly in log space. */
export function binomialUpperTail(n: number, k: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  // the first term in log space, the next ones by the ratio of successive terms
  let term = Math.exp(
    logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p),
  );
  const odds = p / (1 - p);
  let sum = 0;
  for (let i = k; i <= n; i++) {
    sum += term;
    // the terms fall once past the mode; stop when they no longer matter
    if (i > n * p && term < sum * 1e-16) break;
    term *= ((n - i) / (i + 1)) * odds;
  }
  return Math.min(1, sum);
}

/** P(X ≥ k) for X ~ Poisson(mu), exact: 1 − P(X ≤ k − 1). */
export function poissonUpperTail(k: number, mu: number): number {
  if (k <= 0) return 1;
  if (mu <= 0) return 0;
  // sum the lower part (k terms) when it is the smaller side, else the upper tail directly
  if (k - 1 < mu) {
    let term = Math.exp(-mu);
    let lower = term;
    for (let i = 1; i < k; i++) {
      term *= mu / i;
      lower += term;
    }
    return Math.max(0, 1 - lower);
  }
  let term = Math.exp(k * Math.log(mu) - mu - logFactorial(k));
  let upper = 0;
  for (let i = k; term > upper * 1e-16 || i < k + 1; i++) {
    upper += term;
    term *= mu / (i + 1);
  }
  return Math.min(1, upper);
}

/**
 * The one-sided exact conditional test that `recent` (exposure `recentExposure`) comes from a
 * higher rate than `baseline` (exposure `baselineExposure`). Exposures are in weeks, the recent
 * one already multiplied by any seasonal factor.
 */
export function rateRiseTest(
  recent: number,
  recentExposure: number,
  baseline: number,
  baselineExposure: number,
): number {
  const p0 = recentExposure / (recentExposure + baselineExposure);
  return binomialUpperTail(recent + baseline, recent, p0);
}

/**
 * Benjamini–Hochberg: the largest p-value that is still a discovery at false discovery rate `q`
 * among `pValues` (−1 when none is). Every p ≤ the answer is a discovery.
 */
export function benjaminiHochbergCutoff(pValues: readonly number[], q: number): number {
  const sorted = [...pValues].sort((a, b) => a - b);
  const m = sorted.length;
  let cutoff = -1;
  for (let i = 0; i < m; i++) if (sorted[i] <= ((i + 1) / m) * q) cutoff = sorted[i];
  return cutoff;
}
