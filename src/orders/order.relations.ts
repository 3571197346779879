import type { Repositories } from '../repositories';
import { toMany, toOne } from '../context/relation';
import type { Appointment, Customer, Order, OrderLineItem, OrderSignOff } from '../database/entities';

/** An order's relations, declared once (see appointment.relations.ts). */
export function orderRelations(r: Repositories) {
  return {
    customer: toOne<Order, Customer>('customerId', r.customers.rows),
    lineItems: toMany<Order, OrderLineItem>(r.orders.lineItemsOf),
    signOffs: toMany<Order, OrderSignOff>(r.orders.signOffsOf),
    appointments: toMany<Order, Appointment>(r.appointments.ofOrders),
  };
}

export type OrderRelations = ReturnType<typeof orderRelations>;
