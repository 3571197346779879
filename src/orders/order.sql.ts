import type { Actor } from '../context/actor';
import type { Dialect } from '../database/dialect';
import { anyOf, customerScope, exactPattern, Fragment, instantRangeConditions, referencePatternIn } from '../database/sql-fragments';
import type { OrderCriteria } from './order-filter';

/*
 * The SQL of order reads, as fragments over the alias `o` with `?` parameters, for the order
 * repository alone to assemble and send. Each condition is one an index serves on MySQL
 * (test/order-explain.test.ts).
 */

const RANGE_COLUMNS = { createdAt: 'o.created_at', lastUpdated: 'o.updated_at', signedOffAt: 'o.signed_off_at' } as const;

/** The orders the actor may see: those of their customers (the shared customer scope). */
export function orderScope(actor: Actor): Fragment | null {
  return customerScope(actor, 'o.customer_id');
}

/**
 * The conditions of a validated filter: ids, customers and statuses as IN lists, reference
 * patterns byte for byte (the customer's through `IN (SELECT id …)`), signedOff on whether
 * signed_off_at is set, ranges on their (column, id) indexes.
 */
export function orderConditions(c: OrderCriteria, dialect: Dialect): Fragment[] {
  const out: Fragment[] = [];
  if (c.ids) out.push(anyOf('o.id', c.ids));
  if (c.customerId != null) out.push({ sql: 'o.customer_id = ?', params: [c.customerId] });
  if (c.customerIds) out.push(anyOf('o.customer_id', c.customerIds));
  if (c.customerReference != null) out.push(referencePatternIn(dialect, 'o.customer_id', 'customers', c.customerReference));
  if (c.reference != null) out.push(exactPattern(dialect, 'o.reference', c.reference));
  if (c.status) out.push(anyOf('o.status', c.status));
  if (c.signedOff != null) out.push({ sql: `o.signed_off_at IS ${c.signedOff ? 'NOT NULL' : 'NULL'}`, params: [] });
  for (const field of Object.keys(RANGE_COLUMNS) as (keyof typeof RANGE_COLUMNS)[]) {
    const range = c[field];
    if (range) out.push(...instantRangeConditions(RANGE_COLUMNS[field], range));
  }
  return out;
}
