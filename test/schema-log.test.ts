import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { createSchemaToolDataSource } from '../src/database/data-source';
import { createTestDatabase, TestDatabase } from './support/test-database';

const ROOT = path.resolve(__dirname, '..');

/**
 * `npm run typeorm -- schema:log` on a freshly migrated database: the entities declare every
 * column, index and foreign key the migrations create, so TypeORM has nothing to propose.
 */
describe('schema:log on a migrated database', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('has no pending schema change', async () => {
    const db = await (await createSchemaToolDataSource(t.config)).initialize();
    try {
      const log = await db.driver.createSchemaBuilder().log();
      expect(log.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('is what the documented command prints', async () => {
    // Only the variable that picks this test database: nothing inherited may point elsewhere.
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    delete env.SQLITE_FILE;
    delete env.DATABASE_REPLICA_URLS;
    const db = t.config.database;
    if (db.kind === 'mysql') env.DATABASE_URL = db.url;
    else env.SQLITE_FILE = db.file;
    const { stdout } = await promisify(execFile)('npm', ['run', 'typeorm', '--', 'schema:log'], { cwd: ROOT, env, timeout: 30000 });
    expect(stdout).toContain('Your schema is up to date - there are no queries to be executed by schema synchronization.');
  }, 40000);

  it('needs the mariadb dialect on MariaDB only because the mysql dialect misreads nullable columns', async () => {
    if (t.kind !== 'mysql') return;
    const [{ v }] = await t.db.query('SELECT VERSION() AS v');
    if (!String(v).includes('MariaDB')) return;
    // The gateway's own DataSource (`type: 'mysql'`) takes MariaDB's COLUMN_DEFAULT 'NULL' for a
    // string default. When a TypeORM upgrade reads it as no default, this fails: the CLI can then
    // use the gateway's DataSource as it is (see createSchemaToolDataSource).
    const runner = t.db.createQueryRunner();
    try {
      const contacts = await runner.getTable('contacts');
      expect(contacts?.findColumnByName('email')?.default).toBe("'NULL'");
    } finally {
      await runner.release();
    }
  });
});
