import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { registerDecorator } from 'class-validator';
import { OPENING_SLOTS_MAX, WEEKDAYS, openingScheduleProblems } from '@lotsen/domain';
import { MayBeOmitted } from '../errors/optional';

/**
 * Structured opening hours on a DTO (offers, providers): a list of `{day, opens, closes}` that
 * libs/domain `openingScheduleProblems` accepts — weekday mo…su, HH:MM, end after start, no
 * overlap, at most 21 slots. A bad list is 400 VALIDATION_FAILED naming what is wrong.
 */
export function OpeningScheduleField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      description: `Weekly slots in Potsdam time, at most ${OPENING_SLOTS_MAX}`,
      type: 'array',
      items: {
        type: 'object',
        properties: {
          day: { type: 'string', enum: [...WEEKDAYS] },
          opens: { type: 'string', example: '09:00' },
          closes: { type: 'string', example: '12:00' },
        },
      },
    }),
    MayBeOmitted(),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isOpeningSchedule',
        target: target.constructor,
        propertyName: String(propertyName),
        options: {
          message: (args) =>
            `${args.property}: ${openingScheduleProblems(args.value).join(' ') || 'invalid opening schedule'}`,
        },
        validator: { validate: (value: unknown) => openingScheduleProblems(value).length === 0 },
      }),
  );
}
