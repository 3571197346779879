import type { Actor } from '../context/actor';
import type { InstantRange } from '../domain/filter-fields';
import type { SortKey } from '../domain/keyset-cursor';
import { SortOrder } from '../domain/sort-order';
import type { Dialect } from './dialect';
import { LIKE_ESCAPE, wildcardToLike } from './like-pattern';
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

/** `column IN (values)` (ids, statuses); an empty list matches nothing. */
export function anyOf(column: string, values: readonly (number | string)[]): Fragment {
  return values.length ? { sql: `${column} IN (${placeholders(values.length)})`, params: [...values] } : { sql: '1 = 0', params: [] };
}

/** The bounds of an instant range on `column` (served by a (column, id) index). */
export function instantRangeConditions(column: string, range: InstantRange): Fragment[] {
  const out: Fragment[] = [];
  if (range.lower) out.push({ sql: `${column} ${range.lower.inclusive ? '>=' : '>'} ?`, params: [range.lower.at] });
  if (range.upper) out.push({ sql: `${column} ${range.upper.inclusive ? '<=' : '<'} ?`, params: [range.upper.at] });
  return out;
}

/** A `*` pattern on `column`, ignoring ASCII case (LIKE under the column's collation on MySQL, SQLite's LIKE). */
export function patternIgnoringCase(column: string, pattern: string): Fragment {
  return { sql: `${column} LIKE ? ESCAPE '${LIKE_ESCAPE}'`, params: [wildcardToLike(pattern)] };
}

/** A `*` pattern on a reference column, byte for byte, as references compare everywhere (the dialect says how). */
export function exactPattern(dialect: Dialect, column: string, pattern: string): Fragment {
  return dialect.likeExactly(column, wildcardToLike(pattern), LIKE_ESCAPE);
}

/**
 * `column` (a pointer to `table`) names a row whose reference matches the `*` pattern byte for
 * byte: `IN (SELECT id …)`, so the pointer's index and the reference's index are both used.
 */
export function referencePatternIn(dialect: Dialect, column: string, table: string, pattern: string): Fragment {
  const alias = `r_${table}`;
  const match = exactPattern(dialect, `${alias}.reference`, pattern);
  return { sql: `${column} IN (SELECT ${alias}.id FROM ${table} ${alias} WHERE ${match.sql})`, params: match.params };
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

/**
 * The `ORDER BY` of a keyset page after `afterKey` (undefined: the first page). After a null key
 * in descending order only rows with a null key remain, ordered by id alone: said so, because
 * MariaDB does not take `key IS NULL` for a constant and would sort them all instead of reading
 * the (key, id) index backwards.
 */
export function keysetOrderBy(sort: SortKey, order: SortOrder, afterKey: string | number | null | undefined, idColumn: string): string {
  return afterKey === null && sort.nullable && order === SortOrder.DESC
    ? `ORDER BY ${idColumn} DESC`
    : orderByClause(sort, order, idColumn);
}
