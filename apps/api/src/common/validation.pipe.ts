import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput, type FieldError } from './errors';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, message, constraint }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator on every input, reported as BAD_USER_INPUT with one entry per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return badInput(fieldErrors[0]?.message ?? 'Invalid input.', fieldErrors);
    },
  });
}
