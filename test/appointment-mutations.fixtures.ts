import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { newStamp } from '../src/domain/stamp';
import { Appointment, AppointmentCategory, Contact, Customer, Employee, Order, User } from '../src/database/entities';

/** Every Appointment field a write test reads back. */
export const FIELDS = `id uuid reference title note notes summary description location startDate endDate
  dateStartLocal dateStopLocal timeStartLocal timeStopLocal dateStartOffice dateStopOffice timeStartOffice timeStopOffice
  dateStartUtc dateStopUtc timeStartUtc timeStopUtc allday timeDuration timeDurationS confirmed confirmedAt confirmedBy
  cancelled sameDayCancel onSiteCancel optional done readyToSchedule apptType deliveryType requestedDate requestedTime
  windowDateStart windowDateEnd windowTimeStart windowTimeEnd fmApptId orderId orderRequestId orderRequestApptId
  photographerUserId photographerName userId customerId appointmentCategoryId organization contacts { id }
  createdAt updatedAt dateCreated lastUpdated createdBy createdIn updatedBy updatedIn updatedAtMt signedOffAt`;

export const CREATE = `mutation Create($input: CreateAppointmentInput!, $monthFirst: Boolean) {
  createAppointment(input: $input, monthFirst: $monthFirst) { ${FIELDS} } }`;
export const UPDATE = `mutation Update($id: ID!, $input: UpdateAppointmentInput!, $monthFirst: Boolean) {
  updateAppointment(id: $id, input: $input, monthFirst: $monthFirst) { ${FIELDS} } }`;
export const UPDATE_BY_REFERENCE = `mutation Update($reference: String!, $input: UpdateAppointmentInput!) {
  updateAppointmentByReference(reference: $reference, input: $input) { ${FIELDS} } }`;
export const UPSERT = `mutation Upsert($reference: String!, $input: UpsertAppointmentInput!, $monthFirst: Boolean) {
  upsertAppointment(reference: $reference, input: $input, monthFirst: $monthFirst) { outcome appointment { ${FIELDS} } } }`;
export const DELETE = 'mutation Delete($id: ID!) { deleteAppointment(id: $id) { success id } }';
export const DELETE_BY_REFERENCE =
  'mutation Delete($reference: String!) { deleteAppointmentByReference(reference: $reference) { success id } }';

export interface World {
  customerId: number;
  otherCustomerId: number;
  categoryId: number;
  contactIds: number[];
  userId: number;
  photographerId: number;
  orderId: number;
}

const T0 = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));
let counter = 0;

/** The rows an appointment can point at: two customers, a category, three contacts (of the first), an employee, a photographer, an order. */
export async function arrangeWorld(db: DataSource): Promise<World> {
  counter += 1;
  const tag = `${counter}-${randomUUID().slice(0, 6)}`;
  const customer = (r: string) => db.getRepository(Customer).insert({ reference: `C-${r}-${tag}`, name: `Customer ${r}`, createdAt: T0 });
  const customerId = (await customer('a')).identifiers[0].id;
  const otherCustomerId = (await customer('b')).identifiers[0].id;
  const categoryId = (await db.getRepository(AppointmentCategory).insert({ reference: `meeting-${tag}`, name: 'Rendez-vous' }))
    .identifiers[0].id;
  const contactIds: number[] = [];
  for (const name of ['Ann', 'Bob', 'Cy']) {
    contactIds.push((await db.getRepository(Contact).insert({ customerId, name, email: null } as never)).identifiers[0].id);
  }
  const user = (r: string) => db.getRepository(User).insert({ reference: `${r}-${tag}`, name: r, email: null, createdAt: T0 });
  // The responsible user must be an employee, the photographer an employee with the flag.
  const userId = (await user('emp')).identifiers[0].id;
  const photographerId = (await user('photo')).identifiers[0].id;
  await db.getRepository(Employee).insert([
    { userId, photographer: false, title: null },
    { userId: photographerId, photographer: true, title: null },
  ]);
  const orderId = (
    await db.getRepository(Order).insert({
      reference: `O-${tag}`,
      customerId,
      notes: null,
      createdAt: T0,
      lastUpdated: T0,
      updatedAt: newStamp(T0),
    } as never)
  ).identifiers[0].id;
  return { customerId, otherCustomerId, categoryId, contactIds, userId, photographerId, orderId };
}

/** Inserts an appointment directly (not through the API), for tests that need one to exist. */
export async function insertAppointment(db: DataSource, extra: Partial<Appointment> = {}): Promise<Appointment> {
  counter += 1;
  const row = {
    uuid: randomUUID(),
    reference: `R-${counter}-${randomUUID().slice(0, 8)}`,
    title: `Shoot ${counter}`,
    startDate: T0,
    endDate: new Date(T0.getTime() + 3600_000),
    createdAt: T0,
    updatedAt: T0,
    updatedAtMt: newStamp(T0),
    createdBy: 'fixture',
    updatedBy: 'fixture',
    ...extra,
  };
  const id = (await db.getRepository(Appointment).insert(row)).identifiers[0].id;
  return db.getRepository(Appointment).findOneByOrFail({ id });
}

/** Links contacts to an appointment directly. */
export async function link(db: DataSource, appointmentId: number, contactIds: number[]): Promise<void> {
  await db
    .createQueryBuilder()
    .insert()
    .into('appointment_contacts')
    .values(contactIds.map((c) => ({ appointment_id: appointmentId, contact_id: c })))
    .execute();
}

/** Every row a write could touch, to compare before and after a refused write. */
export async function snapshot(db: DataSource): Promise<unknown> {
  return {
    appointments: await db.query('SELECT * FROM appointments ORDER BY id'),
    links: await db.query('SELECT * FROM appointment_contacts ORDER BY appointment_id, contact_id'),
    customers: await db.query('SELECT * FROM customers ORDER BY id'),
    contacts: await db.query('SELECT * FROM contacts ORDER BY id'),
    orders: await db.query('SELECT * FROM orders ORDER BY id'),
  };
}

/** A valid create input, with overrides. */
export function createInput(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: 'Check the rest', startDate: '2016-10-12T09:20:00Z', endDate: '2016-10-12T09:25:00Z', ...extra };
}
