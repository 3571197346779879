import type { ValidationError } from 'class-validator';
import { ErrorCode } from './error-code';

/** Flattens nested class-validator errors into (property path, constraint name, message). */
function flatten(errors: ValidationError[], prefix = ''): { param: string; constraint: string; message: string }[] {
  return errors.flatMap((e) => {
    const param = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({ param, constraint, message }));
    return [...own, ...flatten(e.children ?? [], param)];
  });
}

/** The catalog's reading of a class-validator failure: the first broken rule decides the code. */
export function fromValidationErrors(errors: ValidationError[]): { code: ErrorCode; message: string; params: string[] } {
  const flat = flatten(errors);
  const first = flat[0];
  if (!first) return { code: ErrorCode.InvalidParam, message: 'Invalid parameters', params: [] };
  const params = [...new Set(flat.map((f) => f.param))];
  if (first.constraint === 'isDefined' || first.constraint === 'isNotEmpty') {
    return { code: ErrorCode.MissingParam, message: `${first.param} parameter is missing`, params };
  }
  return { code: ErrorCode.InvalidParam, message: first.message, params };
}
