import DataLoader from 'dataloader';
import { DataSource, FindOptionsOrder, In } from 'typeorm';
import { selectEntities } from '../database/entity-rows';
import { entitySelect } from '../database/lean-rows';
import { placeholders, readRows } from '../database/raw-statements';
import { rowRules } from '../auth/permissions';
import { Appointment, AppointmentCategory, Contact, Customer, Order, OrderLineItem, OrderSignOff, User } from '../entities';
import { RELATION_LIST_CAP } from '../server/list-bounds';
import type { Actor } from './actor';

/** A DataLoader that also answers without a promise for keys it has already loaded. */
export type SettledLoader<K, V> = DataLoader<K, V> & {
  /** The value when it is loaded already (see preloadAppointmentRelations), else a promise of it. */
  get(key: K): V | Promise<V>;
  /** Records a value read by another statement (a joined row): later loads of `key` use it. */
  settle(key: K, value: V): void;
};

/**
 * `batch` answers values as stored; `rule` turns each into what the request's actor may see
 * (null, a masked copy, or the value itself). Values loaded by the batch and values settled
 * from another statement both pass through the rule, so no path skips it.
 */
function settledLoader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>, rule: (value: V) => V): SettledLoader<K, V> {
  const settled = new Map<K, V>();
  const loader = new DataLoader<K, V>(async (keys) => {
    const values = (await batch(keys)).map(rule);
    keys.forEach((key, i) => settled.set(key, values[i]));
    return values;
  });
  return Object.assign(loader, {
    get: (key: K) => (settled.has(key) ? settled.get(key)! : loader.load(key)),
    settle: (key: K, value: V) => {
      if (settled.has(key)) return;
      const seen = rule(value);
      settled.set(key, seen);
      loader.prime(key, seen);
    },
  });
}

/** Loads rows of one entity by id, in one query per batch, answering in the order asked, as `rule` lets the actor see them. */
function byId<T extends { id: number }>(db: DataSource, entity: new () => T, rule: (row: T) => T | null): SettledLoader<number, T | null> {
  return settledLoader<number, T | null>(async (ids) => {
    const rows = await selectEntities(db, entity, `x.id IN (${placeholders(ids.length)})`, [...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }, (row) => (row === null ? null : rule(row)));
}

/** The first RELATION_LIST_CAP of `rows` the actor may see (the cap the cost estimate prices a to-many relation at). */
function visibleList<T>(rows: T[], rule: (row: T) => T | null): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const seen = rule(row);
    if (seen !== null) out.push(seen);
    if (out.length === RELATION_LIST_CAP) break;
  }
  return out;
}

/** Loads the rows of one entity that belong to each parent id (e.g. line items by order), one query per batch. */
function manyBy<T extends { orderId: number | null }>(
  db: DataSource, entity: new () => T, order: FindOptionsOrder<T>, rule: (row: T) => T | null,
): DataLoader<number, T[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await db.getRepository(entity).find({ where: { orderId: In([...parentIds]) } as never, order });
    const grouped = new Map<number, T[]>();
    for (const row of rows) {
      const list = grouped.get(row.orderId!) ?? [];
      list.push(row);
      grouped.set(row.orderId!, list);
    }
    return parentIds.map((id) => visibleList(grouped.get(id) ?? [], rule));
  });
}

/**
 * The per-request loaders that resolve relations, so that a page of N appointments costs one
 * statement per relation, not N, each applying the actor's row rules (permissions.ts). Built
 * fresh for every request: nothing is cached across callers.
 */
export function createLoaders(db: DataSource, actor: Actor) {
  const ownedByCustomer = <T extends { customerId: number | null }>(row: T) => rowRules.ownedByCustomer(actor, row);
  // Line items and sign-offs are reached only through an order the order loader let through.
  const ofVisibleOrder = <T>(row: T) => rowRules.everyone(actor, row);
  return {
    customer: byId(db, Customer, (row) => rowRules.customer(actor, row)),
    category: byId(db, AppointmentCategory, (row) => rowRules.everyone(actor, row)),
    user: byId(db, User, (row) => rowRules.user(actor, row)),
    order: byId(db, Order, ownedByCustomer),
    lineItemsByOrder: manyBy(db, OrderLineItem, { id: 'ASC' }, ofVisibleOrder),
    signOffsByOrder: manyBy(db, OrderSignOff, { signedAt: 'ASC', id: 'ASC' }, ofVisibleOrder),
    appointmentsByOrder: manyBy(db, Appointment, { startDate: 'ASC', id: 'ASC' }, ownedByCustomer),
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
    }, (contacts) => visibleList(contacts, ownedByCustomer)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
