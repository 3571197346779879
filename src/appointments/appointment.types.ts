import { SortOrder } from '../domain/sort-order';
import type { ConnectionPage, OffsetPage } from '../domain/list-pages';
import type { Appointment } from '../database/entities';

/*
 * The plain types appointment services take and return. The GraphQL layer maps its inputs to
 * them (structurally: its input classes have these shapes) and registers the enums.
 */

/** The orders a list of appointments can be sorted in; ties are always broken by id. */
export enum AppointmentSort {
  ID = 'ID',
  DATE_CREATED = 'DATE_CREATED',
  LAST_UPDATED = 'LAST_UPDATED',
  START_DATE = 'START_DATE',
  END_DATE = 'END_DATE',
  TITLE = 'TITLE',
  REFERENCE = 'REFERENCE',
}

export { SortOrder };

/** What an upsert did. */
export enum UpsertOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}

/** An instant range as a client sends it (ISO-8601 strings), before validation. */
export interface DateTimeRangeFields {
  gt?: string | null;
  gte?: string | null;
  lt?: string | null;
  lte?: string | null;
}

/** A list filter as a client sends it, before validation (appointment-filter.ts). */
export interface AppointmentFilterFields {
  ids?: string[] | null;
  dateCreated?: DateTimeRangeFields | null;
  lastUpdated?: DateTimeRangeFields | null;
  startDate?: DateTimeRangeFields | null;
  endDate?: DateTimeRangeFields | null;
  title?: string | null;
  customerReference?: string | null;
  employeeReference?: string | null;
  customerId?: string | null;
  photographerUserId?: string | null;
  orderId?: string | null;
  confirmed?: boolean | null;
  cancelled?: boolean | null;
  done?: boolean | null;
  apptType?: string | null;
}

/** The arguments of an offset page; null stands for the default, as an omitted argument does. */
export interface AppointmentListArgs {
  filter?: AppointmentFilterFields | null;
  max?: number | null;
  offset?: number | null;
  sort?: AppointmentSort | null;
  order?: SortOrder | null;
}

/** The arguments of a keyset page. */
export interface AppointmentConnectionArgs {
  filter?: AppointmentFilterFields | null;
  first?: number | null;
  after?: string | null;
  sort?: AppointmentSort | null;
  order?: SortOrder | null;
}

export type AppointmentPageResult = OffsetPage<Appointment>;
export type AppointmentConnectionResult = ConnectionPage<Appointment>;

export interface UpsertResult {
  appointment: Appointment;
  outcome: UpsertOutcome;
}

export interface DeleteResult {
  success: true;
  id: number;
}
