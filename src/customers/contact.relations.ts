import type { Repositories } from '../repositories';
import { toOne } from '../context/relation';
import type { Contact, Customer } from '../database/entities';

/** A contact's relations, declared once (see appointment.relations.ts). */
export function contactRelations(r: Repositories) {
  return {
    customer: toOne<Contact, Customer>('customerId', r.customers.rows),
  };
}

export type ContactRelations = ReturnType<typeof contactRelations>;
