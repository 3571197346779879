import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import mysql2 from 'mysql2';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { MysqlDataSourceOptions } from 'typeorm/driver/mysql/MysqlDataSourceOptions';
import type { Config, MysqlDatabaseConfig } from '../config/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { mysqlWithLockWait, setWritePolicy } from './lock-wait';

/** What the DataSource is built from; the write policy's settings default as in loadConfig when left out. */
export type DataSourceConfig = Pick<Config, 'database' | 'dbPoolSize' | 'dbConnectTimeoutMs'> &
  Partial<Pick<Config, 'lockWaitTimeoutS' | 'dbWriteConnections' | 'dbStatementTimeoutMs'>>;

function writePolicy(config: DataSourceConfig) {
  return {
    lockWaitTimeoutS: config.lockWaitTimeoutS ?? 3,
    writeConnections: Math.min(config.dbPoolSize, config.dbWriteConnections ?? Math.max(1, Math.floor(config.dbPoolSize / 2))),
  };
}
import { DEFAULT_STATEMENT_TIMEOUT_MS, limitStatements } from './statement-limit';

/** The TypeORM options for the configured database. `type: "mysql"` on MariaDB too, on purpose. */
export function dataSourceOptions(config: DataSourceConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, migrationsRun: false, logging: false } as const;
  const db = config.database;
  if (db.kind === 'mysql') {
    return {
      ...common,
      type: 'mysql',
      host: db.host,
      port: db.port,
      username: db.user,
      password: db.password,
      database: db.database,
      // Instants are stored and read as UTC; DATE columns come back as the strings they are.
      timezone: 'Z',
      dateStrings: ['DATE'],
      charset: 'utf8mb4_unicode_ci',
      poolSize: config.dbPoolSize,
      connectTimeout: config.dbConnectTimeoutMs,
      extra: { connectionLimit: config.dbPoolSize, connectTimeout: config.dbConnectTimeoutMs },
      // Every pooled connection waits at most LOCK_WAIT_TIMEOUT_S for a row lock (InnoDB's default is 50 s).
      driver: mysqlWithLockWait(mysql2, writePolicy(config).lockWaitTimeoutS),
    };
  }
  fs.mkdirSync(path.dirname(db.file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: db.file,
    // WAL lets readers go on while a write commits.
    prepareDatabase: (conn: { pragma(s: string): unknown }) => {
      conn.pragma('journal_mode = WAL');
      conn.pragma('busy_timeout = 5000');
    },
  };
}

/**
 * A DataSource over SQLite. The entities' collations are MySQL's (EXACT_COLLATION in
 * column-types.ts): SQLite refuses a collation it does not know (`no such collation sequence`)
 * and already compares text byte for byte (BINARY: `=`, `IS`, unique indexes, ORDER BY), so they
 * are dropped from the metadata before anything builds DDL from it (synchronize, schema:log);
 * a generated BIGINT key becomes the INTEGER that SQLite's AUTOINCREMENT requires.
 */
class SqliteDataSource extends DataSource {
  protected override async buildMetadatas(): Promise<void> {
    await super.buildMetadatas();
    for (const entity of this.entityMetadatas) {
      for (const column of entity.columns) {
        column.collation = undefined;
        // AUTOINCREMENT takes INTEGER only (64 bits on SQLite): a BIGINT key (row_changes.seq) is one.
        if (column.isGenerated && column.type === 'bigint') column.type = 'integer';
      }
    }
  }
}

/** A DataSource for these options: on SQLite, one that leaves out MySQL's collations (SqliteDataSource). */
export function newDataSource(options: DataSourceOptions): DataSource {
  return options.type === 'better-sqlite3' ? new SqliteDataSource(options) : new DataSource(options);
}

/** The gateway's DataSource: its write policy set, its statements limited to DB_STATEMENT_TIMEOUT_MS (the default when not given). */
export function createDataSource(config: DataSourceConfig): DataSource {
  const db = newDataSource(dataSourceOptions(config));
  setWritePolicy(db, writePolicy(config));
  return limitStatements(db, config.dbStatementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS);
}

/**
 * The DataSource for TypeORM's CLI (ormconfig.ts) and the schema checks: the gateway's options,
 * except that a MariaDB server is read with TypeORM's `mariadb` dialect. The `mysql` dialect
 * takes MariaDB's COLUMN_DEFAULT of a nullable column (the string 'NULL', where MySQL has a real
 * NULL) for a default of 'NULL', so `schema:log` would rewrite every nullable column and drop and
 * re-add the foreign keys and indexes on them (typeorm#8576, #11038, #11237). No entity option
 * can say otherwise: only the dialect decides how that catalog value is read. The DDL the two
 * dialects write for this schema is the same, so migrations run through the CLI are unchanged.
 */
export async function createSchemaToolDataSource(config: DataSourceConfig): Promise<DataSource> {
  const options = dataSourceOptions(config);
  const db = config.database;
  if (db.kind !== 'mysql') return newDataSource(options);
  const probe = await mysql.createConnection({
    host: db.host,
    port: db.port,
    user: db.user,
    password: db.password,
    connectTimeout: config.dbConnectTimeoutMs,
  });
  try {
    const [rows] = await probe.query('SELECT VERSION() AS v');
    const version = String((rows as { v: string }[])[0].v);
    return version.includes('MariaDB')
      ? new DataSource({ ...(options as MysqlDataSourceOptions), type: 'mariadb' })
      : new DataSource(options);
  } finally {
    await probe.end();
  }
}

/**
 * The options of a read DataSource over one replica: TypeORM replication with the primary as
 * master, so SELECTs built by query builders and repositories read the replica, while anything
 * that asks for the master (transactions, raw queries) still goes to the primary. The primary is
 * also the second read node: when the replica refuses a connection, the read falls over to it
 * (selector ORDER), and the replica is tried again after `restoreNodeTimeout`.
 */
export function replicaReadOptions(
  config: Pick<Config, 'database' | 'dbPoolSize' | 'dbConnectTimeoutMs' | 'replicas'>,
  replica: MysqlDatabaseConfig,
): DataSourceOptions {
  const primary = config.database;
  if (primary.kind !== 'mysql') throw new Error('read replicas need a MySQL primary');
  const credentials = (db: MysqlDatabaseConfig) => ({
    host: db.host,
    port: db.port,
    username: db.user,
    password: db.password,
    database: db.database,
  });
  const base = dataSourceOptions(config) as MysqlDataSourceOptions;
  // Handed to mysql2's PoolCluster as they are; it reads `defaultSelector` (TypeORM's `selector` never reaches it).
  const cluster = {
    canRetry: true,
    removeNodeErrorCount: 1,
    restoreNodeTimeout: config.replicas.checkIntervalMs,
    defaultSelector: 'ORDER',
  };
  return {
    ...base,
    replication: { master: credentials(primary), slaves: [credentials(replica), credentials(primary)], ...cluster },
  };
}

/** A one-line description of where the data lives, for logs and errors (never the password). */
export function describeDatabase(config: Pick<Config, 'database'>): string {
  const db = config.database;
  return db.kind === 'mysql' ? `MySQL at ${db.host}:${db.port}/${db.database}` : `SQLite file ${db.file}`;
}
