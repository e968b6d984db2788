import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppException } from './app.exception';

export interface FieldProblem {
  field: string;
  messages: string[];
}

/** Flattens class-validator's nested errors into `{field: "a.b", messages}` entries. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out.push({ field, messages: Object.values(error.constraints) });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** The global pipe: unknown fields are refused, values are converted to the DTO's types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new AppException(
        400,
        'VALIDATION_FAILED',
        'The request has invalid or unknown fields',
        flattenValidationErrors(errors),
      ),
  });
}
