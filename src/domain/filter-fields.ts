import { parseFilterInstant } from './dates';
import { parseId } from './ids';
import { DomainError } from '../errors/domain.error';

/*
 * The validation every list filter shares: id lists, `*` patterns and instant ranges. Each
 * fault names `filter.<field>` (a range's bound: `filter.<field>.<gt|gte|lt|lte>`).
 */

/** The most ids a filter's id list may hold. */
export const MAX_FILTER_IDS = 1000;
/** The longest pattern a filter takes. */
export const MAX_PATTERN = 255;

/** An instant range as a client sends it (ISO-8601 strings), before validation. */
export interface DateTimeRangeFields {
  gt?: string | null;
  gte?: string | null;
  lt?: string | null;
  lte?: string | null;
}

/** A validated instant range: at most one lower and one upper bound. */
export interface InstantRange {
  lower?: { at: Date; inclusive: boolean };
  upper?: { at: Date; inclusive: boolean };
}

/** An id list, deduplicated and ascending; more than MAX_FILTER_IDS is invalid-param, a bad id invalid-param-type. */
export function parseIdList(ids: readonly (string | number)[], field: string): number[] {
  const param = `filter.${field}`;
  if (ids.length > MAX_FILTER_IDS) throw DomainError.invalidParam(param, `${param} holds more than ${MAX_FILTER_IDS} ids`);
  return [...new Set(ids.map((id) => parseId(id, param)))].sort((x, y) => x - y);
}

/** A `*` pattern as sent; longer than MAX_PATTERN is invalid-param. */
export function parsePattern(value: string, field: string): string {
  const param = `filter.${field}`;
  if (value.length > MAX_PATTERN) throw DomainError.invalidParam(param, `${param} is longer than ${MAX_PATTERN} characters`);
  return value;
}

/**
 * An instant range: gt and gte (or lt and lte) together, or a range nothing can match, is
 * invalid-param; a bound that is not an ISO-8601 instant is invalid-datetime-format.
 */
export function parseInstantRange(range: DateTimeRangeFields, field: string): InstantRange {
  const param = `filter.${field}`;
  if (range.gt != null && range.gte != null) throw DomainError.invalidParam(param, `${param}: give gt or gte, not both`);
  if (range.lt != null && range.lte != null) throw DomainError.invalidParam(param, `${param}: give lt or lte, not both`);
  const bound = (value: string | null | undefined, op: string, inclusive: boolean) =>
    value == null ? undefined : { at: parseFilterInstant(value, `${param}.${op}`), inclusive };
  const out: InstantRange = {
    lower: bound(range.gt, 'gt', false) ?? bound(range.gte, 'gte', true),
    upper: bound(range.lt, 'lt', false) ?? bound(range.lte, 'lte', true),
  };
  const { lower, upper } = out;
  if (lower && upper) {
    const [lo, hi] = [lower.at.getTime(), upper.at.getTime()];
    if (lo > hi || (lo === hi && !(lower.inclusive && upper.inclusive))) {
      throw DomainError.invalidParam(param, `${param}: the range is empty (its lower bound is not before its upper bound)`);
    }
  }
  return out;
}
