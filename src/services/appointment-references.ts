import type { EntityManager, ObjectLiteral } from 'typeorm';
import { canSeeCustomer } from '../auth/permissions';
import type { RequestContext } from '../context/request-context';
import { AppointmentCategory, Contact, Customer, Order, User } from '../entities';
import { DomainError } from '../errors/domain.error';
import type { AppointmentColumns, AppointmentPatch } from './appointment-input.mapper';

/* The rows an appointment write points at (customer, category, order, users, contacts) and its contact links. */

// Id columns that name another row: the row must exist (and be visible) or the write is refused.
const REFERENCED: { key: keyof AppointmentColumns; entity: new () => ObjectLiteral; label: string }[] = [
  { key: 'customerId', entity: Customer, label: 'customer' },
  { key: 'appointmentCategoryId', entity: AppointmentCategory, label: 'appointment category' },
  { key: 'orderId', entity: Order, label: 'order' },
  { key: 'userId', entity: User, label: 'user' },
  { key: 'photographerUserId', entity: User, label: 'photographer' },
];

function doesNotExist(param: string, label: string, id: number): DomainError {
  return DomainError.invalidParam(param, `The ${label} with the id ${id} doesn't exist.`);
}

/**
 * Every id the patch names must exist; a customer (or order of a customer) outside the
 * actor's scope reads as one that does not exist, so a liaison cannot move an appointment
 * to another customer (invalid-param, like a missing id: no enumeration).
 */
export async function assertReferencesExist(ctx: RequestContext, m: EntityManager, patch: AppointmentPatch): Promise<void> {
  for (const { key, entity, label } of REFERENCED) {
    const id = patch.columns[key] as number | null | undefined;
    if (id == null) continue;
    const row = await m.getRepository(entity).findOneBy({ id });
    const scopeId = entity === Customer ? id : entity === Order ? (row as Order | null)?.customerId : undefined;
    if (!row || (scopeId !== undefined && !canSeeCustomer(ctx.actor, scopeId))) throw doesNotExist(key, label, id);
  }
  if (patch.columns.customerId === null && !canSeeCustomer(ctx.actor, null)) {
    throw DomainError.invalidParam('customerId', 'customerId cannot be cleared by a user limited to their customers');
  }
  const ids = patch.contactIds ?? [];
  if (!ids.length) return;
  const found = new Set((await m.getRepository(Contact).findBy(ids.map((id) => ({ id })))).map((c) => c.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw doesNotExist('contacts', 'contact', missing);
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
