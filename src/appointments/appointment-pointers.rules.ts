import { seesEveryCustomer } from '../accounts/permissions';
import type { RequestContext } from '../context/request-context';
import type { Appointment } from '../database/entities';
import type { Repositories } from '../repositories';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import type { AppointmentPatch } from './appointment-input.mapper';
import { REFERENCE_POINTERS, ReferencePointer, SentReferences } from './appointment-references.rules';

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
 *
 * Each but contacts may be sent by reference instead (appointment-references.rules.ts): resolved
 * to its id before these rules run, and a refusal then names the reference field and value sent.
 */

/** How refusals name a pointer: by the field and the value the client sent (its id, or its reference). */
class Naming {
  constructor(private readonly sentAs: SentReferences) {}

  param(param: string): string {
    return this.byReference(param) ? REFERENCE_POINTERS[param as ReferencePointer].field : param;
  }

  key(param: string, id: number): string {
    return this.byReference(param) ? `the reference ${this.sentAs[param as ReferencePointer]}` : `the id ${id}`;
  }

  doesNotExist(param: string, label: string, id: number): DomainError {
    return DomainError.invalidParam(this.param(param), `The ${label} with ${this.key(param, id)} doesn't exist.`);
  }

  doesNotBelong(params: string[], label: string, id: number): DomainError {
    const param = params[params.length - 1]!;
    return new DomainError(
      ErrorCode.InvalidParam,
      `The ${label} with ${this.key(param, id)} doesn't belong to the appointment's customer.`,
      params.map((p) => this.param(p)),
    );
  }

  private byReference(param: string): boolean {
    return typeof this.sentAs[param as ReferencePointer] === 'string';
  }
}

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * Refuses the write (invalid-param naming the field, nothing written) unless every pointer of
 * `patch`, with what `stored` keeps, names a row that belongs with the appointment. `stored` is
 * the row being updated (null on create; on upsert, the row the reference names, if any).
 * `sentAs` holds the pointers the client sent by reference (already resolved into `patch`).
 */
export async function assertPointersBelong(
  r: Repositories,
  ctx: RequestContext,
  patch: AppointmentPatch,
  stored: Appointment | null,
  sentAs: SentReferences = {},
): Promise<void> {
  const { doesNotExist, doesNotBelong } = bound(new Naming(sentAs));
  // Every row is read from the primary (in the write's transaction, when it has one), as the actor may see it.
  const { columns } = patch;
  const actor = ctx.actor;
  const customerChanges = has(columns, 'customerId') && (columns.customerId ?? null) !== (stored?.customerId ?? null);
  const customerId = has(columns, 'customerId') ? (columns.customerId ?? null) : (stored?.customerId ?? null);

  if (columns.customerId != null) {
    const [customer] = await r.customers.byIds(ctx, 'primary', [columns.customerId]);
    if (!customer) throw doesNotExist('customerId', 'customer', columns.customerId);
  }
  if (columns.customerId === null && !seesEveryCustomer(actor)) {
    const param = sentAs.customerId === null ? 'customerReference' : 'customerId';
    throw DomainError.invalidParam(param, `${param} cannot be cleared by a user limited to their customers`);
  }
  if (columns.appointmentCategoryId != null && !(await r.categories.byIds(ctx, 'primary', [columns.appointmentCategoryId]))[0]) {
    throw doesNotExist('appointmentCategoryId', 'appointment category', columns.appointmentCategoryId);
  }

  const orderId = has(columns, 'orderId') ? (columns.orderId ?? null) : (stored?.orderId ?? null);
  if (orderId !== null && (has(columns, 'orderId') || customerChanges)) {
    const [order] = await r.orders.byIds(ctx, 'primary', [orderId]);
    if (!order) throw doesNotExist('orderId', 'order', orderId);
    if ((order.customerId ?? null) !== customerId) {
      throw doesNotBelong(has(columns, 'orderId') ? ['orderId'] : ['customerId', 'orderId'], 'order', orderId);
    }
  }

  const contactIds = patch.contactIds ?? (customerChanges && stored ? await r.appointments.contactIdsOf(ctx, stored.id) : []);
  if (contactIds.length) {
    const found = await r.contacts.byIds(ctx, 'primary', contactIds);
    const params = patch.contactIds ? ['contacts'] : ['customerId', 'contacts'];
    // Every missing (or invisible) contact is reported before any that belongs elsewhere.
    const missing = contactIds.find((_id, i) => !found[i]);
    if (missing !== undefined) throw doesNotExist('contacts', 'contact', missing);
    const elsewhere = contactIds.find((_id, i) => (found[i]!.customerId ?? null) !== customerId);
    if (elsewhere !== undefined) throw doesNotBelong(params, 'contact', elsewhere);
  }

  const staffIds = [columns.photographerUserId, columns.userId].filter((id): id is number => id != null);
  const staff = await r.users.staffOf(ctx, 'primary', staffIds);
  if (columns.photographerUserId != null && !staff.get(columns.photographerUserId)?.photographer) {
    throw doesNotExist('photographerUserId', 'photographer', columns.photographerUserId);
  }
  if (columns.userId != null) {
    // A caller limited to some customers may keep the responsible employee, not choose one.
    const kept = stored !== null && stored.userId === columns.userId;
    if (!staff.has(columns.userId) || !(seesEveryCustomer(actor) || kept)) throw doesNotExist('userId', 'user', columns.userId);
  }
}

function bound(naming: Naming) {
  return { doesNotExist: naming.doesNotExist.bind(naming), doesNotBelong: naming.doesNotBelong.bind(naming) };
}
