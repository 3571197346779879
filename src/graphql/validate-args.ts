import { ValidationError, validateOrReject, ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/*
 * What type-graphql does with class-validator for every argument object, with class-validator
 * imported once: type-graphql's own validation runs `await import('class-validator')` per
 * argument, and resolving that module again on every mutation showed in the CPU profile of
 * updateAppointment (`npm run bench -- --profile=update`). Same options, same
 * ArgumentValidationError, so errors map as before.
 */

const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

export async function validateArgs(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}
