import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { entitySelect } from './lean-rows';
import { placeholders, readRows, writeRows } from './raw-statements';
import { supportsRowLocks } from './transaction-retry';

/** The alias `where` and `orderBy` name the entity's table by. */
export const ROW_ALIAS = 'x';

export interface SelectOptions {
  orderBy?: string;
  /** SELECT … FOR UPDATE where the database has row locks (SQLite serialises its write transactions instead). */
  forUpdate?: boolean;
  /** A server-side prepared statement: for statements whose text does not vary (see raw-statements.ts). */
  prepared?: boolean;
}

/**
 * The `entity` rows matching `where` (SQL over the alias `x`), as entities, through `target`
 * (readRows says which connection): a statement built once per text, with no query builder.
 */
export async function selectEntities<T extends ObjectLiteral>(
  target: DataSource | EntityManager, entity: new () => T, where: string, params: unknown[], options: SelectOptions = {},
): Promise<T[]> {
  const db = target instanceof EntityManager ? target.connection : target;
  const { columns, from, map } = entitySelect(db, entity, ROW_ALIAS);
  const order = options.orderBy ? ` ORDER BY ${options.orderBy}` : '';
  const lock = options.forUpdate && supportsRowLocks(db) ? ' FOR UPDATE' : '';
  const raw = await readRows(target, `SELECT ${columns} FROM ${from} WHERE ${where}${order}${lock}`, params, { prepared: options.prepared });
  return raw.map(map);
}

/** The one `entity` row whose `column` is `value`, or null. */
export async function selectEntity<T extends ObjectLiteral>(
  target: DataSource | EntityManager, entity: new () => T, column: string, value: unknown, options: Omit<SelectOptions, 'orderBy' | 'prepared'> = {},
): Promise<T | null> {
  const [row] = await selectEntities(target, entity, `${ROW_ALIAS}.${column} = ?`, [value], { ...options, prepared: true });
  return row ?? null;
}

/** Entity properties → column names and driver-ready values (booleans, instants); undefined properties are left out. */
export function columnValues<T extends ObjectLiteral>(db: DataSource, entity: new () => T, props: Partial<T>): Record<string, unknown> {
  const meta = db.getMetadata(entity);
  const out: Record<string, unknown> = {};
  for (const [prop, value] of Object.entries(props)) {
    if (value === undefined) continue;
    const column = meta.findColumnWithPropertyName(prop);
    if (!column) throw new Error(`no column for ${meta.name} property ${prop}`);
    out[column.databaseName] = value === null ? null : db.driver.preparePersistentValue(value, column);
  }
  return out;
}

/** `UPDATE <table> SET …` of `props` on the rows matching `where` (SQL without alias), through `m`; how many rows it changed. */
export function updateEntities<T extends ObjectLiteral>(
  m: EntityManager, entity: new () => T, props: Partial<T>, where: string, params: unknown[],
): Promise<number> {
  const db = m.connection;
  const q = (name: string) => db.driver.escape(name);
  const values = columnValues(db, entity, props);
  const names = Object.keys(values);
  return writeRows(m, `UPDATE ${q(db.getMetadata(entity).tableName)} SET ${names.map((n) => `${q(n)} = ?`).join(', ')} WHERE ${where}`,
    [...names.map((n) => values[n]), ...params]);
}

/** `INSERT INTO <table> …` of one row of `props`, through `m`. */
export async function insertEntity<T extends ObjectLiteral>(m: EntityManager, entity: new () => T, props: Partial<T>): Promise<void> {
  const db = m.connection;
  const q = (name: string) => db.driver.escape(name);
  const values = columnValues(db, entity, props);
  const names = Object.keys(values);
  await writeRows(m, `INSERT INTO ${q(db.getMetadata(entity).tableName)} (${names.map(q).join(', ')}) VALUES (${placeholders(names.length)})`,
    names.map((n) => values[n]));
}
