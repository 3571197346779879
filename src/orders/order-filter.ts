import { InstantRange, parseIdList, parseInstantRange, parsePattern } from '../domain/filter-fields';
import { parseId } from '../domain/ids';
import { DomainError } from '../errors/domain.error';
import { ORDER_STATUSES, OrderFilterFields } from './order.types';

/** An OrderFilter after validation: what the SQL is built from (and what a cursor is tied to). */
export interface OrderCriteria {
  ids?: number[];
  customerId?: number;
  customerIds?: number[];
  /** `*` patterns, matched byte for byte (as references compare everywhere). */
  customerReference?: string;
  reference?: string;
  status?: string[];
  signedOff?: boolean;
  createdAt?: InstantRange;
  lastUpdated?: InstantRange;
  signedOffAt?: InstantRange;
}

const RANGES = ['createdAt', 'lastUpdated', 'signedOffAt'] as const;

/** Statuses deduplicated and sorted (a cursor is tied to the filter's meaning, not its spelling); an unknown one is invalid-param. */
function parseStatuses(values: readonly string[]): string[] {
  const known: readonly string[] = ORDER_STATUSES;
  const unknown = values.find((v) => !known.includes(v));
  if (unknown !== undefined) {
    throw DomainError.invalidParam('filter.status', `filter.status: ${unknown} is not one of ${ORDER_STATUSES.join(', ')}`);
  }
  return [...new Set(values)].sort();
}

/**
 * Validates a filter argument; every fault names `filter.<field>`: invalid-param (too many ids, a
 * pattern too long, an unknown status, an empty range), invalid-param-type (an id that is not a
 * positive integer), invalid-datetime-format (a bound that is not an ISO-8601 instant).
 */
export function parseOrderFilter(input: OrderFilterFields | null | undefined): OrderCriteria {
  const c: OrderCriteria = {};
  if (!input) return c;
  if (input.ids != null) c.ids = parseIdList(input.ids, 'ids');
  if (input.customerId != null) c.customerId = parseId(input.customerId, 'filter.customerId');
  if (input.customerIds != null) c.customerIds = parseIdList(input.customerIds, 'customerIds');
  for (const field of ['customerReference', 'reference'] as const) {
    const value = input[field];
    if (value != null) c[field] = parsePattern(value, field);
  }
  if (input.status != null) c.status = parseStatuses(input.status);
  if (input.signedOff != null) c.signedOff = input.signedOff;
  for (const field of RANGES) {
    const range = input[field];
    if (range != null) c[field] = parseInstantRange(range, field);
  }
  return c;
}
