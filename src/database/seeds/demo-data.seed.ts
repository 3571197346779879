import { DataSource, EntityManager } from 'typeorm';
import { utcDate, utcTime } from '../../domain/instant';
import { newStamp } from '../../domain/stamp';
import { Appointment, AppointmentCategory, Client, Contact, Customer, Employee, Liaison, Order, OrderLineItem, User } from '../entities';
import { seededRandom } from './random';

export const DEMO_MARKER_REFERENCE = 'DEMO-C01';

const CUSTOMERS = [
  ['DEMO-C01', 'Harbor View Realty'],
  ['DEMO-C02', 'Maple & Oak Homes'],
  ['DEMO-C03', 'Summit Properties'],
  ['DEMO-C04', 'Lakeside Living'],
  ['DEMO-C05', 'Urban Nest Agency'],
  ['DEMO-C06', 'Golden Gate Estates'],
] as const;
const CATEGORIES = [
  ['photo_shoot', 'Photo shoot'],
  ['video_shoot', 'Video shoot'],
  ['drone', 'Drone flight'],
  ['floor_plan', 'Floor plan'],
  ['meeting', 'Meeting'],
] as const;
const STREETS = ['Oak St', 'Pine Ave', 'Harbor Rd', 'Elm Ct', 'Lake Dr', 'Hill Blvd', 'River Way', 'Cedar Ln'];
const SERVICE_GROUPS = ['Photography', 'Video', 'Aerial', 'Floor plan', 'Virtual staging', 'Twilight photos'];
const APPT_TYPES = ['shoot', 'reshoot', 'consult'];
const DELIVERY_TYPES = ['standard', 'rush', 'next_day'];

/** The first instant of the current UTC month: demo dates spread around it (past and coming months). */
export function demoAnchor(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

async function insertAll<T>(m: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < rows.length; i += 100) {
    const chunk = rows.slice(i, i + 100).map((r) => m.create(entity, r as T));
    out.push(...(await m.save(entity, chunk)));
  }
  return out;
}

/**
 * Loads the demo data set: customers, categories, staff, photographers, a client, a liaison,
 * contacts, orders with line items and a few hundred appointments. Deterministic for a given
 * anchor month, and idempotent: a database that has it already is left alone.
 */
export async function seedDemoData(db: DataSource, anchor = demoAnchor()): Promise<{ created: boolean; appointments: number }> {
  const existing = await db.getRepository(Customer).findOneBy({ reference: DEMO_MARKER_REFERENCE });
  if (existing) return { created: false, appointments: 0 };
  const rnd = seededRandom(20261122);
  const created = new Date(anchor.getTime() - 200 * 86400_000);

  return db.transaction(async (m) => {
    const customers = await insertAll(
      m,
      Customer,
      CUSTOMERS.map(([reference, name]) => ({ reference, name, createdAt: created })),
    );
    const categories = await insertAll(
      m,
      AppointmentCategory,
      CATEGORIES.map(([reference, name]) => ({ reference, name })),
    );
    const people: [string, string][] = [
      ['emp-00', 'Avery Admin'],
      ['emp-01', 'Blake Scheduler'],
      ['emp-02', 'Casey Coordinator'],
      ['pho-01', 'Dana Lens'],
      ['pho-02', 'Emery Shutter'],
      ['pho-03', 'Finley Focus'],
      ['pho-04', 'Gray Aperture'],
      ['cli-01', 'Harper Client'],
      ['lia-01', 'Indy Liaison'],
      ['new-01', 'Jordan Newcomer'],
    ];
    const users = await insertAll(
      m,
      User,
      people.map(([reference, name]) => ({
        reference,
        name,
        email: `${reference}@demo.example`,
        createdAt: created,
      })),
    );
    const byRef = new Map(users.map((u) => [u.reference, u]));
    const staff = users.filter((u) => u.reference.startsWith('emp-'));
    const photographers = users.filter((u) => u.reference.startsWith('pho-'));
    await insertAll(m, Employee, [
      ...staff.map((u) => ({ userId: u.id, photographer: false, title: 'Scheduler' })),
      ...photographers.map((u) => ({ userId: u.id, photographer: true, title: 'Photographer' })),
    ]);
    // One client of the first customer, one liaison for the second and third; new-01 has no record.
    await insertAll(m, Client, [{ userId: byRef.get('cli-01')!.id, customerId: customers[0].id }]);
    const [liaison] = await insertAll(m, Liaison, [{ userId: byRef.get('lia-01')!.id }]);
    await m
      .createQueryBuilder()
      .insert()
      .into('liaison_customers')
      .values([customers[1], customers[2]].map((c) => ({ liaison_id: liaison.id, customer_id: c.id })))
      .execute();

    const contacts = await insertAll(
      m,
      Contact,
      customers.flatMap((c, i) => [
        { customerId: c.id, name: `Agent ${i + 1}A`, email: `agent${i + 1}a@demo.example`, phone: `555-01${i}0` },
        { customerId: c.id, name: `Agent ${i + 1}B`, email: `agent${i + 1}b@demo.example`, phone: `555-01${i}1` },
      ]),
    );

    const orders = await insertAll(
      m,
      Order,
      Array.from({ length: 60 }, (_, i) => ({
        reference: `DEMO-O${String(i + 1).padStart(3, '0')}`,
        customerId: customers[i % customers.length].id,
        notes: rnd.chance(0.3) ? 'Lockbox on the side door.' : null,
        status: 'open',
        createdAt: created,
        lastUpdated: created,
        updatedAt: newStamp(created),
      })),
    );
    await insertAll(
      m,
      OrderLineItem,
      orders.flatMap((o) =>
        Array.from({ length: rnd.int(1, 3) }, (_, j) => ({
          orderId: o.id,
          name: SERVICE_GROUPS[(o.id + j) % SERVICE_GROUPS.length],
          quantity: rnd.int(1, 25),
          completedQuantity: 0,
          lastUpdated: created,
        })),
      ),
    );

    const appointments: Partial<Appointment>[] = [];
    for (let i = 0; i < 300; i++) {
      const dayOffset = rnd.int(-120, 90);
      const allday = rnd.chance(0.08);
      const startHour = allday ? 0 : rnd.int(13, 22); // 8am..5pm in US time zones
      const start = new Date(anchor.getTime() + dayOffset * 86400_000 + startHour * 3600_000 + rnd.pick([0, 15, 30, 45]) * 60_000);
      const minutes = allday ? 24 * 60 : rnd.pick([30, 60, 90, 120]);
      const end = new Date(start.getTime() + minutes * 60_000);
      const customer = rnd.chance(0.9) ? rnd.pick(customers) : null;
      const order = customer && rnd.chance(0.6) ? (orders.find((o) => o.customerId === customer.id && rnd.chance(0.3)) ?? null) : null;
      const photographer = rnd.chance(0.85) ? rnd.pick(photographers) : null;
      const past = dayOffset < 0;
      const cancelled = rnd.chance(0.1);
      const confirmed = !cancelled && (past || rnd.chance(0.6));
      const local = new Date(start.getTime() - 5 * 3600_000);
      const localEnd = new Date(end.getTime() - 5 * 3600_000);
      const createdAt = new Date(start.getTime() - rnd.int(3, 40) * 86400_000);
      const category = rnd.pick(categories);
      appointments.push({
        uuid: rnd.uuid(),
        reference: `DEMO-A${String(i + 1).padStart(4, '0')}`,
        title: `${category.name} at ${rnd.int(10, 9999)} ${rnd.pick(STREETS)}`,
        note: rnd.chance(0.3) ? 'Owner will be present.' : null,
        location: `${rnd.int(10, 9999)} ${rnd.pick(STREETS)}, Springfield`,
        startDate: start,
        endDate: end,
        dateStartLocal: utcDate(local),
        dateStopLocal: utcDate(localEnd),
        timeStartLocal: allday ? null : utcTime(local),
        timeStopLocal: allday ? null : utcTime(localEnd),
        dateStartOffice: utcDate(local),
        dateStopOffice: utcDate(localEnd),
        timeStartOffice: allday ? null : utcTime(local),
        timeStopOffice: allday ? null : utcTime(localEnd),
        allday,
        timeDuration: `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`,
        timeDurationS: minutes * 60,
        confirmed,
        confirmedAt: confirmed ? createdAt : null,
        confirmedBy: confirmed ? 'emp-01' : null,
        cancelled,
        sameDayCancel: cancelled && rnd.chance(0.3),
        onSiteCancel: false,
        optional: rnd.chance(0.05),
        done: past && !cancelled && rnd.chance(0.8),
        readyToSchedule: !past,
        apptType: rnd.pick(APPT_TYPES),
        deliveryType: rnd.pick(DELIVERY_TYPES),
        orderId: order?.id ?? null,
        photographerUserId: photographer?.id ?? null,
        photographerName: photographer?.name ?? null,
        userId: rnd.pick(staff).id,
        customerId: customer?.id ?? null,
        appointmentCategoryId: category.id,
        organization: 'demo',
        createdAt,
        updatedAt: createdAt,
        createdBy: 'seed',
        createdIn: 'gateway',
        updatedBy: 'seed',
        updatedIn: 'gateway',
        updatedAtMt: newStamp(createdAt),
      });
    }
    const saved = await insertAll(m, Appointment, appointments);
    const links = saved.flatMap((a) => {
      if (!a.customerId || !rnd.chance(0.7)) return [];
      const own = contacts.filter((c) => c.customerId === a.customerId);
      return own.slice(0, rnd.int(1, own.length)).map((c) => ({ appointment_id: a.id, contact_id: c.id }));
    });
    for (let i = 0; i < links.length; i += 200) {
      await m
        .createQueryBuilder()
        .insert()
        .into('appointment_contacts')
        .values(links.slice(i, i + 200))
        .execute();
    }
    return { created: true, appointments: saved.length };
  });
}
