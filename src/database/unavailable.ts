/*
 * Which failures mean "the database is not answering" rather than "this statement is wrong":
 * for a client they are all the same situation (try again later), whether the server refused the
 * connection, let it drop, or went silent.
 */

// Node's socket errors and mysql2's connection-level codes.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  // The server's "Too many connections".
  'ER_CON_COUNT_ERROR',
  // statement-limit.ts
  'DB_ACQUIRE_TIMEOUT',
  'DB_STATEMENT_TIMEOUT',
]);

interface Wrapped {
  code?: unknown;
  fatal?: unknown;
  driverError?: unknown;
  originalError?: unknown;
  cause?: unknown;
}

/**
 * True when `err`, or an error it wraps (TypeORM's driverError, GraphQL's originalError, a
 * cause), says the database could not be reached or did not answer in time. mysql2 marks every
 * error that ends a connection `fatal`.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as Wrapped | undefined, depth = 0; e && typeof e === 'object' && depth < 8; depth += 1) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (e.fatal === true) return true;
    e = (e.driverError ?? e.originalError ?? e.cause) as Wrapped | undefined;
  }
  return false;
}
