import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** An application a request can act in (the seed's application_view). */
export type Application = {
  __typename?: 'Application';
  name: Scalars['String']['output'];
  /** planoauth, planoorder or planox2: the X-Application header's value. */
  slug: Scalars['String']['output'];
};

/** An appointment: every column of the scheduling system, and its relations. */
export type Appointment = {
  __typename?: 'Appointment';
  allday: Scalars['Boolean']['output'];
  appointmentCategory?: Maybe<AppointmentCategory>;
  appointmentCategoryId?: Maybe<Scalars['ID']['output']>;
  apptType?: Maybe<Scalars['String']['output']>;
  cancelNote?: Maybe<Scalars['String']['output']>;
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelled: Scalars['Boolean']['output'];
  confirmed: Scalars['Boolean']['output'];
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  confirmedBy?: Maybe<Scalars['String']['output']>;
  contacts: Array<Contact>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy?: Maybe<Scalars['String']['output']>;
  createdIn?: Maybe<Scalars['String']['output']>;
  customer?: Maybe<Customer>;
  customerId?: Maybe<Scalars['ID']['output']>;
  /** The same instant as createdAt (the CRM API's name). */
  dateCreated: Scalars['DateTimeISO']['output'];
  /** YYYY-MM-DD, in the shoot location's time zone. */
  dateStartLocal?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD, in the office's time zone. */
  dateStartOffice?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD of startDate in UTC. */
  dateStartUtc: Scalars['String']['output'];
  dateStopLocal?: Maybe<Scalars['String']['output']>;
  dateStopOffice?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD of endDate in UTC. */
  dateStopUtc: Scalars['String']['output'];
  deliveryType?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  done: Scalars['Boolean']['output'];
  /** End instant (UTC). */
  endDate: Scalars['DateTimeISO']['output'];
  /** The FileMaker app's own id for the appointment. */
  fmApptId?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The same instant as updatedAt (the CRM API's name). */
  lastUpdated: Scalars['DateTimeISO']['output'];
  location?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  /** What a notification email about the appointment says. */
  notificationParameters: NotificationParameters;
  onSiteCancel: Scalars['Boolean']['output'];
  optional: Scalars['Boolean']['output'];
  order?: Maybe<Order>;
  orderId?: Maybe<Scalars['ID']['output']>;
  orderRequestApptId?: Maybe<Scalars['Int']['output']>;
  orderRequestId?: Maybe<Scalars['Int']['output']>;
  organization?: Maybe<Scalars['String']['output']>;
  photographer?: Maybe<User>;
  photographerName?: Maybe<Scalars['String']['output']>;
  photographerUserId?: Maybe<Scalars['ID']['output']>;
  readyToSchedule: Scalars['Boolean']['output'];
  /** The external reference an integration knows it by (unique). */
  reference?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  requestedDate?: Maybe<Scalars['String']['output']>;
  /** HH:MM:SS */
  requestedTime?: Maybe<Scalars['String']['output']>;
  sameDayCancel: Scalars['Boolean']['output'];
  /** When the appointment's order was signed off for it. */
  signedOffAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Start instant (UTC). */
  startDate: Scalars['DateTimeISO']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  timeDuration?: Maybe<Scalars['String']['output']>;
  /** Duration in seconds. */
  timeDurationS?: Maybe<Scalars['Int']['output']>;
  /** HH:MM:SS, in the shoot location's time zone. */
  timeStartLocal?: Maybe<Scalars['String']['output']>;
  timeStartOffice?: Maybe<Scalars['String']['output']>;
  /** HH:MM:SS of startDate in UTC. */
  timeStartUtc: Scalars['String']['output'];
  timeStopLocal?: Maybe<Scalars['String']['output']>;
  timeStopOffice?: Maybe<Scalars['String']['output']>;
  /** HH:MM:SS of endDate in UTC. */
  timeStopUtc: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The concurrency stamp: changes on every write. Send it back as UpdateAppointmentInput.updatedAtMt. */
  updatedAtMt: Scalars['String']['output'];
  updatedBy?: Maybe<Scalars['String']['output']>;
  updatedIn?: Maybe<Scalars['String']['output']>;
  /** The employee responsible, with their reference. */
  user?: Maybe<User>;
  /** The employee responsible (the CRM API's user). */
  userId?: Maybe<Scalars['ID']['output']>;
  /** The appointment's UUID (the Read API's _id). */
  uuid: Scalars['String']['output'];
  /** Last day of the scheduling window, YYYY-MM-DD. */
  windowDateEnd?: Maybe<Scalars['String']['output']>;
  /** First day of the scheduling window, YYYY-MM-DD. */
  windowDateStart?: Maybe<Scalars['String']['output']>;
  /** Window end, minutes after midnight. */
  windowTimeEnd?: Maybe<Scalars['Int']['output']>;
  /** Window start, minutes after midnight. */
  windowTimeStart?: Maybe<Scalars['Int']['output']>;
};

/** What kind of appointment this is (a shoot, a meeting, a phone call). */
export type AppointmentCategory = {
  __typename?: 'AppointmentCategory';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  reference: Scalars['String']['output'];
};

/** A keyset-paged list of appointments (Relay connection): every page costs what the first does. */
export type AppointmentConnection = {
  __typename?: 'AppointmentConnection';
  edges: Array<AppointmentEdge>;
  nodes: Array<Appointment>;
  pageInfo: PageInfo;
  /** How many appointments match the filter over all pages (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One appointment of a connection page, with the cursor to continue after it. */
export type AppointmentEdge = {
  __typename?: 'AppointmentEdge';
  cursor: Scalars['String']['output'];
  node: Appointment;
};

/** Which appointments to list. Every field given must hold (they are ANDed). */
export type AppointmentFilter = {
  /** The appointment type, exactly (e.g. shoot). */
  apptType?: InputMaybe<Scalars['String']['input']>;
  cancelled?: InputMaybe<Scalars['Boolean']['input']>;
  confirmed?: InputMaybe<Scalars['Boolean']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** The reference of the appointment's customer. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching ignores ASCII case. */
  customerReference?: InputMaybe<Scalars['String']['input']>;
  dateCreated?: InputMaybe<DateTimeRange>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** The reference of the appointment's employee (user). A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching ignores ASCII case. */
  employeeReference?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<DateTimeRange>;
  /** Only these appointments (at most 1000 ids). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  lastUpdated?: InputMaybe<DateTimeRange>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  photographerUserId?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<DateTimeRange>;
  /** The title. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching ignores ASCII case. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** One offset page of appointments, with the total over all pages. */
export type AppointmentPage = {
  __typename?: 'AppointmentPage';
  data: Array<Appointment>;
  paging: Paging;
};

/** The field a list of appointments is sorted by; rows with equal values are ordered by id, in the same direction. */
export type AppointmentSort =
  | 'DATE_CREATED'
  | 'END_DATE'
  | 'ID'
  | 'LAST_UPDATED'
  /** Appointments without a reference come first in ASC and last in DESC. */
  | 'REFERENCE'
  | 'START_DATE'
  | 'TITLE';

/** A person at the customer to be reached about an appointment. */
export type Contact = {
  __typename?: 'Contact';
  customerId?: Maybe<Scalars['ID']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

/** A new appointment: title and the start/end instants (startDate/endDate or their *Utc date+time pairs) are required. */
export type CreateAppointmentInput = {
  allday?: InputMaybe<Scalars['Boolean']['input']>;
  /** An existing appointment category. */
  appointmentCategoryId?: InputMaybe<Scalars['ID']['input']>;
  apptType?: InputMaybe<Scalars['String']['input']>;
  cancelled?: InputMaybe<Scalars['Boolean']['input']>;
  confirmed?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO-8601 instant with offset. */
  confirmedAt?: InputMaybe<Scalars['String']['input']>;
  confirmedBy?: InputMaybe<Scalars['String']['input']>;
  /** Contact ids; replaces the whole list. null or [] clears it. */
  contacts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** An existing customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStartLocal?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStartOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC date of startDate (another view of it; must agree when both are sent). */
  dateStartUtc?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStopLocal?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStopOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC date of endDate (another view of it; must agree when both are sent). */
  dateStopUtc?: InputMaybe<Scalars['String']['input']>;
  deliveryType?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** End instant, ISO-8601 with offset. Or send dateStopUtc + timeStopUtc. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  fmApptId?: InputMaybe<Scalars['Int']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  onSiteCancel?: InputMaybe<Scalars['Boolean']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
  /** An existing order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  orderRequestApptId?: InputMaybe<Scalars['Int']['input']>;
  orderRequestId?: InputMaybe<Scalars['Int']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  photographerName?: InputMaybe<Scalars['String']['input']>;
  /** The photographer's user id. */
  photographerUserId?: InputMaybe<Scalars['ID']['input']>;
  readyToSchedule?: InputMaybe<Scalars['Boolean']['input']>;
  /** The external reference (unique). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  requestedDate?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  requestedTime?: InputMaybe<Scalars['String']['input']>;
  sameDayCancel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start instant, ISO-8601 with offset (2016-10-09T08:10:00Z). Or send dateStartUtc + timeStartUtc. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  timeDuration?: InputMaybe<Scalars['String']['input']>;
  /** Duration in seconds, 0 or more. */
  timeDurationS?: InputMaybe<Scalars['Int']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStartLocal?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStartOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC time of startDate, HH:MM:SS. */
  timeStartUtc?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStopLocal?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStopOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC time of endDate, HH:MM:SS. */
  timeStopUtc?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** The employee responsible: a user id. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of the scheduling window, YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  windowDateEnd?: InputMaybe<Scalars['String']['input']>;
  /** First day of the scheduling window, YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  windowDateStart?: InputMaybe<Scalars['String']['input']>;
  /** Window end, minutes after midnight (0..1439). */
  windowTimeEnd?: InputMaybe<Scalars['Int']['input']>;
  /** Window start, minutes after midnight (0..1439). */
  windowTimeStart?: InputMaybe<Scalars['Int']['input']>;
};

/** A customer of the business: the party an appointment is for. */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The customer's external reference (unique). */
  reference: Scalars['String']['output'];
};

/** Bounds on an instant, each an ISO-8601 instant such as 2016-08-15T14:52:48Z. At most one lower bound (gt or gte) and one upper bound (lt or lte); a range nothing can match is invalid-param. */
export type DateTimeRange = {
  /** Strictly after this instant. */
  gt?: InputMaybe<Scalars['String']['input']>;
  /** At or after this instant. */
  gte?: InputMaybe<Scalars['String']['input']>;
  /** Strictly before this instant. */
  lt?: InputMaybe<Scalars['String']['input']>;
  /** At or before this instant. */
  lte?: InputMaybe<Scalars['String']['input']>;
};

/** The result of a delete: success is always true (a refused delete is an error). */
export type DeleteAppointmentPayload = {
  __typename?: 'DeleteAppointmentPayload';
  /** The id the deleted appointment had. */
  id: Scalars['ID']['output'];
  success: Scalars['Boolean']['output'];
};

/** One entry of the error catalog. */
export type ErrorCatalogEntry = {
  __typename?: 'ErrorCatalogEntry';
  code: ErrorCode;
  description: Scalars['String']['output'];
  /** The HTTP status the seeds document for it. */
  status: Scalars['Int']['output'];
  /** The value in extensions.code, e.g. missing-param. */
  value: Scalars['String']['output'];
};

/** The codes found in errors[].extensions.code (as their kebab-case values, e.g. missing-param). */
export type ErrorCode =
  | 'APPLICATION_CRASH'
  | 'CLIENT_REQUIRED'
  | 'DATABASE_UNAVAILABLE'
  | 'DATE_VALIDATION_ERROR'
  | 'DELETE_FAILED'
  | 'INVALID_CONTENT_TYPE'
  | 'INVALID_DATETIME_FORMAT'
  | 'INVALID_ENCODED_PARAMS'
  | 'INVALID_PARAM'
  | 'INVALID_PARAM_TYPE'
  | 'INVALID_QUERY'
  | 'INVALID_TOKEN'
  | 'MANDRILL_EMAIL_FAILED'
  | 'MISSING_PARAM'
  | 'NOT_FOUND'
  | 'NO_PARAMS_DECODED'
  | 'PAYLOAD_TOO_LARGE'
  | 'PERMISSION_DENIED'
  | 'QUERY_TOO_COMPLEX'
  | 'RESPONSE_TOO_LARGE'
  | 'ROUTE_NON_EXISTENT'
  | 'SAVE_FAILED'
  | 'SESSION_EXPIRED'
  | 'STALE_UPDATE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an appointment. Needs title, startDate and endDate (or their *Utc date+time pairs). */
  createAppointment: Appointment;
  /** Deletes an appointment and its contact links; a signed-off one is refused (delete-failed). */
  deleteAppointment: DeleteAppointmentPayload;
  /** deleteAppointment, naming the appointment by its external reference. */
  deleteAppointmentByReference: DeleteAppointmentPayload;
  /** Signs an order off after the shoot: notes, line items, the appointment (done, or cancelled with a reason) and a history entry, in one transaction. Needs the order's current updatedAt; any failure changes nothing. */
  signOffOrder: SignOffOrderPayload;
  /** Partially updates an appointment; input.updatedAtMt must be its current stamp (else stale-update). */
  updateAppointment: Appointment;
  /** updateAppointment, naming the appointment by its external reference. */
  updateAppointmentByReference: Appointment;
  /** Inserts the appointment with this reference, or updates the fields sent on the existing one; race-free. */
  upsertAppointment: UpsertAppointmentPayload;
};


export type MutationCreateAppointmentArgs = {
  input: CreateAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationDeleteAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteAppointmentByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type MutationSignOffOrderArgs = {
  input: SignOffOrderInput;
};


export type MutationUpdateAppointmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationUpdateAppointmentByReferenceArgs = {
  input: UpdateAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
  reference: Scalars['String']['input'];
};


export type MutationUpsertAppointmentArgs = {
  input: UpsertAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
  reference: Scalars['String']['input'];
};

/** What a notification email about an appointment needs (the Read API's notification_parameters view). */
export type NotificationParameters = {
  __typename?: 'NotificationParameters';
  allday: Scalars['Boolean']['output'];
  cancelled: Scalars['Boolean']['output'];
  confirmed: Scalars['Boolean']['output'];
  customerName?: Maybe<Scalars['String']['output']>;
  endDateLocal?: Maybe<Scalars['String']['output']>;
  endTimeLocal?: Maybe<Scalars['String']['output']>;
  location?: Maybe<Scalars['String']['output']>;
  photographerName?: Maybe<Scalars['String']['output']>;
  reference?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD, in the shoot location's time zone. */
  startDateLocal?: Maybe<Scalars['String']['output']>;
  /** HH:MM:SS, in the shoot location's time zone; null when all day. */
  startTimeLocal?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  uuid: Scalars['String']['output'];
};

/** An order: what the customer booked, fulfilled by appointments, billed by line items. */
export type Order = {
  __typename?: 'Order';
  /** The appointments that fulfil the order and that the caller may see, by start date (at most 100; appointments(filter: { orderId }) pages through more). */
  appointments: Array<Appointment>;
  createdAt: Scalars['DateTimeISO']['output'];
  customer?: Maybe<Customer>;
  customerId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** When the order was last written. */
  lastUpdated: Scalars['DateTimeISO']['output'];
  /** The service groups of the order, by id (at most 100). */
  lineItems: Array<OrderLineItem>;
  notes?: Maybe<Scalars['String']['output']>;
  reference?: Maybe<Scalars['String']['output']>;
  /** How many times the order was signed off (amendments included). */
  signOffCount: Scalars['Int']['output'];
  /** Every sign-off of the order, oldest first (amendments included; at most 100). */
  signOffs: Array<OrderSignOff>;
  signedOffAt?: Maybe<Scalars['DateTimeISO']['output']>;
  signedOffBy?: Maybe<Scalars['String']['output']>;
  /** open, signed_off */
  status: Scalars['String']['output'];
  /** The concurrency stamp: changes on every write. Send it back as SignOffOrderInput.updatedAt. */
  updatedAt: Scalars['String']['output'];
};

/** One service group of an order, with how much of it was completed. */
export type OrderLineItem = {
  __typename?: 'OrderLineItem';
  completedBy?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  completedDate?: Maybe<Scalars['String']['output']>;
  completedQuantity: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastUpdated: Scalars['DateTimeISO']['output'];
  /** The service group name. */
  name: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
};

/** One sign-off of an order: kept as history, never overwritten by an amendment. */
export type OrderSignOff = {
  __typename?: 'OrderSignOff';
  appointmentId?: Maybe<Scalars['ID']['output']>;
  cancelNote?: Maybe<Scalars['String']['output']>;
  cancelReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  orderId: Scalars['ID']['output'];
  /** done or cancelled */
  outcome: Scalars['String']['output'];
  signedAt: Scalars['DateTimeISO']['output'];
  signedBy?: Maybe<Scalars['String']['output']>;
  signedIn?: Maybe<Scalars['String']['output']>;
};

/** Where a connection page sits (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  /** True when the page was asked for with `after` (there are rows before it). */
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Where an offset page sits in the whole result. */
export type Paging = {
  __typename?: 'Paging';
  max: Scalars['Int']['output'];
  /** The offset of the next page, null on the last. */
  nextOffset?: Maybe<Scalars['Int']['output']>;
  offset: Scalars['Int']['output'];
  /** The offset of the previous page, null on the first. */
  previousOffset?: Maybe<Scalars['Int']['output']>;
  /** How many records match the filter, over all pages. */
  total: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One appointment by id; null with not-found if there is none. */
  appointment?: Maybe<Appointment>;
  /** One appointment by its external reference; null with not-found if there is none. */
  appointmentByReference?: Maybe<Appointment>;
  /** One appointment by its UUID (the Read API's _id); null with not-found if there is none. */
  appointmentByUuid?: Maybe<Appointment>;
  /** An offset page of appointments, with the total count. max 0..1000. */
  appointments: AppointmentPage;
  /** A keyset-paged connection of appointments: pass pageInfo.endCursor as `after` (with the same filter, sort and order) for the next page. first 0..1000. */
  appointmentsConnection: AppointmentConnection;
  /** Every error code the gateway answers with, and its HTTP status. */
  errorCatalog: Array<ErrorCatalogEntry>;
  /** One order by id; null with not-found if there is none or it is not visible. */
  order?: Maybe<Order>;
  /** Who the request acts as: its session, application, user and role. */
  viewer: Viewer;
};


export type QueryAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAppointmentByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryAppointmentByUuidArgs = {
  uuid: Scalars['String']['input'];
};


export type QueryAppointmentsArgs = {
  filter?: InputMaybe<AppointmentFilter>;
  max?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<AppointmentSort>;
};


export type QueryAppointmentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AppointmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<AppointmentSort>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};

/** The role a request acts in: the application (X-Application) picks it among the user's records. */
export type Role =
  | 'CLIENT'
  | 'EMPLOYEE'
  | 'LIAISON';

/** The appointment the sign-off is for: cancelled when a reason is given, otherwise done. */
export type SignOffAppointmentInput = {
  /** An appointment of the order being signed off. */
  apptId: Scalars['ID']['input'];
  /** More about the cancellation; needs a cancelReason. */
  cancelNote?: InputMaybe<Scalars['String']['input']>;
  /** Why the appointment did not happen; giving one cancels it (up to 255 characters). */
  cancelReason?: InputMaybe<Scalars['String']['input']>;
};

/** How much of one line item (service group) of the order was completed. */
export type SignOffLineItemInput = {
  /** Who completed it (up to 100 characters). */
  completedBy?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  completedDate?: InputMaybe<Scalars['String']['input']>;
  /** Completed quantity, 0..quantity (cannot be cleared). */
  completedQuantity?: InputMaybe<Scalars['Int']['input']>;
  /** A line item of the order being signed off. */
  lineItemId: Scalars['ID']['input'];
  /** The service group name (1..255 characters; cannot be cleared). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Ordered quantity, 0 or more (cannot be cleared). */
  quantity?: InputMaybe<Scalars['Int']['input']>;
};

/** An order sign-off: applied in one transaction, all of it or none of it. */
export type SignOffOrderInput = {
  appointment: SignOffAppointmentInput;
  /** The line items to update; each must belong to the order, once. */
  lineItems?: InputMaybe<Array<SignOffLineItemInput>>;
  /** The order's notes: left out keeps them, null clears them. */
  notes?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  /** The order's concurrency stamp as last read (Order.updatedAt); otherwise stale-update. */
  updatedAt: Scalars['String']['input'];
};

/** The order and the appointment as the sign-off left them. */
export type SignOffOrderPayload = {
  __typename?: 'SignOffOrderPayload';
  appointment: Appointment;
  order: Order;
};

/** Ascending or descending. */
export type SortOrder =
  | 'ASC'
  | 'DESC';

/** A partial update: fields left out keep their values, a field sent as null is cleared. */
export type UpdateAppointmentInput = {
  allday?: InputMaybe<Scalars['Boolean']['input']>;
  /** An existing appointment category. */
  appointmentCategoryId?: InputMaybe<Scalars['ID']['input']>;
  apptType?: InputMaybe<Scalars['String']['input']>;
  cancelled?: InputMaybe<Scalars['Boolean']['input']>;
  confirmed?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO-8601 instant with offset. */
  confirmedAt?: InputMaybe<Scalars['String']['input']>;
  confirmedBy?: InputMaybe<Scalars['String']['input']>;
  /** Contact ids; replaces the whole list. null or [] clears it. */
  contacts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** An existing customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStartLocal?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStartOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC date of startDate (another view of it; must agree when both are sent). */
  dateStartUtc?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStopLocal?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStopOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC date of endDate (another view of it; must agree when both are sent). */
  dateStopUtc?: InputMaybe<Scalars['String']['input']>;
  deliveryType?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** End instant, ISO-8601 with offset. Or send dateStopUtc + timeStopUtc. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  fmApptId?: InputMaybe<Scalars['Int']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  onSiteCancel?: InputMaybe<Scalars['Boolean']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
  /** An existing order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  orderRequestApptId?: InputMaybe<Scalars['Int']['input']>;
  orderRequestId?: InputMaybe<Scalars['Int']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  photographerName?: InputMaybe<Scalars['String']['input']>;
  /** The photographer's user id. */
  photographerUserId?: InputMaybe<Scalars['ID']['input']>;
  readyToSchedule?: InputMaybe<Scalars['Boolean']['input']>;
  /** The external reference (unique); null clears it. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  requestedDate?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  requestedTime?: InputMaybe<Scalars['String']['input']>;
  sameDayCancel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start instant, ISO-8601 with offset (2016-10-09T08:10:00Z). Or send dateStartUtc + timeStartUtc. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  timeDuration?: InputMaybe<Scalars['String']['input']>;
  /** Duration in seconds, 0 or more. */
  timeDurationS?: InputMaybe<Scalars['Int']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStartLocal?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStartOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC time of startDate, HH:MM:SS. */
  timeStartUtc?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStopLocal?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStopOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC time of endDate, HH:MM:SS. */
  timeStopUtc?: InputMaybe<Scalars['String']['input']>;
  /** Required column: may be changed, not cleared. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The updatedAtMt the client last read; the update fails with stale-update when it is not current. */
  updatedAtMt: Scalars['String']['input'];
  /** The employee responsible: a user id. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of the scheduling window, YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  windowDateEnd?: InputMaybe<Scalars['String']['input']>;
  /** First day of the scheduling window, YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  windowDateStart?: InputMaybe<Scalars['String']['input']>;
  /** Window end, minutes after midnight (0..1439). */
  windowTimeEnd?: InputMaybe<Scalars['Int']['input']>;
  /** Window start, minutes after midnight (0..1439). */
  windowTimeStart?: InputMaybe<Scalars['Int']['input']>;
};

/** Insert-or-update by reference. title and the start/end instants are required; on update only the fields sent are overwritten. */
export type UpsertAppointmentInput = {
  allday?: InputMaybe<Scalars['Boolean']['input']>;
  /** An existing appointment category. */
  appointmentCategoryId?: InputMaybe<Scalars['ID']['input']>;
  apptType?: InputMaybe<Scalars['String']['input']>;
  cancelled?: InputMaybe<Scalars['Boolean']['input']>;
  confirmed?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO-8601 instant with offset. */
  confirmedAt?: InputMaybe<Scalars['String']['input']>;
  confirmedBy?: InputMaybe<Scalars['String']['input']>;
  /** Contact ids; replaces the whole list. null or [] clears it. */
  contacts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** An existing customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStartLocal?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStartOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC date of startDate (another view of it; must agree when both are sent). */
  dateStartUtc?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStopLocal?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  dateStopOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC date of endDate (another view of it; must agree when both are sent). */
  dateStopUtc?: InputMaybe<Scalars['String']['input']>;
  deliveryType?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** End instant, ISO-8601 with offset. Or send dateStopUtc + timeStopUtc. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  fmApptId?: InputMaybe<Scalars['Int']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  onSiteCancel?: InputMaybe<Scalars['Boolean']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
  /** An existing order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  orderRequestApptId?: InputMaybe<Scalars['Int']['input']>;
  orderRequestId?: InputMaybe<Scalars['Int']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  photographerName?: InputMaybe<Scalars['String']['input']>;
  /** The photographer's user id. */
  photographerUserId?: InputMaybe<Scalars['ID']['input']>;
  readyToSchedule?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  requestedDate?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  requestedTime?: InputMaybe<Scalars['String']['input']>;
  sameDayCancel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start instant, ISO-8601 with offset (2016-10-09T08:10:00Z). Or send dateStartUtc + timeStartUtc. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  timeDuration?: InputMaybe<Scalars['String']['input']>;
  /** Duration in seconds, 0 or more. */
  timeDurationS?: InputMaybe<Scalars['Int']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStartLocal?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStartOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC time of startDate, HH:MM:SS. */
  timeStartUtc?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStopLocal?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  timeStopOffice?: InputMaybe<Scalars['String']['input']>;
  /** UTC time of endDate, HH:MM:SS. */
  timeStopUtc?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** The employee responsible: a user id. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of the scheduling window, YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  windowDateEnd?: InputMaybe<Scalars['String']['input']>;
  /** First day of the scheduling window, YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  windowDateStart?: InputMaybe<Scalars['String']['input']>;
  /** Window end, minutes after midnight (0..1439). */
  windowTimeEnd?: InputMaybe<Scalars['Int']['input']>;
  /** Window start, minutes after midnight (0..1439). */
  windowTimeStart?: InputMaybe<Scalars['Int']['input']>;
};

/** The appointment as stored after an upsert, and what the upsert did. */
export type UpsertAppointmentPayload = {
  __typename?: 'UpsertAppointmentPayload';
  appointment: Appointment;
  outcome: UpsertOutcome;
};

/** What an upsert did: inserted a new row, changed the existing one, or found it already as sent. */
export type UpsertOutcome =
  | 'CREATED'
  | 'UNCHANGED'
  | 'UPDATED';

/** A person who signs in: an employee, a photographer, a client or a liaison. */
export type User = {
  __typename?: 'User';
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The user's external (employee) reference, unique. */
  reference: Scalars['String']['output'];
};

/** Who the request acts as. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The application the request acts in. */
  application: Application;
  role: Role;
  /** Null for an application token. */
  session?: Maybe<ViewerSession>;
  /** The signed-in user; null for an application token. */
  user?: Maybe<User>;
};

/** The session the request was made with (the seed's session_view). The token itself is never shown. */
export type ViewerSession = {
  __typename?: 'ViewerSession';
  /** The application the session was created for. */
  application?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the session stops being accepted: seven days after it was created or 72 hours after its last use, whichever is first; null with rememberMe. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Written at most once a minute, so it may lag by up to a minute. */
  lastUsedAt: Scalars['DateTimeISO']['output'];
  /** A remember-me session never expires (it can still be revoked). */
  rememberMe: Scalars['Boolean']['output'];
};

export type AppointmentDefaultFragment = { __typename?: 'Appointment', id: string, uuid: string, reference?: string | null, title: string, note?: string | null, notes?: string | null, summary?: string | null, description?: string | null, location?: string | null, startDate: string, endDate: string, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, allday: boolean, timeDuration?: string | null, confirmed: boolean, cancelled: boolean, done: boolean, optional: boolean, apptType?: string | null, deliveryType?: string | null, orderId?: string | null, createdAt: string, updatedAt: string, updatedAtMt: string, customer?: { __typename?: 'Customer', id: string, reference: string, name: string } | null, appointmentCategory?: { __typename?: 'AppointmentCategory', id: string, reference: string, name: string } | null, photographer?: { __typename?: 'User', id: string, reference: string, name: string } | null, user?: { __typename?: 'User', id: string, reference: string, name: string } | null, contacts: Array<{ __typename?: 'Contact', id: string, name: string, email?: string | null, phone?: string | null }> };

export type AppointmentNotificationParametersFragment = { __typename?: 'Appointment', id: string, uuid: string, notificationParameters: { __typename?: 'NotificationParameters', uuid: string, reference?: string | null, title: string, startDateLocal?: string | null, startTimeLocal?: string | null, endDateLocal?: string | null, endTimeLocal?: string | null, allday: boolean, location?: string | null, customerName?: string | null, photographerName?: string | null, confirmed: boolean, cancelled: boolean } };

export type AppointmentUssAvailabilityViewFragment = { __typename?: 'Appointment', id: string, uuid: string, startDate: string, endDate: string, allday: boolean, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, photographerUserId?: string | null, cancelled: boolean, optional: boolean };

export type AppointmentUssSchedulerViewFragment = { __typename?: 'Appointment', id: string, uuid: string, reference?: string | null, title: string, location?: string | null, startDate: string, endDate: string, allday: boolean, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, dateStartOffice?: string | null, timeStartOffice?: string | null, dateStopOffice?: string | null, timeStopOffice?: string | null, timeDurationS?: number | null, confirmed: boolean, cancelled: boolean, done: boolean, optional: boolean, readyToSchedule: boolean, apptType?: string | null, requestedDate?: string | null, requestedTime?: string | null, windowDateStart?: string | null, windowDateEnd?: string | null, windowTimeStart?: number | null, windowTimeEnd?: number | null, orderId?: string | null, photographerUserId?: string | null, photographerName?: string | null, updatedAtMt: string, customer?: { __typename?: 'Customer', id: string, reference: string, name: string } | null, appointmentCategory?: { __typename?: 'AppointmentCategory', id: string, reference: string, name: string } | null };

export type AppointmentDefaultByUuidQueryVariables = Exact<{
  uuid: Scalars['String']['input'];
}>;


export type AppointmentDefaultByUuidQuery = { __typename?: 'Query', appointmentByUuid?: { __typename?: 'Appointment', id: string, uuid: string, reference?: string | null, title: string, note?: string | null, notes?: string | null, summary?: string | null, description?: string | null, location?: string | null, startDate: string, endDate: string, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, allday: boolean, timeDuration?: string | null, confirmed: boolean, cancelled: boolean, done: boolean, optional: boolean, apptType?: string | null, deliveryType?: string | null, orderId?: string | null, createdAt: string, updatedAt: string, updatedAtMt: string, customer?: { __typename?: 'Customer', id: string, reference: string, name: string } | null, appointmentCategory?: { __typename?: 'AppointmentCategory', id: string, reference: string, name: string } | null, photographer?: { __typename?: 'User', id: string, reference: string, name: string } | null, user?: { __typename?: 'User', id: string, reference: string, name: string } | null, contacts: Array<{ __typename?: 'Contact', id: string, name: string, email?: string | null, phone?: string | null }> } | null };

export type CreateAppointmentMutationVariables = Exact<{
  input: CreateAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CreateAppointmentMutation = { __typename?: 'Mutation', createAppointment: { __typename?: 'Appointment', id: string, uuid: string, reference?: string | null, title: string, note?: string | null, notes?: string | null, summary?: string | null, description?: string | null, location?: string | null, startDate: string, endDate: string, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, allday: boolean, timeDuration?: string | null, confirmed: boolean, cancelled: boolean, done: boolean, optional: boolean, apptType?: string | null, deliveryType?: string | null, orderId?: string | null, createdAt: string, updatedAt: string, updatedAtMt: string, customer?: { __typename?: 'Customer', id: string, reference: string, name: string } | null, appointmentCategory?: { __typename?: 'AppointmentCategory', id: string, reference: string, name: string } | null, photographer?: { __typename?: 'User', id: string, reference: string, name: string } | null, user?: { __typename?: 'User', id: string, reference: string, name: string } | null, contacts: Array<{ __typename?: 'Contact', id: string, name: string, email?: string | null, phone?: string | null }> } };

export type UpdateAppointmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type UpdateAppointmentMutation = { __typename?: 'Mutation', updateAppointment: { __typename?: 'Appointment', id: string, uuid: string, reference?: string | null, title: string, note?: string | null, notes?: string | null, summary?: string | null, description?: string | null, location?: string | null, startDate: string, endDate: string, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, allday: boolean, timeDuration?: string | null, confirmed: boolean, cancelled: boolean, done: boolean, optional: boolean, apptType?: string | null, deliveryType?: string | null, orderId?: string | null, createdAt: string, updatedAt: string, updatedAtMt: string, customer?: { __typename?: 'Customer', id: string, reference: string, name: string } | null, appointmentCategory?: { __typename?: 'AppointmentCategory', id: string, reference: string, name: string } | null, photographer?: { __typename?: 'User', id: string, reference: string, name: string } | null, user?: { __typename?: 'User', id: string, reference: string, name: string } | null, contacts: Array<{ __typename?: 'Contact', id: string, name: string, email?: string | null, phone?: string | null }> } };

export type UpdateAppointmentByReferenceMutationVariables = Exact<{
  reference: Scalars['String']['input'];
  input: UpdateAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type UpdateAppointmentByReferenceMutation = { __typename?: 'Mutation', updateAppointmentByReference: { __typename?: 'Appointment', id: string, uuid: string, reference?: string | null, title: string, note?: string | null, notes?: string | null, summary?: string | null, description?: string | null, location?: string | null, startDate: string, endDate: string, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, allday: boolean, timeDuration?: string | null, confirmed: boolean, cancelled: boolean, done: boolean, optional: boolean, apptType?: string | null, deliveryType?: string | null, orderId?: string | null, createdAt: string, updatedAt: string, updatedAtMt: string, customer?: { __typename?: 'Customer', id: string, reference: string, name: string } | null, appointmentCategory?: { __typename?: 'AppointmentCategory', id: string, reference: string, name: string } | null, photographer?: { __typename?: 'User', id: string, reference: string, name: string } | null, user?: { __typename?: 'User', id: string, reference: string, name: string } | null, contacts: Array<{ __typename?: 'Contact', id: string, name: string, email?: string | null, phone?: string | null }> } };

export type UpsertAppointmentMutationVariables = Exact<{
  reference: Scalars['String']['input'];
  input: UpsertAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type UpsertAppointmentMutation = { __typename?: 'Mutation', upsertAppointment: { __typename?: 'UpsertAppointmentPayload', outcome: UpsertOutcome, appointment: { __typename?: 'Appointment', id: string, uuid: string, reference?: string | null, title: string, note?: string | null, notes?: string | null, summary?: string | null, description?: string | null, location?: string | null, startDate: string, endDate: string, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, allday: boolean, timeDuration?: string | null, confirmed: boolean, cancelled: boolean, done: boolean, optional: boolean, apptType?: string | null, deliveryType?: string | null, orderId?: string | null, createdAt: string, updatedAt: string, updatedAtMt: string, customer?: { __typename?: 'Customer', id: string, reference: string, name: string } | null, appointmentCategory?: { __typename?: 'AppointmentCategory', id: string, reference: string, name: string } | null, photographer?: { __typename?: 'User', id: string, reference: string, name: string } | null, user?: { __typename?: 'User', id: string, reference: string, name: string } | null, contacts: Array<{ __typename?: 'Contact', id: string, name: string, email?: string | null, phone?: string | null }> } } };

export type DeleteAppointmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAppointmentMutation = { __typename?: 'Mutation', deleteAppointment: { __typename?: 'DeleteAppointmentPayload', success: boolean, id: string } };

export type DeleteAppointmentByReferenceMutationVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type DeleteAppointmentByReferenceMutation = { __typename?: 'Mutation', deleteAppointmentByReference: { __typename?: 'DeleteAppointmentPayload', success: boolean, id: string } };

export type SignOffOrderMutationVariables = Exact<{
  input: SignOffOrderInput;
}>;


export type SignOffOrderMutation = { __typename?: 'Mutation', signOffOrder: { __typename?: 'SignOffOrderPayload', order: { __typename?: 'Order', id: string, status: string, notes?: string | null, updatedAt: string, signedOffAt?: string | null, signedOffBy?: string | null, signOffCount: number }, appointment: { __typename?: 'Appointment', id: string, uuid: string, reference?: string | null, title: string, note?: string | null, notes?: string | null, summary?: string | null, description?: string | null, location?: string | null, startDate: string, endDate: string, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, allday: boolean, timeDuration?: string | null, confirmed: boolean, cancelled: boolean, done: boolean, optional: boolean, apptType?: string | null, deliveryType?: string | null, orderId?: string | null, createdAt: string, updatedAt: string, updatedAtMt: string, customer?: { __typename?: 'Customer', id: string, reference: string, name: string } | null, appointmentCategory?: { __typename?: 'AppointmentCategory', id: string, reference: string, name: string } | null, photographer?: { __typename?: 'User', id: string, reference: string, name: string } | null, user?: { __typename?: 'User', id: string, reference: string, name: string } | null, contacts: Array<{ __typename?: 'Contact', id: string, name: string, email?: string | null, phone?: string | null }> } } };

export type AppointmentNotificationParametersByUuidQueryVariables = Exact<{
  uuid: Scalars['String']['input'];
}>;


export type AppointmentNotificationParametersByUuidQuery = { __typename?: 'Query', appointmentByUuid?: { __typename?: 'Appointment', id: string, uuid: string, notificationParameters: { __typename?: 'NotificationParameters', uuid: string, reference?: string | null, title: string, startDateLocal?: string | null, startTimeLocal?: string | null, endDateLocal?: string | null, endTimeLocal?: string | null, allday: boolean, location?: string | null, customerName?: string | null, photographerName?: string | null, confirmed: boolean, cancelled: boolean } } | null };

export type AppointmentUssAvailabilityViewByUuidQueryVariables = Exact<{
  uuid: Scalars['String']['input'];
}>;


export type AppointmentUssAvailabilityViewByUuidQuery = { __typename?: 'Query', appointmentByUuid?: { __typename?: 'Appointment', id: string, uuid: string, startDate: string, endDate: string, allday: boolean, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, photographerUserId?: string | null, cancelled: boolean, optional: boolean } | null };

export type AppointmentUssSchedulerViewByUuidQueryVariables = Exact<{
  uuid: Scalars['String']['input'];
}>;


export type AppointmentUssSchedulerViewByUuidQuery = { __typename?: 'Query', appointmentByUuid?: { __typename?: 'Appointment', id: string, uuid: string, reference?: string | null, title: string, location?: string | null, startDate: string, endDate: string, allday: boolean, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, dateStartOffice?: string | null, timeStartOffice?: string | null, dateStopOffice?: string | null, timeStopOffice?: string | null, timeDurationS?: number | null, confirmed: boolean, cancelled: boolean, done: boolean, optional: boolean, readyToSchedule: boolean, apptType?: string | null, requestedDate?: string | null, requestedTime?: string | null, windowDateStart?: string | null, windowDateEnd?: string | null, windowTimeStart?: number | null, windowTimeEnd?: number | null, orderId?: string | null, photographerUserId?: string | null, photographerName?: string | null, updatedAtMt: string, customer?: { __typename?: 'Customer', id: string, reference: string, name: string } | null, appointmentCategory?: { __typename?: 'AppointmentCategory', id: string, reference: string, name: string } | null } | null };

export type SchedulerAppointmentsQueryVariables = Exact<{
  filter?: InputMaybe<AppointmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<AppointmentSort>;
  order?: InputMaybe<SortOrder>;
}>;


export type SchedulerAppointmentsQuery = { __typename?: 'Query', appointmentsConnection: { __typename?: 'AppointmentConnection', totalCount: number, edges: Array<{ __typename?: 'AppointmentEdge', cursor: string, node: { __typename?: 'Appointment', id: string, uuid: string, reference?: string | null, title: string, location?: string | null, startDate: string, endDate: string, allday: boolean, dateStartLocal?: string | null, timeStartLocal?: string | null, dateStopLocal?: string | null, timeStopLocal?: string | null, dateStartOffice?: string | null, timeStartOffice?: string | null, dateStopOffice?: string | null, timeStopOffice?: string | null, timeDurationS?: number | null, confirmed: boolean, cancelled: boolean, done: boolean, optional: boolean, readyToSchedule: boolean, apptType?: string | null, requestedDate?: string | null, requestedTime?: string | null, windowDateStart?: string | null, windowDateEnd?: string | null, windowTimeStart?: number | null, windowTimeEnd?: number | null, orderId?: string | null, photographerUserId?: string | null, photographerName?: string | null, updatedAtMt: string, customer?: { __typename?: 'Customer', id: string, reference: string, name: string } | null, appointmentCategory?: { __typename?: 'AppointmentCategory', id: string, reference: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export const AppointmentDefaultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDefault"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"timeDuration"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"apptType"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryType"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photographer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}}]}}]} as unknown as DocumentNode<AppointmentDefaultFragment, unknown>;
export const AppointmentNotificationParametersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentNotificationParameters"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"notificationParameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDateLocal"}},{"kind":"Field","name":{"kind":"Name","value":"startTimeLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endDateLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endTimeLocal"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"photographerName"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<AppointmentNotificationParametersFragment, unknown>;
export const AppointmentUssAvailabilityViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentUssAvailabilityView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"photographerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}}]}}]} as unknown as DocumentNode<AppointmentUssAvailabilityViewFragment, unknown>;
export const AppointmentUssSchedulerViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentUssSchedulerView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartOffice"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeDurationS"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"readyToSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"apptType"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTime"}},{"kind":"Field","name":{"kind":"Name","value":"windowDateStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowDateEnd"}},{"kind":"Field","name":{"kind":"Name","value":"windowTimeStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowTimeEnd"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"photographerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"photographerName"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}}]}}]} as unknown as DocumentNode<AppointmentUssSchedulerViewFragment, unknown>;
export const AppointmentDefaultByUuidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentDefaultByUuid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentByUuid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDefault"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDefault"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"timeDuration"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"apptType"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryType"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photographer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}}]}}]} as unknown as DocumentNode<AppointmentDefaultByUuidQuery, AppointmentDefaultByUuidQueryVariables>;
export const CreateAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppointmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"monthFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"monthFirst"},"value":{"kind":"Variable","name":{"kind":"Name","value":"monthFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDefault"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDefault"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"timeDuration"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"apptType"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryType"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photographer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}}]}}]} as unknown as DocumentNode<CreateAppointmentMutation, CreateAppointmentMutationVariables>;
export const UpdateAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAppointmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"monthFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"monthFirst"},"value":{"kind":"Variable","name":{"kind":"Name","value":"monthFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDefault"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDefault"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"timeDuration"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"apptType"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryType"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photographer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}}]}}]} as unknown as DocumentNode<UpdateAppointmentMutation, UpdateAppointmentMutationVariables>;
export const UpdateAppointmentByReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAppointmentByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAppointmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"monthFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppointmentByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"monthFirst"},"value":{"kind":"Variable","name":{"kind":"Name","value":"monthFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDefault"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDefault"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"timeDuration"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"apptType"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryType"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photographer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}}]}}]} as unknown as DocumentNode<UpdateAppointmentByReferenceMutation, UpdateAppointmentByReferenceMutationVariables>;
export const UpsertAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertAppointmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"monthFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"monthFirst"},"value":{"kind":"Variable","name":{"kind":"Name","value":"monthFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDefault"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDefault"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"timeDuration"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"apptType"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryType"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photographer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}}]}}]} as unknown as DocumentNode<UpsertAppointmentMutation, UpsertAppointmentMutationVariables>;
export const DeleteAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAppointmentMutation, DeleteAppointmentMutationVariables>;
export const DeleteAppointmentByReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAppointmentByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAppointmentByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAppointmentByReferenceMutation, DeleteAppointmentByReferenceMutationVariables>;
export const SignOffOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signOffCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDefault"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDefault"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"timeDuration"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"apptType"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryType"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photographer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}}]}}]} as unknown as DocumentNode<SignOffOrderMutation, SignOffOrderMutationVariables>;
export const AppointmentNotificationParametersByUuidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentNotificationParametersByUuid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentByUuid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentNotificationParameters"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentNotificationParameters"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"notificationParameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDateLocal"}},{"kind":"Field","name":{"kind":"Name","value":"startTimeLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endDateLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endTimeLocal"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"photographerName"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<AppointmentNotificationParametersByUuidQuery, AppointmentNotificationParametersByUuidQueryVariables>;
export const AppointmentUssAvailabilityViewByUuidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentUssAvailabilityViewByUuid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentByUuid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentUssAvailabilityView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentUssAvailabilityView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"photographerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}}]}}]} as unknown as DocumentNode<AppointmentUssAvailabilityViewByUuidQuery, AppointmentUssAvailabilityViewByUuidQueryVariables>;
export const AppointmentUssSchedulerViewByUuidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentUssSchedulerViewByUuid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentByUuid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentUssSchedulerView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentUssSchedulerView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartOffice"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeDurationS"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"readyToSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"apptType"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTime"}},{"kind":"Field","name":{"kind":"Name","value":"windowDateStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowDateEnd"}},{"kind":"Field","name":{"kind":"Name","value":"windowTimeStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowTimeEnd"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"photographerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"photographerName"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}}]}}]} as unknown as DocumentNode<AppointmentUssSchedulerViewByUuidQuery, AppointmentUssSchedulerViewByUuidQueryVariables>;
export const SchedulerAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchedulerAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentSort"}},"defaultValue":{"kind":"EnumValue","value":"START_DATE"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortOrder"}},"defaultValue":{"kind":"EnumValue","value":"ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentUssSchedulerView"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentUssSchedulerView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartOffice"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeDurationS"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"readyToSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"apptType"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTime"}},{"kind":"Field","name":{"kind":"Name","value":"windowDateStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowDateEnd"}},{"kind":"Field","name":{"kind":"Name","value":"windowTimeStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowTimeEnd"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"photographerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"photographerName"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}}]}}]} as unknown as DocumentNode<SchedulerAppointmentsQuery, SchedulerAppointmentsQueryVariables>;