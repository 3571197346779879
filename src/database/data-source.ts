import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { MysqlDataSourceOptions } from 'typeorm/driver/mysql/MysqlDataSourceOptions';
import type { Config, MysqlDatabaseConfig } from '../config/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { DEFAULT_STATEMENT_TIMEOUT_MS, limitStatements } from './statement-limit';

/** The TypeORM options for the configured database. `type: "mysql"` on MariaDB too, on purpose. */
export function dataSourceOptions(config: Pick<Config, 'database' | 'dbPoolSize' | 'dbConnectTimeoutMs'>): DataSourceOptions {
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

/** The gateway's DataSource; its statements are limited to DB_STATEMENT_TIMEOUT_MS (the default when not given). */
export function createDataSource(
  config: Pick<Config, 'database' | 'dbPoolSize' | 'dbConnectTimeoutMs'> & Partial<Pick<Config, 'dbStatementTimeoutMs'>>,
): DataSource {
  return limitStatements(new DataSource(dataSourceOptions(config)), config.dbStatementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS);
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
export async function createSchemaToolDataSource(
  config: Pick<Config, 'database' | 'dbPoolSize' | 'dbConnectTimeoutMs'>,
): Promise<DataSource> {
  const options = dataSourceOptions(config);
  const db = config.database;
  if (db.kind !== 'mysql') return new DataSource(options);
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
