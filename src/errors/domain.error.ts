import { ErrorCode } from './error-code';

/**
 * A failure the client is meant to see: services throw these, and `formatError` turns them
 * into `extensions.code` / `status` / `params`. Anything that is not a DomainError is a crash.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The argument or input field at fault, when there is one. */
    readonly params?: string[],
    /** More machine-readable detail for the client (e.g. the current stamp of a stale update). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(entity: string, key: string, value: string | number): DomainError {
    const label = key === 'id' ? 'the id' : `the ${key}`;
    return new DomainError(ErrorCode.NotFound, `The ${entity} with ${label} ${value} doesn't exist.`, [key]);
  }

  static missingParam(param: string): DomainError {
    return new DomainError(ErrorCode.MissingParam, `${param} parameter is missing`, [param]);
  }

  /**
   * `stale-update`: the stamp `param` sent is not the record's current one. The current stamp
   * travels as `extensions.currentStamp` on every record type; `deprecatedKey` repeats it under
   * the name this type used before (currentUpdatedAtMt, currentUpdatedAt), for one release.
   */
  static staleUpdate(message: string, param: string, currentStamp: string, deprecatedKey: string): DomainError {
    return new DomainError(ErrorCode.StaleUpdate, message, [param], { currentStamp, [deprecatedKey]: currentStamp });
  }

  static invalidParam(param: string, message: string): DomainError {
    return new DomainError(ErrorCode.InvalidParam, message, [param]);
  }
}
