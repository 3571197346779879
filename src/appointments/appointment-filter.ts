import { InstantRange, parseIdList, parseInstantRange, parsePattern } from '../domain/filter-fields';
import { parseId } from '../domain/ids';
import type { AppointmentFilterFields } from './appointment.types';

export type { InstantRange };

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

/** Validates a filter argument; every fault is invalid-param (or invalid-datetime-format) naming `filter.<field>`. */
export function parseAppointmentFilter(input: AppointmentFilterFields | null | undefined): AppointmentCriteria {
  const c: AppointmentCriteria = {};
  if (!input) return c;
  if (input.ids != null) c.ids = parseIdList(input.ids, 'ids');
  for (const field of RANGES) {
    const range = input[field];
    if (range != null) c[field] = parseInstantRange(range, field);
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
