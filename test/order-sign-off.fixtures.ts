import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { newStamp } from '../src/domain/stamp';
import { Appointment, Customer, Order, OrderLineItem } from '../src/database/entities';
import type { TestGateway } from './support/test-gateway';

/** The document every sign-off test sends, selecting what the assertions read. */
export const SIGN_OFF = `mutation SignOff($input: SignOffOrderInput!) {
  signOffOrder(input: $input) {
    order { id notes status signedOffAt signedOffBy signOffCount updatedAt lastUpdated }
    appointment { id done cancelled cancelReason cancelNote signedOffAt updatedAtMt updatedBy updatedIn orderId }
  }
}`;

export interface ArrangedOrder {
  orderId: number;
  orderReference: string;
  stamp: string;
  /** Line item ids, ascending. */
  lineItemIds: number[];
  apptId: number;
  apptReference: string;
  /** Another appointment of the same order, which a sign-off of apptId must not touch. */
  otherApptId: number;
}

let counter = 0;
const T0 = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

/** An appointment with a reference of its own (unique across runs). */
async function insertAppointment(
  db: DataSource,
  orderId: number | null,
  customerId: number | null,
): Promise<{ id: number; reference: string }> {
  counter += 1;
  const uuid = randomUUID();
  const reference = `SO-A-${uuid}`;
  const result = await db.getRepository(Appointment).insert({
    uuid,
    reference,
    title: `Shoot ${counter}`,
    startDate: T0,
    endDate: new Date(T0.getTime() + 3600_000),
    orderId,
    customerId,
    createdAt: T0,
    updatedAt: T0,
    updatedAtMt: newStamp(T0),
    createdBy: 'fixture',
    updatedBy: 'fixture',
  });
  return { id: result.identifiers[0].id, reference };
}

/** A customer of its own, for tests of who may see what. */
export async function arrangeCustomer(db: DataSource): Promise<number> {
  counter += 1;
  const result = await db.getRepository(Customer).insert({ reference: `SO-C${counter}`, name: `Customer ${counter}`, createdAt: T0 });
  return result.identifiers[0].id;
}

/** A fresh order with `items` line items (quantities 10, 20, 30...), one appointment to sign off and another one. */
export async function arrangeOrder(db: DataSource, options: { items?: number; customerId?: number | null } = {}): Promise<ArrangedOrder> {
  counter += 1;
  const stamp = newStamp(T0);
  const customerId = options.customerId ?? null;
  const orderReference = `SO-${counter}-${randomUUID().slice(0, 8)}`;
  const order = await db.getRepository(Order).insert({
    reference: orderReference,
    customerId,
    notes: 'gate code 1234',
    createdAt: T0,
    lastUpdated: T0,
    updatedAt: stamp,
  });
  const orderId: number = order.identifiers[0].id;
  const lineItemIds: number[] = [];
  for (let i = 0; i < (options.items ?? 3); i += 1) {
    const li = await db.getRepository(OrderLineItem).insert({
      orderId,
      name: `Service ${i + 1}`,
      quantity: 10 * (i + 1),
      completedQuantity: 0,
      lastUpdated: T0,
    });
    lineItemIds.push(li.identifiers[0].id);
  }
  const appt = await insertAppointment(db, orderId, customerId);
  const other = await insertAppointment(db, orderId, customerId);
  return { orderId, orderReference, stamp, lineItemIds, apptId: appt.id, apptReference: appt.reference, otherApptId: other.id };
}

/** An appointment of no order at all. */
export async function arrangeLooseAppointment(db: DataSource): Promise<number> {
  return (await insertAppointment(db, null, null)).id;
}

/** An appointment of no order at all, by its reference. */
export async function arrangeLooseAppointmentReference(db: DataSource): Promise<string> {
  return (await insertAppointment(db, null, null)).reference;
}

const TABLES = ['orders', 'order_line_items', 'appointments', 'order_sign_offs'] as const;

/** Every row of every table a sign-off writes, to compare before and after. */
export async function snapshot(g: Pick<TestGateway, 'db'>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await g.db.query(`SELECT * FROM ${table} ORDER BY id`);
  return out;
}

/** The plain row of one table by id, as the database holds it. */
export async function rowOf(g: Pick<TestGateway, 'db'>, table: (typeof TABLES)[number], id: number): Promise<Record<string, any>> {
  const rows = await g.db.query(`SELECT * FROM ${table} WHERE id = ?`, [id]);
  return rows[0];
}

/** Booleans come back as 1/0 from both drivers; this reads them as the client would. */
export function flag(value: unknown): boolean {
  return value === true || Number(value) === 1;
}
