import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { entitySelect } from './lean-rows';
import { readRows } from './raw-statements';
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
