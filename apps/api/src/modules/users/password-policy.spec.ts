import { LIMITS } from '@lotsen/domain';
import { AppException } from '../../common/errors/app.exception';
import { DEMO_PASSWORD } from '../../seed/demo-data';
import COMMON_PASSWORDS from './common-passwords.json';
import { COMMON_PASSWORD_COUNT, isCommonPassword, requireStrongPassword } from './password-policy';

describe('password policy', () => {
  it('ships the 10,000 most common passwords, most common first', () => {
    expect(COMMON_PASSWORDS).toHaveLength(10_000);
    expect(COMMON_PASSWORDS.slice(0, 4)).toEqual(['123456', 'password', '12345678', 'qwerty']);
    // case-folded duplicates (e.g. "Password" and "password") collapse into one entry
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(9_900);
  });

  it('refuses a common password of the minimum length, whatever its case', () => {
    for (const weak of ['qwerty123456', 'QWERTY123456', '1qaz2wsx3edc', '123456qwerty']) {
      expect(weak.length).toBeGreaterThanOrEqual(LIMITS.passwordMin);
      expect(isCommonPassword(weak)).toBe(true);
      let error: unknown;
      try {
        requireStrongPassword(weak);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(AppException);
      expect((error as AppException).getStatus()).toBe(400);
      expect((error as AppException).code).toBe('WEAK_PASSWORD');
      expect((error as AppException).details).toEqual([
        { field: 'password', messages: ['is one of the 10,000 most common passwords'] },
      ]);
    }
  });

  it('accepts a passphrase, and the demo password stays valid', () => {
    for (const ok of ['Lotsen-Demo-2026', 'ein langer satz ohne ziffern', DEMO_PASSWORD]) {
      expect(ok.length).toBeGreaterThanOrEqual(LIMITS.passwordMin);
      expect(isCommonPassword(ok)).toBe(false);
      expect(() => requireStrongPassword(ok)).not.toThrow();
    }
  });
});
