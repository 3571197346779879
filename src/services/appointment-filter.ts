import type { SelectQueryBuilder } from 'typeorm';
import { parseFilterInstant } from '../domain/dates';
import { parseId } from '../domain/ids';
import { DomainError } from '../errors/domain.error';
import type { AppointmentFilter } from '../graphql/types/appointment-filter.input';
import type { DateTimeRange } from '../graphql/types/date-time-range.input';
import { likeCondition, wildcardToLike } from './like-pattern';

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

const RANGE_COLUMNS = {
  dateCreated: 'a.created_at', lastUpdated: 'a.updated_at', startDate: 'a.start_date', endDate: 'a.end_date',
} as const;
const ID_COLUMNS = { customerId: 'a.customer_id', photographerUserId: 'a.photographer_user_id', orderId: 'a.order_id' } as const;
const FLAG_COLUMNS = { confirmed: 'a.confirmed', cancelled: 'a.cancelled', done: 'a.done' } as const;
const MAX_IDS = 1000;
const MAX_PATTERN = 255;

function parseRange(range: DateTimeRange, field: string): InstantRange {
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
  if (value.length > MAX_PATTERN) throw DomainError.invalidParam(`filter.${field}`, `filter.${field} is longer than ${MAX_PATTERN} characters`);
  return value;
}

/** Validates a filter argument; every fault is invalid-param (or invalid-datetime-format) naming `filter.<field>`. */
export function parseAppointmentFilter(input: AppointmentFilter | null | undefined): AppointmentCriteria {
  const c: AppointmentCriteria = {};
  if (!input) return c;
  if (input.ids != null) {
    if (input.ids.length > MAX_IDS) throw DomainError.invalidParam('filter.ids', `filter.ids holds more than ${MAX_IDS} ids`);
    c.ids = [...new Set(input.ids.map((id) => parseId(id, 'filter.ids')))].sort((x, y) => x - y);
  }
  for (const field of Object.keys(RANGE_COLUMNS) as (keyof typeof RANGE_COLUMNS)[]) {
    const range = input[field];
    if (range != null) c[field] = parseRange(range, field);
  }
  for (const field of ['title', 'customerReference', 'employeeReference'] as const) {
    const value = input[field];
    if (value != null) c[field] = parsePattern(value, field);
  }
  for (const field of Object.keys(ID_COLUMNS) as (keyof typeof ID_COLUMNS)[]) {
    const value = input[field];
    if (value != null) c[field] = parseId(value, `filter.${field}`);
  }
  for (const field of Object.keys(FLAG_COLUMNS) as (keyof typeof FLAG_COLUMNS)[]) {
    const value = input[field];
    if (value != null) c[field] = value;
  }
  if (input.apptType != null) c.apptType = parsePattern(input.apptType, 'apptType');
  return c;
}

/**
 * Adds the criteria to a query over `appointments a`. Each condition is one an index serves on
 * MySQL: ranges on (column, id) indexes, patterns as LIKE with a literal prefix, references as
 * `IN (SELECT id ...)` so the customer/user indexes of appointments are used.
 */
export function applyAppointmentCriteria<T extends object>(qb: SelectQueryBuilder<T>, c: AppointmentCriteria): SelectQueryBuilder<T> {
  if (c.ids) {
    if (c.ids.length === 0) qb.andWhere('1 = 0');
    else qb.andWhere('a.id IN (:...f_ids)', { f_ids: c.ids });
  }
  for (const field of Object.keys(RANGE_COLUMNS) as (keyof typeof RANGE_COLUMNS)[]) {
    const range = c[field];
    if (!range) continue;
    const column = RANGE_COLUMNS[field];
    if (range.lower) qb.andWhere(`${column} ${range.lower.inclusive ? '>=' : '>'} :f_${field}_lo`, { [`f_${field}_lo`]: range.lower.at });
    if (range.upper) qb.andWhere(`${column} ${range.upper.inclusive ? '<=' : '<'} :f_${field}_hi`, { [`f_${field}_hi`]: range.upper.at });
  }
  if (c.title != null) qb.andWhere(likeCondition('a.title', 'f_title'), { f_title: wildcardToLike(c.title) });
  if (c.customerReference != null) {
    qb.andWhere(`a.customer_id IN (SELECT fc.id FROM customers fc WHERE ${likeCondition('fc.reference', 'f_customer_ref')})`,
      { f_customer_ref: wildcardToLike(c.customerReference) });
  }
  if (c.employeeReference != null) {
    qb.andWhere(`a.user_id IN (SELECT fu.id FROM users fu WHERE ${likeCondition('fu.reference', 'f_employee_ref')})`,
      { f_employee_ref: wildcardToLike(c.employeeReference) });
  }
  for (const field of Object.keys(ID_COLUMNS) as (keyof typeof ID_COLUMNS)[]) {
    if (c[field] != null) qb.andWhere(`${ID_COLUMNS[field]} = :f_${field}`, { [`f_${field}`]: c[field] });
  }
  for (const field of Object.keys(FLAG_COLUMNS) as (keyof typeof FLAG_COLUMNS)[]) {
    // Bound as 1/0: the SQLite driver cannot bind a boolean.
    if (c[field] != null) qb.andWhere(`${FLAG_COLUMNS[field]} = :f_${field}`, { [`f_${field}`]: c[field] ? 1 : 0 });
  }
  if (c.apptType != null) qb.andWhere('a.appt_type = :f_appt_type', { f_appt_type: c.apptType });
  return qb;
}
