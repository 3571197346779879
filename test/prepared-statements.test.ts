import type { DataSource } from 'typeorm';
import type { MysqlDataSourceOptions } from 'typeorm/driver/mysql/MysqlDataSourceOptions';
import { dataSourceOptions, newDataSource } from '../src/database/data-source';
import { limitStatements } from '../src/database/statement-limit';
import { select } from '../src/database/statements';
import { createTestDatabase, TestDatabase, testDbKind } from './support/test-database';

/*
 * Prepared statements run by their handle (src/database/statements.ts): prepared once per
 * connection and text, then executed without mysql2's per-call Prepare command. MySQL only:
 * SQLite has no server-side statements.
 */

(testDbKind() === 'mysql' ? describe : describe.skip)('prepared statements', () => {
  let t: TestDatabase;
  const opened: DataSource[] = [];

  /** A DataSource of one pooled connection, so every statement meets the same session; `extra`: mysql2's options. */
  const oneConnection = async (extra: Record<string, unknown> = {}) => {
    const options = dataSourceOptions(t.config) as MysqlDataSourceOptions;
    const db = limitStatements(newDataSource({ ...options, poolSize: 1, extra: { ...options.extra, connectionLimit: 1, ...extra } }), 5000);
    await db.initialize();
    opened.push(db);
    return db;
  };
  /** How many statements this session prepared on the server. */
  const prepares = async (db: DataSource) => {
    const [row] = await select({ db }, 'primary', "SHOW SESSION STATUS LIKE 'Com_stmt_prepare'", []);
    return Number(row.Value);
  };

  beforeAll(async () => {
    t = await createTestDatabase({ poolSize: 1 });
  });
  afterAll(async () => {
    for (const db of opened) if (db.isInitialized) await db.destroy();
    await t?.drop();
  });

  it('prepares a statement once per connection, whatever the number of executions', async () => {
    const db = await oneConnection();
    const before = await prepares(db);
    for (let i = 0; i < 50; i += 1) {
      expect(await select({ db }, 'primary', "SELECT CONCAT(?, '-a') AS v", [String(i)], { prepared: true })).toEqual([{ v: `${i}-a` }]);
    }
    expect((await prepares(db)) - before).toBe(1);
  });

  it('answers as before when mysql2 closed a statement it evicted: prepared again, no error', async () => {
    // Room for one statement: each of two texts in turn evicts (and closes) the other.
    const db = await oneConnection({ maxPreparedStatements: 1 });
    for (let i = 0; i < 6; i += 1) {
      expect(await select({ db }, 'primary', "SELECT CONCAT(?, '-a') AS v", [String(i)], { prepared: true })).toEqual([{ v: `${i}-a` }]);
      expect(await select({ db }, 'primary', "SELECT CONCAT(?, '-b') AS v", [String(i)], { prepared: true })).toEqual([{ v: `${i}-b` }]);
    }
  });

  it('refuses an undefined parameter at once with mysql2 own error, and the connection serves the next statement', async () => {
    const db = await oneConnection();
    await expect(select({ db }, 'primary', 'SELECT ? AS v', [undefined], { prepared: true })).rejects.toThrow(/must not contain undefined/);
    // The one pooled connection went back to the pool: the next statement gets it.
    expect(await select({ db }, 'primary', 'SELECT ? AS v', ['next'], { prepared: true })).toEqual([{ v: 'next' }]);
  });
});
