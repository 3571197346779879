import type { PoolConnection } from 'mysql2';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';
import { dialectOf } from './dialect';
import type { EndSignal } from './end-signal';
import { statementTimeoutOf, withinLimit } from './statement-limit';

/*
 * The one way a statement reaches the database. Repositories call `select` and `execute` with
 * a DbScope (the request's databases and transaction) and, for reads, an explicit side:
 *
 * - inside a transaction (scope.tx), on the transaction's connection, whatever the side;
 * - `primary`: a pooled connection of the primary (writes, and reads a write depends on);
 * - `replica`: a pooled connection of scope.replica (a healthy read replica for query
 *   operations; the primary itself when none is configured or healthy).
 *
 * On MySQL statements go straight to mysql2, without TypeORM's query builder and runner: those
 * add a promise wrapper that captures a stack per query, a broadcaster and result wrapping,
 * about a tenth of a look-up's CPU time (`npm run bench -- --profile=by-id`). They are still
 * shown to TypeORM's logger, so statement counts and query logs see them. On SQLite (one
 * in-process connection) TypeORM's runner is used.
 *
 * Every MySQL statement has a time limit, its connection included (statement-limit.ts); on
 * SQLite a statement runs in-process and only the request's deadline bounds it.
 *
 * `prepared`: a server-side prepared statement (mysql2 `execute`, cached per connection), for
 * statements whose text does not vary; IN lists of varying length go as text (`query`), so
 * that each connection does not accumulate a prepared statement per list length.
 */

export type RawRow = Record<string, unknown>;

/** Where a read goes outside a transaction: the primary, or the request's read replica. */
export type ReadSide = 'primary' | 'replica';

/** An open transaction; repositories given a scope with one run their statements in it. */
export type Transaction = EntityManager;

/** The databases a repository call may use: the request's, or a CLI's or test's `{ db }`. */
export interface DbScope {
  /** The primary. */
  db: DataSource;
  /** Where `replica` reads go; the primary when absent. */
  replica?: DataSource;
  /** The transaction the caller is in, if any. */
  tx?: Transaction;
  /**
   * Aborted when the request the work is for has ended (its client went away, or its deadline
   * passed): no statement is sent after that, and a transaction rolls back instead of committing.
   */
  signal?: EndSignal;
}

interface Options {
  prepared?: boolean;
  /** The statement's time limit, when not the DataSource's (see statement-limit.ts). */
  timeoutMs?: number;
}

/*
 * A prepared statement's handle, per connection and text. mysql2's `execute` queues a Prepare
 * command before every Execute, and that command builds its cache key (an options prefix plus
 * the whole text: several KB for a look-up written as JSON text) and looks it up in an LRU, on
 * every call; the handle's own `execute` sends the Execute alone (about 4% of a look-up's CPU,
 * `npm run bench -- --profile=by-id`). The texts are the gateway's own and bounded (the column
 * sets are, MAX_COLUMN_SETS), far below mysql2's maxPreparedStatements (16,000), past which it
 * would close the statement it evicts; should that ever happen, the server's "unknown prepared
 * statement handler" drops the handle and the statement is prepared again.
 */
type PrepareStatementInfo = Parameters<NonNullable<Parameters<PoolConnection['prepare']>[1]>>[1];

const handles = new WeakMap<PoolConnection, Map<string, PrepareStatementInfo>>();

const ER_UNKNOWN_STMT_HANDLER = 1243;

type Done = (err: Error | null, result: unknown) => void;

function executePrepared(conn: PoolConnection, sql: string, params: unknown[], done: Done): void {
  // mysql2's execute refuses undefined and functions with its own TypeError: left to it.
  if (params.some((p) => p === undefined || typeof p === 'function')) return void conn.execute(sql, params as never, done);
  let bySql = handles.get(conn);
  if (!bySql) handles.set(conn, (bySql = new Map()));
  const cache = bySql;
  const run = (handle: PrepareStatementInfo) =>
    handle.execute(params, (err: (Error & { errno?: number }) | null, result: unknown) => {
      if (err?.errno !== ER_UNKNOWN_STMT_HANDLER) return done(err, result);
      cache.delete(sql);
      conn.execute(sql, params as never, done);
    });
  const known = cache.get(sql);
  if (known) return void run(known);
  conn.prepare(sql, (err, handle) => {
    if (err) return done(err, undefined);
    cache.set(sql, handle);
    run(handle);
  });
}

/**
 * One MySQL statement on a connection `obtain` gives, within the time limit of `db` (see
 * statement-limit.ts); `pooled`: a pooled connection, released after the statement.
 */
function send<T>(
  db: DataSource,
  obtain: () => Promise<PoolConnection>,
  sql: string,
  params: unknown[],
  options: Options,
  limit: { signal?: EndSignal; pooled: boolean },
): Promise<T> {
  db.logger.logQuery(sql, params);
  return withinLimit<T>(
    obtain,
    (conn, done) => {
      if (options.prepared) executePrepared(conn, sql, params, done);
      else conn.query(sql, params, done);
    },
    { ...limit, ms: options.timeoutMs ?? statementTimeoutOf(db) },
  );
}

/**
 * One MySQL statement on a pooled connection of `db`: its primary's, or its read side's (a
 * replica's DataSource reads the replica, falling back to the primary; see replicaReadOptions).
 */
function onPool<T>(scope: DbScope, db: DataSource, side: ReadSide, sql: string, params: unknown[], options: Options): Promise<T> {
  const driver = db.driver as MysqlDriver;
  const obtain = () => (side === 'primary' ? driver.obtainMasterConnection() : driver.obtainSlaveConnection()) as Promise<PoolConnection>;
  return send<T>(db, obtain, sql, params, options, { signal: scope.signal, pooled: true });
}

/** One MySQL statement on the connection of the transaction `tx`. */
function onTransaction<T>(scope: DbScope, tx: Transaction, sql: string, params: unknown[], options: Options): Promise<T> {
  const obtain = () => (tx.queryRunner as unknown as { connect(): Promise<PoolConnection> }).connect();
  return send<T>(tx.connection, obtain, sql, params, options, { signal: scope.signal, pooled: false });
}

/** The rows of one SELECT: in the scope's transaction, else on the side asked for. */
export async function select(scope: DbScope, side: ReadSide, sql: string, params: unknown[], options: Options = {}): Promise<RawRow[]> {
  scope.signal?.throwIfAborted();
  const db = scope.tx?.connection ?? (side === 'replica' ? (scope.replica ?? scope.db) : scope.db);
  const dialect = dialectOf(db);
  params = dialect.bind(params);
  if (dialect.name === 'mysql') {
    return scope.tx
      ? onTransaction<RawRow[]>(scope, scope.tx, sql, params, options)
      : onPool<RawRow[]>(scope, db, side, sql, params, options);
  }
  return scope.tx?.queryRunner ? ((await scope.tx.queryRunner.query(sql, params, true)).records as RawRow[]) : db.query(sql, params);
}

/** The outcome of one INSERT, UPDATE or DELETE. */
export interface WriteResult {
  /** Rows the statement changed (MySQL counts 2 for a row an upsert updated). */
  affected: number;
  /** The id an INSERT gave its row. */
  insertId: number;
}

/** One INSERT, UPDATE or DELETE: in the scope's transaction, else on the primary. */
export async function execute(scope: DbScope, sql: string, params: unknown[], options: Options = {}): Promise<WriteResult> {
  scope.signal?.throwIfAborted();
  const db = scope.tx?.connection ?? scope.db;
  const dialect = dialectOf(db);
  params = dialect.bind(params);
  if (dialect.name === 'mysql') {
    const result = scope.tx
      ? await onTransaction<{ affectedRows: number; insertId: number }>(scope, scope.tx, sql, params, options)
      : await onPool<{ affectedRows: number; insertId: number }>(scope, db, 'primary', sql, params, options);
    return { affected: result.affectedRows, insertId: Number(result.insertId) };
  }
  // SQLite: through TypeORM's runner, the transaction's or one for this statement.
  const runner = scope.tx?.queryRunner ?? db.createQueryRunner();
  try {
    const result = await runner.query(sql, params, true);
    const raw = result.raw as { lastInsertRowid?: number | bigint } | number | undefined;
    const insertId = typeof raw === 'object' && raw ? Number(raw.lastInsertRowid ?? 0) : Number(raw ?? 0);
    return { affected: result.affected ?? 0, insertId };
  } finally {
    if (!scope.tx) await runner.release();
  }
}

/**
 * Starts, commits or rolls back the transaction of `runner` (transaction.ts's). On MySQL the
 * statement goes straight to mysql2, as every other statement does, rather than through the
 * runner's own methods: their promise wrapper captured a stack trace per call (3% of an update's
 * CPU, `npm run bench -- --profile=update`). As there, no statement limit: a COMMIT in flight is
 * awaited, never given up on with its outcome unknown.
 */
export async function transactionStatement(runner: QueryRunner, sql: 'START TRANSACTION' | 'COMMIT' | 'ROLLBACK'): Promise<void> {
  if (dialectOf(runner.connection).name !== 'mysql') {
    if (sql === 'START TRANSACTION') return runner.startTransaction();
    return sql === 'COMMIT' ? runner.commitTransaction() : runner.rollbackTransaction();
  }
  const conn = await (runner as unknown as { connect(): Promise<PoolConnection> }).connect();
  // What TypeORM's methods keep: whether the runner's connection is in a transaction.
  const state = runner as { isTransactionActive: boolean };
  if (sql === 'START TRANSACTION') state.isTransactionActive = true;
  runner.connection.logger.logQuery(sql, []);
  try {
    await new Promise<void>((resolve, reject) => conn.query(sql, (err) => (err ? reject(err) : resolve())));
  } catch (err) {
    if (sql === 'START TRANSACTION') state.isTransactionActive = false;
    throw err;
  }
  if (sql !== 'START TRANSACTION') state.isTransactionActive = false;
}

/** `?, ?, ?` for a list of `n` values. */
export function placeholders(n: number): string {
  return new Array<string>(n).fill('?').join(', ');
}

/** The primary's pool occupancy, for metrics (MySQL; undefined on SQLite). */
export function poolOf(db: DataSource): unknown {
  return (db.driver as unknown as { pool?: unknown }).pool;
}
