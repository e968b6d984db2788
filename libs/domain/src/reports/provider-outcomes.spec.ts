import { median, NETWORK_MIN_PROVIDERS, networkFigure, roundFigure } from './provider-outcomes';

describe('provider outcomes beside the network', () => {
  it('takes the median of odd and even counts, null for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('publishes the network median only when enough other providers contribute', () => {
    expect(NETWORK_MIN_PROVIDERS).toBe(3);
    expect(networkFigure([2, 8])).toEqual({ value: null, suppressed: true });
    expect(networkFigure([2, 8, null])).toEqual({ value: null, suppressed: true });
    expect(networkFigure([2, 8, 4])).toEqual({ value: 4, suppressed: false });
    // a configuration can never go below the floor
    expect(networkFigure([2, 8], 1)).toEqual({ value: null, suppressed: true });
    expect(networkFigure([2, 8, 4, 6], 5)).toEqual({ value: null, suppressed: true });
  });

  it('rounds to one decimal', () => {
    expect(roundFigure(2.345)).toBe(2.3);
    expect(roundFigure(null)).toBeNull();
  });
});
