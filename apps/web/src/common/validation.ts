import {
  OFFICE_ROLES,
  PROVIDER_ROLES,
  isDayInLimits,
  isRole,
  isTimestampInLimits,
  passwordProblems,
  LIMITS,
  type Role,
} from '@lotsen/domain';
import type { Validator } from 'react-admin';

/** The password rule of libs/domain as a form validator; empty passes (use `required()` too). */
export const passwordRule: Validator = (value: unknown) => {
  if (typeof value !== 'string' || value === '') return undefined;
  const [problem] = passwordProblems(value);
  if (!problem) return undefined;
  return {
    message: `lotsen.validation.password.${problem}`,
    args: { min: LIMITS.passwordMin, max: LIMITS.passwordMax },
  };
};

function roleOf(values: Record<string, unknown>): Role | null {
  return isRole(values.role) ? values.role : null;
}

/** Counsellors and team leads belong to an office (OFFICE_ROLES of libs/domain). */
export const officeRequiredForRole: Validator = (value: unknown, values: Record<string, unknown>) => {
  const role = roleOf(values);
  if (role && OFFICE_ROLES.includes(role) && !value) return 'lotsen.validation.officeRequired';
  return undefined;
};

/** Provider users belong to a provider (PROVIDER_ROLES of libs/domain). */
export const providerRequiredForRole: Validator = (value: unknown, values: Record<string, unknown>) => {
  const role = roleOf(values);
  if (role && PROVIDER_ROLES.includes(role) && !value) return 'lotsen.validation.providerRequired';
  return undefined;
};

/** A regex validator whose message is one of our keys instead of showing the pattern. */
export const matching =
  (pattern: RegExp, message: string): Validator =>
  (value: unknown) =>
    typeof value === 'string' && value !== '' && !pattern.test(value) ? message : undefined;

/** A day or a time from LIMITS.dayMin to LIMITS.dayMax (libs/domain, as the API checks it); empty passes. */
export const withinDateLimits: Validator = (value: unknown) => {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string' && (isDayInLimits(value) || isTimestampInLimits(value))) return undefined;
  return {
    message: 'lotsen.validation.dateRange',
    args: { min: LIMITS.dayMin.slice(0, 4), max: LIMITS.dayMax.slice(0, 4) },
  };
};
