import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isTimestampInLimits, LIMITS } from '@lotsen/domain';
import { isIsoDate } from '../list-query/list-query';

/** A calendar day `YYYY-MM-DD` that is not in the future (birth dates). */
export function IsPastDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isPastDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be a date YYYY-MM-DD, not in the future`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          isIsoDate(value) &&
          value >= '1900-01-01' &&
          value <= new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' }),
      },
    });
}

/** An ISO 8601 timestamp with time zone that is not in the future (a contact may be entered late). */
export function IsNotFuture(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotFuture',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be a timestamp with time zone, not in the future`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => {
          if (
            typeof value !== 'string' ||
            !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
          ) {
            return false;
          }
          const time = new Date(value).getTime();
          return (
            !Number.isNaN(time) && time <= Date.now() + 60_000 && time > Date.parse('2000-01-01T00:00:00Z')
          );
        },
      },
    });
}

/** A timestamp between the first moment of `LIMITS.dayMin` and the last of `LIMITS.dayMax` (1900–2100). */
export function IsTimestampInLimits(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTimestampInLimits',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must lie between ${LIMITS.dayMin} and ${LIMITS.dayMax}`,
        ...options,
      },
      validator: { validate: (value: unknown) => isTimestampInLimits(value) },
    });
}
