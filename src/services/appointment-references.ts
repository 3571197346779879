import type { EntityManager, ObjectLiteral } from 'typeorm';
import { canSeeCustomer, seesEveryCustomer } from '../auth/permissions';
import type { RequestContext } from '../context/request-context';
import { Appointment, AppointmentCategory, Contact, Customer, Employee, Order } from '../entities';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import type { AppointmentPatch } from './appointment-input.mapper';

/*
 * The rows an appointment write points at (customer, category, order, users, contacts) and its
 * contact links. Every pointer must name a row that belongs with the appointment: integrity,
 * checked for every role, employees included. A row the caller may not see reads exactly as
 * one that does not exist (no enumeration through a write).
 *
 * | pointer              | must name                                                          |
 * |----------------------|--------------------------------------------------------------------|
 * | customerId           | a customer the caller sees (only staff may clear it)               |
 * | appointmentCategoryId| a category                                                         |
 * | orderId              | an order of the appointment's customer                             |
 * | contacts             | contacts of the appointment's customer                             |
 * | photographerUserId   | a photographer (an employee with the photographer flag)            |
 * | userId               | an employee (the one responsible); set by staff only               |
 */

function doesNotExist(param: string, label: string, id: number): DomainError {
  return DomainError.invalidParam(param, `The ${label} with the id ${id} doesn't exist.`);
}

function doesNotBelong(params: string[], label: string, id: number): DomainError {
  return new DomainError(ErrorCode.InvalidParam, `The ${label} with the id ${id} doesn't belong to the appointment's customer.`, params);
}

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

async function findById<T extends ObjectLiteral>(m: EntityManager, entity: new () => T, id: number): Promise<T | null> {
  return m.getRepository(entity).findOneBy({ id } as never);
}

/**
 * Refuses the write (invalid-param naming the field, nothing written) unless every pointer of
 * `patch`, with what `stored` keeps, names a row that belongs with the appointment. `stored` is
 * the row being updated (null on create; on upsert, the row the reference names, if any).
 */
export async function assertPointersBelong(
  ctx: RequestContext, m: EntityManager, patch: AppointmentPatch, stored: Appointment | null,
): Promise<void> {
  const { columns } = patch;
  const actor = ctx.actor;
  const customerChanges = has(columns, 'customerId') && (columns.customerId ?? null) !== (stored?.customerId ?? null);
  const customerId = has(columns, 'customerId') ? columns.customerId ?? null : stored?.customerId ?? null;

  if (columns.customerId != null) {
    const customer = await findById(m, Customer, columns.customerId);
    if (!customer || !canSeeCustomer(actor, customer.id)) throw doesNotExist('customerId', 'customer', columns.customerId);
  }
  if (columns.customerId === null && !seesEveryCustomer(actor)) {
    throw DomainError.invalidParam('customerId', 'customerId cannot be cleared by a user limited to their customers');
  }
  if (columns.appointmentCategoryId != null && !await findById(m, AppointmentCategory, columns.appointmentCategoryId)) {
    throw doesNotExist('appointmentCategoryId', 'appointment category', columns.appointmentCategoryId);
  }

  const orderId = has(columns, 'orderId') ? columns.orderId ?? null : stored?.orderId ?? null;
  if (orderId !== null && (has(columns, 'orderId') || customerChanges)) {
    const order = await findById(m, Order, orderId);
    if (!order || !canSeeCustomer(actor, order.customerId)) throw doesNotExist('orderId', 'order', orderId);
    if ((order.customerId ?? null) !== customerId) {
      throw doesNotBelong(has(columns, 'orderId') ? ['orderId'] : ['customerId', 'orderId'], 'order', orderId);
    }
  }

  const contactIds = patch.contactIds ?? (customerChanges && stored ? await contactIdsOf(m, stored.id) : []);
  if (contactIds.length) {
    const contacts = new Map((await m.getRepository(Contact).findBy(contactIds.map((id) => ({ id })))).map((c) => [c.id, c]));
    const params = patch.contactIds ? ['contacts'] : ['customerId', 'contacts'];
    // Every missing (or invisible) contact is reported before any that belongs elsewhere.
    const missing = contactIds.find((id) => !contacts.has(id) || !canSeeCustomer(actor, contacts.get(id)!.customerId));
    if (missing !== undefined) throw doesNotExist('contacts', 'contact', missing);
    const elsewhere = contactIds.find((id) => (contacts.get(id)!.customerId ?? null) !== customerId);
    if (elsewhere !== undefined) throw doesNotBelong(params, 'contact', elsewhere);
  }

  if (columns.photographerUserId != null) {
    const employee = await m.getRepository(Employee).findOneBy({ userId: columns.photographerUserId });
    if (!employee?.photographer) throw doesNotExist('photographerUserId', 'photographer', columns.photographerUserId);
  }
  if (columns.userId != null) {
    // A caller limited to some customers may keep the responsible employee, not choose one.
    const kept = stored !== null && stored.userId === columns.userId;
    const employee = seesEveryCustomer(actor) || kept ? await m.getRepository(Employee).findOneBy({ userId: columns.userId }) : null;
    if (!employee) throw doesNotExist('userId', 'user', columns.userId);
  }
}

/** The ids of the contacts linked to an appointment. */
export async function contactIdsOf(m: EntityManager, appointmentId: number): Promise<number[]> {
  const rows: { contact_id: number }[] = await m.createQueryBuilder()
    .select('ac.contact_id', 'contact_id').from('appointment_contacts', 'ac')
    .where('ac.appointment_id = :appointmentId', { appointmentId }).getRawMany();
  return rows.map((r) => Number(r.contact_id));
}

/** Makes `contactIds` the appointment's whole contact list (in the caller's transaction). */
export async function replaceContacts(m: EntityManager, appointmentId: number, contactIds: number[]): Promise<void> {
  await m.createQueryBuilder().delete().from('appointment_contacts')
    .where('appointment_id = :appointmentId', { appointmentId }).execute();
  if (!contactIds.length) return;
  await m.createQueryBuilder().insert().into('appointment_contacts')
    .values(contactIds.map((contactId) => ({ appointment_id: appointmentId, contact_id: contactId }))).execute();
}
