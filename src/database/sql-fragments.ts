import type { Actor } from '../context/actor';
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
