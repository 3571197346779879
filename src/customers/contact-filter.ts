import { parseIdList, parsePattern } from '../domain/filter-fields';
import type { ContactFilterFields } from './contact.types';

/** A ContactFilter after validation: what the SQL is built from (and what a cursor is tied to). */
export interface ContactCriteria {
  ids?: number[];
  customerIds?: number[];
  /** `*` patterns, matched ignoring ASCII case. */
  name?: string;
  email?: string;
}

/**
 * Validates a filter argument; every fault names `filter.<field>`: invalid-param (more than 1000
 * ids, a pattern over 255 characters), invalid-param-type (an id that is not a positive integer).
 */
export function parseContactFilter(input: ContactFilterFields | null | undefined): ContactCriteria {
  const c: ContactCriteria = {};
  if (!input) return c;
  if (input.ids != null) c.ids = parseIdList(input.ids, 'ids');
  if (input.customerIds != null) c.customerIds = parseIdList(input.customerIds, 'customerIds');
  for (const field of ['name', 'email'] as const) {
    const value = input[field];
    if (value != null) c[field] = parsePattern(value, field);
  }
  return c;
}
