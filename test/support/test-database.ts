import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { AbstractLogger, DataSource, LogLevel, LogMessage } from 'typeorm';
import { Config, loadConfig, parseMysqlUrl } from '../../src/config/config';
import { AUTH_SQL_COMMENT } from '../../src/accounts/token.service';
import { createDataSource } from '../../src/database/data-source';
import { BACKGROUND_SQL_COMMENT } from '../../src/live/change.repository';

const AUTH_MARK = `/* ${AUTH_SQL_COMMENT} */`;
const BACKGROUND_MARK = `/* ${BACKGROUND_SQL_COMMENT} */`;

export const TEST_MYSQL_URL = process.env.TEST_DATABASE_URL || 'mysql://root@127.0.0.1:3306/test';

export type TestDbKind = 'mysql' | 'sqlite';
export function testDbKind(): TestDbKind {
  return process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
}

/**
 * Counts the SQL statements TypeORM sends, so tests can check that a page costs O(1) statements.
 * The authentication of each request (statements marked `/* auth *\/`) is counted apart, in
 * `authStatements`, so an operation's count does not depend on how the caller signed in. The
 * gateway's own background statements (the change poller's and pruner's, marked `/* background *\/`)
 * are counted apart too, in `backgroundStatements`: they run on timers and after commits.
 */
export class StatementCounter extends AbstractLogger {
  count = 0;
  statements: string[] = [];
  authStatements: string[] = [];
  backgroundStatements: string[] = [];
  constructor() {
    // TypeORM's AbstractLogger drops every query unless told to log them.
    super(['query']);
  }
  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    if (level !== 'query') return;
    for (const m of Array.isArray(message) ? message : [message]) {
      const sql = String(m.message);
      if (sql.startsWith(AUTH_MARK)) {
        this.authStatements.push(sql);
        continue;
      }
      if (sql.startsWith(BACKGROUND_MARK)) {
        this.backgroundStatements.push(sql);
        continue;
      }
      this.count += 1;
      this.statements.push(sql);
    }
  }
  reset(): void {
    this.count = 0;
    this.statements = [];
    this.authStatements = [];
    this.backgroundStatements = [];
  }
}

export interface TestDatabase {
  kind: TestDbKind;
  config: Config;
  db: DataSource;
  counter: StatementCounter;
  /** Runs SQL on a separate raw connection (MySQL) or the same file (SQLite), bypassing the gateway. */
  drop(): Promise<void>;
}

/** A name unique to this test file and worker, so files can run in parallel. */
function uniqueName(): string {
  const testPath = expect.getState().testPath ?? 'adhoc';
  const base = path
    .basename(testPath)
    .replace(/\.test\.ts$/, '')
    .replace(/[^a-z0-9]/gi, '_')
    .slice(0, 30);
  const hash = crypto.createHash('sha1').update(`${testPath}:${process.pid}:${Math.random()}`).digest('hex').slice(0, 8);
  return `t_${base}_${hash}`.toLowerCase();
}

/**
 * A fresh, migrated database of its own for one test file: a new MySQL database on the test
 * server, or a new SQLite file. `synchronize` is never used: the migrations are what is tested.
 */
export async function createTestDatabase(options: { poolSize?: number; env?: Record<string, string> } = {}): Promise<TestDatabase> {
  const kind = testDbKind();
  const name = uniqueName();
  let env: Record<string, string | undefined>;
  let drop: () => Promise<void>;
  if (kind === 'mysql') {
    const server = parseMysqlUrl(TEST_MYSQL_URL, 'TEST_DATABASE_URL');
    const admin = await mysql.createConnection({ host: server.host, port: server.port, user: server.user, password: server.password });
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const url = new URL(TEST_MYSQL_URL);
    url.pathname = `/${name}`;
    env = { NODE_ENV: 'test', DATABASE_URL: url.toString(), DB_POOL_SIZE: String(options.poolSize ?? 10) };
    drop = async () => {
      const c = await mysql.createConnection({ host: server.host, port: server.port, user: server.user, password: server.password });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-test-'));
    env = { NODE_ENV: 'test', SQLITE_FILE: path.join(dir, `${name}.sqlite`) };
    drop = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const config = loadConfig({ ...env, ...options.env });
  const counter = new StatementCounter();
  const db = createDataSource(config);
  db.setOptions({ logging: ['query'], logger: counter });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  counter.reset();
  return {
    kind,
    config,
    db,
    counter,
    drop: async () => {
      if (db.isInitialized) await db.destroy();
      await drop();
    },
  };
}
