import type { DataSource } from 'typeorm';
import { dialectOf } from './dialect';
import type { DbScope, Transaction } from './statements';

/*
 * Write transactions that take row locks can lose a race they did not cause: InnoDB rolls one
 * of two deadlocked transactions back (ER_LOCK_DEADLOCK, 1213), or a lock wait runs out
 * (ER_LOCK_WAIT_TIMEOUT, 1205). Both are safe to answer by running the whole transaction again.
 */

const RETRYABLE_ERRNOS = new Set([1213, 1205]);
const RETRYABLE_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

export interface RetryOptions {
  /** How many times the work runs at most, the first try included. */
  attempts?: number;
  /** The mean wait before the second try; it doubles for each further try and is jittered ±50%. */
  baseDelayMs?: number;
  /** Called before each retry, with the error that caused it (for the request's log). */
  onRetry?: (err: unknown, attempt: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_ATTEMPTS = 3;

/** True for the errors after which the whole transaction may be run again: deadlock, lock-wait timeout, SQLite busy. */
export function isRetryableTransactionError(err: unknown): boolean {
  const e = err as { errno?: unknown; code?: unknown; driverError?: { errno?: unknown; code?: unknown } } | null;
  if (!e || typeof e !== 'object') return false;
  for (const source of [e, e.driverError]) {
    if (!source) continue;
    if (typeof source.errno === 'number' && RETRYABLE_ERRNOS.has(source.errno)) return true;
    if (typeof source.code === 'string' && (RETRYABLE_CODES.has(source.code) || source.code.startsWith('SQLITE_BUSY'))) return true;
  }
  return false;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `work` until it succeeds, throws an error that is not retryable, or has failed
 * `attempts` times; then the last error is rethrown unchanged.
 */
export async function withRetry<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);
  const baseDelayMs = options.baseDelayMs ?? 20;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= attempts || !isRetryableTransactionError(err)) throw err;
      options.onRetry?.(err, attempt);
      await sleep(baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
    }
  }
}

// SQLite runs on one shared connection: two TypeORM transactions on it at once would interleave
// (the second would nest as a savepoint inside the first), so this process queues them.
const serialQueues = new WeakMap<DataSource, Promise<unknown>>();

function queued<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  if (dialectOf(db).standaloneWrites) return work();
  const previous = serialQueues.get(db) ?? Promise.resolve();
  const run = previous.then(work, work);
  serialQueues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * Runs `work` in one transaction (all of it commits, or none of it), given `scope` with the
 * transaction on it: every repository call made with that scope joins it. Run again from the
 * start after a deadlock or lock-wait timeout, at most `attempts` times. A scope already in a
 * transaction joins it (no nesting, no retry of its own). Errors `work` throws roll the
 * transaction back and reach the caller unchanged.
 */
export function inTransaction<C extends DbScope, T>(scope: C, work: (scope: C) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  if (scope.tx) return work(scope);
  const run = async (tx: Transaction) => {
    const result = await work({ ...scope, tx });
    // The request ended while the work ran: roll back rather than commit a write nobody is told of.
    scope.signal?.throwIfAborted();
    return result;
  };
  return withRetry(() => queued(scope.db, () => scope.db.transaction(run)), options);
}

/**
 * Runs a single write statement's work: on its own where the database allows it (MySQL: no
 * transaction, two statements fewer), else queued with the transactions (SQLite). Retried like
 * a transaction.
 */
export function standalone<C extends DbScope, T>(scope: C, work: (scope: C) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  if (scope.tx || dialectOf(scope.db).standaloneWrites) return withRetry(() => work(scope), options);
  return inTransaction(scope, work, options);
}

/** Whether a single write statement runs on its own here, outside any transaction (see Dialect.standaloneWrites). */
export function writesStandalone(scope: DbScope): boolean {
  return !scope.tx && dialectOf(scope.db).standaloneWrites;
}
