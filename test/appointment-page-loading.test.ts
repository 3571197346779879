import { entitySelect } from '../src/database/entity-select';
import { select } from '../src/database/statements';
import { Appointment, AppointmentCategory, Contact, Customer, Order, User } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

/**
 * How a page is loaded: relations preloaded for the whole page before it is answered (so row
 * fields resolve without promises) and rows mapped without TypeORM's generic transformer. The
 * answers must be exactly what the database holds, at a constant number of statements.
 */
describe('appointment page loading', () => {
  let g: TestGateway;

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
  });
  afterAll(() => g.close());

  const PAGE = `
    fragment Related on Appointment {
      customer { id reference name }
      appointmentCategory { id reference name }
      ... on Appointment { photographer { id reference name } user { id reference } }
      order { id reference }
      contacts { id name email phone }
    }
    query($first: Int!) {
      appointmentsConnection(first: $first, sort: ID) {
        nodes { id startDate dateStartUtc allday confirmed timeStartLocal dateStartLocal updatedAtMt ...Related }
        edges { node { id customer { reference } } }
      }
    }`;

  it('answers every relation of every row as the database holds it', async () => {
    const rows = await g.db.getRepository(Appointment).find({
      order: { id: 'ASC' },
      take: 40,
      relations: {
        customerRow: true,
        appointmentCategoryRow: true,
        photographerRow: true,
        userRow: true,
        orderRow: true,
        contactRows: true,
      },
    });
    const ref = <T extends { id: number }>(x: T | null | undefined, ...keys: (keyof T)[]) =>
      x ? { id: String(x.id), ...Object.fromEntries(keys.map((k) => [k, x[k]])) } : null;
    const expected = rows.map((a) => ({
      id: String(a.id),
      startDate: a.startDate.toISOString(),
      dateStartUtc: a.startDate.toISOString().slice(0, 10),
      allday: a.allday,
      confirmed: a.confirmed,
      timeStartLocal: a.timeStartLocal,
      dateStartLocal: a.dateStartLocal,
      updatedAtMt: a.updatedAtMt,
      customer: ref(a.customerRow, 'reference', 'name'),
      appointmentCategory: ref(a.appointmentCategoryRow, 'reference', 'name'),
      photographer: ref(a.photographerRow, 'reference', 'name'),
      user: ref(a.userRow, 'reference'),
      order: ref(a.orderRow, 'reference'),
      contacts: [...(a.contactRows ?? [])]
        .sort((x, y) => x.id - y.id)
        .map((c) => ({ id: String(c.id), name: c.name, email: c.email, phone: c.phone })),
    }));
    expect(expected.some((a) => a.contacts.length > 0 && a.customer && a.photographer)).toBe(true);

    const res = await g.gql(PAGE, { first: 40 });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.appointmentsConnection.nodes).toEqual(expected);
    expect(res.body.data.appointmentsConnection.edges.map((e: { node: unknown }) => e.node)).toEqual(
      rows.map((a) => ({ id: String(a.id), customer: a.customerRow ? { reference: a.customerRow.reference } : null })),
    );
  });

  it('loads each relation of a page in one statement, whatever the page size', async () => {
    const statements = async (first: number) => {
      g.counter.reset();
      const res = await g.gql(PAGE, { first });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.appointmentsConnection.nodes).toHaveLength(first);
      return g.counter.count;
    };
    const small = await statements(3);
    expect(await statements(60)).toBe(small);
    // The page with its customers, categories, users and orders joined, then the contacts.
    expect(small).toBe(2);
  });

  it('reads a look-up with its to-one relations in one statement, as the page has them', async () => {
    const LOOKUP = `query($id: ID!, $reference: String!, $uuid: String!) {
      byId: appointment(id: $id) { ...Related }
      byReference: appointmentByReference(reference: $reference) { ...Related }
      byUuid: appointmentByUuid(uuid: $uuid) { ...Related }
    }
    fragment Related on Appointment {
      id customer { id reference name } appointmentCategory { id reference name } photographer { id reference name }
      user { id reference } order { id reference } contacts { id name email phone }
    }`;
    const page = (await g.gql(PAGE, { first: 40 })).body.data.appointmentsConnection.nodes as Record<string, any>[];
    const rows = await g.db.getRepository(Appointment).find({ order: { id: 'ASC' }, take: 40 });
    for (const [i, a] of rows.entries()) {
      if (i % 7 !== 0 && !(a.orderId && a.photographerUserId)) continue;
      g.counter.reset();
      const res = await g.gql(LOOKUP, { id: String(a.id), reference: a.reference, uuid: a.uuid });
      expect(res.body.errors).toBeUndefined();
      const { id, customer, appointmentCategory, photographer, user, order, contacts } = page[i];
      const expected = { id, customer, appointmentCategory, photographer, user, order, contacts };
      expect(res.body.data).toEqual({ byId: expected, byReference: expected, byUuid: expected });
      // Each look-up: the appointment with its to-one relations, then its contacts (batched across the three).
      expect(g.counter.count).toBe(4);
    }
  });

  it('loads only the relations the query selects', async () => {
    g.counter.reset();
    const res = await g.gql('{ appointments(max: 30) { data { id customer { name } } } }');
    expect(res.body.errors).toBeUndefined();
    // The ids of the page, then its rows with their customers (no paging selected: no COUNT).
    expect(g.counter.count).toBe(2);
  });

  it("maps rows without TypeORM's transformer to the very entities getMany() makes", async () => {
    for (const entity of [Appointment, Customer, AppointmentCategory, Contact, User, Order] as const) {
      const { columns, from, map } = entitySelect<object>(g.db, entity as new () => object, 'x');
      const lean = (await select({ db: g.db }, 'primary', `SELECT ${columns} FROM ${from} ORDER BY x.id`, [])).map(map);
      const full = await g.db.getRepository<object>(entity).createQueryBuilder('x').orderBy('x.id', 'ASC').getMany();
      expect(lean.length).toBeGreaterThan(0);
      expect(lean).toEqual(full);
      expect(lean.every((row) => row instanceof entity)).toBe(true);
    }
  });
});
