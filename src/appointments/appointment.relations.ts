import type { Repositories } from '../repositories';
import { toMany, toOne } from '../context/relation';
import type { Appointment, AppointmentCategory, Contact, Customer, Order, User } from '../database/entities';

/**
 * An appointment's relations, declared once: the field resolvers, the page preload and the
 * joined look-ups all use these, and each target repository applies its own row rules.
 */
export function appointmentRelations(r: Repositories) {
  return {
    customer: toOne<Appointment, Customer>('customerId', r.customers.rows),
    appointmentCategory: toOne<Appointment, AppointmentCategory>('appointmentCategoryId', r.categories.rows),
    photographer: toOne<Appointment, User>('photographerUserId', r.users.rows),
    user: toOne<Appointment, User>('userId', r.users.rows),
    order: toOne<Appointment, Order>('orderId', r.orders.rows),
    contacts: toMany<Appointment, Contact>(r.contacts.ofAppointments, (ctx, ids, fields) =>
      r.contacts.ofAppointmentsText(ctx, ids, fields),
    ),
  };
}

export type AppointmentRelations = ReturnType<typeof appointmentRelations>;
