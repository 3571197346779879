import type { DataSource, QueryRunner } from 'typeorm';
import { dialectOf } from './dialect';

/*
 * Ending a transaction whose request is over while one of its statements is in flight (waiting
 * for a row lock, most likely): MySQL and MariaDB both accept `KILL QUERY <connection id>` from
 * another connection of the same user; the statement fails at once and its transaction stays
 * open, to be rolled back. SQLite has nothing to interrupt: its statements never wait on a lock
 * held elsewhere in this process (transactions are queued).
 */

interface Mysql2Connection {
  threadId?: number | null;
  destroy(): void;
}

function connectionOf(db: DataSource, runner: QueryRunner): Mysql2Connection | undefined {
  if (dialectOf(db).name !== 'mysql') return undefined;
  return (runner as unknown as { databaseConnection?: Mysql2Connection }).databaseConnection;
}

/** Interrupts the statement the transaction of `runner` is running, if any, from a pooled connection of `db`. */
export async function interrupt(db: DataSource, runner: QueryRunner): Promise<void> {
  const threadId = connectionOf(db, runner)?.threadId;
  if (typeof threadId !== 'number') return;
  await db.query(`KILL QUERY ${threadId}`);
}

/**
 * Closes the connection of `runner` instead of returning it to the pool: the server rolls back
 * its open transaction, and a kill that arrived after its statement had finished can never reach
 * a statement of another request on a reused connection.
 */
export function discard(db: DataSource, runner: QueryRunner): void {
  connectionOf(db, runner)?.destroy();
}
