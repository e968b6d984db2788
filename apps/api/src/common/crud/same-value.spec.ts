import { sameValue } from './same-value';

describe('sameValue (a whole-record PUT compared with the stored record)', () => {
  it('takes a date as the instant it names', () => {
    const at = new Date('2026-12-01T10:00:00.000Z');
    expect(sameValue(at, '2026-12-01T10:00:00.000Z')).toBe(true);
    expect(sameValue(at, '2026-12-01T11:00:00+01:00')).toBe(true);
    expect(sameValue(at, '2026-12-01T10:00:01.000Z')).toBe(false);
    expect(sameValue(at, null)).toBe(false);
  });

  it('compares arrays in order and objects by their keys', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it('keeps types apart: 1 is not "1", false is not null', () => {
    expect(sameValue(1, '1')).toBe(false);
    expect(sameValue(false, null)).toBe(false);
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue('x', 'x')).toBe(true);
  });
});
