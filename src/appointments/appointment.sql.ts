import type { Actor } from '../context/actor';
import type { Dialect } from '../database/dialect';
import { customerScope, Fragment, anyOf, instantRangeConditions, patternIgnoringCase, referencePatternIn } from '../database/sql-fragments';

export { whereClause } from '../database/sql-fragments';
export type { Fragment };
import type { AppointmentCriteria } from './appointment-filter';
import type { Appointment } from '../database/entities';

/*
 * The SQL of appointment reads, as fragments over the alias `a` with `?` parameters, for the
 * appointment repository alone to assemble and send. Built as plain strings (no query builder):
 * each condition is one an index serves on MySQL (test/appointment-explain.test.ts).
 */

const RANGE_COLUMNS = {
  dateCreated: 'a.created_at',
  lastUpdated: 'a.updated_at',
  startDate: 'a.start_date',
  endDate: 'a.end_date',
} as const;
const ID_COLUMNS = { customerId: 'a.customer_id', photographerUserId: 'a.photographer_user_id', orderId: 'a.order_id' } as const;
const FLAG_COLUMNS = { confirmed: 'a.confirmed', cancelled: 'a.cancelled', done: 'a.done' } as const;

/** The filter fields judged by an id's equality alone (criteriaConditions: `a.id IN`, ID_COLUMNS). */
const ID_FIELDS = new Set<string>(['ids', ...Object.keys(ID_COLUMNS)]);

/**
 * A filter of ids alone, as a test of a row read already: the same answer as its
 * criteriaConditions in SQL (an integer column's equality; a null never matches), without
 * asking the database again. Null for a filter with any other condition: SQL judges those
 * (patterns, ranges, flags and the appointment type compare as the database does).
 */
export function rowMatcher(c: AppointmentCriteria): ((row: Pick<Appointment, 'id' | keyof typeof ID_COLUMNS>) => boolean) | null {
  const fields = Object.keys(c).filter((k) => c[k as keyof AppointmentCriteria] != null);
  if (!fields.every((k) => ID_FIELDS.has(k))) return null;
  const ids = c.ids ? new Set(c.ids) : null;
  const equal = (Object.keys(ID_COLUMNS) as (keyof typeof ID_COLUMNS)[]).filter((k) => c[k] != null);
  return (row) => (ids === null || ids.has(row.id)) && equal.every((k) => row[k] === c[k]);
}

/** The appointments the actor may see: those of their customers (the shared customer scope). */
export function scopeCondition(actor: Actor): Fragment | null {
  return customerScope(actor, 'a.customer_id');
}

/**
 * The conditions of a validated filter: ranges on (column, id) indexes, patterns as LIKE with
 * a literal prefix, references as `IN (SELECT id ...)` so the customer/user indexes are used.
 * A title pattern ignores ASCII case; a reference pattern matches byte for byte, as references
 * compare everywhere else (the dialect says how).
 */
export function criteriaConditions(c: AppointmentCriteria, dialect: Dialect): Fragment[] {
  const out: Fragment[] = [];
  if (c.ids) out.push(anyOf('a.id', c.ids));
  for (const field of Object.keys(RANGE_COLUMNS) as (keyof typeof RANGE_COLUMNS)[]) {
    const range = c[field];
    if (range) out.push(...instantRangeConditions(RANGE_COLUMNS[field], range));
  }
  if (c.title != null) out.push(patternIgnoringCase('a.title', c.title));
  if (c.customerReference != null) out.push(referencePatternIn(dialect, 'a.customer_id', 'customers', c.customerReference));
  if (c.employeeReference != null) out.push(referencePatternIn(dialect, 'a.user_id', 'users', c.employeeReference));
  for (const field of Object.keys(ID_COLUMNS) as (keyof typeof ID_COLUMNS)[]) {
    if (c[field] != null) out.push({ sql: `${ID_COLUMNS[field]} = ?`, params: [c[field]] });
  }
  // Flags bound as 1/0 on every database.
  for (const field of Object.keys(FLAG_COLUMNS) as (keyof typeof FLAG_COLUMNS)[]) {
    if (c[field] != null) out.push({ sql: `${FLAG_COLUMNS[field]} = ?`, params: [c[field] ? 1 : 0] });
  }
  if (c.apptType != null) out.push({ sql: 'a.appt_type = ?', params: [c.apptType] });
  return out;
}
