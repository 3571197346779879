import { parseFilterInstant } from '../domain/dates';
import { parseId } from '../domain/ids';
import { DomainError } from '../errors/domain.error';
import type { AppointmentFilterFields, DateTimeRangeFields } from './appointment.types';

/** A validated instant range: at most one lower and one upper bound. */
export interface InstantRange {
  lower?: { at: Date; inclusive: boolean };
  upper?: { at: Date; inclusive: boolean };
}

/** An AppointmentFilter after validation: what the SQL is built from (and what a cursor is tied to). */
export interface AppointmentCriteria {
  ids?: number[];
  dateCreated?: InstantRange;
  lastUpdated?: InstantRange;
  startDate?: InstantRange;
  endDate?: InstantRange;
  title?: string;
  customerReference?: string;
  employeeReference?: string;
  customerId?: number;
  photographerUserId?: number;
  orderId?: number;
  confirmed?: boolean;
  cancelled?: boolean;
  done?: boolean;
  apptType?: string;
}

const RANGES = ['dateCreated', 'lastUpdated', 'startDate', 'endDate'] as const;
const IDS = ['customerId', 'photographerUserId', 'orderId'] as const;
const FLAGS = ['confirmed', 'cancelled', 'done'] as const;
const MAX_IDS = 1000;
const MAX_PATTERN = 255;

function parseRange(range: DateTimeRangeFields, field: string): InstantRange {
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

function parsePattern(value: string, field: string): string {
  if (value.length > MAX_PATTERN)
    throw DomainError.invalidParam(`filter.${field}`, `filter.${field} is longer than ${MAX_PATTERN} characters`);
  return value;
}

/** Validates a filter argument; every fault is invalid-param (or invalid-datetime-format) naming `filter.<field>`. */
export function parseAppointmentFilter(input: AppointmentFilterFields | null | undefined): AppointmentCriteria {
  const c: AppointmentCriteria = {};
  if (!input) return c;
  if (input.ids != null) {
    if (input.ids.length > MAX_IDS) throw DomainError.invalidParam('filter.ids', `filter.ids holds more than ${MAX_IDS} ids`);
    c.ids = [...new Set(input.ids.map((id) => parseId(id, 'filter.ids')))].sort((x, y) => x - y);
  }
  for (const field of RANGES) {
    const range = input[field];
    if (range != null) c[field] = parseRange(range, field);
  }
  for (const field of ['title', 'customerReference', 'employeeReference'] as const) {
    const value = input[field];
    if (value != null) c[field] = parsePattern(value, field);
  }
  for (const field of IDS) {
    const value = input[field];
    if (value != null) c[field] = parseId(value, `filter.${field}`);
  }
  for (const field of FLAGS) {
    const value = input[field];
    if (value != null) c[field] = value;
  }
  if (input.apptType != null) c.apptType = parsePattern(input.apptType, 'apptType');
  return c;
}
