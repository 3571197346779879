import type { ObjectLiteral } from 'typeorm';
import type { CursorPosition, SortKey } from '../domain/keyset-cursor';
import type { NameCriteria } from '../domain/named-records';
import type { SortOrder } from '../domain/sort-order';
import { dialectOf } from './dialect';
import { entitySelect } from './entity-select';
import { ROW_ALIAS, tableOf } from './entity-statements';
import { LIKE_ESCAPE, wildcardToLike } from './like-pattern';
import { Fragment, keysetCondition, keysetOrderBy, orderByClause, whereClause } from './sql-fragments';
import { DbScope, placeholders, ReadSide, select } from './statements';

/*
 * The statements of a sorted list over one entity's table (under entity-statements' alias `x`):
 * the ids of an offset page, the COUNT, and the rows of a keyset page, all over the same
 * conditions (the repository's scope and filter). Repositories build the conditions and apply
 * their row rule to what comes back; the `*Statement` functions are exposed for EXPLAIN.
 */

const X = ROW_ALIAS;

/** A list: the entity, the conditions every statement of it shares, and its order. */
export interface ListQuery<T extends ObjectLiteral> {
  entity: new () => T;
  conditions: (Fragment | null)[];
  sort: SortKey<T>;
  order: SortOrder;
}

/** The ids of one offset page, in order: only ids with LIMIT/OFFSET, so a deep offset skips index entries, not rows. */
export function pageIdsStatement<T extends ObjectLiteral>(scope: DbScope, q: ListQuery<T>, max: number, offset: number): Fragment {
  const where = whereClause(q.conditions);
  return {
    sql: `SELECT ${X}.id AS id FROM ${tableOf(scope, q.entity)} ${X} ${where.sql} ${orderByClause(q.sort, q.order, `${X}.id`)} LIMIT ? OFFSET ?`,
    params: [...where.params, max, offset],
  };
}

/** The COUNT over the conditions of a list. */
export function countStatement<T extends ObjectLiteral>(scope: DbScope, q: Pick<ListQuery<T>, 'entity' | 'conditions'>): Fragment {
  const where = whereClause(q.conditions);
  return { sql: `SELECT COUNT(*) AS n FROM ${tableOf(scope, q.entity)} ${X} ${where.sql}`, params: where.params };
}

/** The rows of a keyset page, up to `limit` after `after` (null: from the start), in order. */
export function keysetStatement<T extends ObjectLiteral>(
  scope: DbScope,
  q: ListQuery<T>,
  limit: number,
  after: CursorPosition | null,
): Fragment {
  const { columns, from } = entitySelect(scope.tx?.connection ?? scope.db, q.entity, X);
  const where = whereClause([...q.conditions, after && keysetCondition(q.sort, q.order, after.key, after.id, `${X}.id`)]);
  return {
    sql: `SELECT ${columns} FROM ${from} ${where.sql} ${keysetOrderBy(q.sort, q.order, after?.key, `${X}.id`)} LIMIT ?`,
    params: [...where.params, limit],
  };
}

export async function listPageIds<T extends ObjectLiteral>(
  scope: DbScope,
  side: ReadSide,
  q: ListQuery<T>,
  max: number,
  offset: number,
): Promise<number[]> {
  const { sql, params } = pageIdsStatement(scope, q, max, offset);
  return (await select(scope, side, sql, params)).map((r) => Number(r.id));
}

export async function listCount<T extends ObjectLiteral>(
  scope: DbScope,
  side: ReadSide,
  q: Pick<ListQuery<T>, 'entity' | 'conditions'>,
): Promise<number> {
  const { sql, params } = countStatement(scope, q);
  const [row] = await select(scope, side, sql, params);
  return Number(row?.n ?? 0);
}

/** The rows of a keyset page, in order: one statement. */
export async function listKeysetRows<T extends ObjectLiteral>(
  scope: DbScope,
  side: ReadSide,
  q: ListQuery<T>,
  limit: number,
  after: CursorPosition | null,
): Promise<T[]> {
  const { sql, params } = keysetStatement(scope, q, limit, after);
  const { map } = entitySelect(scope.tx?.connection ?? scope.db, q.entity, X);
  return (await select(scope, side, sql, params)).map(map);
}

/**
 * The conditions of a validated id/reference/name filter over `x`: a name pattern ignores ASCII
 * case (LIKE under the column's collation on MySQL, SQLite's LIKE); a reference pattern matches
 * byte for byte, as references compare everywhere else (the dialect says how).
 */
export function nameFilterConditions(scope: DbScope, c: NameCriteria): Fragment[] {
  const out: Fragment[] = [];
  if (c.ids)
    out.push(c.ids.length ? { sql: `${X}.id IN (${placeholders(c.ids.length)})`, params: [...c.ids] } : { sql: '1 = 0', params: [] });
  if (c.reference != null) out.push(dialectOf(scope.db).likeExactly(`${X}.reference`, wildcardToLike(c.reference), LIKE_ESCAPE));
  if (c.name != null) out.push({ sql: `${X}.name LIKE ? ESCAPE '${LIKE_ESCAPE}'`, params: [wildcardToLike(c.name)] });
  return out;
}
