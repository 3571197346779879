import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';

/** Reads a GraphQL ID argument as a database id; anything but a positive integer is the wrong type. */
export function parseId(value: string | number, param: string): number {
  const text = String(value).trim();
  if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2147483647) {
    throw new DomainError(ErrorCode.InvalidParamType, `The type of parameter ${param} you provided is not valid for this request.`, [
      param,
    ]);
  }
  return Number(text);
}
