/**
 * A provider's own figures beside the network's (issue 21.4, docs/provider-network.md): the
 * network's value is the median over the *other* providers of the same kind that received at
 * least one referral in the period, and is published only when at least
 * `NETWORK_MIN_PROVIDERS` of them contribute — so that no other provider can be singled out
 * (with one or two others, "the median" would be their own figure or give it away).
 */
export const NETWORK_MIN_PROVIDERS = 3;

export interface NetworkFigure {
  /** `null` when suppressed (or when no provider contributes). */
  value: number | null;
  suppressed: boolean;
}

/** The median of some numbers (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The network's median of the other providers' values, suppressed below the minimum. */
export function networkFigure(
  othersValues: readonly (number | null)[],
  minProviders: number = NETWORK_MIN_PROVIDERS,
): NetworkFigure {
  const values = othersValues.filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length < Math.max(NETWORK_MIN_PROVIDERS, minProviders)) return { value: null, suppressed: true };
  return { value: median(values), suppressed: false };
}

/** One decimal, as the page shows figures. */
export const roundFigure = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10;
