/*
 * The GraphQL operations the benchmark sends, and the column behind every field they select.
 * The baseline server builds its answers from the same lists, so both answer the same JSON
 * (the benchmark checks that they do before it measures).
 */

/** How a column's value becomes the field's JSON value (as the gateway serializes it). */
export type FieldKind = 'id' | 'nullableId' | 'instant' | 'flag' | 'plain';

export interface FieldSpec {
  field: string;
  column: string;
  kind: FieldKind;
}

const f = (field: string, column: string, kind: FieldKind = 'plain'): FieldSpec => ({ field, column, kind });

/** The scheduler's view of an appointment (graphql/fragments/appointment-uss-scheduler-view.graphql). */
export const APPOINTMENT_FIELDS: FieldSpec[] = [
  f('id', 'id', 'id'),
  f('uuid', 'uuid'),
  f('reference', 'reference'),
  f('title', 'title'),
  f('location', 'location'),
  f('startDate', 'start_date', 'instant'),
  f('endDate', 'end_date', 'instant'),
  f('allday', 'allday', 'flag'),
  f('dateStartLocal', 'date_start_local'),
  f('timeStartLocal', 'time_start_local'),
  f('dateStopLocal', 'date_stop_local'),
  f('timeStopLocal', 'time_stop_local'),
  f('dateStartOffice', 'date_start_office'),
  f('timeStartOffice', 'time_start_office'),
  f('dateStopOffice', 'date_stop_office'),
  f('timeStopOffice', 'time_stop_office'),
  f('timeDurationS', 'time_duration_s'),
  f('confirmed', 'confirmed', 'flag'),
  f('cancelled', 'cancelled', 'flag'),
  f('done', 'done', 'flag'),
  f('optional', 'optional', 'flag'),
  f('readyToSchedule', 'ready_to_schedule', 'flag'),
  f('apptType', 'appt_type'),
  f('requestedDate', 'requested_date'),
  f('requestedTime', 'requested_time'),
  f('windowDateStart', 'window_date_start'),
  f('windowDateEnd', 'window_date_end'),
  f('windowTimeStart', 'window_time_start'),
  f('windowTimeEnd', 'window_time_end'),
  f('orderId', 'order_id', 'nullableId'),
  f('photographerUserId', 'photographer_user_id', 'nullableId'),
  f('photographerName', 'photographer_name'),
  f('updatedAtMt', 'updated_at_mt'),
];

/** A to-one relation: the field, the table it is read from, the appointment column that points at it, its fields. */
export interface RelationSpec {
  field: string;
  table: string;
  foreignKey: string;
  fields: FieldSpec[];
}

/** The to-many relation the scenarios read: the appointment's contacts (through appointment_contacts). */
export interface ContactsSpec {
  field: 'contacts';
  fields: FieldSpec[];
}

/** What a scenario selects of an appointment: its fields, then its relations in the order the selection names them. */
export interface AppointmentView {
  fields: FieldSpec[];
  relations: (RelationSpec | ContactsSpec)[];
}

export const isToOne = (r: RelationSpec | ContactsSpec): r is RelationSpec => 'table' in r;

const refFields = [f('id', 'id', 'id'), f('reference', 'reference'), f('name', 'name')];
export const TO_ONE: RelationSpec[] = [
  { field: 'customer', table: 'customers', foreignKey: 'customer_id', fields: refFields },
  { field: 'appointmentCategory', table: 'appointment_categories', foreignKey: 'appointment_category_id', fields: refFields },
  { field: 'photographer', table: 'users', foreignKey: 'photographer_user_id', fields: refFields },
];
export const CONTACT_FIELDS: FieldSpec[] = [f('id', 'id', 'id'), f('name', 'name'), f('email', 'email'), f('phone', 'phone')];

/** The scheduler's view with customer, appointmentCategory, photographer and contacts: what every read scenario asks for. */
export const SCHEDULER_VIEW: AppointmentView = {
  fields: APPOINTMENT_FIELDS,
  relations: [...TO_ONE, { field: 'contacts', fields: CONTACT_FIELDS }],
};

const nameOnly = [f('name', 'name')];
/** The slim page's view (issue #20): a list screen's few fields, and a name from each relation. */
export const SLIM_VIEW: AppointmentView = {
  fields: [f('title', 'title'), f('startDate', 'start_date', 'instant'), f('endDate', 'end_date', 'instant')],
  relations: [
    { field: 'customer', table: 'customers', foreignKey: 'customer_id', fields: nameOnly },
    { field: 'appointmentCategory', table: 'appointment_categories', foreignKey: 'appointment_category_id', fields: nameOnly },
    { field: 'contacts', fields: nameOnly },
    { field: 'user', table: 'users', foreignKey: 'user_id', fields: nameOnly },
  ],
};

const selection = (fields: FieldSpec[]) => fields.map((x) => x.field).join(' ');

/** The GraphQL selection of one appointment in a view. */
export function viewSelection(view: AppointmentView): string {
  return [selection(view.fields), ...view.relations.map((r) => `${r.field} { ${selection(r.fields)} }`)].join(' ');
}

/** The selection of one appointment with its relations, as every read scenario but the slim page asks for it. */
export const APPOINTMENT_SELECTION = viewSelection(SCHEDULER_VIEW);

export const OPERATIONS = {
  BenchPage: `query BenchPage($first: Int!, $after: String, $filter: AppointmentFilter) {
  appointmentsConnection(first: $first, after: $after, filter: $filter, sort: START_DATE, order: ASC) {
    nodes { ${APPOINTMENT_SELECTION} }
    pageInfo { hasNextPage endCursor }
  }
}`,
  BenchSlimPage: `query BenchSlimPage($first: Int!, $after: String, $filter: AppointmentFilter) {
  appointmentsConnection(first: $first, after: $after, filter: $filter, sort: START_DATE, order: ASC) {
    nodes { ${viewSelection(SLIM_VIEW)} }
    pageInfo { hasNextPage endCursor }
  }
}`,
  BenchOffset: `query BenchOffset($offset: Int!, $max: Int!) {
  appointments(offset: $offset, max: $max, sort: DATE_CREATED, order: ASC) {
    data { ${APPOINTMENT_SELECTION} }
    paging { offset max }
  }
}`,
  BenchById: `query BenchById($id: ID!) { appointment(id: $id) { ${APPOINTMENT_SELECTION} } }`,
  BenchByReference: `query BenchByReference($reference: String!) { appointmentByReference(reference: $reference) { ${APPOINTMENT_SELECTION} } }`,
  BenchByUuid: `query BenchByUuid($uuid: String!) { appointmentByUuid(uuid: $uuid) { ${APPOINTMENT_SELECTION} } }`,
  BenchUpdate: `mutation BenchUpdate($id: ID!, $input: UpdateAppointmentInput!) {
  updateAppointment(id: $id, input: $input) { id title updatedAtMt }
}`,
  BenchUpsert: `mutation BenchUpsert($reference: String!, $input: UpsertAppointmentInput!) {
  upsertAppointment(reference: $reference, input: $input) { outcome appointment { id reference title updatedAtMt } }
}`,
  BenchSignOff: `mutation BenchSignOff($input: SignOffOrderInput!) {
  signOffOrder(input: $input) { order { id status signOffCount updatedAt } appointment { id done cancelled updatedAtMt } }
}`,
} as const;

export type OperationName = keyof typeof OPERATIONS;

/** A GraphQL request body for one of the operations. */
export function requestBody(operationName: OperationName, variables: Record<string, unknown>): string {
  return JSON.stringify({ operationName, query: OPERATIONS[operationName], variables });
}
