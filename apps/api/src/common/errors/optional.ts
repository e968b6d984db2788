import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when it is sent it must be valid — `null` included.
 * (class-validator's `@IsOptional()` also lets `null` through: use that only for fields whose
 * column is nullable.)
 */
export function MayBeOmitted(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
