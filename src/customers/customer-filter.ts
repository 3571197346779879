import { parseIdList, parsePattern } from '../domain/filter-fields';
import type { CustomerFilterFields } from './customer.types';

/** A CustomerFilter after validation: what the SQL is built from. */
export interface CustomerCriteria {
  ids?: number[];
  /** A `*` pattern, matched byte for byte (as references compare everywhere). */
  reference?: string;
  /** A `*` pattern, matched ignoring ASCII case. */
  name?: string;
}

/** Validates a filter argument; every fault is invalid-param (or invalid-param-type) naming `filter.<field>`. */
export function parseCustomerFilter(input: CustomerFilterFields | null | undefined): CustomerCriteria {
  const c: CustomerCriteria = {};
  if (!input) return c;
  if (input.ids != null) c.ids = parseIdList(input.ids, 'ids');
  for (const field of ['reference', 'name'] as const) {
    const value = input[field];
    if (value != null) c[field] = parsePattern(value, field);
  }
  return c;
}
