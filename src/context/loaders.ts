import DataLoader from 'dataloader';
import { DataSource, FindOptionsOrder, In } from 'typeorm';
import { Appointment, AppointmentCategory, Contact, Customer, Order, OrderLineItem, OrderSignOff, User } from '../entities';

/** Loads rows of one entity by id, in one query per batch, answering in the order asked. */
function byId<T extends { id: number }>(db: DataSource, entity: new () => T): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Loads the rows of one entity that belong to each parent id (e.g. line items by order), one query per batch. */
function manyBy<T extends { orderId: number | null }>(
  db: DataSource, entity: new () => T, order: FindOptionsOrder<T>,
): DataLoader<number, T[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await db.getRepository(entity).find({ where: { orderId: In([...parentIds]) } as never, order });
    const grouped = new Map<number, T[]>();
    for (const row of rows) {
      const list = grouped.get(row.orderId!) ?? [];
      list.push(row);
      grouped.set(row.orderId!, list);
    }
    return parentIds.map((id) => grouped.get(id) ?? []);
  });
}

/**
 * The per-request loaders that resolve relations, so that a page of N appointments costs one
 * statement per relation, not N. Built fresh for every request: nothing is cached across callers.
 */
export function createLoaders(db: DataSource) {
  return {
    customer: byId(db, Customer),
    category: byId(db, AppointmentCategory),
    user: byId(db, User),
    order: byId(db, Order),
    lineItemsByOrder: manyBy(db, OrderLineItem, { id: 'ASC' }),
    signOffsByOrder: manyBy(db, OrderSignOff, { signedAt: 'ASC', id: 'ASC' }),
    appointmentsByOrder: manyBy(db, Appointment, { startDate: 'ASC', id: 'ASC' }),
    contactsByAppointment: new DataLoader<number, Contact[]>(async (appointmentIds) => {
      const rows: { appointment_id: number; contact_id: number }[] = await db
        .createQueryBuilder()
        .select(['ac.appointment_id AS appointment_id', 'ac.contact_id AS contact_id'])
        .from('appointment_contacts', 'ac')
        .where('ac.appointment_id IN (:...ids)', { ids: [...appointmentIds] })
        .orderBy('ac.contact_id', 'ASC')
        .getRawMany();
      const contactIds = [...new Set(rows.map((r) => Number(r.contact_id)))];
      const contacts = contactIds.length ? await db.getRepository(Contact).findBy({ id: In(contactIds) }) : [];
      const byContactId = new Map(contacts.map((c) => [c.id, c]));
      const grouped = new Map<number, Contact[]>();
      for (const r of rows) {
        const contact = byContactId.get(Number(r.contact_id));
        if (!contact) continue;
        const list = grouped.get(Number(r.appointment_id)) ?? [];
        list.push(contact);
        grouped.set(Number(r.appointment_id), list);
      }
      return appointmentIds.map((id) => grouped.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
