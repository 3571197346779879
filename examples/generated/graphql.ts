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
  /** The application's display name, e.g. Plano Scheduler. */
  name: Scalars['String']['output'];
  /** planoauth, planoorder or planox2: the X-Application header's value. */
  slug: Scalars['String']['output'];
};

/** An appointment (a shoot, a meeting): every column of the scheduling system, and its relations. Employees see every appointment; liaisons and clients only their customers'. */
export type Appointment = {
  __typename?: 'Appointment';
  /** True when the appointment takes the whole day. */
  allday: Scalars['Boolean']['output'];
  /** The appointment's category (reference data: every role sees it); null when appointmentCategoryId is. */
  appointmentCategory?: Maybe<AppointmentCategory>;
  /** Id of the appointment's category. */
  appointmentCategoryId?: Maybe<Scalars['ID']['output']>;
  /** The appointment's type in the scheduling system (e.g. shoot, reshoot, consult); up to 50 characters. */
  apptType?: Maybe<Scalars['String']['output']>;
  /** More about the cancellation, as given at order sign-off. */
  cancelNote?: Maybe<Scalars['String']['output']>;
  /** Why the appointment was cancelled, as given at order sign-off (up to 255 characters). */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** True when the appointment is cancelled (signOffOrder with a cancelReason sets it). */
  cancelled: Scalars['Boolean']['output'];
  /** True once the appointment is confirmed. */
  confirmed: Scalars['Boolean']['output'];
  /** When the appointment was confirmed (UTC instant). */
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who confirmed the appointment, as the writer sent it (e.g. a user reference); up to 100 characters. */
  confirmedBy?: Maybe<Scalars['String']['output']>;
  /** The contacts linked to the appointment, by id (at most 100). Liaisons and clients see only their customers' contacts. */
  contacts: Array<Contact>;
  /** When the appointment was created (UTC instant, set by the server). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who created the appointment: the session user's reference, or `app:<name>` for an application token (set by the server, never from input). */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The application slug the appointment was created in, e.g. planox2 (set by the server, never from input). */
  createdIn?: Maybe<Scalars['String']['output']>;
  /** The customer the appointment is for; null when customerId is. */
  customer?: Maybe<Customer>;
  /** Id of the customer the appointment is for; null for none (such appointments are visible to employees only). */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** The same instant as createdAt (the CRM API's name). */
  dateCreated: Scalars['DateTimeISO']['output'];
  /** YYYY-MM-DD, in the shoot location's time zone. */
  dateStartLocal?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD, in the office's time zone. */
  dateStartOffice?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD of startDate in UTC. */
  dateStartUtc: Scalars['String']['output'];
  /** YYYY-MM-DD, in the shoot location's time zone: the day the appointment ends. */
  dateStopLocal?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD, in the office's time zone: the day the appointment ends. */
  dateStopOffice?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD of endDate in UTC. */
  dateStopUtc: Scalars['String']['output'];
  /** The delivery type (e.g. standard, rush, next_day); up to 50 characters. */
  deliveryType?: Maybe<Scalars['String']['output']>;
  /** A description of the appointment, free text (the Update API's description). */
  description?: Maybe<Scalars['String']['output']>;
  /** True when the appointment took place (signOffOrder without a cancelReason sets it). */
  done: Scalars['Boolean']['output'];
  /** End instant (UTC). */
  endDate: Scalars['DateTimeISO']['output'];
  /** The FileMaker app's own id for the appointment. */
  fmApptId?: Maybe<Scalars['Int']['output']>;
  /** The appointment's id (the Update and CRM APIs' id). */
  id: Scalars['ID']['output'];
  /** The same instant as updatedAt (the CRM API's name). */
  lastUpdated: Scalars['DateTimeISO']['output'];
  /** Where the appointment takes place, free text (e.g. the address of the shoot), up to 255 characters. */
  location?: Maybe<Scalars['String']['output']>;
  /** A free-text note (the CRM API's note). */
  note?: Maybe<Scalars['String']['output']>;
  /** Free-text notes (the Update API's notes). */
  notes?: Maybe<Scalars['String']['output']>;
  /** What a notification email about the appointment says. */
  notificationParameters: NotificationParameters;
  /** True when the appointment was cancelled on site. */
  onSiteCancel: Scalars['Boolean']['output'];
  /** True when the scheduling system marks the appointment optional (the seeds say no more about it). */
  optional: Scalars['Boolean']['output'];
  /** The order the appointment fulfils; null when none, or for liaisons and clients when it is not one of their customers' orders. */
  order?: Maybe<Order>;
  /** Id of the order the appointment fulfils: an order of the appointment's customer. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Id of the order_request_appt record the appointment is associated with; not checked by the gateway. */
  orderRequestApptId?: Maybe<Scalars['Int']['output']>;
  /** Id of the order request the appointment came from (the Update API's order_request_id); not checked by the gateway. */
  orderRequestId?: Maybe<Scalars['Int']['output']>;
  /** The CRM organization (entity) the appointment belongs to, e.g. entity1; free text, up to 100 characters. */
  organization?: Maybe<Scalars['String']['output']>;
  /** The photographer's user. Employees and application tokens see the user whole; liaisons and clients see id, reference and name, and email only of themselves. */
  photographer?: Maybe<User>;
  /** The photographer's name as stored with the appointment (free text, up to 255 characters; may differ from photographer.name). */
  photographerName?: Maybe<Scalars['String']['output']>;
  /** User id of the photographer (an employee with the photographer flag). */
  photographerUserId?: Maybe<Scalars['ID']['output']>;
  /** True when the appointment is ready to be scheduled. */
  readyToSchedule: Scalars['Boolean']['output'];
  /** The external reference an integration knows it by (unique). */
  reference?: Maybe<Scalars['String']['output']>;
  /** The date the customer asked for, YYYY-MM-DD. */
  requestedDate?: Maybe<Scalars['String']['output']>;
  /** The time of day the customer asked for, HH:MM:SS. */
  requestedTime?: Maybe<Scalars['String']['output']>;
  /** True when the appointment was cancelled on the day it was due. */
  sameDayCancel: Scalars['Boolean']['output'];
  /** When the appointment's order was signed off for it. */
  signedOffAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Start instant (UTC). */
  startDate: Scalars['DateTimeISO']['output'];
  /** A summary of the appointment, free text (the Update API's summary). */
  summary?: Maybe<Scalars['String']['output']>;
  /** The duration as text, as the scheduling system writes it (H:MM in the demo data, e.g. 1:30); up to 32 characters, not checked against timeDurationS. */
  timeDuration?: Maybe<Scalars['String']['output']>;
  /** Duration in seconds. */
  timeDurationS?: Maybe<Scalars['Int']['output']>;
  /** HH:MM:SS, in the shoot location's time zone. */
  timeStartLocal?: Maybe<Scalars['String']['output']>;
  /** HH:MM:SS, in the office's time zone: when the appointment starts. */
  timeStartOffice?: Maybe<Scalars['String']['output']>;
  /** HH:MM:SS of startDate in UTC. */
  timeStartUtc: Scalars['String']['output'];
  /** HH:MM:SS, in the shoot location's time zone: when the appointment ends. */
  timeStopLocal?: Maybe<Scalars['String']['output']>;
  /** HH:MM:SS, in the office's time zone: when the appointment ends. */
  timeStopOffice?: Maybe<Scalars['String']['output']>;
  /** HH:MM:SS of endDate in UTC. */
  timeStopUtc: Scalars['String']['output'];
  /** The title, 1 to 255 characters. */
  title: Scalars['String']['output'];
  /** When the appointment was last written (UTC instant, set by the server). For concurrency, use updatedAtMt. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The concurrency stamp: changes on every write. Send it back as UpdateAppointmentInput.updatedAtMt. */
  updatedAtMt: Scalars['String']['output'];
  /** Who last wrote the appointment: the session user's reference, or `app:<name>` for an application token (set by the server, never from input). */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The application slug the appointment was last written in, e.g. planox2 (set by the server, never from input). */
  updatedIn?: Maybe<Scalars['String']['output']>;
  /** The employee responsible, with their reference. Employees and application tokens see the user whole; liaisons and clients see id, reference and name, and email only of themselves. */
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
  /** The category's id (what Appointment.appointmentCategoryId holds). */
  id: Scalars['ID']['output'];
  /** The category's display name, e.g. Photo shoot. */
  name: Scalars['String']['output'];
  /** The category's stable key, e.g. photo_shoot or meeting (unique). */
  reference: Scalars['String']['output'];
};

/** A keyset-paged list of appointment categories (Relay connection): every page costs what the first does. */
export type AppointmentCategoryConnection = {
  __typename?: 'AppointmentCategoryConnection';
  /** The page's appointment categories, each with its cursor. */
  edges: Array<AppointmentCategoryEdge>;
  /** The page's appointment categories, without cursors. */
  nodes: Array<AppointmentCategory>;
  /** Whether more pages follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** How many appointment categories match the filter over all pages (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One appointment category of a connection page, with the cursor to continue after it. */
export type AppointmentCategoryEdge = {
  __typename?: 'AppointmentCategoryEdge';
  /** An opaque cursor: pass it as `after` (with the same filter, sort and order) to continue after this appointment category. */
  cursor: Scalars['String']['output'];
  /** The appointment category. */
  node: AppointmentCategory;
};

/** Which appointment categories to list. Every field given must hold (they are ANDed). */
export type AppointmentCategoryFilter = {
  /** Only these appointment categories (at most 1000 ids). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The category's name. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching ignores ASCII case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The category's reference. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching is exact in case and accents, as references are. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** One offset page of appointment categories, with the total over all pages. */
export type AppointmentCategoryPage = {
  __typename?: 'AppointmentCategoryPage';
  /** The page's appointment categories, in the order asked for. */
  data: Array<AppointmentCategory>;
  /** Where this page sits: the total, the page size and offset, and the neighbouring pages' offsets. */
  paging: Paging;
};

/** The field a list of appointment categories is sorted by; rows with equal values are ordered by id, in the same direction. */
export type AppointmentCategorySort =
  /** By id; the default. */
  | 'ID'
  /** By name (under the database collation: MySQL/MariaDB ignore case, SQLite compares bytes). */
  | 'NAME'
  /** By reference. */
  | 'REFERENCE';

/** One change of one appointment, by any writer of the database (the gateway, other applications, SQL). */
export type AppointmentChange = {
  __typename?: 'AppointmentChange';
  /** The appointment as it is now; null when it was deleted since, or the caller may no longer see it. */
  appointment?: Maybe<Appointment>;
  /** The id of the appointment that changed (also for a deletion). */
  appointmentId: Scalars['ID']['output'];
  /** When the change was recorded (UTC instant, the database's clock, milliseconds). */
  changedAt: Scalars['DateTimeISO']['output'];
  /** What happened. */
  kind: ChangeKind;
  /** The appointment's concurrency stamp after the change; null for a deletion. */
  updatedAtMt?: Maybe<Scalars['String']['output']>;
};

/** A page of the durable change feed of appointments, in the order the changes were recorded. */
export type AppointmentChangeConnection = {
  __typename?: 'AppointmentChangeConnection';
  /** The page's changes that the caller may see, in order, each with its cursor. */
  edges: Array<AppointmentChangeEdge>;
  /** Whether more changes follow, and the cursor to continue from. */
  pageInfo: AppointmentChangePageInfo;
};

/** One change of the feed, with the cursor to continue after it. */
export type AppointmentChangeEdge = {
  __typename?: 'AppointmentChangeEdge';
  /** An opaque cursor: pass it as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: AppointmentChange;
};

/** One change of an appointment the subscriber may see and whose filter it matches. */
export type AppointmentChangeEvent = {
  __typename?: 'AppointmentChangeEvent';
  /** The appointment as it is when the event is delivered (it may already carry a later change), with any selection; null for a deletion and for an appointment deleted since the change (its DELETED event follows). */
  appointment?: Maybe<Appointment>;
  /** When the change was recorded (UTC instant). */
  changedAt: Scalars['DateTimeISO']['output'];
  /** The appointment's id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: ChangeKind;
  /** The stamp this change wrote (Appointment.updatedAtMt); null for a deletion. */
  updatedAtMt?: Maybe<Scalars['String']['output']>;
};

/** Where a page of the change feed ends. */
export type AppointmentChangePageInfo = {
  __typename?: 'AppointmentChangePageInfo';
  /** Where to continue: pass it as `after`. It moves past every change the page read, shown or not (another customer's), so it may move on a page without edges. Null only when nothing was ever read. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more changes follow right now; false when the feed is read to its end (poll again with endCursor later). */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A keyset-paged list of appointments (Relay connection): every page costs what the first does. */
export type AppointmentConnection = {
  __typename?: 'AppointmentConnection';
  /** The page's appointments, each with its cursor. */
  edges: Array<AppointmentEdge>;
  /** The page's appointments, without cursors. */
  nodes: Array<Appointment>;
  /** Whether more pages follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** How many appointments match the filter over all pages (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One appointment of a connection page, with the cursor to continue after it. */
export type AppointmentEdge = {
  __typename?: 'AppointmentEdge';
  /** An opaque cursor: pass it as `after` (with the same filter, sort and order) to continue after this appointment. */
  cursor: Scalars['String']['output'];
  /** The appointment. */
  node: Appointment;
};

/** Which appointments to list. Every field given must hold (they are ANDed). */
export type AppointmentFilter = {
  /** The appointment type, exactly (e.g. shoot). */
  apptType?: InputMaybe<Scalars['String']['input']>;
  /** Only cancelled (true) or not cancelled (false) appointments. */
  cancelled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only confirmed (true) or unconfirmed (false) appointments. */
  confirmed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the appointments of this customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** The reference of the appointment's customer. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching is exact in case and accents, as references are. */
  customerReference?: InputMaybe<Scalars['String']['input']>;
  /** Only appointments created within this range. */
  dateCreated?: InputMaybe<DateTimeRange>;
  /** Only done (true) or not done (false) appointments. */
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** The reference of the appointment's employee (user). A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching is exact in case and accents, as references are. */
  employeeReference?: InputMaybe<Scalars['String']['input']>;
  /** Only appointments whose endDate is within this range. */
  endDate?: InputMaybe<DateTimeRange>;
  /** Only these appointments (at most 1000 ids). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only appointments last written within this range. */
  lastUpdated?: InputMaybe<DateTimeRange>;
  /** Only the appointments of this order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the appointments of this photographer (a user id). */
  photographerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Only appointments whose startDate is within this range. */
  startDate?: InputMaybe<DateTimeRange>;
  /** The title. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching ignores ASCII case. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** One offset page of appointments, with the total over all pages. */
export type AppointmentPage = {
  __typename?: 'AppointmentPage';
  /** The page's appointments, in the order asked for. */
  data: Array<Appointment>;
  /** Where this page sits: the total, the page size and offset, and the neighbouring pages' offsets. */
  paging: Paging;
};

/** The field a list of appointments is sorted by; rows with equal values are ordered by id, in the same direction. */
export type AppointmentSort =
  /** By creation instant (dateCreated); the default. */
  | 'DATE_CREATED'
  /** By end instant (endDate). */
  | 'END_DATE'
  /** By id. */
  | 'ID'
  /** By last-write instant (lastUpdated). */
  | 'LAST_UPDATED'
  /** Appointments without a reference come first in ASC and last in DESC. */
  | 'REFERENCE'
  /** By start instant (startDate). */
  | 'START_DATE'
  /** By title. */
  | 'TITLE';

/** One appointment that makes the photographer busy (not cancelled, overlapping the range asked for), with its start and end as stored, not cut to the range. */
export type BusyInterval = {
  __typename?: 'BusyInterval';
  /** The appointment's id when the caller may see the appointment (employees and application tokens: always; liaisons and clients: their customers' appointments); null otherwise: the photographer is busy, but not with whose shoot. */
  appointmentId?: Maybe<Scalars['ID']['output']>;
  /** When the appointment ends (UTC). */
  end: Scalars['DateTimeISO']['output'];
  /** When the appointment starts (UTC). */
  start: Scalars['DateTimeISO']['output'];
};

/** What happened to a row, whichever application or statement wrote it. */
export type ChangeKind =
  /** The row was inserted. */
  | 'CREATED'
  /** The row was deleted. */
  | 'DELETED'
  /** The row was signed off: an order whose sign-off count grew, or the appointment of that sign-off (signedOffAt set anew). */
  | 'SIGNED_OFF'
  /** The row was updated (a move to another customer included). On MySQL an UPDATE that matches the row without changing it counts too: compare updatedAtMt. */
  | 'UPDATED';

/** A person at the customer to be reached about an appointment. */
export type Contact = {
  __typename?: 'Contact';
  /** The customer the contact belongs to; null when customerId is. */
  customer?: Maybe<Customer>;
  /** Id of the customer the contact belongs to; an appointment may link only its own customer's contacts. */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** The contact's email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** The contact's id (what the contacts input of an appointment write takes). */
  id: Scalars['ID']['output'];
  /** The contact's name. */
  name: Scalars['String']['output'];
  /** The contact's phone number, free text (up to 50 characters). */
  phone?: Maybe<Scalars['String']['output']>;
};

/** A keyset-paged list of contacts (Relay connection): every page costs what the first does. */
export type ContactConnection = {
  __typename?: 'ContactConnection';
  /** The page's contacts, each with its cursor. */
  edges: Array<ContactEdge>;
  /** The page's contacts, without cursors. */
  nodes: Array<Contact>;
  /** Whether more pages follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** How many contacts match the filter over all pages (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One contact of a connection page, with the cursor to continue after it. */
export type ContactEdge = {
  __typename?: 'ContactEdge';
  /** An opaque cursor: pass it as `after` (with the same filter, sort and order) to continue after this contact. */
  cursor: Scalars['String']['output'];
  /** The contact. */
  node: Contact;
};

/** Which contacts to list. Every field given must hold (they are ANDed). */
export type ContactFilter = {
  /** Only the contacts of these customers (at most 1000 ids); customers the caller may not see add none. */
  customerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The contact's email address (contacts without one never match). A pattern: * matches any run of characters, every other character (%, _ and \ included) is literal; without * it is an exact match. Matching ignores ASCII case. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Only these contacts (at most 1000 ids). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The contact's name. A pattern: * matches any run of characters, every other character (%, _ and \ included) is literal; without * it is an exact match. Matching ignores ASCII case. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** One offset page of contacts, with the total over all pages. */
export type ContactPage = {
  __typename?: 'ContactPage';
  /** The page's contacts, in the order asked for. */
  data: Array<Contact>;
  /** Where this page sits: the total, the page size and offset, and the neighbouring pages' offsets. */
  paging: Paging;
};

/** The field a list of contacts is sorted by; rows with equal values are ordered by id, in the same direction. */
export type ContactSort =
  /** By email address (collated as names are); contacts without one come first in ASC and last in DESC. */
  | 'EMAIL'
  /** By id. */
  | 'ID'
  /** By name (under the database collation: MySQL/MariaDB ignore case, SQLite compares bytes); the default. */
  | 'NAME';

/** A new appointment: title and the start/end instants (startDate/endDate or their *Utc date+time pairs) are required. */
export type CreateAppointmentInput = {
  /** True when the appointment takes the whole day; cannot be null. */
  allday?: InputMaybe<Scalars['Boolean']['input']>;
  /** An existing appointment category (else invalid-param). */
  appointmentCategoryId?: InputMaybe<Scalars['ID']['input']>;
  /** appointmentCategoryId by the category's reference (exact): one or the other, not both (else invalid-param). */
  appointmentCategoryReference?: InputMaybe<Scalars['String']['input']>;
  /** The appointment's type (e.g. shoot), up to 50 characters. */
  apptType?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment is cancelled; cannot be null. */
  cancelled?: InputMaybe<Scalars['Boolean']['input']>;
  /** True once the appointment is confirmed; cannot be null. */
  confirmed?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO-8601 instant with offset. */
  confirmedAt?: InputMaybe<Scalars['String']['input']>;
  /** Who confirmed the appointment (e.g. a user reference), up to 100 characters. */
  confirmedBy?: InputMaybe<Scalars['String']['input']>;
  /** Ids of contacts of the appointment's customer (by id only: contacts have no reference); replaces the whole list. null or [] clears it. */
  contacts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A customer the caller sees (else invalid-param); only employees may clear it. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** customerId by the customer's reference (exact): one or the other, not both; a customer the caller can't see reads as missing (invalid-param). */
  customerReference?: InputMaybe<Scalars['String']['input']>;
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
  /** The delivery type (e.g. standard, rush), up to 50 characters. */
  deliveryType?: InputMaybe<Scalars['String']['input']>;
  /** A description of the appointment, free text up to 65,535 bytes. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment took place; cannot be null. */
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** End instant, ISO-8601 with offset. Or send dateStopUtc + timeStopUtc. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** The FileMaker app's own id for the appointment, 0 or more. */
  fmApptId?: InputMaybe<Scalars['Int']['input']>;
  /** Where the appointment takes place, free text up to 255 characters. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** A free-text note (the CRM API's note), up to 65,535 bytes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Free-text notes (the Update API's notes), up to 65,535 bytes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment was cancelled on site; cannot be null. */
  onSiteCancel?: InputMaybe<Scalars['Boolean']['input']>;
  /** The scheduling system's optional flag; cannot be null. */
  optional?: InputMaybe<Scalars['Boolean']['input']>;
  /** An order of the appointment's customer (else invalid-param). */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** orderId by the order's reference (exact): one or the other, not both; an order the caller can't see reads as missing (invalid-param). */
  orderReference?: InputMaybe<Scalars['String']['input']>;
  /** Id of the order_request_appt record, 0 or more (not checked against any table). */
  orderRequestApptId?: InputMaybe<Scalars['Int']['input']>;
  /** Id of the order request the appointment came from, 0 or more (not checked against any table). */
  orderRequestId?: InputMaybe<Scalars['Int']['input']>;
  /** The CRM organization (entity) the appointment belongs to, up to 100 characters. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** The photographer's name as shown with the appointment, up to 255 characters. */
  photographerName?: InputMaybe<Scalars['String']['input']>;
  /** photographerUserId by the photographer user's reference (exact): one or the other, not both (else invalid-param). */
  photographerReference?: InputMaybe<Scalars['String']['input']>;
  /** The photographer's user id: an employee with the photographer flag (else invalid-param). */
  photographerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** True when the appointment is ready to be scheduled; cannot be null. */
  readyToSchedule?: InputMaybe<Scalars['Boolean']['input']>;
  /** The external reference (unique). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  requestedDate?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  requestedTime?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment was cancelled on the day it was due; cannot be null. */
  sameDayCancel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start instant, ISO-8601 with offset (2016-10-09T08:10:00Z). Or send dateStartUtc + timeStartUtc. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** A summary of the appointment, free text up to 65,535 bytes. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The duration as text (e.g. 1:30), up to 32 characters; not checked against timeDurationS. */
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
  /** The title, 1 to 255 characters. */
  title: Scalars['String']['input'];
  /** The employee responsible, a user id of an employee. Only employees choose it; a liaison may only send the stored one. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** userId by the responsible employee's user reference (exact): one or the other, not both (else invalid-param). */
  userReference?: InputMaybe<Scalars['String']['input']>;
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
  /** The customer's contacts, by id (at most 100; contacts(customerId) pages through more). */
  contacts: Array<Contact>;
  /** The customer's id (what Appointment.customerId and Order.customerId hold). */
  id: Scalars['ID']['output'];
  /** The customer's name, e.g. Harbor View Realty. */
  name: Scalars['String']['output'];
  /** The customer's orders, oldest first (by createdAt, then id; at most 100): the first page of orders(filter: { customerId }), which pages through more. */
  orders: Array<Order>;
  /** The customer's external reference (unique). */
  reference: Scalars['String']['output'];
};

/** A keyset-paged list of customers (Relay connection): every page costs what the first does. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The page's customers, each with its cursor. */
  edges: Array<CustomerEdge>;
  /** The page's customers, without cursors. */
  nodes: Array<Customer>;
  /** Whether more pages follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** How many customers match the filter over all pages (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One customer of a connection page, with the cursor to continue after it. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** An opaque cursor: pass it as `after` (with the same filter, sort and order) to continue after this customer. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
};

/** Which customers to list. Every field given must hold (they are ANDed). */
export type CustomerFilter = {
  /** Only these customers (at most 1000 ids). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The customer's name. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching ignores ASCII case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The customer's reference. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching is exact in case and accents, as references are. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** One offset page of customers, with the total over all pages. */
export type CustomerPage = {
  __typename?: 'CustomerPage';
  /** The page's customers, in the order asked for. */
  data: Array<Customer>;
  /** Where this page sits: the total, the page size and offset, and the neighbouring pages' offsets. */
  paging: Paging;
};

/** The field a list of customers is sorted by; rows with equal values are ordered by id, in the same direction. */
export type CustomerSort =
  /** By id; the default. */
  | 'ID'
  /** By name (under the database collation: MySQL/MariaDB ignore case, SQLite compares bytes). */
  | 'NAME'
  /** By reference. */
  | 'REFERENCE';

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
  /** Always true: a refused delete answers an error instead. */
  success: Scalars['Boolean']['output'];
};

/** One entry of the error catalog. */
export type ErrorCatalogEntry = {
  __typename?: 'ErrorCatalogEntry';
  /** The code as an ErrorCode value (MISSING_PARAM for missing-param). */
  code: ErrorCode;
  /** When the gateway answers with this code. */
  description: Scalars['String']['output'];
  /** The HTTP status the seeds document for it. */
  status: Scalars['Int']['output'];
  /** The value in extensions.code, e.g. missing-param. */
  value: Scalars['String']['output'];
};

/** The codes found in errors[].extensions.code (as their kebab-case values, e.g. missing-param). */
export type ErrorCode =
  /** Anything unexpected; the log has the details under the request id. (application-crash, HTTP 500) */
  | 'APPLICATION_CRASH'
  /** The user has no client, employee or liaison record. (client-required, HTTP 401) */
  | 'CLIENT_REQUIRED'
  /** The change feed cursor names a change older than CHANGE_RETENTION_HOURS, pruned since: changes after it may be gone. Start again without after (from the oldest change kept) and reconcile. (cursor-expired, HTTP 410) */
  | 'CURSOR_EXPIRED'
  /** The database did not answer in time or could not be reached; retry after Retry-After seconds. A mutation may or may not have been applied. (database-unavailable, HTTP 503) */
  | 'DATABASE_UNAVAILABLE'
  /** Dates that parse but contradict each other (end before start). (date-validation-error, HTTP 400) */
  | 'DATE_VALIDATION_ERROR'
  /** The delete is refused (e.g. a signed-off appointment). (delete-failed, HTTP 400) */
  | 'DELETE_FAILED'
  /** A request with this Idempotency-Key is still being answered (or its process stopped before storing the answer); retry after Retry-After seconds. (idempotency-in-progress, HTTP 409) */
  | 'IDEMPOTENCY_IN_PROGRESS'
  /** A POST that is not application/json. (invalid-content-type, HTTP 400) */
  | 'INVALID_CONTENT_TYPE'
  /** A date, time or instant not in its format. (invalid-datetime-format, HTTP 400) */
  | 'INVALID_DATETIME_FORMAT'
  /** A body that cannot be decoded. (invalid-encoded-params, HTTP 400) */
  | 'INVALID_ENCODED_PARAMS'
  /** A value breaks a rule: range, length, enum, a referenced id that does not exist. (invalid-param, HTTP 400) */
  | 'INVALID_PARAM'
  /** A value of the wrong type. (invalid-param-type, HTTP 400) */
  | 'INVALID_PARAM_TYPE'
  /** A GraphQL syntax or validation error. (invalid-query, HTTP 400) */
  | 'INVALID_QUERY'
  /** No token, or a token that is unknown or revoked. (invalid-token, HTTP 401) */
  | 'INVALID_TOKEN'
  /** The write waited longer than the lock-wait bound for a row another writer holds; nothing was written. Retry after extensions.retryAfterSeconds. (lock-timeout, HTTP 503) */
  | 'LOCK_TIMEOUT'
  /** A notification email could not be sent. (mandrill-email-failed, HTTP 500) */
  | 'MANDRILL_EMAIL_FAILED'
  /** A required argument or input field is absent. (missing-param, HTTP 400) */
  | 'MISSING_PARAM'
  /** The record named does not exist or is not visible to the caller. (not-found, HTTP 404) */
  | 'NOT_FOUND'
  /** A decoded body with no query in it. (no-params-decoded, HTTP 400) */
  | 'NO_PARAMS_DECODED'
  /** The request body is larger than BODY_LIMIT_BYTES. (payload-too-large, HTTP 413) */
  | 'PAYLOAD_TOO_LARGE'
  /** The role the request acts in may not do this. (permission-denied, HTTP 403) */
  | 'PERMISSION_DENIED'
  /** The operation is deeper or costlier than the configured limits. (query-too-complex, HTTP 400) */
  | 'QUERY_TOO_COMPLEX'
  /** The answer would be larger than MAX_RESPONSE_BYTES; ask for fewer rows or fields. The operation did run: a mutation's writes stand. (response-too-large, HTTP 400) */
  | 'RESPONSE_TOO_LARGE'
  /** A path the gateway does not serve. (route-non-existent, HTTP 404) */
  | 'ROUTE_NON_EXISTENT'
  /** The database refused the write (e.g. a reference already taken). (save-failed, HTTP 400) */
  | 'SAVE_FAILED'
  /** A session older than seven days or unused for 72 hours, unless remember_me. (session-expired, HTTP 401) */
  | 'SESSION_EXPIRED'
  /** The gateway stopped before the operation finished; nothing it was writing was committed. Retry on another instance. (shutting-down, HTTP 503) */
  | 'SHUTTING_DOWN'
  /** The WebSocket was closed because its client read events more slowly than they came and its buffer passed SUBSCRIPTION_BUFFER_BYTES; reconnect and read again. (slow-consumer, HTTP 503) */
  | 'SLOW_CONSUMER'
  /** The concurrency stamp sent is not the record's current one. (stale-update, HTTP 409) */
  | 'STALE_UPDATE'
  /** The connection or the token already has as many subscriptions as MAX_SUBSCRIPTIONS_PER_CONNECTION or MAX_SUBSCRIPTIONS_PER_TOKEN allow; complete one first. (too-many-subscriptions, HTTP 429) */
  | 'TOO_MANY_SUBSCRIPTIONS';

/** Writes, with the same authentication as the reads. Employees may call every one; liaisons only update the appointments of their customers; clients write nothing (permission-denied). A refused write changes nothing. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an appointment; employees only (else permission-denied). Needs title, startDate and endDate (or their *Utc date+time pairs): missing-param. Other refusals: invalid-param (a length or range, a pointer that does not exist or does not belong with the appointment), invalid-param-type (an id that is not a positive integer), invalid-datetime-format (a date, time or instant not in its format), date-validation-error (an end before its start), save-failed (the reference is taken); and, retryable, lock-timeout (the row stayed locked by another writer past the bound; Retry-After), shutting-down, idempotency-in-progress (an Idempotency-Key whose first request is still running). */
  createAppointment: Appointment;
  /** Deletes an appointment and its contact links (customers, orders and contacts stay); employees only (else permission-denied). not-found when it does not exist; delete-failed when it is signed off. */
  deleteAppointment: DeleteAppointmentPayload;
  /** deleteAppointment, naming the appointment by its external reference: the same roles and errors. */
  deleteAppointmentByReference: DeleteAppointmentPayload;
  /** Signs an order off after the shoot: notes, line items, the appointment (done, or cancelled with a reason) and a history entry, in one transaction; employees only (else permission-denied). Any refusal changes nothing: not-found (no such order, or not visible, by id or reference), stale-update (input.updatedAt is not the order's current one), invalid-param (a line item or appointment of another order, an unknown appointmentReference, an id and its reference both sent, a line item listed twice, a negative quantity, completedQuantity above quantity, a length), invalid-datetime-format (completedDate), missing-param (a cancelNote without a cancelReason; neither the id nor the reference of the order or the appointment); retryable: lock-timeout (a row stayed locked past the bound; Retry-After), shutting-down, idempotency-in-progress. */
  signOffOrder: SignOffOrderPayload;
  /** Partially updates an appointment: employees any, liaisons their customers' (clients: permission-denied). input.updatedAtMt must be its current stamp, else stale-update (extensions.currentStamp holds the current one); not-found when it does not exist or the caller may not see it. Other refusals: invalid-param (a length or range, a pointer that does not exist or does not belong with the appointment), invalid-param-type (an id that is not a positive integer), invalid-datetime-format (a date, time or instant not in its format), date-validation-error (an end before its start), save-failed (the reference is taken); and, retryable, lock-timeout (the row stayed locked by another writer past the bound; Retry-After), shutting-down, idempotency-in-progress (an Idempotency-Key whose first request is still running). */
  updateAppointment: Appointment;
  /** updateAppointment, naming the appointment by its external reference: the same roles, rules and errors. */
  updateAppointmentByReference: Appointment;
  /** Inserts the appointment with this reference, or updates the fields sent on the existing one; race-free. Employees only (else permission-denied). missing-param for an empty reference or no start or end instant; other refusals: invalid-param (a length or range, a pointer that does not exist or does not belong with the appointment), invalid-param-type (an id that is not a positive integer), invalid-datetime-format (a date, time or instant not in its format), date-validation-error (an end before its start), save-failed (the reference is taken); and, retryable, lock-timeout (the row stayed locked by another writer past the bound; Retry-After), shutting-down, idempotency-in-progress (an Idempotency-Key whose first request is still running). */
  upsertAppointment: UpsertAppointmentPayload;
};


/** Writes, with the same authentication as the reads. Employees may call every one; liaisons only update the appointments of their customers; clients write nothing (permission-denied). A refused write changes nothing. */
export type MutationCreateAppointmentArgs = {
  input: CreateAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Writes, with the same authentication as the reads. Employees may call every one; liaisons only update the appointments of their customers; clients write nothing (permission-denied). A refused write changes nothing. */
export type MutationDeleteAppointmentArgs = {
  id: Scalars['ID']['input'];
};


/** Writes, with the same authentication as the reads. Employees may call every one; liaisons only update the appointments of their customers; clients write nothing (permission-denied). A refused write changes nothing. */
export type MutationDeleteAppointmentByReferenceArgs = {
  reference: Scalars['String']['input'];
};


/** Writes, with the same authentication as the reads. Employees may call every one; liaisons only update the appointments of their customers; clients write nothing (permission-denied). A refused write changes nothing. */
export type MutationSignOffOrderArgs = {
  input: SignOffOrderInput;
};


/** Writes, with the same authentication as the reads. Employees may call every one; liaisons only update the appointments of their customers; clients write nothing (permission-denied). A refused write changes nothing. */
export type MutationUpdateAppointmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Writes, with the same authentication as the reads. Employees may call every one; liaisons only update the appointments of their customers; clients write nothing (permission-denied). A refused write changes nothing. */
export type MutationUpdateAppointmentByReferenceArgs = {
  input: UpdateAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
  reference: Scalars['String']['input'];
};


/** Writes, with the same authentication as the reads. Employees may call every one; liaisons only update the appointments of their customers; clients write nothing (permission-denied). A refused write changes nothing. */
export type MutationUpsertAppointmentArgs = {
  input: UpsertAppointmentInput;
  monthFirst?: InputMaybe<Scalars['Boolean']['input']>;
  reference: Scalars['String']['input'];
};

/** What a notification email about an appointment needs (the Read API's notification_parameters view). */
export type NotificationParameters = {
  __typename?: 'NotificationParameters';
  /** True when the appointment takes the whole day. */
  allday: Scalars['Boolean']['output'];
  /** True when the appointment is cancelled. */
  cancelled: Scalars['Boolean']['output'];
  /** True once the appointment is confirmed. */
  confirmed: Scalars['Boolean']['output'];
  /** The name of the appointment's customer; null when it has none. */
  customerName?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD, in the shoot location's time zone (the appointment's dateStopLocal). */
  endDateLocal?: Maybe<Scalars['String']['output']>;
  /** HH:MM:SS, in the shoot location's time zone (the appointment's timeStopLocal). */
  endTimeLocal?: Maybe<Scalars['String']['output']>;
  /** Where the appointment takes place. */
  location?: Maybe<Scalars['String']['output']>;
  /** The appointment's photographerName, or else its photographer user's name; null when neither is set. */
  photographerName?: Maybe<Scalars['String']['output']>;
  /** The appointment's external reference. */
  reference?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD, in the shoot location's time zone (the appointment's dateStartLocal). */
  startDateLocal?: Maybe<Scalars['String']['output']>;
  /** HH:MM:SS, in the shoot location's time zone (the appointment's timeStartLocal). */
  startTimeLocal?: Maybe<Scalars['String']['output']>;
  /** The appointment's title. */
  title: Scalars['String']['output'];
  /** The appointment's UUID. */
  uuid: Scalars['String']['output'];
};

/** An order: what the customer booked, fulfilled by appointments, billed by line items. Employees see every order; liaisons and clients only their customers'. */
export type Order = {
  __typename?: 'Order';
  /** The appointments that fulfil the order and that the caller may see, by start date (at most 100; appointments(filter: { orderId }) pages through more). */
  appointments: Array<Appointment>;
  /** When the order was created (UTC instant). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer who placed the order; null when customerId is. */
  customer?: Maybe<Customer>;
  /** Id of the customer who placed the order; liaisons and clients see only their customers' orders. */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** The order's id (what Appointment.orderId holds). */
  id: Scalars['ID']['output'];
  /** When the order was last written. */
  lastUpdated: Scalars['DateTimeISO']['output'];
  /** The service groups of the order, by id (at most 100). */
  lineItems: Array<OrderLineItem>;
  /** Free-text notes about the order; signOffOrder sets or clears them. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The order's external reference (unique). */
  reference?: Maybe<Scalars['String']['output']>;
  /** How many times the order was signed off (amendments included). */
  signOffCount: Scalars['Int']['output'];
  /** Every sign-off of the order, oldest first (amendments included; at most 100). */
  signOffs: Array<OrderSignOff>;
  /** When the order was last signed off (UTC instant); null until its first sign-off. */
  signedOffAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who last signed the order off: the session user's reference, or `app:<name>` for an application token. */
  signedOffBy?: Maybe<Scalars['String']['output']>;
  /** open until the order's first sign-off, then signed_off. */
  status: Scalars['String']['output'];
  /** The concurrency stamp: changes on every write. Send it back as SignOffOrderInput.updatedAt. */
  updatedAt: Scalars['String']['output'];
};

/** One change of the subscribed order: a write, a sign-off or an amendment, or its deletion. */
export type OrderChangeEvent = {
  __typename?: 'OrderChangeEvent';
  /** When the change was recorded (UTC instant). */
  changedAt: Scalars['DateTimeISO']['output'];
  /** The order's id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: ChangeKind;
  /** The order as it is when the event is delivered, with any selection; null for a deletion and for an order deleted since the change (its DELETED event follows). */
  order?: Maybe<Order>;
  /** The stamp this change wrote (Order.updatedAt); null for a deletion. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** A keyset-paged list of orders (Relay connection): every page costs what the first does. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The page's orders, each with its cursor. */
  edges: Array<OrderEdge>;
  /** The page's orders, without cursors. */
  nodes: Array<Order>;
  /** Whether more pages follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** How many orders match the filter over all pages (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One order of a connection page, with the cursor to continue after it. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** An opaque cursor: pass it as `after` (with the same filter, sort and order) to continue after this order. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** Which orders to list. Every field given must hold (they are ANDed). */
export type OrderFilter = {
  /** Only orders created within this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only the orders of this customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the orders of these customers (at most 1000 ids). */
  customerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The reference of the order's customer. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching is exact in case and accents, as references are. */
  customerReference?: InputMaybe<Scalars['String']['input']>;
  /** Only these orders (at most 1000 ids). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only orders last written within this range (Order.lastUpdated). */
  lastUpdated?: InputMaybe<DateTimeRange>;
  /** The order's reference. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching is exact in case and accents, as references are. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only orders signed off at least once (true) or never (false). */
  signedOff?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only orders last signed off within this range (orders never signed off are left out). */
  signedOffAt?: InputMaybe<DateTimeRange>;
  /** Only orders with one of these statuses, as Order.status reads: open, signed_off (another value is invalid-param). */
  status?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One service group of an order, with how much of it was completed. */
export type OrderLineItem = {
  __typename?: 'OrderLineItem';
  /** Who completed the line item, free text as sent at sign-off (up to 100 characters). */
  completedBy?: Maybe<Scalars['String']['output']>;
  /** The day the line item was completed, YYYY-MM-DD. */
  completedDate?: Maybe<Scalars['String']['output']>;
  /** How many were completed, 0 to quantity. */
  completedQuantity: Scalars['Int']['output'];
  /** The line item's id (what SignOffLineItemInput.lineItemId takes). */
  id: Scalars['ID']['output'];
  /** When the line item was last written (UTC instant). */
  lastUpdated: Scalars['DateTimeISO']['output'];
  /** The service group name. */
  name: Scalars['String']['output'];
  /** Id of the order the line item belongs to. */
  orderId: Scalars['ID']['output'];
  /** How many were ordered, 0 or more. */
  quantity: Scalars['Int']['output'];
};

/** One offset page of orders, with the total over all pages. */
export type OrderPage = {
  __typename?: 'OrderPage';
  /** The page's orders, in the order asked for. */
  data: Array<Order>;
  /** Where this page sits: the total, the page size and offset, and the neighbouring pages' offsets. */
  paging: Paging;
};

/** One sign-off of an order: kept as history, never overwritten by an amendment. */
export type OrderSignOff = {
  __typename?: 'OrderSignOff';
  /** Id of the appointment signed off with it. */
  appointmentId?: Maybe<Scalars['ID']['output']>;
  /** More about the cancellation; null when none was given. */
  cancelNote?: Maybe<Scalars['String']['output']>;
  /** Why the appointment was cancelled; null when it was done. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** The sign-off's id. */
  id: Scalars['ID']['output'];
  /** The order's notes as this sign-off left them. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Id of the order signed off. */
  orderId: Scalars['ID']['output'];
  /** done or cancelled */
  outcome: Scalars['String']['output'];
  /** When the sign-off was made (UTC instant). */
  signedAt: Scalars['DateTimeISO']['output'];
  /** Who signed off: the session user's reference, or `app:<name>` for an application token. */
  signedBy?: Maybe<Scalars['String']['output']>;
  /** The application slug the sign-off was made in, e.g. planox2. */
  signedIn?: Maybe<Scalars['String']['output']>;
};

/** The field a list of orders is sorted by; rows with equal values are ordered by id, in the same direction. */
export type OrderSort =
  /** By creation instant (createdAt); the default. */
  | 'CREATED_AT'
  /** By id. */
  | 'ID'
  /** By last-write instant (lastUpdated). */
  | 'LAST_UPDATED'
  /** By reference; orders without a reference come first in ASC and last in DESC. */
  | 'REFERENCE'
  /** By last sign-off instant (signedOffAt); orders never signed off come first in ASC and last in DESC. */
  | 'SIGNED_OFF_AT';

/** Where a connection page sits (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last row: pass it as `after` for the next page. Null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more rows follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when the page was asked for with `after` (there are rows before it). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first row; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Where an offset page sits in the whole result. */
export type Paging = {
  __typename?: 'Paging';
  /** The page size asked for (max). */
  max: Scalars['Int']['output'];
  /** The offset of the next page, null on the last. */
  nextOffset?: Maybe<Scalars['Int']['output']>;
  /** The offset asked for: how many matching records come before this page. */
  offset: Scalars['Int']['output'];
  /** The offset of the previous page, null on the first. */
  previousOffset?: Maybe<Scalars['Int']['output']>;
  /** How many records match the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** One photographer's availability over the range asked for. */
export type PhotographerAvailability = {
  __typename?: 'PhotographerAvailability';
  /** The photographer's appointments that are not cancelled and overlap the range, one each (overlapping ones too), by start, then end; at any hour, working or not. */
  busy: Array<BusyInterval>;
  /** Free time: the office's working hours (WORKING_HOURS in OFFICE_TIME_ZONE) within the range, less every busy interval; each window as long as it runs (working hours that meet at midnight make one window), in order. */
  free: Array<TimeWindow>;
  /** The photographer. Liaisons and clients see id, reference and name (email only of themselves, null otherwise), as Appointment.photographer. */
  photographer: User;
  /** Bookable slots of slotMinutes: starting at the beginning of each stretch of working hours and every stepMinutes after it (the grid does not move with from), each entirely inside the range and inside one free window, in order. */
  slots: Array<TimeWindow>;
};

/** A keyset-paged list of photographers (Relay connection): every page costs what the first does. */
export type PhotographerConnection = {
  __typename?: 'PhotographerConnection';
  /** The page's photographers, each with its cursor. */
  edges: Array<PhotographerEdge>;
  /** The page's photographers, without cursors. */
  nodes: Array<User>;
  /** Whether more pages follow, and the cursors to continue from. */
  pageInfo: PageInfo;
  /** How many photographers match the filter over all pages (counted only when selected). */
  totalCount: Scalars['Int']['output'];
};

/** One photographer of a connection page, with the cursor to continue after it. */
export type PhotographerEdge = {
  __typename?: 'PhotographerEdge';
  /** An opaque cursor: pass it as `after` (with the same filter, sort and order) to continue after this photographer. */
  cursor: Scalars['String']['output'];
  /** The photographer. */
  node: User;
};

/** Which photographers to list. Every field given must hold (they are ANDed). */
export type PhotographerFilter = {
  /** Only these photographers (at most 1000 ids). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The photographer's name. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching ignores ASCII case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The photographer's reference. A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match. Matching is exact in case and accents, as references are. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** One offset page of photographers, with the total over all pages. */
export type PhotographerPage = {
  __typename?: 'PhotographerPage';
  /** The page's photographers, in the order asked for. */
  data: Array<User>;
  /** Where this page sits: the total, the page size and offset, and the neighbouring pages' offsets. */
  paging: Paging;
};

/** The field a list of photographers is sorted by; rows with equal values are ordered by id, in the same direction. */
export type PhotographerSort =
  /** By id; the default. */
  | 'ID'
  /** By name (under the database collation: MySQL/MariaDB ignore case, SQLite compares bytes). */
  | 'NAME'
  /** By reference. */
  | 'REFERENCE';

/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type Query = {
  __typename?: 'Query';
  /** One appointment by id, for every role (liaisons and clients: their customers' appointments only). Null with not-found when it does not exist or the caller may not see it; invalid-param-type for an id that is not a positive integer. */
  appointment?: Maybe<Appointment>;
  /** One appointment by its external reference, for every role (liaisons and clients: their customers' appointments only). Null with not-found when none has it or the caller may not see it. */
  appointmentByReference?: Maybe<Appointment>;
  /** One appointment by its UUID (the Read API's _id), for every role (liaisons and clients: their customers' appointments only). Null with not-found when none has it or the caller may not see it. */
  appointmentByUuid?: Maybe<Appointment>;
  /** An offset page of the appointment categories, for every role (reference data: every caller reads every category), with the total count. invalid-param for a page size outside 0..1000, a negative offset, a cursor of another query or a bad filter; invalid-param-type for a filter id that is not a positive integer. */
  appointmentCategories: AppointmentCategoryPage;
  /** A keyset-paged connection of the appointment categories, for every role (reference data: every caller reads every category): pass pageInfo.endCursor as `after` (with the same filter, sort and order) for the next page. invalid-param for a page size outside 0..1000, a negative offset, a cursor of another query or a bad filter; invalid-param-type for a filter id that is not a positive integer. */
  appointmentCategoriesConnection: AppointmentCategoryConnection;
  /** One appointment category by id, for every role (reference data: every caller reads every category). Null with not-found when it does not exist; invalid-param-type for an id that is not a positive integer. */
  appointmentCategory?: Maybe<AppointmentCategory>;
  /** One appointment category by its reference, compared exactly (case, accents, trailing spaces), for every role (reference data: every caller reads every category). Null with not-found when none has it. */
  appointmentCategoryByReference?: Maybe<AppointmentCategory>;
  /** The durable feed of appointment changes, by every writer (the gateway, other applications, SQL), in the order they were recorded: resumable from any cursor it gave, after restarts and on any instance, with no change skipped or repeated. Employees and application tokens see every change; liaisons and clients the changes of their customers’ appointments (a move between customers shows to both sides). cursor-expired for a cursor older than CHANGE_RETENTION_HOURS; invalid-param for first outside 0..1000 or a cursor that is not the feed’s. */
  appointmentChanges: AppointmentChangeConnection;
  /** An offset page of the appointments the caller may see (employees: every one; liaisons and clients: their customers'), with the total count. invalid-param for max outside 0..1000, a negative offset or a bad filter; invalid-datetime-format for a filter instant not in ISO-8601; invalid-param-type for a filter id that is not a positive integer. */
  appointments: AppointmentPage;
  /** A keyset-paged connection of the appointments the caller may see (employees: every one; liaisons and clients: their customers'): pass pageInfo.endCursor as `after` (with the same filter, sort and order) for the next page. invalid-param for first outside 0..1000, a cursor of another query or a bad filter; invalid-datetime-format; invalid-param-type. */
  appointmentsConnection: AppointmentConnection;
  /** One contact by id, for every role (employees and application tokens: every contact; liaisons: their customers' contacts; clients: their own customer's). Null with not-found when it does not exist or the caller may not see its customer; invalid-param-type for an id that is not a positive integer. */
  contact?: Maybe<Contact>;
  /** An offset page of contacts, by name then id unless sorted otherwise, with the total count, for every role (employees and application tokens: every contact; liaisons: their customers' contacts; clients: their own customer's): one customer's (what an appointment's contacts input may name) or every visible one. invalid-param for max outside 0..1000 or a negative offset; invalid-param for a bad filter (more than 1000 ids, a pattern over 255 characters); invalid-param-type for a customerId or filter id that is not a positive integer. */
  contacts?: Maybe<ContactPage>;
  /** A keyset-paged connection of contacts, by name then id unless sorted otherwise, for every role (employees and application tokens: every contact; liaisons: their customers' contacts; clients: their own customer's): pass pageInfo.endCursor as `after` (with the same customerId, filter, sort and order) for the next page. invalid-param for first outside 0..1000 or a cursor of another query; invalid-param for a bad filter (more than 1000 ids, a pattern over 255 characters); invalid-param-type for a customerId or filter id that is not a positive integer. */
  contactsConnection?: Maybe<ContactConnection>;
  /** One customer by id, for every role (employees and application tokens: every customer; liaisons: their customers; clients: their own customer). Null with not-found when it does not exist or the caller may not see it; invalid-param-type for an id that is not a positive integer. */
  customer?: Maybe<Customer>;
  /** One customer by its external reference, compared exactly (case, accents, trailing spaces), for every role (employees and application tokens: every customer; liaisons: their customers; clients: their own customer). Null with not-found when none has it or the caller may not see it. */
  customerByReference?: Maybe<Customer>;
  /** An offset page of the customers the caller may see (employees and application tokens: every customer; liaisons: their customers; clients: their own customer), with the total count. invalid-param for max outside 0..1000, a negative offset or a bad filter; invalid-param-type for a filter id that is not a positive integer. */
  customers: CustomerPage;
  /** A keyset-paged connection of the customers the caller may see (employees and application tokens: every customer; liaisons: their customers; clients: their own customer): pass pageInfo.endCursor as `after` (with the same filter, sort and order) for the next page. invalid-param for first outside 0..1000, a cursor of another query or a bad filter; invalid-param-type for a filter id that is not a positive integer. */
  customersConnection: CustomerConnection;
  /** Every error code the gateway answers with, and its HTTP status. */
  errorCatalog: Array<ErrorCatalogEntry>;
  /** One order by id, for every role (employees and application tokens: every order; liaisons and clients: their customers' orders). Null with not-found when it does not exist or the caller may not see it; invalid-param-type for an id that is not a positive integer. */
  order?: Maybe<Order>;
  /** One order by its external reference, compared exactly (case, accents, trailing spaces), for every role (employees and application tokens: every order; liaisons and clients: their customers' orders). Null with not-found when none has it or the caller may not see it. */
  orderByReference?: Maybe<Order>;
  /** An offset page of the orders the caller may see (employees and application tokens: every order; liaisons and clients: their customers' orders), with the total count. invalid-param for max outside 0..1000 or a negative offset; invalid-param for a bad filter (an unknown status, an empty range, too many ids, a pattern over 255 characters); invalid-datetime-format for a filter instant not in ISO-8601; invalid-param-type for a filter id that is not a positive integer. */
  orders: OrderPage;
  /** A keyset-paged connection of the orders the caller may see (employees and application tokens: every order; liaisons and clients: their customers' orders): pass pageInfo.endCursor as `after` (with the same filter, sort and order) for the next page. invalid-param for first outside 0..1000 or a cursor of another query; invalid-param for a bad filter (an unknown status, an empty range, too many ids, a pattern over 255 characters); invalid-datetime-format for a filter instant not in ISO-8601; invalid-param-type for a filter id that is not a positive integer. */
  ordersConnection: OrderConnection;
  /** One photographer (a user whose employee record is flagged photographer) by user id, for every role (clients book shoots): employees and application tokens see the user whole; liaisons and clients see id, reference and name, and email only of themselves. Null with not-found when the user does not exist or is not a photographer; invalid-param-type for an id that is not a positive integer. */
  photographer?: Maybe<User>;
  /** For the scheduler: between from and to, each photographer asked for (or every photographer), by name then id, with their busy times and their free windows and slots inside the office's working hours. For every role; a busy time names its appointment only where the caller may see it. invalid-datetime-format for from or to not an ISO-8601 instant; date-validation-error (naming to) when to is not after from; invalid-param for a range over 31 days (naming to), slotMinutes or stepMinutes outside 5..1440, both photographerIds and photographerReferences, more than 1000 of either, or one that names no photographer (The photographer with the id 7 doesn't exist.); invalid-param-type for an id that is not a positive integer. */
  photographerAvailability: Array<PhotographerAvailability>;
  /** One photographer by their user's reference, compared exactly (case, accents, trailing spaces), for every role (clients book shoots): employees and application tokens see the user whole; liaisons and clients see id, reference and name, and email only of themselves. Null with not-found when no user has it or that user is not a photographer. */
  photographerByReference?: Maybe<User>;
  /** An offset page of the photographers, for every role (clients book shoots): employees and application tokens see the user whole; liaisons and clients see id, reference and name, and email only of themselves; with the total count. invalid-param for a page size outside 0..1000, a negative offset, a cursor of another query or a bad filter; invalid-param-type for a filter id that is not a positive integer. */
  photographers: PhotographerPage;
  /** A keyset-paged connection of the photographers, for every role (clients book shoots): employees and application tokens see the user whole; liaisons and clients see id, reference and name, and email only of themselves: pass pageInfo.endCursor as `after` (with the same filter, sort and order) for the next page. invalid-param for a page size outside 0..1000, a negative offset, a cursor of another query or a bad filter; invalid-param-type for a filter id that is not a positive integer. */
  photographersConnection: PhotographerConnection;
  /** Who the request acts as: its session, application, user and role. */
  viewer: Viewer;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryAppointmentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryAppointmentByReferenceArgs = {
  reference: Scalars['String']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryAppointmentByUuidArgs = {
  uuid: Scalars['String']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryAppointmentCategoriesArgs = {
  filter?: InputMaybe<AppointmentCategoryFilter>;
  max?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<AppointmentCategorySort>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryAppointmentCategoriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AppointmentCategoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<AppointmentCategorySort>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryAppointmentCategoryArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryAppointmentCategoryByReferenceArgs = {
  reference: Scalars['String']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryAppointmentChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryAppointmentsArgs = {
  filter?: InputMaybe<AppointmentFilter>;
  max?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<AppointmentSort>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryAppointmentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AppointmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<AppointmentSort>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryContactsArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<ContactFilter>;
  max?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<ContactSort>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryContactsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<ContactSort>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryCustomerByReferenceArgs = {
  reference: Scalars['String']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryCustomersArgs = {
  filter?: InputMaybe<CustomerFilter>;
  max?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<CustomerSort>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryCustomersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<CustomerSort>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryOrderByReferenceArgs = {
  reference: Scalars['String']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryOrdersArgs = {
  filter?: InputMaybe<OrderFilter>;
  max?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<OrderSort>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryOrdersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<OrderSort>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryPhotographerArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryPhotographerAvailabilityArgs = {
  from: Scalars['String']['input'];
  photographerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  photographerReferences?: InputMaybe<Array<Scalars['String']['input']>>;
  slotMinutes?: InputMaybe<Scalars['Int']['input']>;
  stepMinutes?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryPhotographerByReferenceArgs = {
  reference: Scalars['String']['input'];
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryPhotographersArgs = {
  filter?: InputMaybe<PhotographerFilter>;
  max?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<PhotographerSort>;
};


/** Reads. Every request carries a token (Authorization: Bearer) and acts in the role X-Application picks; one that cannot be authenticated is refused before any field runs (invalid-token, session-expired, client-required, or permission-denied when the user has no role in that application). A row the caller may not see reads exactly like one that does not exist. */
export type QueryPhotographersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PhotographerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortOrder>;
  sort?: InputMaybe<PhotographerSort>;
};

/** The role a request acts in: the application (X-Application) picks it among the user's records. */
export type Role =
  /** Reads their own customer's appointments and orders; writes nothing. */
  | 'CLIENT'
  /** Staff: reads and writes every appointment, reads and signs off every order. Application tokens act as employees. */
  | 'EMPLOYEE'
  /** Reads and updates the appointments of the customers they are linked to, and reads those customers' orders. */
  | 'LIAISON';

/** The appointment the sign-off is for: cancelled when a reason is given, otherwise done. */
export type SignOffAppointmentInput = {
  /** apptId by the appointment's reference (exact): one or the other, not both. An unknown reference, one the caller may not see, or an appointment of another order is invalid-param naming appointmentReference. */
  appointmentReference?: InputMaybe<Scalars['String']['input']>;
  /** An appointment of the order being signed off, by id; or send appointmentReference (exactly one of them: neither is missing-param, both invalid-param). One of another order, of no order, or that does not exist is invalid-param naming apptId. */
  apptId?: InputMaybe<Scalars['ID']['input']>;
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
  /** The appointment of this order the sign-off is for. */
  appointment: SignOffAppointmentInput;
  /** The line items to update; each must belong to the order, once. */
  lineItems?: InputMaybe<Array<SignOffLineItemInput>>;
  /** The order's notes: left out keeps them, null clears them. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The order to sign off, by id (not-found when it does not exist or the caller may not see it); or send orderReference: exactly one of them (neither is missing-param, both invalid-param). */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** orderId by the order's reference (exact): one or the other, not both. The order is the mutation's target, so an unknown reference, or one the caller may not see, is not-found naming orderReference (as an unknown orderId is). */
  orderReference?: InputMaybe<Scalars['String']['input']>;
  /** The order's concurrency stamp as last read (Order.updatedAt); otherwise stale-update. */
  updatedAt: Scalars['String']['input'];
};

/** The order and the appointment as the sign-off left them. */
export type SignOffOrderPayload = {
  __typename?: 'SignOffOrderPayload';
  /** The appointment as the sign-off left it: done, or cancelled with the reason and note. */
  appointment: Appointment;
  /** The order as the sign-off left it: status signed_off, a new updatedAt, one more signOffCount. */
  order: Order;
};

/** Ascending or descending. */
export type SortOrder =
  /** Smallest first (earliest instant, lowest id); the default. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Live events, over WebSocket on /graphql (the graphql-ws protocol; not over HTTP). The token and application go in connection_init ({ "Authorization": "Bearer <token>", "X-Application": "<slug>" }); every event passes the same row rules as the queries. A socket is closed with 4000 + the catalog status and the catalog code as its reason when its token stops being accepted (4401 invalid-token, session-expired) or its client reads too slowly (4503 slow-consumer). */
export type Subscription = {
  __typename?: 'Subscription';
  /** An event for every appointment created, updated, deleted or signed off that the caller may see (liaisons and clients: their customers') and that matches the filter as the row is after the change. A deletion is matched by what it still knows: its id, customerId and orderId; the filter's other fields are not judged for it. Over graphql-ws on /graphql only; invalid-param and the filter's other codes as appointments. */
  appointmentChanged: AppointmentChangeEvent;
  /** An event for every change of one order: writes, sign-offs and amendments, and its deletion. As order(id): not-found when it does not exist or the caller may not see it. Over graphql-ws on /graphql only. */
  orderChanged: OrderChangeEvent;
};


/** Live events, over WebSocket on /graphql (the graphql-ws protocol; not over HTTP). The token and application go in connection_init ({ "Authorization": "Bearer <token>", "X-Application": "<slug>" }); every event passes the same row rules as the queries. A socket is closed with 4000 + the catalog status and the catalog code as its reason when its token stops being accepted (4401 invalid-token, session-expired) or its client reads too slowly (4503 slow-consumer). */
export type SubscriptionAppointmentChangedArgs = {
  filter?: InputMaybe<AppointmentFilter>;
};


/** Live events, over WebSocket on /graphql (the graphql-ws protocol; not over HTTP). The token and application go in connection_init ({ "Authorization": "Bearer <token>", "X-Application": "<slug>" }); every event passes the same row rules as the queries. A socket is closed with 4000 + the catalog status and the catalog code as its reason when its token stops being accepted (4401 invalid-token, session-expired) or its client reads too slowly (4503 slow-consumer). */
export type SubscriptionOrderChangedArgs = {
  id: Scalars['ID']['input'];
};

/** A stretch of time: from start (included) to end (excluded), both UTC instants. */
export type TimeWindow = {
  __typename?: 'TimeWindow';
  /** When it ends (UTC), excluded: a slot may begin at the end of an appointment. */
  end: Scalars['DateTimeISO']['output'];
  /** When it begins (UTC), included. */
  start: Scalars['DateTimeISO']['output'];
};

/** A partial update: fields left out keep their values, a field sent as null is cleared. */
export type UpdateAppointmentInput = {
  /** True when the appointment takes the whole day; cannot be null. */
  allday?: InputMaybe<Scalars['Boolean']['input']>;
  /** An existing appointment category (else invalid-param). */
  appointmentCategoryId?: InputMaybe<Scalars['ID']['input']>;
  /** appointmentCategoryId by the category's reference (exact): one or the other, not both (else invalid-param). */
  appointmentCategoryReference?: InputMaybe<Scalars['String']['input']>;
  /** The appointment's type (e.g. shoot), up to 50 characters. */
  apptType?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment is cancelled; cannot be null. */
  cancelled?: InputMaybe<Scalars['Boolean']['input']>;
  /** True once the appointment is confirmed; cannot be null. */
  confirmed?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO-8601 instant with offset. */
  confirmedAt?: InputMaybe<Scalars['String']['input']>;
  /** Who confirmed the appointment (e.g. a user reference), up to 100 characters. */
  confirmedBy?: InputMaybe<Scalars['String']['input']>;
  /** Ids of contacts of the appointment's customer (by id only: contacts have no reference); replaces the whole list. null or [] clears it. */
  contacts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A customer the caller sees (else invalid-param); only employees may clear it. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** customerId by the customer's reference (exact): one or the other, not both; a customer the caller can't see reads as missing (invalid-param). */
  customerReference?: InputMaybe<Scalars['String']['input']>;
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
  /** The delivery type (e.g. standard, rush), up to 50 characters. */
  deliveryType?: InputMaybe<Scalars['String']['input']>;
  /** A description of the appointment, free text up to 65,535 bytes. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment took place; cannot be null. */
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** End instant, ISO-8601 with offset. Or send dateStopUtc + timeStopUtc. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** The FileMaker app's own id for the appointment, 0 or more. */
  fmApptId?: InputMaybe<Scalars['Int']['input']>;
  /** Where the appointment takes place, free text up to 255 characters. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** A free-text note (the CRM API's note), up to 65,535 bytes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Free-text notes (the Update API's notes), up to 65,535 bytes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment was cancelled on site; cannot be null. */
  onSiteCancel?: InputMaybe<Scalars['Boolean']['input']>;
  /** The scheduling system's optional flag; cannot be null. */
  optional?: InputMaybe<Scalars['Boolean']['input']>;
  /** An order of the appointment's customer (else invalid-param). */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** orderId by the order's reference (exact): one or the other, not both; an order the caller can't see reads as missing (invalid-param). */
  orderReference?: InputMaybe<Scalars['String']['input']>;
  /** Id of the order_request_appt record, 0 or more (not checked against any table). */
  orderRequestApptId?: InputMaybe<Scalars['Int']['input']>;
  /** Id of the order request the appointment came from, 0 or more (not checked against any table). */
  orderRequestId?: InputMaybe<Scalars['Int']['input']>;
  /** The CRM organization (entity) the appointment belongs to, up to 100 characters. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** The photographer's name as shown with the appointment, up to 255 characters. */
  photographerName?: InputMaybe<Scalars['String']['input']>;
  /** photographerUserId by the photographer user's reference (exact): one or the other, not both (else invalid-param). */
  photographerReference?: InputMaybe<Scalars['String']['input']>;
  /** The photographer's user id: an employee with the photographer flag (else invalid-param). */
  photographerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** True when the appointment is ready to be scheduled; cannot be null. */
  readyToSchedule?: InputMaybe<Scalars['Boolean']['input']>;
  /** The external reference (unique); null clears it. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  requestedDate?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  requestedTime?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment was cancelled on the day it was due; cannot be null. */
  sameDayCancel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start instant, ISO-8601 with offset (2016-10-09T08:10:00Z). Or send dateStartUtc + timeStartUtc. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** A summary of the appointment, free text up to 65,535 bytes. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The duration as text (e.g. 1:30), up to 32 characters; not checked against timeDurationS. */
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
  /** The employee responsible, a user id of an employee. Only employees choose it; a liaison may only send the stored one. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** userId by the responsible employee's user reference (exact): one or the other, not both (else invalid-param). */
  userReference?: InputMaybe<Scalars['String']['input']>;
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
  /** True when the appointment takes the whole day; cannot be null. */
  allday?: InputMaybe<Scalars['Boolean']['input']>;
  /** An existing appointment category (else invalid-param). */
  appointmentCategoryId?: InputMaybe<Scalars['ID']['input']>;
  /** appointmentCategoryId by the category's reference (exact): one or the other, not both (else invalid-param). */
  appointmentCategoryReference?: InputMaybe<Scalars['String']['input']>;
  /** The appointment's type (e.g. shoot), up to 50 characters. */
  apptType?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment is cancelled; cannot be null. */
  cancelled?: InputMaybe<Scalars['Boolean']['input']>;
  /** True once the appointment is confirmed; cannot be null. */
  confirmed?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO-8601 instant with offset. */
  confirmedAt?: InputMaybe<Scalars['String']['input']>;
  /** Who confirmed the appointment (e.g. a user reference), up to 100 characters. */
  confirmedBy?: InputMaybe<Scalars['String']['input']>;
  /** Ids of contacts of the appointment's customer (by id only: contacts have no reference); replaces the whole list. null or [] clears it. */
  contacts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A customer the caller sees (else invalid-param); only employees may clear it. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** customerId by the customer's reference (exact): one or the other, not both; a customer the caller can't see reads as missing (invalid-param). */
  customerReference?: InputMaybe<Scalars['String']['input']>;
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
  /** The delivery type (e.g. standard, rush), up to 50 characters. */
  deliveryType?: InputMaybe<Scalars['String']['input']>;
  /** A description of the appointment, free text up to 65,535 bytes. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment took place; cannot be null. */
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** End instant, ISO-8601 with offset. Or send dateStopUtc + timeStopUtc. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** The FileMaker app's own id for the appointment, 0 or more. */
  fmApptId?: InputMaybe<Scalars['Int']['input']>;
  /** Where the appointment takes place, free text up to 255 characters. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** A free-text note (the CRM API's note), up to 65,535 bytes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Free-text notes (the Update API's notes), up to 65,535 bytes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment was cancelled on site; cannot be null. */
  onSiteCancel?: InputMaybe<Scalars['Boolean']['input']>;
  /** The scheduling system's optional flag; cannot be null. */
  optional?: InputMaybe<Scalars['Boolean']['input']>;
  /** An order of the appointment's customer (else invalid-param). */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** orderId by the order's reference (exact): one or the other, not both; an order the caller can't see reads as missing (invalid-param). */
  orderReference?: InputMaybe<Scalars['String']['input']>;
  /** Id of the order_request_appt record, 0 or more (not checked against any table). */
  orderRequestApptId?: InputMaybe<Scalars['Int']['input']>;
  /** Id of the order request the appointment came from, 0 or more (not checked against any table). */
  orderRequestId?: InputMaybe<Scalars['Int']['input']>;
  /** The CRM organization (entity) the appointment belongs to, up to 100 characters. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** The photographer's name as shown with the appointment, up to 255 characters. */
  photographerName?: InputMaybe<Scalars['String']['input']>;
  /** photographerUserId by the photographer user's reference (exact): one or the other, not both (else invalid-param). */
  photographerReference?: InputMaybe<Scalars['String']['input']>;
  /** The photographer's user id: an employee with the photographer flag (else invalid-param). */
  photographerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** True when the appointment is ready to be scheduled; cannot be null. */
  readyToSchedule?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM-DD (MM/DD/YYYY with monthFirst). */
  requestedDate?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM or HH:MM:SS. */
  requestedTime?: InputMaybe<Scalars['String']['input']>;
  /** True when the appointment was cancelled on the day it was due; cannot be null. */
  sameDayCancel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start instant, ISO-8601 with offset (2016-10-09T08:10:00Z). Or send dateStartUtc + timeStartUtc. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** A summary of the appointment, free text up to 65,535 bytes. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The duration as text (e.g. 1:30), up to 32 characters; not checked against timeDurationS. */
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
  /** The title, 1 to 255 characters. */
  title: Scalars['String']['input'];
  /** The employee responsible, a user id of an employee. Only employees choose it; a liaison may only send the stored one. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** userId by the responsible employee's user reference (exact): one or the other, not both (else invalid-param). */
  userReference?: InputMaybe<Scalars['String']['input']>;
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
  /** The appointment as the upsert left it. */
  appointment: Appointment;
  /** Whether the upsert inserted, changed or left the appointment. */
  outcome: UpsertOutcome;
};

/** What an upsert did: inserted a new row, changed the existing one, or found it already as sent. */
export type UpsertOutcome =
  /** No appointment had the reference: a new one was inserted. */
  | 'CREATED'
  /** The appointment with the reference already held every value sent: nothing was written, updatedAtMt stays. */
  | 'UNCHANGED'
  /** The appointment with the reference was changed, and has a new updatedAtMt. */
  | 'UPDATED';

/** A person who signs in: an employee, a photographer, a client or a liaison. */
export type User = {
  __typename?: 'User';
  /** The user's email address. Employees and application tokens see every user's; liaisons and clients only their own (null for anyone else). */
  email?: Maybe<Scalars['String']['output']>;
  /** The user's id (what photographerUserId and userId hold). */
  id: Scalars['ID']['output'];
  /** The user's full name. */
  name: Scalars['String']['output'];
  /** The user's external (employee) reference, unique. */
  reference: Scalars['String']['output'];
};

/** Who the request acts as. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The application the request acts in. */
  application: Application;
  /** The role the request acts in, which decides what it may read and write. */
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
  /** When the session was created (UTC instant). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the session stops being accepted: seven days after it was created or 72 hours after its last use, whichever is first; null with rememberMe. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The session's id (what `npm run token -- revoke --session <id>` takes). */
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

export type FindCustomersQueryVariables = Exact<{
  name: Scalars['String']['input'];
  max?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FindCustomersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerPage', data: Array<{ __typename?: 'Customer', id: string, reference: string, name: string }> } };

export type CustomerContactsQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  max?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CustomerContactsQuery = { __typename?: 'Query', contacts?: { __typename?: 'ContactPage', data: Array<{ __typename?: 'Contact', id: string, name: string, email?: string | null }> } | null };

export type AppointmentCategoriesQueryVariables = Exact<{
  max?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AppointmentCategoriesQuery = { __typename?: 'Query', appointmentCategories: { __typename?: 'AppointmentCategoryPage', data: Array<{ __typename?: 'AppointmentCategory', id: string, reference: string, name: string }> } };

export type FreePhotographersQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  slotMinutes?: InputMaybe<Scalars['Int']['input']>;
  photographerReferences?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type FreePhotographersQuery = { __typename?: 'Query', photographerAvailability: Array<{ __typename?: 'PhotographerAvailability', photographer: { __typename?: 'User', id: string, reference: string, name: string }, slots: Array<{ __typename?: 'TimeWindow', start: string, end: string }> }> };

export type CreateAppointmentByReferencesMutationVariables = Exact<{
  input: CreateAppointmentInput;
}>;


export type CreateAppointmentByReferencesMutation = { __typename?: 'Mutation', createAppointment: { __typename?: 'Appointment', id: string, updatedAtMt: string, title: string, startDate: string, endDate: string, customer?: { __typename?: 'Customer', reference: string } | null, appointmentCategory?: { __typename?: 'AppointmentCategory', reference: string } | null, photographer?: { __typename?: 'User', reference: string } | null, contacts: Array<{ __typename?: 'Contact', id: string }> } };

export type OrdersConnectionQueryVariables = Exact<{
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<OrderSort>;
  order?: InputMaybe<SortOrder>;
}>;


export type OrdersConnectionQuery = { __typename?: 'Query', ordersConnection: { __typename?: 'OrderConnection', nodes: Array<{ __typename?: 'Order', id: string, reference?: string | null, status: string, createdAt: string, signedOffAt?: string | null, signOffCount: number, updatedAt: string, customer?: { __typename?: 'Customer', reference: string, name: string } | null, lineItems: Array<{ __typename?: 'OrderLineItem', id: string, name: string, quantity: number, completedQuantity: number }>, appointments: Array<{ __typename?: 'Appointment', id: string, reference?: string | null, title: string, startDate: string }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OrderByReferenceQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type OrderByReferenceQuery = { __typename?: 'Query', orderByReference?: { __typename?: 'Order', id: string, status: string, updatedAt: string, signOffs: Array<{ __typename?: 'OrderSignOff', signedAt: string, signedBy?: string | null, outcome: string }> } | null };

export type PhotographerAvailabilityQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  photographerIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  slotMinutes?: InputMaybe<Scalars['Int']['input']>;
  stepMinutes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PhotographerAvailabilityQuery = { __typename?: 'Query', photographerAvailability: Array<{ __typename?: 'PhotographerAvailability', photographer: { __typename?: 'User', id: string, reference: string, name: string }, busy: Array<{ __typename?: 'BusyInterval', start: string, end: string, appointmentId?: string | null }>, free: Array<{ __typename?: 'TimeWindow', start: string, end: string }>, slots: Array<{ __typename?: 'TimeWindow', start: string, end: string }> }> };

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
export const FindCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"max"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"max"},"value":{"kind":"Variable","name":{"kind":"Name","value":"max"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FindCustomersQuery, FindCustomersQueryVariables>;
export const CustomerContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"max"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"max"},"value":{"kind":"Variable","name":{"kind":"Name","value":"max"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerContactsQuery, CustomerContactsQueryVariables>;
export const AppointmentCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"max"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"max"},"value":{"kind":"Variable","name":{"kind":"Name","value":"max"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentCategoriesQuery, AppointmentCategoriesQueryVariables>;
export const FreePhotographersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreePhotographers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slotMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"60"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"photographerReferences"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photographerAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"slotMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slotMinutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"photographerReferences"},"value":{"kind":"Variable","name":{"kind":"Name","value":"photographerReferences"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photographer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<FreePhotographersQuery, FreePhotographersQueryVariables>;
export const CreateAppointmentByReferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAppointmentByReferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photographer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAppointmentByReferencesMutation, CreateAppointmentByReferencesMutationVariables>;
export const OrdersConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderSort"}},"defaultValue":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortOrder"}},"defaultValue":{"kind":"EnumValue","value":"ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"signOffCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"completedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersConnectionQuery, OrdersConnectionQueryVariables>;
export const OrderByReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<OrderByReferenceQuery, OrderByReferenceQueryVariables>;
export const PhotographerAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhotographerAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"photographerIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slotMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"60"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photographerAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"photographerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"photographerIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"slotMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slotMinutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"stepMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photographer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"busy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"free"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<PhotographerAvailabilityQuery, PhotographerAvailabilityQueryVariables>;
export const SchedulerAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchedulerAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentSort"}},"defaultValue":{"kind":"EnumValue","value":"START_DATE"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortOrder"}},"defaultValue":{"kind":"EnumValue","value":"ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentUssSchedulerView"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentUssSchedulerView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"allday"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopLocal"}},{"kind":"Field","name":{"kind":"Name","value":"dateStartOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeStartOffice"}},{"kind":"Field","name":{"kind":"Name","value":"dateStopOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeStopOffice"}},{"kind":"Field","name":{"kind":"Name","value":"timeDurationS"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"readyToSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"apptType"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTime"}},{"kind":"Field","name":{"kind":"Name","value":"windowDateStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowDateEnd"}},{"kind":"Field","name":{"kind":"Name","value":"windowTimeStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowTimeEnd"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"photographerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"photographerName"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtMt"}}]}}]} as unknown as DocumentNode<SchedulerAppointmentsQuery, SchedulerAppointmentsQueryVariables>;