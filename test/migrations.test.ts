import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { createTestDatabase, TestDatabase } from './support/test-database';

/**
 * The schema changes TypeORM would make to turn the migrated database into what the entities
 * describe. On a MariaDB server the check reads the catalog as MariaDB: TypeORM's `mysql`
 * dialect misreads MariaDB's column defaults (it reports every nullable column as changed).
 */
async function pendingSchemaChanges(t: TestDatabase): Promise<string[]> {
  if (t.kind === 'sqlite') return sqliteDifferences(t);
  let db = t.db;
  if (t.kind === 'mysql') {
    const [{ v }] = await t.db.query('SELECT VERSION() AS v');
    if (String(v).includes('MariaDB')) {
      db = await new DataSource({ ...dataSourceOptions(t.config), type: 'mariadb' } as never).initialize();
    }
  }
  try {
    return (await db.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
  } finally {
    if (db !== t.db) await db.destroy();
  }
}

/** Columns, indexes and foreign keys of every table of an SQLite database, as PRAGMA reports them. */
async function sqliteStructure(db: DataSource): Promise<Record<string, unknown>> {
  const tables: { name: string }[] = await db.query(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations' ORDER BY name");
  const out: Record<string, unknown> = {};
  for (const { name } of tables) {
    const columns = (await db.query(`PRAGMA table_info("${name}")`)).map((c: any) => [c.name, c.type.toLowerCase(), c.notnull, c.dflt_value, c.pk]);
    const indexes = [];
    for (const i of await db.query(`PRAGMA index_list("${name}")`)) {
      if (i.origin === 'pk') continue;
      const cols = (await db.query(`PRAGMA index_info("${i.name}")`)).map((c: any) => c.name);
      indexes.push([i.name, i.unique, cols.join(',')]);
    }
    const fks = (await db.query(`PRAGMA foreign_key_list("${name}")`)).map((f: any) => [f.from, f.table, f.to, f.on_delete, f.on_update]);
    out[name] = { columns, indexes: indexes.sort(), fks: fks.sort() };
  }
  return out;
}

/** On SQLite, compare the migrated file with one TypeORM builds from the entities (throwaway). */
async function sqliteDifferences(t: TestDatabase): Promise<string[]> {
  const reference = await new DataSource({ ...dataSourceOptions(t.config), database: `${t.config.database.kind === 'sqlite' ? t.config.database.file : ''}.entities`, synchronize: true } as never).initialize();
  try {
    const [migrated, described] = [await sqliteStructure(t.db), await sqliteStructure(reference)];
    return Object.keys({ ...migrated, ...described })
      .filter((table) => JSON.stringify(migrated[table]) !== JSON.stringify(described[table]))
      .map((table) => `${table}: migrated ${JSON.stringify(migrated[table])} vs entities ${JSON.stringify(described[table])}`);
  } finally {
    await reference.destroy();
  }
}

describe('migrations', () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await createTestDatabase(); });
  afterAll(async () => { await t.drop(); });

  it('build exactly the schema the entities describe (nothing left for synchronize to do)', async () => {
    expect(await pendingSchemaChanges(t)).toEqual([]);
  });

  it('have nothing pending after a run, and can be reverted and applied again', async () => {
    expect(await t.db.showMigrations()).toBe(false);
    await t.db.undoLastMigration({ transaction: 'each' });
    expect(await t.db.showMigrations()).toBe(true);
    await t.db.runMigrations({ transaction: 'each' });
    expect(await t.db.showMigrations()).toBe(false);
  });

  it('store instants as UTC with milliseconds', async () => {
    await t.db.query(`INSERT INTO customers (reference, name, created_at) VALUES ('C-1', 'One', '2026-03-04 05:06:07.089')`);
    const [row] = await t.db.query(`SELECT created_at FROM customers WHERE reference = 'C-1'`);
    const repo = await t.db.getRepository('Customer').findOneByOrFail({ reference: 'C-1' });
    expect((repo as { createdAt: Date }).createdAt.toISOString()).toBe('2026-03-04T05:06:07.089Z');
    expect(row).toBeDefined();
  });
});
