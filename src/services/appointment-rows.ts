import type { DataSource, ObjectLiteral } from 'typeorm';
import type { Loaders } from '../context/loaders';
import { entitySelect } from '../database/lean-rows';
import type { RawRow } from '../database/raw-statements';
import { Appointment, AppointmentCategory, Customer, Order, User } from '../entities';

/*
 * Appointment rows read together with the to-one relations a query selects (customer,
 * category, photographer, user, order) as LEFT JOINs of the same statement. Each joined row
 * primes the request's loader, so its field resolves without a statement of its own. Every
 * statement costs the gateway a socket write and a read: on these machines `writeBuffer` was
 * a quarter of a look-up's CPU time (`npm run bench -- --profile=by-id`), and a look-up with
 * three relations drops from four statements to one.
 */

type LoaderName = 'customer' | 'category' | 'user' | 'order';

interface ToOne {
  /** The GraphQL field of Appointment. */
  field: string;
  alias: string;
  entity: new () => ObjectLiteral & { id: number };
  /** The appointment's column and property pointing at the row. */
  column: string;
  key: 'customerId' | 'appointmentCategoryId' | 'photographerUserId' | 'userId' | 'orderId';
  loader: LoaderName;
}

const TO_ONE: readonly ToOne[] = [
  { field: 'customer', alias: 'j_customer', entity: Customer, column: 'customer_id', key: 'customerId', loader: 'customer' },
  { field: 'appointmentCategory', alias: 'j_category', entity: AppointmentCategory, column: 'appointment_category_id', key: 'appointmentCategoryId', loader: 'category' },
  { field: 'photographer', alias: 'j_photographer', entity: User, column: 'photographer_user_id', key: 'photographerUserId', loader: 'user' },
  { field: 'user', alias: 'j_user', entity: User, column: 'user_id', key: 'userId', loader: 'user' },
  { field: 'order', alias: 'j_order', entity: Order, column: 'order_id', key: 'orderId', loader: 'order' },
];

/** The main alias of every appointment statement. */
export const APPOINTMENT_ALIAS = 'a';

export interface AppointmentRowsSelect {
  /** The SELECT list: the appointment's columns and the joined rows'. */
  columns: string;
  /** `appointments a LEFT JOIN customers j_customer ON …`. */
  from: string;
  /** The same joins for a query builder. */
  joins: { entity: new () => ObjectLiteral; alias: string; condition: string }[];
  /** The appointment of one row; the joined rows go to `loaders`. */
  map(raw: RawRow, loaders: Loaders): Appointment;
}

const cache = new WeakMap<DataSource, Map<string, AppointmentRowsSelect>>();

function build(db: DataSource, relations: readonly ToOne[]): AppointmentRowsSelect {
  const q = (name: string) => db.driver.escape(name);
  const main = entitySelect(db, Appointment, APPOINTMENT_ALIAS);
  const joined = relations.map((r) => ({ r, select: entitySelect(db, r.entity, r.alias) }));
  const joins = relations.map((r) => ({
    entity: r.entity, alias: r.alias, condition: `${q(r.alias)}.${q('id')} = ${q(APPOINTMENT_ALIAS)}.${q(r.column)}`,
  }));
  return {
    columns: [main.columns, ...joined.map((j) => j.select.columns)].join(', '),
    from: [main.from, ...joined.map((j, i) => `LEFT JOIN ${j.select.from} ON ${joins[i].condition}`)].join(' '),
    joins,
    map(raw, loaders) {
      const appointment = main.map(raw);
      for (const { r, select } of joined) {
        const id = appointment[r.key];
        if (id == null) continue;
        const row = select.map(raw);
        // A LEFT JOIN that found nothing reads as a row of nulls: the relation does not exist.
        loaders[r.loader].settle(id, row.id == null ? null : row as never);
      }
      return appointment;
    },
  };
}

/** The statement parts that read appointments with those of `fields` (Appointment's selected fields) that are to-one relations. */
export function appointmentRowsSelect(db: DataSource, fields: ReadonlySet<string>): AppointmentRowsSelect {
  const relations = TO_ONE.filter((r) => fields.has(r.field));
  const key = relations.map((r) => r.field).join();
  let byKey = cache.get(db);
  if (!byKey) cache.set(db, (byKey = new Map()));
  let select = byKey.get(key);
  if (!select) byKey.set(key, (select = build(db, relations)));
  return select;
}
