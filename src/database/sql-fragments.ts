import type { Actor } from '../context/actor';
import type { SortKey } from '../domain/keyset-cursor';
import { SortOrder } from '../domain/sort-order';
import { placeholders } from './statements';

/*
 * Pieces of SQL that repositories assemble their statements from: a condition with its `?`
 * parameters, the WHERE of several, and the one customer-scope condition every row rule that
 * filters in SQL uses.
 */

/** A piece of SQL and its parameters, in order. */
export interface Fragment {
  sql: string;
  params: unknown[];
}

/**
 * The rows the actor may see, as a condition on `column` (the row's customer id): none for roles
 * that see every row, nothing at all for an empty scope.
 */
export function customerScope(actor: Actor, column: string): Fragment | null {
  const scope = actor.customerIds;
  if (scope === null) return null;
  if (scope.length === 0) return { sql: '1 = 0', params: [] };
  return { sql: `${column} IN (${placeholders(scope.length)})`, params: [...scope] };
}

/** `WHERE …` joining fragments with AND (empty when there are none), and their parameters in order. */
export function whereClause(fragments: (Fragment | null)[]): Fragment {
  const parts = fragments.filter((f): f is Fragment => f !== null);
  return parts.length
    ? { sql: `WHERE ${parts.map((f) => f.sql).join(' AND ')}`, params: parts.flatMap((f) => f.params) }
    : { sql: '', params: [] };
}

/** SQL's own direction keyword for a SortOrder. */
export function direction(order: SortOrder): 'ASC' | 'DESC' {
  return order === SortOrder.DESC ? 'DESC' : 'ASC';
}

/**
 * The rows strictly after (key, id) in the order `column dir, id dir`, where `idColumn` is the
 * row's id as the statement names it (a.id). NULL keys sort first ascending and last descending,
 * as MySQL, MariaDB and SQLite all do natively.
 */
export function keysetCondition(sort: SortKey, order: SortOrder, key: string | number | null, id: number, idColumn: string): Fragment {
  const op = order === SortOrder.DESC ? '<' : '>';
  if (sort.kind === 'id') return { sql: `${idColumn} ${op} ?`, params: [id] };
  const k = sort.column;
  if (key === null) {
    return order === SortOrder.DESC
      ? { sql: `(${k} IS NULL AND ${idColumn} < ?)`, params: [id] }
      : { sql: `((${k} IS NULL AND ${idColumn} > ?) OR ${k} IS NOT NULL)`, params: [id] };
  }
  const value = sort.kind === 'instant' ? new Date(key as string) : key;
  if (sort.unique) return { sql: `${k} ${op} ?`, params: [value] };
  const after = `${k} ${op} ? OR (${k} = ? AND ${idColumn} ${op} ?)`;
  return { sql: sort.nullable && order === SortOrder.DESC ? `(${after} OR ${k} IS NULL)` : `(${after})`, params: [value, value, id] };
}

/** `ORDER BY` for a sort: the key, then the id (`idColumn`), both in the order's direction (a unique key needs no id). */
export function orderByClause(sort: SortKey, order: SortOrder, idColumn: string): string {
  const dir = direction(order);
  if (sort.kind === 'id') return `ORDER BY ${idColumn} ${dir}`;
  return sort.unique ? `ORDER BY ${sort.column} ${dir}` : `ORDER BY ${sort.column} ${dir}, ${idColumn} ${dir}`;
}
