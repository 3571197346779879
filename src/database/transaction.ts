import type { DataSource } from 'typeorm';
import { dialectOf } from './dialect';
import { discard, interrupt } from './interrupt';
import { isLockWaitTimeout, lockTimeout, writePolicyOf } from './lock-wait';
import { type DbScope, transactionStatement } from './statements';
import { GateTimeout, WriteGate } from './write-gate';

/*
 * Write transactions that take row locks can lose a race they did not cause: InnoDB rolls one
 * of two deadlocked transactions back (ER_LOCK_DEADLOCK, 1213); that is safe to answer by
 * running the whole transaction again. A lock-wait timeout (ER_LOCK_WAIT_TIMEOUT, 1205) is not
 * retried: the write already waited its whole bound (LOCK_WAIT_TIMEOUT_S) for a row someone
 * holds, and is answered `lock-timeout` instead (see lock-wait.ts).
 */

const RETRYABLE_ERRNOS = new Set([1213]);
const RETRYABLE_CODES = new Set(['ER_LOCK_DEADLOCK']);

export interface RetryOptions {
  /** How many times the work runs at most, the first try included. */
  attempts?: number;
  /** The mean wait before the second try; it doubles for each further try and is jittered ±50%. */
  baseDelayMs?: number;
  /** Called before each retry, with the error that caused it (for the request's log). */
  onRetry?: (err: unknown, attempt: number) => void;
  sleep?: (ms: number) => Promise<void>;
  /**
   * The row the write is about (e.g. `appointment:id:7`): writes of one key queue in this
   * process instead of each holding a connection while they wait for the row's lock.
   */
  rowKey?: string;
}

export const DEFAULT_ATTEMPTS = 3;

/** True for the errors after which the whole transaction may be run again: deadlock, SQLite busy. */
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
  if (!dialectOf(db).oneConnection) return work();
  const previous = serialQueues.get(db) ?? Promise.resolve();
  const run = previous.then(work, work);
  serialQueues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * Runs `work` when no transaction of this process is open on the shared connection (SQLite), so
 * that it never reads rows a transaction has not committed (and may still roll back); on MySQL
 * each statement has a pooled connection of its own, and `work` runs at once, as it does for a
 * scope in a transaction already (which sees its own rows).
 */
export function betweenTransactions<T>(scope: DbScope, work: () => Promise<T>): Promise<T> {
  return scope.tx ? work() : queued(scope.db, work);
}

// Listeners told after each transaction of theirs commits (the change poller's nudge).
const commitListeners = new WeakMap<DataSource, Set<() => void>>();

/** Calls `listener` after every transaction on `db` commits, in this process; returns the function that stops it. */
export function onCommit(db: DataSource, listener: () => void): () => void {
  let listeners = commitListeners.get(db);
  if (!listeners) commitListeners.set(db, (listeners = new Set()));
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function committed(db: DataSource): void {
  // A listener is a nudge: it must not fail the write that has committed already.
  for (const listener of commitListeners.get(db) ?? []) {
    try {
      listener();
    } catch {
      // the listener's own business
    }
  }
}

const gates = new WeakMap<DataSource, WriteGate>();

function gateOf(db: DataSource): WriteGate {
  let gate = gates.get(db);
  if (!gate) gates.set(db, (gate = new WriteGate(writePolicyOf(db).writeConnections)));
  return gate;
}

/**
 * Runs `work` in one transaction (all of it commits, or none of it), given `scope` with the
 * transaction on it: every repository call made with that scope joins it. Run again from the
 * start after a deadlock, at most `attempts` times. A scope already in a transaction joins it
 * (no nesting, no retry of its own). Errors `work` throws roll the transaction back and reach
 * the caller unchanged, except: a lock wait past the bound is `lock-timeout`, and once the
 * request has ended (scope.signal) the signal's reason is thrown and nothing commits.
 *
 * On MySQL the transaction first waits its turn in the write gate (one write per `rowKey`, a
 * bounded share of the pool; at most LOCK_WAIT_TIMEOUT_S), then InnoDB's lock waits are bounded
 * by the same setting: a write is answered within about twice the bound plus its own work.
 */
export async function inTransaction<C extends DbScope, T>(
  scope: C,
  work: (scope: C) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  if (scope.tx) return work(scope);
  const db = scope.db;
  const attempts = () => withRetry(() => queued(db, () => runTransaction(scope, work)), options);
  if (!dialectOf(db).rowLocks) return attempts();
  const policy = writePolicyOf(db);
  try {
    return await gateOf(db).run(options.rowKey, policy.lockWaitTimeoutS * 1000, scope.signal, attempts);
  } catch (err) {
    if (scope.signal?.aborted) throw scope.signal.reason;
    if (err instanceof GateTimeout || isLockWaitTimeout(err)) throw lockTimeout(policy);
    throw err;
  }
}

/**
 * Every write is in an explicit transaction, so that a request that ends while its statement
 * waits for a lock can be rolled back: the statement is interrupted (KILL QUERY from another
 * connection) and the connection is closed rather than pooled, which rolls the transaction back
 * on the server whatever state the interrupted statement left.
 */
async function runTransaction<C extends DbScope, T>(scope: C, work: (scope: C) => Promise<T>): Promise<T> {
  scope.signal?.throwIfAborted();
  const runner = scope.db.createQueryRunner('master');
  let killed: Promise<unknown> | undefined;
  const onAbort = () => {
    killed = interrupt(scope.db, runner).catch(() => undefined);
  };
  try {
    await runner.connect();
    await transactionStatement(runner, 'START TRANSACTION');
    if (dialectOf(scope.db).rowLocks) scope.signal?.addEventListener('abort', onAbort, { once: true });
    let result: T;
    try {
      result = await work({ ...scope, tx: runner.manager });
      // The request ended while the work ran: roll back rather than commit a write nobody is told of.
      scope.signal?.throwIfAborted();
    } finally {
      // From here on the outcome is decided: a COMMIT in flight is never interrupted.
      scope.signal?.removeEventListener('abort', onAbort);
    }
    await transactionStatement(runner, 'COMMIT');
    committed(scope.db);
    return result;
  } catch (err) {
    if (!killed && runner.isTransactionActive) await transactionStatement(runner, 'ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    if (killed) {
      await killed;
      discard(scope.db, runner);
    }
    await runner.release();
  }
}
