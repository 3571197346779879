import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';

/*
 * How long a write may wait for a row another writer holds, and how many of the primary's
 * connections writes may hold at once. InnoDB's own wait (innodb_lock_wait_timeout, 50 s by
 * default) is set per session on every pooled connection; the gateway's queue in front of the
 * pool (write-gate.ts) waits no longer than the same bound.
 */

export interface WritePolicy {
  /** innodb_lock_wait_timeout of every pooled connection, and the longest wait in the write queue (seconds). */
  lockWaitTimeoutS: number;
  /** How many pooled connections writes may hold at once. */
  writeConnections: number;
}

const policies = new WeakMap<DataSource, WritePolicy>();

/** Records the policy of `db` (createDataSource does, from the configuration). */
export function setWritePolicy(db: DataSource, policy: WritePolicy): void {
  policies.set(db, policy);
}

/** The policy of `db`: the configured one, else the defaults for its pool (LOCK_WAIT_TIMEOUT_S 3, half the pool). */
export function writePolicyOf(db: DataSource): WritePolicy {
  const known = policies.get(db);
  if (known) return known;
  const poolSize = (db.options as { poolSize?: number }).poolSize ?? 10;
  return { lockWaitTimeoutS: 3, writeConnections: Math.max(1, Math.floor(poolSize / 2)) };
}

/** True for InnoDB's lock-wait timeout (ER_LOCK_WAIT_TIMEOUT, 1205), on the error or its driverError. */
export function isLockWaitTimeout(err: unknown): boolean {
  const e = err as { errno?: unknown; code?: unknown; driverError?: { errno?: unknown; code?: unknown } } | null;
  if (!e || typeof e !== 'object') return false;
  return [e, e.driverError].some((s) => !!s && (s.errno === 1205 || s.code === 'ER_LOCK_WAIT_TIMEOUT'));
}

/** `lock-timeout`: nothing was written; the client may try again after `retryAfterSeconds`. */
export function lockTimeout(policy: WritePolicy): DomainError {
  return new DomainError(
    ErrorCode.LockTimeout,
    `The record is being changed by another writer and stayed locked longer than ${policy.lockWaitTimeoutS} s; nothing was written. Try again shortly.`,
    undefined,
    { retryAfterSeconds: policy.lockWaitTimeoutS },
  );
}

interface PoolLike {
  on(event: 'connection', listener: (conn: { query(sql: string, cb: (err: Error | null) => void): void; destroy(): void }) => void): void;
}

/**
 * mysql2 as TypeORM's `driver` option, with pools that set the lock-wait bound on every
 * connection they open, before any statement of the gateway's reaches it (mysql2 runs a
 * connection's commands in order, and the `connection` event comes before the pool hands it
 * out). `SET SESSION innodb_lock_wait_timeout` is accepted by MySQL 8 and MariaDB.
 */
export function mysqlWithLockWait(mysql2: { createPool(options: unknown): unknown }, seconds: number): object {
  const statement = `SET SESSION innodb_lock_wait_timeout = ${Math.floor(seconds)}`;
  return {
    ...mysql2,
    createPool(options: unknown) {
      const pool = mysql2.createPool(options) as PoolLike;
      pool.on('connection', (conn) =>
        // A connection without the bound would wait InnoDB's 50 s: better no connection at all.
        conn.query(statement, (err) => {
          if (err) conn.destroy();
        }),
      );
      return pool;
    },
  };
}
