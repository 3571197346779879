import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { AppointmentCategory } from './appointment-category';
import { AppointmentContact } from './appointment-contact';
import type { Contact } from './contact';
import { Customer } from './customer';
import { dataSource } from './data-source';
import { User } from './user';

/** One DataLoader per relation target, built for each request: a page's relations cost one statement each. */
export function createLoaders() {
  return {
    customers: byId(Customer),
    categories: byId(AppointmentCategory),
    users: byId(User),
    contactsOfAppointment: new DataLoader<number, Contact[]>(async (appointmentIds) => {
      const links = await dataSource.getRepository(AppointmentContact).find({
        where: { appointmentId: In([...appointmentIds]) },
        relations: { contact: true },
        order: { contactId: 'ASC' },
      });
      const byAppointment = new Map<number, Contact[]>(appointmentIds.map((id) => [id, []]));
      for (const link of links) byAppointment.get(link.appointmentId)!.push(link.contact);
      return appointmentIds.map((id) => byAppointment.get(id)!);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Rows of `entity` by primary key, in the order asked (null where there is none). */
function byId<T extends { id: number }>(entity: new () => T) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
