import type { ObjectLiteral } from 'typeorm';
import { dialectOf, exactEquals } from './dialect';
import { entitySelect } from './entity-select';
import { DbScope, execute, placeholders, ReadSide, select } from './statements';

/*
 * Statements over one entity's table, built once per text from its metadata and sent through
 * statements.ts: the building blocks repositories write their reads and writes with.
 */

/** The alias `where` and `orderBy` name the entity's table by. */
export const ROW_ALIAS = 'x';

export interface SelectOptions {
  orderBy?: string;
  /** SELECT … FOR UPDATE where the database has row locks (SQLite serialises its write transactions instead). */
  forUpdate?: boolean;
  /** A server-side prepared statement: for statements whose text does not vary (see statements.ts). */
  prepared?: boolean;
}

/** The `entity` rows matching `where` (SQL over the alias `x`), as entities. */
export async function selectEntities<T extends ObjectLiteral>(
  scope: DbScope,
  side: ReadSide,
  entity: new () => T,
  where: string,
  params: unknown[],
  options: SelectOptions = {},
): Promise<T[]> {
  const db = scope.tx?.connection ?? scope.db;
  const { columns, from, map } = entitySelect(db, entity, ROW_ALIAS);
  const order = options.orderBy ? ` ORDER BY ${options.orderBy}` : '';
  const lock = options.forUpdate ? dialectOf(db).forUpdate : '';
  const raw = await select(scope, side, `SELECT ${columns} FROM ${from} WHERE ${where}${order}${lock}`, params, {
    prepared: options.prepared,
  });
  return raw.map(map);
}

/** The one `entity` row whose `column` is `value`, or null. */
export async function selectEntity<T extends ObjectLiteral>(
  scope: DbScope,
  side: ReadSide,
  entity: new () => T,
  column: string,
  value: unknown,
  options: Omit<SelectOptions, 'orderBy' | 'prepared'> = {},
): Promise<T | null> {
  const [row] = await selectEntities(scope, side, entity, `${ROW_ALIAS}.${column} = ?`, [value], { ...options, prepared: true });
  return row ?? null;
}

/** The `entity` rows with these ids, in the order of `ids` (null where there is none): one statement. */
export async function selectByIds<T extends ObjectLiteral & { id: number }>(
  scope: DbScope,
  side: ReadSide,
  entity: new () => T,
  ids: readonly number[],
): Promise<(T | null)[]> {
  if (ids.length === 0) return [];
  const rows = await selectEntities(scope, side, entity, `${ROW_ALIAS}.id IN (${placeholders(ids.length)})`, [...ids]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * The `entity` rows whose `reference` column is exactly each of `references` (byte for byte,
 * trailing spaces included: exactEquals), in the order of `references` (null where there is
 * none): one statement.
 */
export async function selectByReferences<T extends ObjectLiteral & { reference: string | null }>(
  scope: DbScope,
  side: ReadSide,
  entity: new () => T,
  references: readonly string[],
): Promise<(T | null)[]> {
  if (references.length === 0) return [];
  const where = references.map(() => exactEquals(`${ROW_ALIAS}.reference`)).join(' OR ');
  const rows = await selectEntities(
    scope,
    side,
    entity,
    `(${where})`,
    references.flatMap((r) => [r, r]),
  );
  return references.map((r) => rows.find((row) => row.reference === r) ?? null);
}

/** Entity properties → column names and driver-ready values (booleans, instants); undefined properties are left out. */
export function columnValues<T extends ObjectLiteral>(scope: DbScope, entity: new () => T, props: Partial<T>): Record<string, unknown> {
  const db = scope.tx?.connection ?? scope.db;
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

/** A table or column name quoted for the scope's database. */
export function quoter(scope: DbScope): (name: string) => string {
  const db = scope.tx?.connection ?? scope.db;
  return (name) => db.driver.escape(name);
}

/** The table of `entity`. */
export function tableOf(scope: DbScope, entity: new () => ObjectLiteral): string {
  return (scope.tx?.connection ?? scope.db).getMetadata(entity).tableName;
}

/**
 * `UPDATE <table> SET …` of `props` on the rows matching `where` (SQL without alias); how many
 * rows it changed. `comment` is put first, as `/* comment *\/` (logs tell such statements apart).
 */
export async function updateEntities<T extends ObjectLiteral>(
  scope: DbScope,
  entity: new () => T,
  props: Partial<T>,
  where: string,
  params: unknown[],
  comment?: string,
): Promise<number> {
  const q = quoter(scope);
  const values = columnValues(scope, entity, props);
  const names = Object.keys(values);
  const result = await execute(
    scope,
    `${comment ? `/* ${comment} */ ` : ''}UPDATE ${q(tableOf(scope, entity))} SET ${names.map((n) => `${q(n)} = ?`).join(', ')} WHERE ${where}`,
    [...names.map((n) => values[n]), ...params],
  );
  return result.affected;
}

/** `INSERT INTO <table> …` of one row of `props`; the new row's id. */
export async function insertEntity<T extends ObjectLiteral>(scope: DbScope, entity: new () => T, props: Partial<T>): Promise<number> {
  const q = quoter(scope);
  const values = columnValues(scope, entity, props);
  const names = Object.keys(values);
  const result = await execute(
    scope,
    `INSERT INTO ${q(tableOf(scope, entity))} (${names.map(q).join(', ')}) VALUES (${placeholders(names.length)})`,
    names.map((n) => values[n]),
  );
  return result.insertId;
}
