import type { Repositories } from '../repositories';
import { toMany } from '../context/relation';
import type { Contact, Customer, Order } from '../database/entities';

/** A customer's relations, declared once (see appointment.relations.ts). */
export function customerRelations(r: Repositories) {
  return {
    contacts: toMany<Customer, Contact>(r.contacts.ofCustomers),
    orders: toMany<Customer, Order>(r.orders.ofCustomers),
  };
}

export type CustomerRelations = ReturnType<typeof customerRelations>;
