import type { PoolConnection } from 'mysql2';
import type { DataSource } from 'typeorm';
import type { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';

/*
 * One read statement, sent without TypeORM's query runner. On MySQL the runner goes through
 * mysql2's promise wrapper, which captures a stack trace for every query, plus TypeORM's
 * broadcaster and result wrapping: together about a tenth of the CPU time of a look-up
 * (`npm run bench -- --profile=by-id`). Here the statement goes to a pooled connection of the
 * DataSource's own pool (a replica's DataSource reads its replica, as TypeORM would), and is
 * still shown to TypeORM's logger, so statement counts and query logs see it.
 *
 * `prepared`: a server-side prepared statement (mysql2 `execute`, cached per connection), for
 * statements whose text does not vary; IN lists of varying length go as text (`query`), so
 * that each connection does not accumulate a prepared statement per list length.
 */

export type RawRow = Record<string, unknown>;

function onConnection(conn: PoolConnection, sql: string, params: unknown[], prepared: boolean): Promise<RawRow[]> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, rows: unknown) => {
      conn.release();
      if (err) reject(err);
      else resolve(rows as RawRow[]);
    };
    if (prepared) conn.execute(sql, params as never, done);
    else conn.query(sql, params, done);
  });
}

/** The rows of one SELECT on `db` (its read side: the replica for a replica's DataSource). */
export async function readRows(db: DataSource, sql: string, params: unknown[], options: { prepared?: boolean } = {}): Promise<RawRow[]> {
  // SQLite: one in-process connection, no pool; TypeORM's runner costs little there (and logs).
  if (db.options.type !== 'mysql') return db.query(sql, params);
  db.logger.logQuery(sql, params);
  const conn = await (db.driver as MysqlDriver).obtainSlaveConnection() as PoolConnection;
  return onConnection(conn, sql, params, options.prepared ?? false);
}

/** `?, ?, ?` for a list of `n` values. */
export function placeholders(n: number): string {
  return new Array<string>(n).fill('?').join(', ');
}
