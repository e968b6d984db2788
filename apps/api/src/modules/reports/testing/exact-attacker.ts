/**
 * Test support for the report specs (not built into the API): a seeded generator and the exact
 * linear attacker — BigInt fractions, so that it does not share the float arithmetic of the code
 * it checks.
 */

/** A small seeded generator, so that a property test is the same on every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** An exact fraction `[numerator, denominator]`. */
export type Q = [bigint, bigint];

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
};
export const norm = ([n, d]: Q): Q => {
  if (n === 0n) return [0n, 1n];
  const g = gcd(n, d) * (d < 0n ? -1n : 1n);
  return [n / g, d / g];
};
const sub = (a: Q, b: Q): Q => norm([a[0] * b[1] - b[0] * a[1], a[1] * b[1]]);
const mul = (a: Q, b: Q): Q => norm([a[0] * b[0], a[1] * b[1]]);
const div = (a: Q, b: Q): Q => norm([a[0] * b[1], a[1] * b[0]]);

/**
 * The unknowns (by name, in the order of `names`) that the equations pin to one value: each
 * equation maps unknown index → coefficient (its known part is irrelevant to recoverability).
 * Exact reduced row echelon form; an unknown is recoverable when its pivot row holds nothing else.
 */
export function recoverableUnknowns(
  equations: readonly Map<number, Q>[],
  names: readonly string[],
): string[] {
  const n = names.length;
  const rows: Q[][] = equations.map((eq) => {
    const row: Q[] = Array.from({ length: n }, () => [0n, 1n] as Q);
    for (const [k, v] of eq) row[k] = v;
    return row;
  });
  const pivots: [number, number][] = [];
  let pr = 0;
  for (let col = 0; col < n && pr < rows.length; col++) {
    const at = rows.findIndex((row, i) => i >= pr && row[col][0] !== 0n);
    if (at < 0) continue;
    [rows[pr], rows[at]] = [rows[at], rows[pr]];
    const p = rows[pr][col];
    rows[pr] = rows[pr].map((v) => div(v, p));
    for (let i = 0; i < rows.length; i++) {
      if (i === pr || rows[i][col][0] === 0n) continue;
      const f = rows[i][col];
      rows[i] = rows[i].map((v, k) => sub(v, mul(f, rows[pr][k])));
    }
    pivots.push([pr, col]);
    pr++;
  }
  return pivots
    .filter(([row, col]) => rows[row].every((v, k) => k === col || v[0] === 0n))
    .map(([, col]) => names[col]);
}
