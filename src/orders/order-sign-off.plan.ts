import { parseDateOnly } from '../domain/dates';
import { parseId } from '../domain/ids';
import { IdOrReference, idOrReference } from '../domain/references';
import type { OrderLineItem } from '../database/entities';
import { DomainError } from '../errors/domain.error';

/*
 * The checks of a sign-off that need no database: ids, formats, lengths, duplicates. They run
 * before the transaction opens; what needs the stored rows is checked under their locks.
 */

/** One line item's changes; a key that is undefined keeps the stored value. */
export interface LineItemPatch {
  id: number;
  /** Where the item sits in the input: its index, and its path for error params (`input.lineItems[1]`). */
  index: number;
  path: string;
  name?: string;
  quantity?: number;
  completedQuantity?: number;
  completedDate?: string | null;
  completedBy?: string | null;
}

/** One line item of a sign-off as a client sends it. */
export interface SignOffLineItemFields {
  lineItemId: string;
  name?: string | null;
  quantity?: number | null;
  completedQuantity?: number | null;
  completedDate?: string | null;
  completedBy?: string | null;
}

/** A sign-off as a client sends it (seeds/002): the order and the appointment each by id or by reference. */
export interface SignOffFields {
  orderId?: string | null;
  orderReference?: string | null;
  notes?: string | null;
  updatedAt: string;
  lineItems?: SignOffLineItemFields[] | null;
  appointment: { apptId?: string | null; appointmentReference?: string | null; cancelReason?: string | null; cancelNote?: string | null };
}

/** A row as the client named it, and the input field that named it (for the params of a refusal). */
export interface NamedRow {
  key: IdOrReference;
  param: string;
}

export interface SignOffPlan {
  order: NamedRow;
  updatedAt: string;
  /** undefined keeps the order's notes, null clears them. */
  notes?: string | null;
  /** By ascending id: the order rows are locked in. */
  lineItems: LineItemPatch[];
  appointment: NamedRow;
  cancel: { reason: string; note: string | null } | null;
}

// MySQL's TEXT holds 65,535 bytes; VARCHAR(n) holds n characters.
const TEXT_BYTES = 65535;

function checkChars(value: string, param: string, max: number): void {
  if ([...value].length > max) throw DomainError.invalidParam(param, `${param} must be at most ${max} characters`);
}

function checkText(value: string, param: string): void {
  if (Buffer.byteLength(value, 'utf8') > TEXT_BYTES) throw DomainError.invalidParam(param, `${param} must be at most ${TEXT_BYTES} bytes`);
}

function notNull<T>(value: T | null | undefined, param: string): T | undefined {
  if (value === null) throw DomainError.invalidParam(param, `${param} cannot be null`);
  return value;
}

function checkCount(value: number | undefined, param: string): void {
  if (value !== undefined && value < 0) throw DomainError.invalidParam(param, `${param} must not be negative`);
}

function planLineItem(item: SignOffLineItemFields, index: number): LineItemPatch {
  const path = `input.lineItems[${index}]`;
  const patch: LineItemPatch = { id: parseId(item.lineItemId, `${path}.lineItemId`), index, path };
  const name = notNull(item.name, `${path}.name`);
  if (name !== undefined) {
    if (!name.trim()) throw DomainError.invalidParam(`${path}.name`, `${path}.name must not be empty`);
    checkChars(name, `${path}.name`, 255);
    patch.name = name;
  }
  patch.quantity = notNull(item.quantity, `${path}.quantity`);
  checkCount(patch.quantity, `${path}.quantity`);
  patch.completedQuantity = notNull(item.completedQuantity, `${path}.completedQuantity`);
  checkCount(patch.completedQuantity, `${path}.completedQuantity`);
  if (item.completedDate !== undefined) {
    patch.completedDate = item.completedDate === null ? null : parseDateOnly(item.completedDate, `${path}.completedDate`);
  }
  if (item.completedBy !== undefined) {
    if (item.completedBy !== null) checkChars(item.completedBy, `${path}.completedBy`, 100);
    patch.completedBy = item.completedBy;
  }
  return patch;
}

function planCancel(input: SignOffFields['appointment']): SignOffPlan['cancel'] {
  const reason = input.cancelReason?.trim() ? input.cancelReason : null;
  const note = input.cancelNote?.trim() ? input.cancelNote : null;
  if (reason === null) {
    // A note explains a cancellation; without its reason the client's intent is unclear.
    if (note !== null) throw DomainError.missingParam('input.appointment.cancelReason');
    return null;
  }
  checkChars(reason, 'input.appointment.cancelReason', 255);
  if (note !== null) checkText(note, 'input.appointment.cancelNote');
  return { reason, note };
}

/** One of the id and the reference fields (`input.orderId`, `input.orderReference`), as the client sent it. */
function named(id: string | null | undefined, reference: string | null | undefined, idParam: string, referenceParam: string): NamedRow {
  const key = idOrReference(id, reference, idParam, referenceParam);
  return { key, param: 'id' in key ? idParam : referenceParam };
}

/** Reads and checks a sign-off input; throws the first rule it breaks, naming the field. */
export function planSignOff(input: SignOffFields): SignOffPlan {
  const order = named(input.orderId, input.orderReference, 'input.orderId', 'input.orderReference');
  const { apptId, appointmentReference } = input.appointment;
  const appointment = named(apptId, appointmentReference, 'input.appointment.apptId', 'input.appointment.appointmentReference');
  if (input.notes != null) checkText(input.notes, 'input.notes');
  const seen = new Set<number>();
  const lineItems = (input.lineItems ?? []).map((item, i) => {
    const patch = planLineItem(item, i);
    if (patch.completedQuantity !== undefined && patch.quantity !== undefined && patch.completedQuantity > patch.quantity) {
      throw DomainError.invalidParam(
        `${patch.path}.completedQuantity`,
        `${patch.path}.completedQuantity must not be more than its quantity`,
      );
    }
    if (seen.has(patch.id)) {
      throw DomainError.invalidParam(`${patch.path}.lineItemId`, `The line item with the id ${patch.id} is listed more than once.`);
    }
    seen.add(patch.id);
    return patch;
  });
  return {
    order,
    updatedAt: input.updatedAt,
    notes: input.notes,
    lineItems: lineItems.sort((a, b) => a.id - b.id),
    appointment,
    cancel: planCancel(input.appointment),
  };
}

/** The quantity rules against the stored row: 0 <= completedQuantity <= quantity after the change. */
export function checkQuantities(patch: LineItemPatch, stored: OrderLineItem): void {
  const quantity = patch.quantity ?? stored.quantity;
  const completed = patch.completedQuantity ?? stored.completedQuantity;
  if (completed > quantity) {
    const field = patch.completedQuantity !== undefined ? 'completedQuantity' : 'quantity';
    throw DomainError.invalidParam(
      `${patch.path}.${field}`,
      `${patch.path}.${field}: the completed quantity (${completed}) must not be more than the quantity (${quantity})`,
    );
  }
}
