import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { Config } from '../config/config';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from './migrations';

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

export function createDataSource(config: Pick<Config, 'database' | 'dbPoolSize' | 'dbConnectTimeoutMs'>): DataSource {
  return new DataSource(dataSourceOptions(config));
}

/** A one-line description of where the data lives, for logs and errors (never the password). */
export function describeDatabase(config: Pick<Config, 'database'>): string {
  const db = config.database;
  return db.kind === 'mysql' ? `MySQL at ${db.host}:${db.port}/${db.database}` : `SQLite file ${db.file}`;
}
