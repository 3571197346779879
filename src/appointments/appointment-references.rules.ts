import type { RequestContext } from '../context/request-context';
import { DomainError } from '../errors/domain.error';
import type { Repositories } from '../repositories';
import { bothSent } from '../domain/references';
import type { AppointmentPatch } from './appointment-input.mapper';

/*
 * The reference forms of an appointment write's pointers. Wherever a write input takes the
 * internal id of a related row it also takes that row's external reference: one or the other,
 * never both. References are resolved to ids here, in one place, before the pointer rules
 * (assertPointersBelong) check that the row belongs with the appointment, exactly as for an id.
 * A reference compares byte for byte; a row the caller may not see reads as missing.
 * Contacts are named by id only.
 */

/** Each pointer's id field → its reference field, and how a refusal names the row. */
export const REFERENCE_POINTERS = {
  customerId: { field: 'customerReference', label: 'customer' },
  appointmentCategoryId: { field: 'appointmentCategoryReference', label: 'appointment category' },
  orderId: { field: 'orderReference', label: 'order' },
  photographerUserId: { field: 'photographerReference', label: 'photographer' },
  userId: { field: 'userReference', label: 'user' },
} as const;

export type ReferencePointer = keyof typeof REFERENCE_POINTERS;

/** The reference fields of the write inputs, as a client sends them (null clears the pointer, as its id's null does). */
export interface AppointmentReferences {
  customerReference?: string | null;
  appointmentCategoryReference?: string | null;
  orderReference?: string | null;
  photographerReference?: string | null;
  userReference?: string | null;
}

/** The references a write sent, by the id field each stands for. */
export type SentReferences = Partial<Record<ReferencePointer, string | null>>;

const POINTERS = Object.keys(REFERENCE_POINTERS) as ReferencePointer[];
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** True when the write sends this pointer, by its id or by its reference. */
export function sendsPointer(input: object, pointer: ReferencePointer): boolean {
  return has(input, pointer) || has(input, REFERENCE_POINTERS[pointer].field);
}

/**
 * The references `input` sends, by the id field each stands for. A pointer sent both by id and
 * by reference is refused (invalid-param naming both fields), whatever the values.
 */
export function referencesOf(input: object): SentReferences {
  const sent: SentReferences = {};
  for (const pointer of POINTERS) {
    const field = REFERENCE_POINTERS[pointer].field;
    if (!has(input, field)) continue;
    if (has(input, pointer)) {
      throw bothSent(pointer, field);
    }
    sent[pointer] = ((input as Record<string, unknown>)[field] as string | null | undefined) ?? null;
  }
  return sent;
}

/** The refusal of a reference that names no row the caller may see. */
export function unknownReference(pointer: ReferencePointer, reference: string): DomainError {
  const { field, label } = REFERENCE_POINTERS[pointer];
  return DomainError.invalidParam(field, `The ${label} with the reference ${reference} doesn't exist.`);
}

/**
 * `patch` with every reference sent resolved to its row's id (null for a reference sent as
 * null), read from the primary as the actor may see it (in the write's transaction). An unknown
 * or invisible reference is invalid-param naming its field; what the row must be (a photographer,
 * an order of the appointment's customer…) is left to assertPointersBelong.
 */
export async function resolveReferences(
  r: Repositories,
  ctx: RequestContext,
  sent: SentReferences,
  patch: AppointmentPatch,
): Promise<AppointmentPatch> {
  const columns: Record<string, unknown> = { ...patch.columns };
  for (const pointer of POINTERS) {
    const reference = sent[pointer];
    if (reference === undefined) continue;
    if (reference === null) {
      columns[pointer] = null;
      continue;
    }
    const [id] = await idsOf(r, ctx, pointer, [reference]);
    if (id === null || id === undefined) throw unknownReference(pointer, reference);
    columns[pointer] = id;
  }
  return { ...patch, columns };
}

function idsOf(r: Repositories, ctx: RequestContext, pointer: ReferencePointer, references: string[]): Promise<(number | null)[]> {
  switch (pointer) {
    case 'customerId':
      return r.customers.idsByReference(ctx, 'primary', references);
    case 'appointmentCategoryId':
      return r.categories.idsByReference(ctx, 'primary', references);
    case 'orderId':
      return r.orders.idsByReference(ctx, 'primary', references);
    case 'photographerUserId':
    case 'userId':
      return r.users.idsByReference(ctx, 'primary', references);
  }
}
