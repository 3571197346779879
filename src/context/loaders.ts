import DataLoader from 'dataloader';
import { DataSource, FindOptionsOrder, In } from 'typeorm';
import { selectEntities } from '../database/entity-rows';
import { entitySelect } from '../database/lean-rows';
import { placeholders, readRows } from '../database/raw-statements';
import { Appointment, AppointmentCategory, Contact, Customer, Order, OrderLineItem, OrderSignOff, User } from '../entities';

/** A DataLoader that also answers without a promise for keys it has already loaded. */
export type SettledLoader<K, V> = DataLoader<K, V> & {
  /** The value when it is loaded already (see preloadAppointmentRelations), else a promise of it. */
  get(key: K): V | Promise<V>;
  /** Records a value read by another statement (a joined row): later loads of `key` use it. */
  settle(key: K, value: V): void;
};

function settledLoader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>): SettledLoader<K, V> {
  const settled = new Map<K, V>();
  const loader = new DataLoader<K, V>(async (keys) => {
    const values = await batch(keys);
    keys.forEach((key, i) => settled.set(key, values[i]));
    return values;
  });
  return Object.assign(loader, {
    get: (key: K) => (settled.has(key) ? settled.get(key)! : loader.load(key)),
    settle: (key: K, value: V) => {
      if (settled.has(key)) return;
      settled.set(key, value);
      loader.prime(key, value);
    },
  });
}

/** Loads rows of one entity by id, in one query per batch, answering in the order asked. */
function byId<T extends { id: number }>(db: DataSource, entity: new () => T): SettledLoader<number, T | null> {
  return settledLoader(async (ids) => {
    const rows = await selectEntities(db, entity, `x.id IN (${placeholders(ids.length)})`, [...ids]);
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
    contactsByAppointment: settledLoader<number, Contact[]>(async (appointmentIds) => {
      // One statement: the links and the contacts they point at.
      const { columns, from, map: toContact } = entitySelect(db, Contact, 'x');
      const raw = await readRows(db, `SELECT ${columns}, ac.appointment_id AS appointment_id FROM ${from}
        INNER JOIN appointment_contacts ac ON ac.contact_id = x.id
        WHERE ac.appointment_id IN (${placeholders(appointmentIds.length)}) ORDER BY ac.contact_id ASC`, [...appointmentIds]);
      const byContactId = new Map<number, Contact>();
      const grouped = new Map<number, Contact[]>();
      for (const r of raw) {
        const mapped = toContact(r);
        // A contact linked to several appointments of the page is one object.
        const contact = byContactId.get(mapped.id) ?? mapped;
        byContactId.set(contact.id, contact);
        const list = grouped.get(Number(r.appointment_id)) ?? [];
        list.push(contact);
        grouped.set(Number(r.appointment_id), list);
      }
      return appointmentIds.map((id) => grouped.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
