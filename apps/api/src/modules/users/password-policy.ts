import { LIMITS } from '@lotsen/domain';
import { AppException } from '../../common/errors/app.exception';
import COMMON_PASSWORDS from './common-passwords.json';

/** The 10,000 most common passwords (source and license: common-passwords.md), lower case. */
const COMMON = new Set((COMMON_PASSWORDS as string[]).map((p) => p.toLowerCase()));

/** How many entries the shipped list has (a test checks it is the full 10,000). */
export const COMMON_PASSWORD_COUNT = COMMON.size;

/** True when the password is one of the 10,000 most common passwords, ignoring case. */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

/** The e-mail address or the part before `@`, ignoring case and surrounding blanks. */
function isEmailLike(password: string, email: string): boolean {
  const candidate = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  return candidate === address || candidate === address.split('@')[0];
}

/**
 * The password policy for every password the API sets (user created, password reset, own
 * change): at least `LIMITS.passwordMin` characters (checked by the DTOs: 400 VALIDATION_FAILED),
 * not the e-mail address and not one of the 10,000 most common passwords (400 `WEAK_PASSWORD`). No composition rules (BSI ORP.4,
 * NIST SP 800-63B).
 */
export function requireStrongPassword(password: string, field = 'password', email?: string): void {
  if (email && isEmailLike(password, email)) {
    throw new AppException(
      400,
      'WEAK_PASSWORD',
      'The password must not be the e-mail address or its name part. Choose another one.',
      [{ field, messages: ['is the e-mail address'] }],
    );
  }
  if (isCommonPassword(password)) {
    throw new AppException(
      400,
      'WEAK_PASSWORD',
      `This password is one of the 10,000 most common passwords and easy to guess. Choose another one, ` +
        `for example a sentence of several unrelated words (at least ${LIMITS.passwordMin} characters).`,
      [{ field, messages: ['is one of the 10,000 most common passwords'] }],
    );
  }
}
