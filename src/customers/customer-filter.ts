import { parseId } from '../domain/ids';
import { DomainError } from '../errors/domain.error';
import type { CustomerFilterFields } from './customer.types';

/** A CustomerFilter after validation: what the SQL is built from. */
export interface CustomerCriteria {
  ids?: number[];
  /** A `*` pattern, matched byte for byte (as references compare everywhere). */
  reference?: string;
  /** A `*` pattern, matched ignoring ASCII case. */
  name?: string;
}

const MAX_IDS = 1000;
const MAX_PATTERN = 255;

/** Validates a filter argument; every fault is invalid-param (or invalid-param-type) naming `filter.<field>`. */
export function parseCustomerFilter(input: CustomerFilterFields | null | undefined): CustomerCriteria {
  const c: CustomerCriteria = {};
  if (!input) return c;
  if (input.ids != null) {
    if (input.ids.length > MAX_IDS) throw DomainError.invalidParam('filter.ids', `filter.ids holds more than ${MAX_IDS} ids`);
    c.ids = [...new Set(input.ids.map((id) => parseId(id, 'filter.ids')))].sort((x, y) => x - y);
  }
  for (const field of ['reference', 'name'] as const) {
    const value = input[field];
    if (value == null) continue;
    if (value.length > MAX_PATTERN) {
      throw DomainError.invalidParam(`filter.${field}`, `filter.${field} is longer than ${MAX_PATTERN} characters`);
    }
    c[field] = value;
  }
  return c;
}
