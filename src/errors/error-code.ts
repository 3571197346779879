/**
 * The error catalog of the API contract: every failure a client sees carries one of these
 * codes in `extensions.code`, with the HTTP status the seeds document for it.
 */
export enum ErrorCode {
  MissingParam = 'missing-param',
  InvalidParam = 'invalid-param',
  InvalidParamType = 'invalid-param-type',
  InvalidDatetimeFormat = 'invalid-datetime-format',
  DateValidationError = 'date-validation-error',
  NotFound = 'not-found',
  StaleUpdate = 'stale-update',
  CursorExpired = 'cursor-expired',
  IdempotencyInProgress = 'idempotency-in-progress',
  SaveFailed = 'save-failed',
  DeleteFailed = 'delete-failed',
  PermissionDenied = 'permission-denied',
  InvalidToken = 'invalid-token',
  SessionExpired = 'session-expired',
  ClientRequired = 'client-required',
  InvalidContentType = 'invalid-content-type',
  InvalidEncodedParams = 'invalid-encoded-params',
  NoParamsDecoded = 'no-params-decoded',
  InvalidQuery = 'invalid-query',
  QueryTooComplex = 'query-too-complex',
  TooManySubscriptions = 'too-many-subscriptions',
  SlowConsumer = 'slow-consumer',
  PayloadTooLarge = 'payload-too-large',
  ResponseTooLarge = 'response-too-large',
  RouteNonExistent = 'route-non-existent',
  LockTimeout = 'lock-timeout',
  ShuttingDown = 'shutting-down',
  ApplicationCrash = 'application-crash',
  DatabaseUnavailable = 'database-unavailable',
  MandrillEmailFailed = 'mandrill-email-failed',
}

export interface CatalogEntry {
  status: number;
  description: string;
}

export const ERROR_CATALOG: Record<ErrorCode, CatalogEntry> = {
  [ErrorCode.MissingParam]: { status: 400, description: 'A required argument or input field is absent.' },
  [ErrorCode.InvalidParam]: {
    status: 400,
    description: 'A value breaks a rule: range, length, enum, a referenced id that does not exist.',
  },
  [ErrorCode.InvalidParamType]: { status: 400, description: 'A value of the wrong type.' },
  [ErrorCode.InvalidDatetimeFormat]: { status: 400, description: 'A date, time or instant not in its format.' },
  [ErrorCode.DateValidationError]: { status: 400, description: 'Dates that parse but contradict each other (end before start).' },
  [ErrorCode.NotFound]: { status: 404, description: 'The record named does not exist or is not visible to the caller.' },
  [ErrorCode.StaleUpdate]: { status: 409, description: "The concurrency stamp sent is not the record's current one." },
  [ErrorCode.CursorExpired]: {
    status: 410,
    description:
      'The change feed cursor names a change older than CHANGE_RETENTION_HOURS, pruned since: changes after it may be gone. Start again without after (from the oldest change kept) and reconcile.',
  },
  [ErrorCode.IdempotencyInProgress]: {
    status: 409,
    description:
      'A request with this Idempotency-Key is still being answered (or its process stopped before storing the answer); retry after Retry-After seconds.',
  },
  [ErrorCode.SaveFailed]: { status: 400, description: 'The database refused the write (e.g. a reference already taken).' },
  [ErrorCode.DeleteFailed]: { status: 400, description: 'The delete is refused (e.g. a signed-off appointment).' },
  [ErrorCode.PermissionDenied]: { status: 403, description: 'The role the request acts in may not do this.' },
  [ErrorCode.InvalidToken]: { status: 401, description: 'No token, or a token that is unknown or revoked.' },
  [ErrorCode.SessionExpired]: { status: 401, description: 'A session older than seven days or unused for 72 hours, unless remember_me.' },
  [ErrorCode.ClientRequired]: { status: 401, description: 'The user has no client, employee or liaison record.' },
  [ErrorCode.InvalidContentType]: { status: 400, description: 'A POST that is not application/json.' },
  [ErrorCode.InvalidEncodedParams]: { status: 400, description: 'A body that cannot be decoded.' },
  [ErrorCode.NoParamsDecoded]: { status: 400, description: 'A decoded body with no query in it.' },
  [ErrorCode.InvalidQuery]: { status: 400, description: 'A GraphQL syntax or validation error.' },
  [ErrorCode.QueryTooComplex]: { status: 400, description: 'The operation is deeper or costlier than the configured limits.' },
  [ErrorCode.TooManySubscriptions]: {
    status: 429,
    description:
      'The connection or the token already has as many subscriptions as MAX_SUBSCRIPTIONS_PER_CONNECTION or MAX_SUBSCRIPTIONS_PER_TOKEN allow; complete one first.',
  },
  [ErrorCode.SlowConsumer]: {
    status: 503,
    description:
      'The WebSocket was closed because its client read events more slowly than they came and its buffer passed SUBSCRIPTION_BUFFER_BYTES; reconnect and read again.',
  },
  [ErrorCode.PayloadTooLarge]: { status: 413, description: 'The request body is larger than BODY_LIMIT_BYTES.' },
  [ErrorCode.ResponseTooLarge]: {
    status: 400,
    description:
      "The answer would be larger than MAX_RESPONSE_BYTES; ask for fewer rows or fields. The operation did run: a mutation's writes stand.",
  },
  [ErrorCode.RouteNonExistent]: { status: 404, description: 'A path the gateway does not serve.' },
  [ErrorCode.LockTimeout]: {
    status: 503,
    description:
      'The write waited longer than the lock-wait bound for a row another writer holds; nothing was written. Retry after extensions.retryAfterSeconds.',
  },
  [ErrorCode.ShuttingDown]: {
    status: 503,
    description: 'The gateway stopped before the operation finished; nothing it was writing was committed. Retry on another instance.',
  },
  [ErrorCode.ApplicationCrash]: { status: 500, description: 'Anything unexpected; the log has the details under the request id.' },
  [ErrorCode.DatabaseUnavailable]: {
    status: 503,
    description:
      'The database did not answer in time or could not be reached; retry after Retry-After seconds. A mutation may or may not have been applied.',
  },
  [ErrorCode.MandrillEmailFailed]: { status: 500, description: 'A notification email could not be sent.' },
};

export function statusOf(code: ErrorCode): number {
  return ERROR_CATALOG[code].status;
}

const CODES = new Set<string>(Object.values(ErrorCode));
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && CODES.has(value);
}
