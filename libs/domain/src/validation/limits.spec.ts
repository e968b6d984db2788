import { LIMITS, passwordProblems } from './limits';

describe('password rule', () => {
  it('asks for length, not for character classes', () => {
    expect(passwordProblems('kurz')).toEqual(['too_short']);
    expect(passwordProblems('ein langer satz ohne ziffern')).toEqual([]);
    expect(passwordProblems(' mit Leerzeichen vorn')).toEqual(['surrounding_whitespace']);
    expect(passwordProblems('x'.repeat(LIMITS.passwordMax + 1))).toEqual(['too_long']);
  });
});
