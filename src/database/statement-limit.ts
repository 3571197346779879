import type { PoolConnection } from 'mysql2';
import type { DataSource } from 'typeorm';
import type { EndSignal } from './end-signal';

/*
 * How long one MySQL statement may take, from asking for a connection to its answer. A database
 * that stops answering (a stalled server, a dead network path) would otherwise hold the request
 * and its connection until it came back. The limit is kept here, in the client: the servers have
 * no common one for writes (MySQL's max_execution_time bounds SELECTs only, MariaDB's
 * max_statement_time is its own variable). mysql2's own `timeout` option is not used: it fails
 * the statement but keeps the connection, whose next command would then wait behind the
 * unanswered one.
 */

export const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;

const limits = new WeakMap<DataSource, number>();

/** Sets the statement limit of `db` (DB_STATEMENT_TIMEOUT_MS); returns `db`. */
export function limitStatements(db: DataSource, ms: number): DataSource {
  limits.set(db, ms);
  return db;
}

export function statementTimeoutOf(db: DataSource): number {
  return limits.get(db) ?? DEFAULT_STATEMENT_TIMEOUT_MS;
}

/** A statement given up on: no connection came in time, or the database did not answer in time. */
export class StatementTimeoutError extends Error {
  constructor(
    readonly code: 'DB_ACQUIRE_TIMEOUT' | 'DB_STATEMENT_TIMEOUT',
    ms: number,
  ) {
    super(code === 'DB_ACQUIRE_TIMEOUT' ? `no database connection within ${ms} ms` : `the database did not answer within ${ms} ms`);
    this.name = 'StatementTimeoutError';
  }
}

export interface Limit {
  /** The most the statement may take, connection included. */
  ms: number;
  /** Aborted when the request ended: a statement not yet sent is not sent. */
  signal?: EndSignal;
  /** The connection is the pool's to get back after the statement (false: a transaction's). */
  pooled: boolean;
}

/**
 * Obtains a connection, then runs one statement on it, within `limit.ms`: an answer read in the
 * loop turn in which the limit passes still counts. Past it, a connection that has not come is
 * handed back when it does; a statement without its answer costs its connection, destroyed so
 * that the pool never hands it out again (a transaction's connection too: its transaction
 * cannot go on without that answer, and the server rolls it back). An
 * aborted `limit.signal` stops the wait for a connection and keeps the statement from being sent;
 * a statement already sent runs to its answer or to the limit.
 */
export function withinLimit<T>(
  obtain: () => Promise<PoolConnection>,
  run: (conn: PoolConnection, done: (err: Error | null, result: unknown) => void) => void,
  limit: Limit,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let conn: PoolConnection | undefined;
    let settled = false;
    const settle = (err: Error | null, result?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limit.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(result as T);
    };
    const expire = () => {
      if (settled) return;
      if (conn) conn.destroy();
      settle(new StatementTimeoutError(conn ? 'DB_STATEMENT_TIMEOUT' : 'DB_ACQUIRE_TIMEOUT', limit.ms));
    };
    // Decided after this turn's socket reads (setImmediate runs after the poll phase): a loop
    // turn longer than the limit would otherwise fire the timer before an answer already
    // received is read, and turn it into a timeout that also costs the connection
    // (test/statement-limit.test.ts).
    const timer = setTimeout(() => setImmediate(expire), limit.ms);
    const onAbort = () => {
      if (!conn) settle(limit.signal?.reason as Error);
    };
    limit.signal?.addEventListener('abort', onAbort, { once: true });
    obtain().then(
      (c) => {
        if (settled || limit.signal?.aborted) {
          if (limit.pooled) c.release();
          settle(limit.signal?.reason as Error);
          return;
        }
        conn = c;
        try {
          run(c, (err, result) => {
            if (settled) return;
            if (limit.pooled) c.release();
            settle(err, result);
          });
        } catch (err) {
          // Refused before anything was sent (mysql2 throws on an undefined parameter): the
          // connection is as it was, and the caller gets the error now, not the time limit.
          if (limit.pooled) c.release();
          settle(err as Error);
        }
      },
      (err: Error) => settle(err),
    );
  });
}
