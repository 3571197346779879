import type { PoolConnection } from 'mysql2';
import { DataSource, EntityManager } from 'typeorm';
import type { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';

/*
 * Statements sent without TypeORM's query builders, on the hot paths, and on MySQL without
 * TypeORM's query runner either: that goes through mysql2's promise wrapper, which captures a
 * stack trace for every query, plus TypeORM's broadcaster and result wrapping: together about
 * a tenth of the CPU time of a look-up (`npm run bench -- --profile=by-id`). Outside a
 * transaction a statement goes to a pooled connection of the DataSource's own pool; inside one
 * (an EntityManager with a query runner) to the transaction's connection, which the runner
 * keeps and releases. Either way it is still shown to TypeORM's logger, so statement counts
 * and query logs see it. On SQLite (one in-process connection) TypeORM's runner is used.
 *
 * `prepared`: a server-side prepared statement (mysql2 `execute`, cached per connection), for
 * statements whose text does not vary; IN lists of varying length go as text (`query`), so
 * that each connection does not accumulate a prepared statement per list length.
 */

export type RawRow = Record<string, unknown>;

interface Options {
  prepared?: boolean;
}

function send<T>(conn: PoolConnection, sql: string, params: unknown[], prepared: boolean, release: boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, result: unknown) => {
      if (release) conn.release();
      if (err) reject(err);
      else resolve(result as T);
    };
    if (prepared) conn.execute(sql, params as never, done);
    else conn.query(sql, params, done);
  });
}

/** One statement on a MySQL pool: the primary's, or the read side's (a replica for a replica's DataSource). */
async function onPool<T>(db: DataSource, sql: string, params: unknown[], side: 'primary' | 'read', options: Options): Promise<T> {
  db.logger.logQuery(sql, params);
  const driver = db.driver as MysqlDriver;
  const conn = await (side === 'primary' ? driver.obtainMasterConnection() : driver.obtainSlaveConnection()) as PoolConnection;
  return send<T>(conn, sql, params, options.prepared ?? false, true);
}

/** One statement on the connection of `m`'s transaction (MySQL). */
async function onTransaction<T>(m: EntityManager, sql: string, params: unknown[], options: Options): Promise<T> {
  m.connection.logger.logQuery(sql, params);
  const conn = await (m.queryRunner as unknown as { connect(): Promise<PoolConnection> }).connect();
  return send<T>(conn, sql, params, options.prepared ?? false, false);
}

const isManager = (target: DataSource | EntityManager): target is EntityManager => target instanceof EntityManager;

/**
 * The rows of one SELECT. On a DataSource: its read side (the replica of a replica's
 * DataSource), for queries. On an EntityManager: inside its transaction, or, for a manager
 * without one (`db.manager`), on the primary, for the reads a write depends on.
 */
export async function readRows(target: DataSource | EntityManager, sql: string, params: unknown[], options: Options = {}): Promise<RawRow[]> {
  const m = isManager(target) ? target : null;
  const db = m ? m.connection : (target as DataSource);
  if (db.options.type === 'mysql') {
    if (m?.queryRunner) return onTransaction<RawRow[]>(m, sql, params, options);
    return onPool<RawRow[]>(db, sql, params, m ? 'primary' : 'read', options);
  }
  return m?.queryRunner ? (await m.queryRunner.query(sql, params, true)).records as RawRow[] : db.query(sql, params);
}

/** How many rows one INSERT, UPDATE or DELETE changed: inside `m`'s transaction, or on the primary. */
export async function writeRows(m: EntityManager, sql: string, params: unknown[], options: Options = {}): Promise<number> {
  const db = m.connection;
  if (db.options.type === 'mysql') {
    const result = m.queryRunner
      ? await onTransaction<{ affectedRows: number }>(m, sql, params, options)
      : await onPool<{ affectedRows: number }>(db, sql, params, 'primary', options);
    return result.affectedRows;
  }
  // SQLite: through TypeORM's runner, the transaction's or one for this statement.
  const runner = m.queryRunner ?? db.createQueryRunner();
  try {
    return (await runner.query(sql, params, true)).affected ?? 0;
  } finally {
    if (!m.queryRunner) await runner.release();
  }
}

/** `?, ?, ?` for a list of `n` values. */
export function placeholders(n: number): string {
  return new Array<string>(n).fill('?').join(', ');
}
