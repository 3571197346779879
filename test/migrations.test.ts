import mysql from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { createSchemaToolDataSource, dataSourceOptions, newDataSource } from '../src/database/data-source';
import { createTestDatabase, TestDatabase } from './support/test-database';

/**
 * The schema changes TypeORM would make to turn the migrated database into what the entities
 * describe, read the way `npm run typeorm -- schema:log` reads it (MariaDB with the mariadb
 * dialect: see createSchemaToolDataSource). On SQLite, the structure as PRAGMA reports it.
 */
async function pendingSchemaChanges(t: TestDatabase): Promise<string[]> {
  if (t.kind === 'sqlite') return sqliteDifferences(t);
  const db = await (await createSchemaToolDataSource(t.config)).initialize();
  try {
    return (await db.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
  } finally {
    await db.destroy();
  }
}

/** Columns, indexes and foreign keys of every table of an SQLite database, as PRAGMA reports them. */
async function sqliteStructure(db: DataSource): Promise<Record<string, unknown>> {
  const tables: { name: string }[] = await db.query(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations' ORDER BY name",
  );
  const out: Record<string, unknown> = {};
  for (const { name } of tables) {
    const columns = (await db.query(`PRAGMA table_info("${name}")`)).map((c: any) => [
      c.name,
      c.type.toLowerCase(),
      c.notnull,
      c.dflt_value,
      c.pk,
    ]);
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
  const reference = await newDataSource({
    ...dataSourceOptions(t.config),
    database: `${t.config.database.kind === 'sqlite' ? t.config.database.file : ''}.entities`,
    synchronize: true,
  } as never).initialize();
  try {
    const [migrated, described] = [await sqliteStructure(t.db), await sqliteStructure(reference)];
    return Object.keys({ ...migrated, ...described })
      .filter((table) => JSON.stringify(migrated[table]) !== JSON.stringify(described[table]))
      .map((table) => `${table}: migrated ${JSON.stringify(migrated[table])} vs entities ${JSON.stringify(described[table])}`);
  } finally {
    await reference.destroy();
  }
}

/**
 * Columns, indexes, foreign keys and tables of a MySQL/MariaDB database as its catalog reports
 * them: what `schema:log` compares and what it leaves out (display widths, collations, engines).
 */
async function mysqlStructure(db: DataSource, schema: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const r of await db.query(
    `SELECT TABLE_NAME t, ENGINE e, TABLE_COLLATION k FROM information_schema.TABLES
     WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> 'migrations'`,
    [schema],
  )) {
    out.set(`${r.t}`, `${r.e} ${r.k}`);
  }
  for (const r of await db.query(
    `SELECT TABLE_NAME t, COLUMN_NAME c, COLUMN_TYPE y, IS_NULLABLE n, COLUMN_DEFAULT d, EXTRA x, COLLATION_NAME k
     FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> 'migrations'`,
    [schema],
  )) {
    out.set(`${r.t}.${r.c}`, `${r.y} null=${r.n} default=${r.d} ${r.x} ${r.k}`);
  }
  for (const r of await db.query(
    `SELECT TABLE_NAME t, INDEX_NAME i, NON_UNIQUE u, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) c
     FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> 'migrations' GROUP BY 1, 2, 3`,
    [schema],
  )) {
    out.set(`${r.t} index ${r.i}`, `${Number(r.u) ? '' : 'unique '}(${r.c})`);
  }
  for (const r of await db.query(
    `SELECT r.TABLE_NAME t, r.CONSTRAINT_NAME f, r.REFERENCED_TABLE_NAME p, r.DELETE_RULE d, r.UPDATE_RULE u,
       GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION) c, GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION) pc
     FROM information_schema.REFERENTIAL_CONSTRAINTS r JOIN information_schema.KEY_COLUMN_USAGE k
       ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA AND k.TABLE_NAME = r.TABLE_NAME AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME
     WHERE r.CONSTRAINT_SCHEMA = ? GROUP BY 1, 2, 3, 4, 5`,
    [schema],
  )) {
    out.set(`${r.t} foreign key ${r.f}`, `(${r.c}) -> ${r.p}(${r.pc}) on delete ${r.d} on update ${r.u}`);
  }
  return out;
}

/**
 * On MySQL/MariaDB, compare the migrated database's catalog with that of a throwaway database
 * TypeORM builds from the entities (synchronize), as `key: migrated vs entities` lines.
 */
async function mysqlDifferences(t: TestDatabase): Promise<string[]> {
  const server = t.config.database;
  if (server.kind !== 'mysql') throw new Error('a MySQL test database was expected');
  const name = `${server.database}_e`;
  const admin = await mysql.createConnection({ host: server.host, port: server.port, user: server.user, password: server.password });
  // The same character set and collation as the test database, so table collations compare.
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    const reference = await createSchemaToolDataSource({ ...t.config, database: { ...server, database: name } });
    reference.setOptions({ synchronize: true });
    await reference.initialize();
    try {
      const [migrated, described] = [await mysqlStructure(t.db, server.database), await mysqlStructure(reference, name)];
      return [...new Set([...migrated.keys(), ...described.keys()])]
        .sort()
        .filter((key) => migrated.get(key) !== described.get(key))
        .map((key) => `${key}: migrated ${migrated.get(key)} vs entities ${described.get(key)}`);
    } finally {
      await reference.destroy();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }
}

/** The boolean columns (flagColumn), in the catalog's key order. */
const FLAG_COLUMNS = [
  'appointments.allday',
  'appointments.cancelled',
  'appointments.confirmed',
  'appointments.done',
  'appointments.on_site_cancel',
  'appointments.optional',
  'appointments.ready_to_schedule',
  'appointments.same_day_cancel',
  'employees.photographer',
  'sessions.remember_me',
];

describe('migrations', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('build exactly the schema the entities describe (nothing left for synchronize to do)', async () => {
    expect(await pendingSchemaChanges(t)).toEqual([]);
  });

  it('build on MySQL/MariaDB the catalog the entities build, but for the display width of booleans', async () => {
    if (t.kind !== 'mysql') return;
    const differences = await mysqlDifferences(t);
    // The migrations' `boolean` is the server's alias of TINYINT(1); an entity's `boolean` is
    // created as a bare TINYINT (shown as tinyint(4) by MariaDB). TypeORM 1.x has no width option
    // any more and refuses a length on a boolean, and schema:log ignores integer display widths.
    // The width changes neither storage nor range; the flags are read and written as 0/1 either way.
    expect(differences.map((d) => d.slice(0, d.indexOf(':')))).toEqual(FLAG_COLUMNS);
    for (const d of differences) {
      const [, migrated, described] = /: migrated (.*) vs entities (.*)$/.exec(d)!;
      expect(migrated).toMatch(/^tinyint\(1\) /);
      expect(described.replace(/^tinyint(\(\d+\))? /, 'tinyint(1) ')).toBe(migrated);
    }
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
